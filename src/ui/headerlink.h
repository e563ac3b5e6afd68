// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QTableView;

/** Keeps the totals line's columns in step with the table's: widths, order, hiding and horizontal scrolling. */
class HeaderLink : public QObject
{
    Q_OBJECT
public:
    HeaderLink(QTableView* table, QTableView* totals);

    /** Hides or shows a column in both views. */
    void setColumnHidden(int column, bool hidden);
    /** Copies the table's column order and widths; restored states and hidden sections bypass the signals. */
    void copyLayout();

private:
    void copyOrder();

    QTableView* m_table;
    QTableView* m_totals;
};
