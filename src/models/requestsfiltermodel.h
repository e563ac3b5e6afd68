// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

/**
 * Sorts a RequestsTableModel by its raw values (unknown values last, ties by request id) and keeps the requests
 * of one model and those whose properties (or id) contain a text.
 */
class RequestsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RequestsFilterModel(QObject* parent = nullptr);

    /** Empty: every model. */
    void setModelFilter(const QString& model);
    QString modelFilter() const { return m_model; }
    /** Case-insensitive; empty: every request. */
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_model;
    QString m_text;
};
