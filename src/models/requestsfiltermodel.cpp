// SPDX-License-Identifier: MIT
#include "models/requestsfiltermodel.h"

#include "models/requeststablemodel.h"

RequestsFilterModel::RequestsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RequestsTableModel::RawValueRole);
}

void RequestsFilterModel::setModelFilter(const QString& model)
{
    if (model == m_model)
        return;
    m_model = model;
    invalidateFilter();
}

void RequestsFilterModel::setTextFilter(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool RequestsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (!m_model.isEmpty()
        && model->index(sourceRow, RequestsTableModel::Model, sourceParent).data().toString() != m_model)
        return false;
    if (m_text.isEmpty())
        return true;
    const QModelIndex id = model->index(sourceRow, RequestsTableModel::Id, sourceParent);
    return id.data(RequestsTableModel::PropertiesRole).toString().contains(m_text, Qt::CaseInsensitive)
        || id.data(RequestsTableModel::RequestIdRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool RequestsFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(RequestsTableModel::RawValueRole);
    const QVariant b = right.data(RequestsTableModel::RawValueRole);
    // unknown values last in either order (descending compares right with left)
    if (a.isValid() != b.isValid())
        return sortOrder() == Qt::AscendingOrder ? a.isValid() : !a.isValid();
    if (a.isValid()) {
        if (a.typeId() == QMetaType::QString) {
            const int c = QString::compare(a.toString(), b.toString());
            if (c != 0)
                return c < 0;
        } else if (a.toLongLong() != b.toLongLong()) {
            return a.toLongLong() < b.toLongLong();
        }
    }
    const QString idA = left.data(RequestsTableModel::RequestIdRole).toString();
    const QString idB = right.data(RequestsTableModel::RequestIdRole).toString();
    return sortOrder() == Qt::AscendingOrder ? idA < idB : idA > idB;
}
