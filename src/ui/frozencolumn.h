// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QTableView;

/**
 * Keeps one column of a table in place while the others scroll sideways, as spreadsheets freeze their id column:
 * a second view over the same model, laid over the table's left edge, that shows only that column and shares the
 * table's selection and vertical scrolling. The column is kept first in the table's order.
 */
class FrozenColumn : public QObject
{
    Q_OBJECT
public:
    FrozenColumn(QTableView* table, int column);

    /** The view laid over the table. */
    QTableView* view() const { return m_view; }
    /** Matches the columns shown, the widths and the geometry to the table; call after it changed wholesale. */
    void sync();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateGeometry();
    void keepFirst();

    QTableView* m_table;
    QTableView* m_view;
    int m_column;
};
