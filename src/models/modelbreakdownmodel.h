// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QAbstractTableModel>

/** The per-model breakdown of one row of the table (requests, tokens, cost per model), for the detail panel. */
class ModelBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /** The price book's columns follow Cost when pricing is enabled. */
    enum Column {
        Model,
        Requests,
        PromptTokens,
        CompletionTokens,
        Cost,
        RecordedCost,
        ComputedCost,
        CostDifference,
        UnpricedRequests,
        ColumnCount
    };
    enum Roles { RawValueRole = Qt::UserRole + 1 };

    explicit ModelBreakdownModel(QObject* parent = nullptr);
    ~ModelBreakdownModel() override;

    /** pricing: the result's; its columns are shown when it is enabled. */
    void setModels(const QList<Usage::ModelTotals>& models, const Usage::PricingSummary& pricing = {});
    bool hasPricingColumns() const { return m_pricing; }
    const QList<Usage::ModelTotals>& models() const { return m_models; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Usage::ModelTotals> m_models;
    bool m_pricing = false;
    bool m_pricingSources = false;
};
