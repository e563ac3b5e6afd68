// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QTableView;

/**
 * Keeps a table's selected and current rows, by the group id (UsageTableModel::IdRole), across a reset of its model
 * (a filter, a big sort, a new result): rows that are still shown stay selected, and the current one stays current.
 */
class SelectionKeeper : public QObject
{
    Q_OBJECT
public:
    explicit SelectionKeeper(QTableView* table);

private:
    void remember();
    void restore();

    QTableView* m_table;
    QSet<QString> m_selected;
    QString m_current;
    bool m_hasCurrent = false;
};
