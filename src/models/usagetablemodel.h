// SPDX-License-Identifier: MIT
#pragma once

#include "core/alertrule.h"
#include "core/usageresult.h"
#include "models/rowfilter.h"

#include <QAbstractTableModel>
#include <QThreadPool>

#include <atomic>
#include <memory>

/**
 * The per-group table of a result. It shows the rows that pass its filter, ordered by a typed index permutation
 * (numbers as numbers), computed on a worker thread when the result is big. Display text is localized; raw values
 * come through the roles below, for sorting, charts and export.
 */
class UsageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        RawValueRole = Qt::UserRole + 1, ///< qint64 for counts, nano-USD and times; double for share and cost/request;
                                         ///< QString for the id
        ResultRowRole, ///< int: index of the row in result().rows
        IdRole, ///< QString: the group's id
        CostNanosRole, ///< qint64: the row's cost in nano-USD, whatever the column
        AlertRole, ///< bool: the row crosses the alert rule
    };

    explicit UsageTableModel(QObject* parent = nullptr);
    ~UsageTableModel() override;

    void setResult(const Usage::UsageResult& result);
    const Usage::UsageResult& result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }
    void clear();

    /** Applies a filter; false (and no change) when it is not valid. */
    bool setFilter(const RowFilter& filter);
    const RowFilter& filter() const { return m_filter; }

    /** Highlights the rows that cross rule (their background, and AlertRole). */
    void setAlertRule(const Usage::AlertRule& rule);
    const Usage::AlertRule& alertRule() const { return m_alerts; }
    /** How many of the result's rows cross the alert rule. */
    qsizetype alertCount() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /** Results with more rows than this are filtered and sorted on a worker thread (default 100,000). */
    void setAsyncThreshold(int rows) { m_asyncThreshold = rows; }
    /** True while a background filter or sort runs; the table shows the previous order meanwhile. */
    bool isBusy() const { return m_busy; }

    /** Indices into result().rows, in display order. */
    const QList<int>& visibleRows() const { return m_visible; }
    const Usage::GroupUsage& groupAt(int row) const;
    /** Sums of the rows shown (they follow the filter). */
    const Usage::Totals& visibleTotals() const { return m_visibleTotals; }
    /** The comparison range's sums of the rows shown. */
    const Usage::Totals& visiblePreviousTotals() const { return m_visiblePrevious; }
    /** The price book figures of the rows shown, summed exactly. */
    const Usage::PricingFigures& visiblePricing() const { return m_visiblePricing; }
    /** Sums of every row of the result, whatever the filter. */
    const Usage::Totals& allTotals() const { return m_allTotals; }
    qint64 visibleFirstMs() const { return m_visibleFirstMs; }
    qint64 visibleLastMs() const { return m_visibleLastMs; }
    /** The result with only the rows shown, in their display order: what an export of the view writes. */
    Usage::UsageResult visibleResult() const;

    /** False for columns the source does not report (cache and reasoning tokens, request times, pricing). */
    bool isColumnAvailable(int column) const;
    /** Display text of a cell of any column for a set of figures; used by the totals line as well. */
    static QString columnTitle(int column, const Usage::GroupBy& groupBy);
    static QString columnToolTip(int column, const Usage::GroupBy& groupBy);
    /** A role of a comparison column's cell for a set of figures and their comparison range's figures. */
    static QVariant comparisonData(int column, const Usage::Totals& current, const Usage::Totals& previous, int role);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The rows shown changed (new result, filter or order); the totals changed with them. */
    void visibleRowsChanged();
    void busyChanged(bool busy);
    /** The alert rule changed. */
    void alertsChanged();

private:
    void reorder(bool rowsChange);
    void apply(QList<int> order, bool rowsChange);
    void updateTotals();
    void setBusy(bool busy);
    static QVariant alertBackground();

    Usage::UsageResult m_result;
    bool m_hasResult = false;
    Usage::Totals m_allTotals;
    QList<int> m_visible;
    Usage::Totals m_visibleTotals;
    Usage::Totals m_visiblePrevious;
    Usage::PricingFigures m_visiblePricing;
    qint64 m_visibleFirstMs = 0;
    qint64 m_visibleLastMs = 0;
    RowFilter m_filter;
    Usage::AlertRule m_alerts;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_asyncThreshold = 100000;
    bool m_busy = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QThreadPool m_pool; // own pool: the destructor waits for its job, so the job may post back to this object
};
