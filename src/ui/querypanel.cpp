// SPDX-License-Identifier: MIT
#include "ui/querypanel.h"

#include "ui/alerteditor.h"
#include "ui/compareselector.h"
#include "ui/pricingpanel.h"
#include "ui/rangeselector.h"
#include "ui/sourcepanel.h"
#include "ui/useridseditor.h"
#include "ui/whatifpanel.h"
#include "ui_querypanel.h"

#include <QComboBox>
#include <QSettings>
#include <QStyle>

namespace {

// group-by combo order in querypanel.ui
constexpr int kGroupUser = 0;
constexpr int kGroupModel = 1;
constexpr int kGroupProvider = 2;
constexpr int kGroupProperty = 3;
// characters a combo box of the panel shows at least
constexpr int kComboCharacters = 10;

} // namespace

QueryPanel::QueryPanel(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::QueryPanel>())
{
    ui->setupUi(this);
    // combo boxes as narrow as a few characters, not as their longest item (the popup still shows it whole):
    // the dock's width follows the panel's narrowest layout
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(kComboCharacters);
    }
    ui->runButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    ui->cancelButton->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    connect(ui->runButton, &QPushButton::clicked, this, &QueryPanel::runRequested);
    // what-if options travel with the price book choices; they need a book, so the box follows repricing
    connect(ui->whatIfPanel, &WhatIfPanel::changed, this, [this] {
        ui->pricingPanel->setWhatIf(ui->whatIfPanel->options());
        Q_EMIT ui->pricingPanel->changed();
    });
    connect(ui->pricingPanel, &PricingPanel::changed, this,
        [this] { ui->whatIfBox->setEnabled(ui->pricingPanel->choices().enabled); });
    ui->whatIfBox->setEnabled(ui->pricingPanel->choices().enabled);
    connect(ui->cancelButton, &QPushButton::clicked, this, &QueryPanel::cancelRequested);
    connect(ui->userIdsEditor, &UserIdsEditor::message, this, &QueryPanel::message);
    connect(ui->sourcePanel, &SourcePanel::kindChanged, this, &QueryPanel::onSourceKindChanged);
    connect(ui->groupByCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        ui->propertyEdit->setEnabled(index == kGroupProperty);
        ui->propertyLabel->setEnabled(index == kGroupProperty);
    });
    ui->propertyEdit->setEnabled(false);
    ui->propertyLabel->setEnabled(false);
    auto followRange = [this] {
        ui->compareSelector->setRangeBounded(ui->rangeSelector->preset() != RangePreset::AllTime);
    };
    connect(ui->rangeSelector, &RangeSelector::changed, this, followRange);
    followRange();
    onSourceKindChanged(ui->sourcePanel->kind());
}

QueryPanel::~QueryPanel() = default;

SourcePanel* QueryPanel::sourcePanel() const
{
    return ui->sourcePanel;
}

RangeSelector* QueryPanel::rangeSelector() const
{
    return ui->rangeSelector;
}

CompareSelector* QueryPanel::compareSelector() const
{
    return ui->compareSelector;
}

AlertEditor* QueryPanel::alertEditor() const
{
    return ui->alertEditor;
}

UserIdsEditor* QueryPanel::userIdsEditor() const
{
    return ui->userIdsEditor;
}

PricingPanel* QueryPanel::pricingPanel() const
{
    return ui->pricingPanel;
}

WhatIfPanel* QueryPanel::whatIfPanel() const
{
    return ui->whatIfPanel;
}

void QueryPanel::setRunning(bool running)
{
    ui->cancelButton->setEnabled(running);
}

void QueryPanel::onSourceKindChanged(Usage::SourceKind kind)
{
    // the API answers per user only: the other groupings need a dump
    const bool api = kind == Usage::SourceKind::HeliconeApi;
    if (api)
        ui->groupByCombo->setCurrentIndex(kGroupUser);
    ui->groupByCombo->setEnabled(!api);
    ui->groupByLabel->setEnabled(!api);
    ui->dedupeCheck->setEnabled(!api); // the server counts each request once already
    ui->pricingPanel->setSourceKind(kind); // repricing needs each request's record
}

SourceRequest QueryPanel::request(QString* problem)
{
    SourceRequest request;
    request.kind = ui->sourcePanel->kind();
    request.files = ui->sourcePanel->files();
    request.api = ui->sourcePanel->apiSettings();
    request.dedupe = ui->dedupeCheck->isChecked();
    request.pricing = ui->pricingPanel->choices();
    request.query = query(problem);
    return request;
}

Usage::UsageQuery QueryPanel::query(QString* problem)
{
    Usage::UsageQuery query;
    const auto range = ui->rangeSelector->range(problem);
    if (!range)
        return query;
    query.startMs = range->startMs;
    query.endMs = range->endMs;
    query.zone = range->zone;
    query.userIds = ui->userIdsEditor->ids();
    query.granularity = Usage::Granularity(ui->granularityCombo->currentIndex());
    switch (ui->groupByCombo->currentIndex()) {
    case kGroupModel:
        query.groupBy.key = Usage::GroupKey::Model;
        break;
    case kGroupProvider:
        query.groupBy.key = Usage::GroupKey::Provider;
        break;
    case kGroupProperty:
        query.groupBy.key = Usage::GroupKey::Property;
        query.groupBy.property = ui->propertyEdit->text().trimmed();
        if (query.groupBy.property.isEmpty())
            *problem = tr("Enter the name of the custom property to group by.");
        break;
    default:
        break;
    }
    ui->compareSelector->apply(query, problem);
    return query;
}

void QueryPanel::saveSettings(QSettings& settings) const
{
    ui->rangeSelector->saveSettings(settings);
    ui->compareSelector->saveSettings(settings);
    ui->alertEditor->saveSettings(settings);
    settings.setValue(QStringLiteral("files/dedupe"), ui->dedupeCheck->isChecked());
    settings.setValue(QStringLiteral("query/granularity"), ui->granularityCombo->currentIndex());
    ui->pricingPanel->saveSettings(settings);
}

void QueryPanel::restoreSettings(const QSettings& settings)
{
    ui->rangeSelector->restoreSettings(settings);
    ui->compareSelector->restoreSettings(settings);
    ui->alertEditor->restoreSettings(settings);
    ui->dedupeCheck->setChecked(settings.value(QStringLiteral("files/dedupe")).toBool());
    bool ok = false;
    const int granularity = settings.value(QStringLiteral("query/granularity")).toInt(&ok);
    if (ok && granularity >= 0 && granularity < ui->granularityCombo->count())
        ui->granularityCombo->setCurrentIndex(granularity);
    ui->pricingPanel->restoreSettings(settings);
    ui->whatIfBox->setEnabled(ui->pricingPanel->choices().enabled);
}
