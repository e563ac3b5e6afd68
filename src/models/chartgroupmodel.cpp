// SPDX-License-Identifier: MIT
#include "models/chartgroupmodel.h"

#include "models/displayformat.h"
#include "models/usagetablemodel.h"

ChartGroupModel::ChartGroupModel(QObject* parent)
    : ChartSourceModel(parent)
{
}

ChartGroupModel::~ChartGroupModel() = default;

void ChartGroupModel::setTopN(int n)
{
    n = std::max(n, 1);
    if (n == m_topN)
        return;
    m_topN = n;
    rebuild();
}

void ChartGroupModel::setMaxLabelChars(int chars)
{
    if (chars == m_maxLabelChars)
        return;
    m_maxLabelChars = chars;
    rebuild();
}

void ChartGroupModel::rebuild()
{
    QList<ChartData::GroupBar> bars;
    if (m_source && m_source->hasResult())
        bars =
            ChartData::topGroups(m_source->result().rows, m_source->visibleRows(), m_topN, m_source->visibleTotals());
    QStringList texts;
    texts.reserve(bars.size());
    for (const ChartData::GroupBar& bar : std::as_const(bars)) {
        if (bar.isOthers())
            texts.append(othersLabel(bar.memberCount));
        else
            texts.append(bar.id.isEmpty() ? noneLabel() : bar.id);
    }
    beginResetModel();
    m_bars = std::move(bars);
    m_labels = ChartData::uniqueElidedLabels(texts, m_maxLabelChars);
    endResetModel();
}

Usage::Totals ChartGroupModel::total() const
{
    Usage::Totals sum;
    for (const ChartData::GroupBar& bar : m_bars)
        sum.add(bar.totals);
    return sum;
}

bool ChartGroupModel::hasCacheTokens() const
{
    return m_source && m_source->hasResult() && m_source->result().hasCacheTokens;
}

QString ChartGroupModel::othersLabel(int memberCount)
{
    return tr("Others (%n row(s))", nullptr, memberCount);
}

QString ChartGroupModel::noneLabel()
{
    return tr("(none)");
}

int ChartGroupModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bars.size());
}

int ChartGroupModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

namespace {

qint64 figure(const Usage::Totals& t, int column)
{
    switch (column) {
    case ChartGroupModel::Cost:
        return t.costNanos;
    case ChartGroupModel::PromptTokens:
        return t.promptTokens;
    case ChartGroupModel::CompletionTokens:
        return t.completionTokens;
    case ChartGroupModel::CacheReadTokens:
        return t.cacheReadTokens;
    case ChartGroupModel::CacheWriteTokens:
        return t.cacheWriteTokens;
    case ChartGroupModel::Requests:
        return t.requests;
    default:
        return 0;
    }
}

} // namespace

QVariant ChartGroupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChartData::GroupBar& bar = m_bars[index.row()];
    const int column = index.column();
    switch (role) {
    case ResultRowRole:
        return bar.resultRow;
    case IdRole:
        return bar.id;
    case IsOthersRole:
        return bar.isOthers();
    default:
        break;
    }
    if (column == Label) {
        switch (role) {
        case Qt::DisplayRole:
            return m_labels[index.row()];
        case Qt::ToolTipRole:
            return bar.isOthers() ? othersLabel(bar.memberCount) : (bar.id.isEmpty() ? noneLabel() : bar.id);
        case RawValueRole:
            return bar.id;
        default:
            return {};
        }
    }
    const qint64 value = figure(bar.totals, column);
    switch (role) {
    case Qt::DisplayRole:
        return column == Cost ? DisplayFormat::money(double(value)) : DisplayFormat::count(value);
    case Qt::ToolTipRole:
        return column == Cost ? DisplayFormat::moneyExact(value) : DisplayFormat::count(value);
    case RawValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant ChartGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        return tr("Group");
    case Cost:
        return tr("Cost");
    case PromptTokens:
        return tr("Prompt tokens");
    case CompletionTokens:
        return tr("Completion tokens");
    case CacheReadTokens:
        return tr("Cache read tokens");
    case CacheWriteTokens:
        return tr("Cache write tokens");
    case Requests:
        return tr("Requests");
    default:
        return {};
    }
}
