// SPDX-License-Identifier: MIT
#include "ui/selectionkeeper.h"

#include "models/usagetablemodel.h"

#include <QTableView>

SelectionKeeper::SelectionKeeper(QTableView* table)
    : QObject(table)
    , m_table(table)
{
    QAbstractItemModel* model = table->model();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &SelectionKeeper::remember);
    connect(model, &QAbstractItemModel::modelReset, this, &SelectionKeeper::restore);
}

void SelectionKeeper::remember()
{
    const QItemSelectionModel* selection = m_table->selectionModel();
    m_selected.clear();
    for (const QModelIndex& index : selection->selectedRows())
        m_selected.insert(index.data(UsageTableModel::IdRole).toString());
    const QModelIndex current = selection->currentIndex();
    m_hasCurrent = current.isValid();
    m_current = current.data(UsageTableModel::IdRole).toString();
}

void SelectionKeeper::restore()
{
    if (m_selected.isEmpty() && !m_hasCurrent)
        return;
    const QAbstractItemModel* model = m_table->model();
    const int lastColumn = model->columnCount() - 1;
    QItemSelection selection;
    QModelIndex current;
    int rangeStart = -1; // contiguous selected rows make one range
    const int rows = model->rowCount();
    for (int row = 0; row <= rows; ++row) {
        QString id;
        if (row < rows)
            id = model->index(row, 0).data(UsageTableModel::IdRole).toString();
        const bool selected = row < rows && m_selected.contains(id);
        if (selected && rangeStart < 0)
            rangeStart = row;
        if (!selected && rangeStart >= 0) {
            selection.select(model->index(rangeStart, 0), model->index(row - 1, lastColumn));
            rangeStart = -1;
        }
        if (row < rows && m_hasCurrent && !current.isValid() && id == m_current)
            current = model->index(row, 0);
    }
    m_selected.clear();
    m_hasCurrent = false;
    QItemSelectionModel* selectionModel = m_table->selectionModel();
    if (current.isValid())
        selectionModel->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!selection.isEmpty())
        selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        m_table->scrollTo(current);
}
