// SPDX-License-Identifier: MIT
#include "charts/chartspanel.h"

#include "charts/costovertimechart.h"
#include "charts/moverschart.h"
#include "models/chartgroupmodel.h"
#include "models/charttimemodel.h"
#include "models/usagetablemodel.h"
#include "ui_chartspanel.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardItemModel>

#include <array>

namespace {

// the step combo's items after Auto, in the form's order
constexpr std::array kSteps { Usage::Granularity::Hour, Usage::Granularity::Day, Usage::Granularity::Week };

} // namespace

ChartsPanel::ChartsPanel(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ChartsPanel>())
    , m_groups(new ChartGroupModel(this))
    , m_time(new ChartTimeModel(this))
{
    ui->setupUi(this);
    ui->chartTabs->addTab(tr("Cost per group"));
    ui->chartTabs->addTab(tr("Tokens per group"));
    ui->chartTabs->addTab(tr("Cost over time"));
    ui->chartTabs->addTab(tr("Share of cost"));
    ui->chartTabs->addTab(tr("Movers"));
    ui->chartTabs->setTabToolTip(int(Kind::Movers), tr("The largest cost increases and decreases of a comparison"));
    ui->chartTabs->addTab(tr("What if"));
    ui->chartTabs->setTabToolTip(
        int(Kind::WhatIf), tr("Recorded, computed and what-if cost per group, when the result is priced"));
    ui->topNSpin->setValue(m_groups->topN());
    ui->costChart->setGroups(m_groups);
    ui->tokensChart->setGroups(m_groups);
    ui->shareChart->setGroups(m_groups);
    ui->whatIfChart->setGroups(m_groups);
    ui->timeChart->setTimeModel(m_time);
    for (ChartView* view : views()) {
        connect(view, &ChartView::readout, this, &ChartsPanel::showReadout);
        connect(view, &ChartView::rowActivated, this, &ChartsPanel::rowActivated);
    }

    connect(ui->chartTabs, &QTabBar::currentChanged, this, [this](int index) {
        ui->chartStack->setCurrentIndex(index);
        showReadout({}); // the readout was about the other chart
        updateControls();
    });
    connect(ui->topNSpin, &QSpinBox::valueChanged, m_groups, &ChartGroupModel::setTopN);
    connect(ui->topNSpin, &QSpinBox::valueChanged, ui->moversChart, &MoversChart::setCount);
    ui->moversChart->setCount(ui->topNSpin->value());
    connect(ui->stepCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        showReadout({});
        m_time->setGranularity(index > 0 ? std::optional(kSteps[index - 1]) : std::nullopt);
    });
    connect(ui->scopeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        showReadout({});
        m_time->setScope(index == 1 ? ChartTimeModel::Scope::SelectedRows : ChartTimeModel::Scope::ShownRows);
    });
    connect(m_time, &ChartTimeModel::changed, this, &ChartsPanel::updateControls);
    connect(ui->saveButton, &QToolButton::clicked, this, &ChartsPanel::chooseSaveFile);
    connect(ui->copyButton, &QToolButton::clicked, this, &ChartsPanel::copyChart);
    updateControls();
    updateMoversTab();
}

ChartsPanel::~ChartsPanel() = default;

MoversChart* ChartsPanel::moversChart() const
{
    return ui->moversChart;
}

bool ChartsPanel::hasMovers() const
{
    return m_table && m_table->hasResult() && m_table->result().query.hasComparison();
}

bool ChartsPanel::hasPricing() const
{
    return m_table && m_table->hasResult() && m_table->result().pricing.enabled;
}

void ChartsPanel::updateMoversTab()
{
    // the tabs of a comparison and of a priced result show only when the result has one
    const std::pair<Kind, bool> optional[] = { { Kind::Movers, hasMovers() }, { Kind::WhatIf, hasPricing() } };
    for (const auto& [tab, shown] : optional) {
        if (!shown && kind() == tab)
            setKind(Kind::CostPerGroup); // before hiding it: the tab bar would move to its neighbour
        ui->chartTabs->setTabVisible(int(tab), shown);
        ui->chartTabs->setTabEnabled(int(tab), shown);
    }
}

QList<ChartView*> ChartsPanel::views() const
{
    return { ui->costChart, ui->tokensChart, ui->timeChart, ui->shareChart, ui->moversChart, ui->whatIfChart };
}

ChartView* ChartsPanel::currentView() const
{
    return views().value(int(kind()));
}

void ChartsPanel::setSourceModel(UsageTableModel* table)
{
    m_groups->setSourceModel(table);
    m_time->setSourceModel(table);
    for (ChartView* view : views())
        view->setTable(table);
    ui->moversChart->follow(table);
    // a new result: the readout named a row or a bar of the previous one
    m_table = table;
    connect(table, &QAbstractItemModel::modelReset, this, [this] {
        showReadout({});
        updateMoversTab();
    });
    updateMoversTab();
}

void ChartsPanel::setKind(Kind kind)
{
    ui->chartTabs->setCurrentIndex(int(kind));
}

ChartsPanel::Kind ChartsPanel::kind() const
{
    return Kind(std::max(0, ui->chartTabs->currentIndex()));
}

bool ChartsPanel::kindFromKey(const QString& key, Kind* kind)
{
    static const QStringList keys { QStringLiteral("cost"), QStringLiteral("tokens"), QStringLiteral("time"),
        QStringLiteral("share"), QStringLiteral("movers"), QStringLiteral("whatif") };
    const qsizetype i = keys.indexOf(key.trimmed().toLower());
    if (i < 0)
        return false;
    *kind = Kind(i);
    return true;
}

QString ChartsPanel::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::CostPerGroup:
        return QStringLiteral("cost");
    case Kind::TokensPerGroup:
        return QStringLiteral("tokens");
    case Kind::CostOverTime:
        return QStringLiteral("time");
    case Kind::CostShare:
        return QStringLiteral("share");
    case Kind::Movers:
        return QStringLiteral("movers");
    case Kind::WhatIf:
        return QStringLiteral("whatif");
    }
    Q_UNREACHABLE();
}

void ChartsPanel::setTopN(int n)
{
    ui->topNSpin->setValue(n);
}

int ChartsPanel::topN() const
{
    return m_groups->topN();
}

void ChartsPanel::setSelectedRows(const QList<int>& resultRows)
{
    if (resultRows == m_selected)
        return;
    m_selected = resultRows;
    m_time->setSelectedRows(resultRows);
    for (ChartView* view : views())
        view->setSelectedRows(resultRows);
}

void ChartsPanel::setTimeOfSelectedRows(bool selected)
{
    ui->scopeCombo->setCurrentIndex(selected ? 1 : 0);
}

QChart* ChartsPanel::chart()
{
    return currentView()->upToDateChart();
}

QChartView* ChartsPanel::chartView() const
{
    return currentView();
}

QString ChartsPanel::hoverText() const
{
    return ui->readoutLabel->text();
}

void ChartsPanel::showReadout(const QString& text)
{
    ui->readoutLabel->setText(text);
}

void ChartsPanel::updateControls()
{
    const bool perGroup = kind() != Kind::CostOverTime;
    ui->topNLabel->setVisible(perGroup);
    ui->topNSpin->setVisible(perGroup);
    ui->stepLabel->setVisible(!perGroup);
    ui->stepCombo->setVisible(!perGroup);
    ui->scopeCombo->setVisible(!perGroup);
    // steps finer than the result's buckets cannot be made from them
    if (auto* items = qobject_cast<QStandardItemModel*>(ui->stepCombo->model())) {
        const int finest = ChartData::fineness(m_time->finestGranularity());
        for (std::size_t i = 0; i < kSteps.size(); ++i)
            items->item(int(i) + 1)->setEnabled(ChartData::fineness(kSteps[i]) >= finest);
        items->item(0)->setText(tr("Auto (%1)").arg(CostOverTimeChart::granularityWord(m_time->granularity())));
    }
}

bool ChartsPanel::saveChart(const QString& path, QString* error)
{
    return currentView()->save(path, error);
}

void ChartsPanel::copyChart()
{
    currentView()->copyToClipboard();
}

void ChartsPanel::chooseSaveFile()
{
    QString selected;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), QStringLiteral("%1.png").arg(kindKey(kind())),
        png + QStringLiteral(";;") + svg, &selected);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        path += selected == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (currentView()->save(path, &error))
        showReadout(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
    else
        showReadout(error);
}
