// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricingsetup.h"

#include <QWidget>

class QLabel;
class QTableView;
class UnpricedModelsModel;

/** The list of models no price source prices, below the table; hidden when there are none. */
class UnpricedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UnpricedPanel(QWidget* parent = nullptr);
    ~UnpricedPanel() override;

    void setSummary(const Usage::PricingSummary& pricing);
    UnpricedModelsModel* model() const { return m_model; }
    QLabel* titleLabel() const { return m_title; }

private:
    UnpricedModelsModel* m_model;
    QLabel* m_title;
    QTableView* m_view;
};
