// SPDX-License-Identifier: MIT
#include "models/usagetablemodel.h"

#include "models/figurecell.h"
#include "models/pricingcell.h"
#include "models/rawnumber.h"
#include "models/rowordering.h"
#include "models/usagecolumn.h"

#include <QFont>
#include <QPointer>

#include <algorithm>
#include <limits>
#include <utility>

namespace {

FigureCell::Figures figuresOf(const Usage::GroupUsage& row, const Usage::PricingSummary& pricing)
{
    return { row.totals, row.firstMs, row.lastMs, row.hasTimes(), row.pricing, pricing.hasSources };
}

QList<int> identity(qsizetype n)
{
    QList<int> order(n);
    for (qsizetype i = 0; i < n; ++i)
        order[i] = int(i);
    return order;
}

} // namespace

UsageTableModel::UsageTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_sortColumn(UsageColumn::Cost)
{
    m_pool.setMaxThreadCount(1);
}

UsageTableModel::~UsageTableModel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

namespace {

/**
 * Lets go of a result on a pool thread: freeing the rows, model lists and series of a big one takes tens of
 * milliseconds or more (its last owner frees it; other owners just lose a reference).
 */
void releaseInBackground(Usage::UsageResult result)
{
    if (result.rows.isEmpty())
        return;
    QThreadPool::globalInstance()->start([result = std::move(result)]() mutable { result = {}; }, -1);
}

} // namespace

void UsageTableModel::clear()
{
    ++m_generation;
    beginResetModel();
    releaseInBackground(std::exchange(m_result, {}));
    m_hasResult = false;
    m_allTotals = {};
    m_visible.clear();
    updateTotals();
    endResetModel();
    setBusy(false);
    Q_EMIT visibleRowsChanged();
}

void UsageTableModel::setResult(const Usage::UsageResult& result)
{
    ++m_generation;
    beginResetModel();
    releaseInBackground(std::exchange(m_result, result));
    m_hasResult = true;
    // the result comes ordered by cost descending, which is the default order
    m_visible = identity(m_result.rows.size());
    updateTotals();
    m_allTotals = m_visibleTotals; // every row shown: one pass over the rows for both
    endResetModel();
    setBusy(false);
    const bool defaultOrder = m_sortColumn < 0
        || ((m_sortColumn == UsageColumn::Cost || m_sortColumn == UsageColumn::CostShare)
            && m_sortOrder == Qt::DescendingOrder);
    if (!m_filter.isEmpty() || !defaultOrder)
        reorder(true);
    else
        Q_EMIT visibleRowsChanged();
}

bool UsageTableModel::setFilter(const RowFilter& filter)
{
    if (!filter.isValid())
        return false;
    if (filter == m_filter)
        return true;
    m_filter = filter;
    reorder(true);
    return true;
}

void UsageTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reorder(false);
}

void UsageTableModel::reorder(bool rowsChange)
{
    const quint64 generation = ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    const RowOrdering::Request request { m_filter, m_sortColumn, m_sortOrder };
    if (m_result.rows.size() <= m_asyncThreshold) {
        setBusy(false);
        apply(RowOrdering::compute(m_result.rows, request), rowsChange);
        return;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    setBusy(true);
    const QList<Usage::GroupUsage> rows = m_result.rows; // implicitly shared: a cheap, read-only snapshot
    m_pool.start([this, rows, request, cancel, generation, rowsChange] {
        QList<int> order = RowOrdering::compute(rows, request, cancel.get());
        if (cancel->load())
            return;
        // safe: the destructor cancels and waits for this job; a queued call dies with the object
        QMetaObject::invokeMethod(
            this,
            [this, order = std::move(order), generation, rowsChange]() mutable {
                if (generation != m_generation)
                    return; // a newer result, filter or sort replaced this one
                setBusy(false);
                apply(std::move(order), rowsChange);
            },
            Qt::QueuedConnection);
    });
}

void UsageTableModel::apply(QList<int> order, bool rowsChange)
{
    if (rowsChange || order.size() != m_visible.size()) {
        beginResetModel();
        m_visible = std::move(order);
        updateTotals();
        endResetModel();
    } else {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        std::vector<int> newRowOf(m_result.rows.size(), -1);
        for (qsizetype i = 0; i < order.size(); ++i)
            newRowOf[order[i]] = int(i);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex& index : before)
            after.append(this->index(newRowOf[m_visible[index.row()]], index.column()));
        m_visible = std::move(order);
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    Q_EMIT visibleRowsChanged();
}

void UsageTableModel::updateTotals()
{
    m_visibleTotals = {};
    m_visiblePrevious = {};
    m_visiblePricing = {};
    m_visibleFirstMs = std::numeric_limits<qint64>::max();
    m_visibleLastMs = std::numeric_limits<qint64>::min();
    for (int i : std::as_const(m_visible)) {
        const auto& row = m_result.rows.at(i); // at(): operator[] would copy the shared rows
        m_visibleTotals.add(row.totals);
        m_visiblePrevious.add(row.previous);
        m_visiblePricing.add(row.pricing);
        if (row.hasTimes()) {
            m_visibleFirstMs = std::min(m_visibleFirstMs, row.firstMs);
            m_visibleLastMs = std::max(m_visibleLastMs, row.lastMs);
        }
    }
}

void UsageTableModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

const Usage::GroupUsage& UsageTableModel::groupAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_visible.size());
    return m_result.rows[m_visible[row]];
}

Usage::UsageResult UsageTableModel::visibleResult() const
{
    Usage::UsageResult result = m_result;
    result.rows.clear();
    result.rows.reserve(m_visible.size());
    for (int i : m_visible)
        result.rows.append(m_result.rows[i]);
    if (!m_filter.isEmpty())
        result.series.clear(); // the overall series covers every row, not the ones shown
    return result;
}

bool UsageTableModel::isColumnAvailable(int column) const
{
    switch (column) {
    case UsageColumn::CacheReadTokens:
    case UsageColumn::CacheWriteTokens:
        return m_result.hasCacheTokens;
    case UsageColumn::ReasoningTokens:
        return m_result.hasReasoningTokens;
    case UsageColumn::FirstRequest:
    case UsageColumn::LastRequest:
        return m_result.hasRequestTimes;
    case UsageColumn::RecordedCost:
    case UsageColumn::UnpricedRequests:
        return m_result.pricing.enabled;
    case UsageColumn::ComputedCost:
    case UsageColumn::CostDifference:
        return m_result.pricing.enabled && m_result.pricing.hasSources;
    case UsageColumn::WhatIfCost: // only when what-if options were set: otherwise it equals the computed cost
        return m_result.pricing.enabled && m_result.pricing.hasSources && m_result.query.pricing
            && !m_result.query.pricing->whatIf.isDefault();
    default:
        return !UsageColumn::isComparison(column) || m_result.query.hasComparison();
    }
}

int UsageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int UsageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(UsageColumn::Count);
}

QVariant UsageTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int resultRow = m_visible[index.row()];
    const Usage::GroupUsage& row = m_result.rows[resultRow];
    const int column = index.column();
    switch (role) {
    case ResultRowRole:
        return resultRow;
    case IdRole:
        return row.id;
    case CostNanosRole:
        return rawNumber(row.totals.costNanos);
    case AlertRole:
        return m_alerts.any() && m_alerts.crosses(row);
    case Qt::BackgroundRole:
        return m_alerts.any() && m_alerts.crosses(row) ? alertBackground() : QVariant();
    default:
        break;
    }
    if (column == UsageColumn::Id) {
        switch (role) {
        case Qt::DisplayRole:
            return row.id.isEmpty() ? tr("(none)") : row.id;
        case Qt::ToolTipRole:
            return row.id.isEmpty() ? tr("Requests without a value for this grouping") : row.id;
        case Qt::FontRole:
            if (row.id.isEmpty()) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            return {};
        case RawValueRole:
            return row.id;
        default:
            return {};
        }
    }
    if (UsageColumn::isComparison(column))
        return comparisonData(column, row.totals, row.previous, role);
    const FigureCell::Figures figures = figuresOf(row, m_result.pricing);
    switch (role) {
    case Qt::DisplayRole:
        return FigureCell::display(column, figures, Usage::clampToInt64(m_allTotals.costNanos), m_result.query.zone);
    case Qt::ToolTipRole:
        return FigureCell::toolTip(column, figures, Usage::clampToInt64(m_allTotals.costNanos), m_result.query.zone);
    case RawValueRole:
        return FigureCell::raw(column, figures, Usage::clampToInt64(m_allTotals.costNanos));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= UsageColumn::Count)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section, m_result.query.groupBy);
    case Qt::ToolTipRole:
        return columnToolTip(section, m_result.query.groupBy);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((section == UsageColumn::Id ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    default:
        return {};
    }
}
