// SPDX-License-Identifier: MIT
#include "models/requeststablemodel.h"

#include "core/requests/requestpricing.h"
#include "models/displayformat.h"

using Usage::Requests::RequestRow;

RequestsTableModel::RequestsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RequestsTableModel::setRows(std::vector<RequestRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void RequestsTableModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Time), index(rowCount() - 1, Time), { Qt::DisplayRole, Qt::ToolTipRole });
}

int RequestsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestsTableModel::raw(const RequestRow& row, int column) const
{
    auto optional = [](const auto& value) { return value ? QVariant(qint64(*value)) : QVariant(); };
    switch (column) {
    case Id:
        return row.requestId;
    case Time:
        return qint64(row.createdMs);
    case Model:
        return row.model;
    case Provider:
        return row.provider;
    case PromptTokens:
        return qint64(row.promptTokens);
    case CompletionTokens:
        return qint64(row.completionTokens);
    case CacheReadTokens:
        return qint64(row.cacheReadTokens);
    case CacheWriteTokens:
        return qint64(row.cacheWriteTokens);
    case ReasoningTokens:
        return qint64(row.reasoningTokens);
    case Cost:
        return optional(row.costNanos());
    case Latency:
        return optional(row.latencyMs);
    case Status:
        return optional(row.status);
    case ComputedCost:
        return optional(row.computedCostNanos);
    case PriceSource:
        return row.priceSource;
    }
    return {};
}

QString RequestsTableModel::text(const RequestRow& row, int column) const
{
    const QVariant value = raw(row, column);
    switch (column) {
    case Id:
    case Model:
    case Provider:
        return value.toString();
    case PriceSource:
        return row.priceSource == Usage::Requests::unpricedText() ? tr("unpriced") : row.priceSource;
    case Time:
        return DisplayFormat::dateTime(row.createdMs, m_zone);
    case Cost:
    case ComputedCost:
        return value.isValid() ? DisplayFormat::money(double(value.toLongLong())) : tr("—");
    case Latency:
        return value.isValid() ? tr("%1 ms").arg(DisplayFormat::count(value.toLongLong())) : QString();
    case Status:
        return value.isValid() ? QString::number(value.toLongLong()) : QString();
    default:
        return DisplayFormat::count(value.toLongLong());
    }
}

QVariant RequestsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RequestRow& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Cost && row.costNanos())
            return DisplayFormat::moneyExact(*row.costNanos());
        if (index.column() == ComputedCost && row.computedCostNanos)
            return DisplayFormat::moneyExact(*row.computedCostNanos);
        if (index.column() == Time)
            return DisplayFormat::zoneName(m_zone);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= PromptTokens && index.column() != PriceSource)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        return raw(row, index.column());
    case RequestIdRole:
        return row.requestId;
    case PropertiesRole:
        return QString::fromUtf8(row.propertiesJson);
    case RowRole:
        return index.row();
    }
    return {};
}

QVariant RequestsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Request ID");
    case Time:
        return tr("Time");
    case Model:
        return tr("Model");
    case Provider:
        return tr("Provider");
    case PromptTokens:
        return tr("Prompt");
    case CompletionTokens:
        return tr("Completion");
    case CacheReadTokens:
        return tr("Cache read");
    case CacheWriteTokens:
        return tr("Cache write");
    case ReasoningTokens:
        return tr("Reasoning");
    case Cost:
        return tr("Cost");
    case Latency:
        return tr("Latency");
    case Status:
        return tr("Status");
    case ComputedCost:
        return tr("Computed cost");
    case PriceSource:
        return tr("Price entry");
    }
    return {};
}
