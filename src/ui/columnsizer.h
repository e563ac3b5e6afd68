// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class ContentWidths;
class QTableView;
class UsageTableModel;

/**
 * Keeps every column of the table and its totals line at least as wide as its widest text, so no figure is cut
 * off: the rows' widest values (every row of the result, measured off the GUI thread when big), the totals line
 * and the header. Wider widths the user chose stay.
 */
class ColumnSizer : public QObject
{
    Q_OBJECT
public:
    ColumnSizer(QTableView* table, QTableView* totals, UsageTableModel* model);

    /** After a new result: measures its rows; `exact` sets every column to what it needs instead of only widening. */
    void fit(bool exact);
    /** The width a column needs for a text of this advance, with the delegate's margins and the grid line. */
    int widthFor(int textAdvance) const;
    /** For tests: measure on a worker thread above this many rows. */
    void setAsyncThreshold(int rows);

Q_SIGNALS:
    /** The widths were applied (the rows' widths are known). */
    void fitted();

private:
    /** Widens the columns to the rows' measured widths, the totals line and the header. */
    void apply();
    int totalsWidth(int column) const;

    QTableView* m_table;
    QTableView* m_totals;
    UsageTableModel* m_model;
    ContentWidths* m_widths;
    QList<int> m_rowWidths; ///< the last measured text widths of the rows, per column
    bool m_exact = false;
};
