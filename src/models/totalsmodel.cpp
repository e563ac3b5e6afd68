// SPDX-License-Identifier: MIT
#include "models/totalsmodel.h"

#include "models/displayformat.h"
#include "models/figurecell.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"

#include <QFont>

TotalsModel::TotalsModel(UsageTableModel* source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    Q_ASSERT(source);
    m_hasRow = source->hasResult();
    connect(source, &UsageTableModel::visibleRowsChanged, this, &TotalsModel::onSourceChanged);
    connect(source, &UsageTableModel::modelReset, this, &TotalsModel::onSourceChanged);
}

TotalsModel::~TotalsModel() = default;

void TotalsModel::onSourceChanged()
{
    const bool hasRow = m_source && m_source->hasResult();
    if (hasRow != m_hasRow) {
        if (hasRow) {
            beginInsertRows({}, 0, 0);
            m_hasRow = true;
            endInsertRows();
        } else {
            beginRemoveRows({}, 0, 0);
            m_hasRow = false;
            endRemoveRows();
        }
    } else if (m_hasRow) {
        Q_EMIT dataChanged(index(0, 0), index(0, UsageColumn::Count - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, UsageColumn::Count - 1);
}

int TotalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_hasRow ? 0 : 1;
}

int TotalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(UsageColumn::Count);
}

QVariant TotalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_source)
        return {};
    const int column = index.column();
    const auto& source = *m_source;
    const qint64 allCost = Usage::clampToInt64(source.allTotals().costNanos);
    const qsizetype shown = source.visibleRows().size();
    const qsizetype all = source.result().rows.size();
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (column == UsageColumn::Id) {
        switch (role) {
        case Qt::DisplayRole:
            return shown == all
                ? tr("Total (%n rows)", nullptr, int(all))
                : tr("Total (%1 of %2 rows)").arg(DisplayFormat::count(shown), DisplayFormat::count(all));
        case Qt::ToolTipRole:
            return tr("Sums of the rows shown; they follow the filter");
        case UsageTableModel::RawValueRole:
            return qint64(shown);
        default:
            return {};
        }
    }
    if (UsageColumn::isComparison(column)) {
        return role == UsageTableModel::RawValueRole || role == Qt::DisplayRole || role == Qt::ToolTipRole
                || role == Qt::ForegroundRole || role == Qt::TextAlignmentRole
            ? UsageTableModel::comparisonData(column, source.visibleTotals(), source.visiblePreviousTotals(), role)
            : QVariant();
    }
    FigureCell::Figures figures;
    figures.totals = source.visibleTotals();
    figures.hasTimes = source.visibleFirstMs() <= source.visibleLastMs();
    figures.firstMs = source.visibleFirstMs();
    figures.lastMs = source.visibleLastMs();
    figures.pricing = source.visiblePricing();
    figures.pricingSources = source.result().pricing.hasSources;
    const QTimeZone zone = source.result().query.zone;
    switch (role) {
    case Qt::DisplayRole:
        return FigureCell::display(column, figures, allCost, zone);
    case Qt::ToolTipRole:
        return FigureCell::toolTip(column, figures, allCost, zone);
    case UsageTableModel::RawValueRole:
        return FigureCell::raw(column, figures, allCost);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant TotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (m_source && orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}
