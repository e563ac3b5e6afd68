// SPDX-License-Identifier: MIT
#include "ui/unpricedpanel.h"

#include "models/unpricedmodelsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

UnpricedPanel::UnpricedPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new UnpricedModelsModel(this))
    , m_title(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Unpriced models"));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(UnpricedModelsModel::Model, QHeaderView::Stretch);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the table above takes the room left
    m_title->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view);
    setVisible(false);
}

UnpricedPanel::~UnpricedPanel() = default;

void UnpricedPanel::setSummary(const Usage::PricingSummary& pricing)
{
    const QList<Usage::UnpricedModel> models = pricing.enabled ? pricing.unpricedModels : QList<Usage::UnpricedModel>();
    m_model->setModels(models);
    m_title->setText(tr("%n model(s) without a price: their requests add nothing to the computed cost. Add their "
                        "prices in an overrides CSV price file.",
        nullptr, int(models.size())));
    // as high as its rows, at most five: the table above keeps the room
    const int rows = int(std::min<qsizetype>(models.size(), 5));
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height()
        + rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth());
    setVisible(!models.isEmpty());
}
