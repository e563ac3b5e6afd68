// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QAbstractTableModel>

/** The per-model breakdown of one row of the table (requests, tokens, cost per model), for the detail panel. */
class ModelBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Model, Requests, PromptTokens, CompletionTokens, Cost, ColumnCount };
    enum Roles { RawValueRole = Qt::UserRole + 1 };

    explicit ModelBreakdownModel(QObject* parent = nullptr);
    ~ModelBreakdownModel() override;

    void setModels(const QList<Usage::ModelTotals>& models);
    const QList<Usage::ModelTotals>& models() const { return m_models; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Usage::ModelTotals> m_models;
};
