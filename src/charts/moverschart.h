// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartview.h"
#include "models/movers.h"

/**
 * The movers of a comparison: the N largest cost increases and the N largest decreases of the rows shown, as a
 * diverging horizontal bar chart (increases to the right on top, decreases to the left below). Clicking a bar
 * selects its row in the table.
 */
class MoversChart : public ChartView
{
    Q_OBJECT
public:
    using ChartView::ChartView;

    /** Charts the rows table shows, rebuilt when they change (a new result, the filter). */
    void follow(UsageTableModel* table);

    /** How many increases and how many decreases get a bar. */
    void setCount(int n);
    int count() const { return m_count; }

    /** The bars of the last chart built, top to bottom: increases largest first, then decreases smallest first. */
    const QList<Mover>& items() const { return m_items; }
    /** The row (index into the result's rows) of item, -1 for none. */
    int resultRow(int item) const { return m_rows.value(item, -1); }

    /** Selects item's row in the table, as a click on its bar does. */
    void activateItem(int item) override;

protected:
    QChart* build() override;
    QString itemText(int item) const override;

private:
    /** Computes the bars from the rows the table shows. */
    void collect();

    int m_count = 10;
    QList<Mover> m_items;
    QList<int> m_rows; ///< result row of each item
};
