// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class UsageTableModel;

/** One row with the sums of the rows a UsageTableModel shows, column for column: the table's totals line. */
class TotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TotalsModel(UsageTableModel* source, QObject* parent = nullptr);
    ~TotalsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onSourceChanged();

    QPointer<UsageTableModel> m_source;
    bool m_hasRow = false;
};
