// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricingsetup.h"

#include <QAbstractTableModel>

/** The models of a result that no price source prices: provider, model, requests and tokens. */
class UnpricedModelsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Provider, Model, Requests, PromptTokens, CompletionTokens, ColumnCount };
    enum Roles { RawValueRole = Qt::UserRole + 1 };

    explicit UnpricedModelsModel(QObject* parent = nullptr);
    ~UnpricedModelsModel() override;

    void setModels(const QList<Usage::UnpricedModel>& models);
    const QList<Usage::UnpricedModel>& models() const { return m_models; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Usage::UnpricedModel> m_models;
};
