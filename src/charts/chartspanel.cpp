// SPDX-License-Identifier: MIT
#include "charts/chartspanel.h"

#include "charts/chartstyle.h"
#include "models/chartgroupmodel.h"
#include "models/charttimemodel.h"
#include "models/displayformat.h"
#include "models/usagetablemodel.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>

#include <cmath>

namespace {

constexpr int kAutoGranularity = -1;

double usd(qint64 nanos)
{
    return double(nanos) / 1e9;
}

QValueAxis* moneyAxis(double max)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * 1.05 : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(DisplayFormat::moneyAxisFormat(axis->max() / (axis->tickCount() - 1)));
    axis->setTitleText(QCoreApplication::translate("ChartsPanel", "Cost (USD)"));
    return axis;
}

QString granularityWord(Usage::Granularity g)
{
    switch (g) {
    case Usage::Granularity::Hour:
        return QCoreApplication::translate("ChartsPanel", "hour");
    case Usage::Granularity::Day:
        return QCoreApplication::translate("ChartsPanel", "day");
    case Usage::Granularity::Week:
        return QCoreApplication::translate("ChartsPanel", "week");
    }
    Q_UNREACHABLE();
}

} // namespace

ChartsPanel::ChartsPanel(QWidget* parent)
    : QWidget(parent)
    , m_groups(new ChartGroupModel(this))
    , m_time(new ChartTimeModel(this))
    , m_tabs(new QTabBar(this))
    , m_topNLabel(new QLabel(tr("&Bars:"), this))
    , m_topN(new QSpinBox(this))
    , m_granularityLabel(new QLabel(tr("&Step:"), this))
    , m_granularity(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_save(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_view(new QChartView(this))
    , m_hover(new QLabel(this))
    , m_rebuildTimer(new QTimer(this))
{
    m_tabs->addTab(tr("Cost per group"));
    m_tabs->addTab(tr("Tokens per group"));
    m_tabs->addTab(tr("Cost over time"));
    m_tabs->addTab(tr("Share of cost"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setAccessibleName(tr("Chart"));
    m_tabs->setToolTip(tr("Which chart to show"));

    m_topN->setRange(1, 100);
    m_topN->setValue(m_groups->topN());
    m_topN->setAccessibleName(tr("Number of bars"));
    m_topN->setToolTip(tr("How many of the costliest rows get a bar of their own; the rest are summed in Others"));
    m_topNLabel->setBuddy(m_topN);

    m_granularity->addItem(tr("Auto"), kAutoGranularity);
    m_granularity->addItem(tr("Hour"), int(Usage::Granularity::Hour));
    m_granularity->addItem(tr("Day"), int(Usage::Granularity::Day));
    m_granularity->addItem(tr("Week"), int(Usage::Granularity::Week));
    m_granularity->setAccessibleName(tr("Time step"));
    m_granularity->setToolTip(tr("Width of one step, in the query's time zone; Auto chooses by the data's span. Steps "
                                 "finer than the query's buckets are not available."));
    m_granularityLabel->setBuddy(m_granularity);

    m_scope->addItem(tr("All shown rows"));
    m_scope->addItem(tr("Selected rows"));
    m_scope->setAccessibleName(tr("Rows to chart over time"));
    m_scope->setToolTip(tr("Chart the cost over time of every row the table shows, or of the rows selected in it"));

    m_save->setText(tr("&Save…"));
    m_save->setAccessibleName(tr("Save the chart"));
    m_save->setToolTip(tr("Save the chart as a PNG or SVG file"));
    m_copy->setText(tr("C&opy"));
    m_copy->setAccessibleName(tr("Copy the chart"));
    m_copy->setToolTip(tr("Copy the chart to the clipboard as an image"));

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Chart of the rows shown"));
    m_view->setMinimumHeight(200);
    m_hover->setAccessibleName(tr("Figures under the pointer"));
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hover->setWordWrap(true);
    m_hover->setText(
        tr("Hover a bar, point or slice for its exact figures; click a bar to select its row in the table."));

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_tabs);
    controls->addStretch(1);
    controls->addWidget(m_topNLabel);
    controls->addWidget(m_topN);
    controls->addWidget(m_granularityLabel);
    controls->addWidget(m_granularity);
    controls->addWidget(m_scope);
    controls->addSpacing(8);
    controls->addWidget(m_save);
    controls->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hover);

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0); // one rebuild for a burst of model changes
    connect(m_rebuildTimer, &QTimer::timeout, this, &ChartsPanel::rebuild);
    connect(m_groups, &QAbstractItemModel::modelReset, this, &ChartsPanel::scheduleRebuild);
    connect(m_time, &QAbstractItemModel::modelReset, this, &ChartsPanel::scheduleRebuild);
    connect(m_tabs, &QTabBar::currentChanged, this, [this] {
        updateControls();
        scheduleRebuild();
    });
    connect(m_topN, &QSpinBox::valueChanged, m_groups, &ChartGroupModel::setTopN);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] {
        const int g = m_granularity->currentData().toInt();
        m_time->setGranularity(
            g == kAutoGranularity ? std::nullopt : std::optional<Usage::Granularity>(Usage::Granularity(g)));
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_time->setScope(index == 1 ? ChartTimeModel::Scope::SelectedRows : ChartTimeModel::Scope::ShownRows);
    });
    connect(m_save, &QToolButton::clicked, this, &ChartsPanel::chooseSaveFile);
    connect(m_copy, &QToolButton::clicked, this, &ChartsPanel::copyChart);
    updateControls();
    rebuild();
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::setSourceModel(UsageTableModel* table)
{
    m_table = table;
    m_groups->setSourceModel(table);
    m_time->setSourceModel(table);
    scheduleRebuild();
}

void ChartsPanel::setKind(Kind kind)
{
    m_tabs->setCurrentIndex(int(kind));
}

ChartsPanel::Kind ChartsPanel::kind() const
{
    return Kind(std::max(0, m_tabs->currentIndex()));
}

bool ChartsPanel::kindFromKey(const QString& key, Kind* kind)
{
    static const QStringList keys { QStringLiteral("cost"), QStringLiteral("tokens"), QStringLiteral("time"),
        QStringLiteral("share") };
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
    }
    Q_UNREACHABLE();
}

void ChartsPanel::setTopN(int n)
{
    m_topN->setValue(n);
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
    scheduleRebuild(); // the selected rows' bars are highlighted
}

void ChartsPanel::setTimeOfSelectedRows(bool selected)
{
    m_scope->setCurrentIndex(selected ? 1 : 0);
}

QChart* ChartsPanel::chart()
{
    if (m_dirty)
        rebuild();
    return m_view->chart();
}

QString ChartsPanel::hoverText() const
{
    return m_hover->text();
}

void ChartsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        scheduleRebuild();
    QWidget::changeEvent(event);
}

void ChartsPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (kind() == Kind::CostOverTime)
        scheduleRebuild(); // as many time labels as fit
}

void ChartsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_rebuildTimer->start();
}

void ChartsPanel::scheduleRebuild()
{
    m_dirty = true;
    if (isVisible()) // hidden (another tab on show): rebuilt when shown, or when chart() is asked for
        m_rebuildTimer->start();
}

void ChartsPanel::updateControls()
{
    const Kind k = kind();
    const bool perGroup = k != Kind::CostOverTime;
    m_topNLabel->setVisible(perGroup);
    m_topN->setVisible(perGroup);
    m_granularityLabel->setVisible(!perGroup);
    m_granularity->setVisible(!perGroup);
    m_scope->setVisible(!perGroup);
    // steps finer than the result's buckets cannot be made from them
    if (auto* items = qobject_cast<QStandardItemModel*>(m_granularity->model())) {
        const int finest = ChartData::fineness(m_time->finestGranularity());
        for (int i = 1; i < items->rowCount(); ++i)
            items->item(i)->setEnabled(items->item(i)->data(Qt::UserRole).toInt() >= finest);
        items->item(0)->setText(tr("Auto (%1)").arg(granularityWord(m_time->granularity())));
    }
}

void ChartsPanel::rebuild()
{
    m_rebuildTimer->stop();
    m_dirty = false;
    QChart* chart = nullptr;
    if (!m_table || !m_table->hasResult()) {
        chart = emptyChart(tr("No data yet: run a query or open log files"));
    } else {
        switch (kind()) {
        case Kind::CostPerGroup:
            chart = buildCostPerGroup();
            break;
        case Kind::TokensPerGroup:
            chart = buildTokensPerGroup();
            break;
        case Kind::CostOverTime:
            chart = buildCostOverTime();
            break;
        case Kind::CostShare:
            chart = buildCostShare();
            break;
        }
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_view->setBackgroundBrush(palette().color(QPalette::Base)); // around the chart, too
    updateControls();
}

QChart* ChartsPanel::emptyChart(const QString& message)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(message);
    ChartStyle::apply(chart, palette());
    return chart;
}

QString ChartsPanel::groupTitle() const
{
    const Usage::GroupBy& groupBy = m_table->result().query.groupBy;
    switch (groupBy.key) {
    case Usage::GroupKey::User:
        return tr("user");
    case Usage::GroupKey::Model:
        return tr("model");
    case Usage::GroupKey::Provider:
        return tr("provider");
    case Usage::GroupKey::Property:
        return groupBy.property;
    }
    Q_UNREACHABLE();
}

QString ChartsPanel::groupHoverText(int bar) const
{
    const QList<ChartData::GroupBar>& bars = m_groups->bars();
    if (bar < 0 || bar >= bars.size())
        return {};
    const ChartData::GroupBar& b = bars[bar];
    const QString name = b.isOthers() ? ChartGroupModel::othersLabel(b.memberCount)
                                      : (b.id.isEmpty() ? ChartGroupModel::noneLabel() : b.id);
    const qint64 all = m_groups->total().costNanos;
    QStringList parts;
    parts.append(tr("%1 (%2 of the cost shown)")
                     .arg(DisplayFormat::moneyExact(b.totals.costNanos),
                         DisplayFormat::percent(all > 0 ? double(b.totals.costNanos) / double(all) : 0)));
    parts.append(tr("%n request(s)", nullptr, int(std::min<qint64>(b.totals.requests, INT_MAX))));
    parts.append(
        tr("prompt %1, completion %2 tokens")
            .arg(DisplayFormat::count(b.totals.promptTokens), DisplayFormat::count(b.totals.completionTokens)));
    if (m_groups->hasCacheTokens())
        parts.append(
            tr("cache read %1, cache write %2")
                .arg(DisplayFormat::count(b.totals.cacheReadTokens), DisplayFormat::count(b.totals.cacheWriteTokens)));
    return name + QStringLiteral(": ") + parts.join(QStringLiteral(" · "));
}

void ChartsPanel::showHover(const QString& text)
{
    m_hover->setText(text);
    m_view->setToolTip(text);
}

void ChartsPanel::activateBar(int bar)
{
    const QList<ChartData::GroupBar>& bars = m_groups->bars();
    if (bar < 0 || bar >= bars.size())
        return;
    if (bars[bar].isOthers()) {
        showHover(tr("Others sums %n row(s): raise the number of bars or filter the table to see them.", nullptr,
            bars[bar].memberCount));
        return;
    }
    Q_EMIT rowActivated(bars[bar].resultRow);
    showHover(tr("%1 is selected in the table (Ctrl+1 shows it).")
                  .arg(bars[bar].id.isEmpty() ? ChartGroupModel::noneLabel() : bars[bar].id));
}

QChart* ChartsPanel::buildCostPerGroup()
{
    const QList<ChartData::GroupBar>& bars = m_groups->bars();
    if (bars.isEmpty())
        return emptyChart(tr("No rows pass the filter"));
    const QPalette pal = palette();
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(tr("Cost per %1: the top %2 of %n row(s) shown, total %3", nullptr, m_table->rowCount())
                        .arg(groupTitle(), DisplayFormat::count(bars.size() - (bars.constLast().isOthers() ? 1 : 0)),
                            DisplayFormat::money(double(m_groups->total().costNanos))));
    const int n = int(bars.size());
    auto* rowsSet = new QBarSet(tr("Cost"));
    auto* othersSet = new QBarSet(tr("Others"));
    rowsSet->setColor(ChartStyle::seriesColors(pal, 1).constFirst());
    rowsSet->setSelectedColor(ChartStyle::selectedColor(pal));
    rowsSet->setPen(Qt::NoPen);
    othersSet->setColor(ChartStyle::othersColor(pal));
    othersSet->setPen(Qt::NoPen);
    QStringList categories;
    double max = 0;
    bool hasOthers = false;
    // a horizontal bar axis draws its first category at the bottom: append the largest last so it is on top
    for (int bar = n - 1; bar >= 0; --bar) {
        const ChartData::GroupBar& b = bars[bar];
        const double value = usd(b.totals.costNanos);
        max = std::max(max, value);
        rowsSet->append(b.isOthers() ? 0 : value);
        othersSet->append(b.isOthers() ? value : 0);
        hasOthers = hasOthers || b.isOthers();
        categories.append(m_groups->labels()[bar]);
        if (!b.isOthers() && m_selected.contains(b.resultRow))
            rowsSet->selectBar(n - 1 - bar);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.75);
    series->append(rowsSet);
    if (hasOthers)
        series->append(othersSet);
    else
        delete othersSet;
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = moneyAxis(max);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    connect(series, &QAbstractBarSeries::hovered, this, [this, n](bool status, int index, QBarSet*) {
        if (status)
            showHover(groupHoverText(n - 1 - index));
    });
    connect(series, &QAbstractBarSeries::clicked, this, [this, n](int index, QBarSet*) { activateBar(n - 1 - index); });
    ChartStyle::apply(chart, pal);
    return chart;
}

QChart* ChartsPanel::buildTokensPerGroup()
{
    const QList<ChartData::GroupBar>& bars = m_groups->bars();
    if (bars.isEmpty())
        return emptyChart(tr("No rows pass the filter"));
    const QPalette pal = palette();
    const bool cache = m_groups->hasCacheTokens();
    const int n = int(bars.size());
    double maxStack = 0;
    for (const ChartData::GroupBar& b : bars) {
        const qint64 stack =
            b.totals.totalTokens() + (cache ? b.totals.cacheReadTokens + b.totals.cacheWriteTokens : 0);
        maxStack = std::max(maxStack, double(stack));
    }
    const ChartData::CountScale scale = ChartData::countScale(maxStack);

    auto* chart = new QChart;
    chart->setTitle(cache ? tr("Tokens per %1: prompt, completion and prompt cache").arg(groupTitle())
                          : tr("Tokens per %1: prompt and completion").arg(groupTitle()));
    struct Part
    {
        QString name;
        qint64 Usage::Totals::*field;
    };
    QList<Part> parts { { tr("Prompt"), &Usage::Totals::promptTokens },
        { tr("Completion"), &Usage::Totals::completionTokens } };
    if (cache) {
        parts.append({ tr("Cache read"), &Usage::Totals::cacheReadTokens });
        parts.append({ tr("Cache write"), &Usage::Totals::cacheWriteTokens });
    }
    const QList<QColor> colors = ChartStyle::seriesColors(pal, int(parts.size()));
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.75);
    for (qsizetype p = 0; p < parts.size(); ++p) {
        auto* set = new QBarSet(parts[p].name);
        set->setColor(colors[p]);
        set->setPen(Qt::NoPen);
        for (int bar = n - 1; bar >= 0; --bar)
            set->append(double(bars[bar].totals.*(parts[p].field)) / scale.divisor);
        series->append(set);
    }
    chart->addSeries(series);
    QStringList categories;
    for (int bar = n - 1; bar >= 0; --bar)
        categories.append(m_groups->labels()[bar]);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, maxStack > 0 ? maxStack / scale.divisor * 1.05 : 1);
    valueAxis->applyNiceNumbers();
    // printf formats: a literal per cent sign would need doubling, k/M/G need nothing
    valueAxis->setLabelFormat(
        (valueAxis->max() < 10 && scale.divisor > 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f")) + scale.suffix);
    valueAxis->setTitleText(scale.suffix.isEmpty()
            ? tr("Tokens")
            : tr("Tokens (%1 = ×%2)").arg(scale.suffix, QLocale().toString(scale.divisor, 'f', 0)));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    connect(series, &QAbstractBarSeries::hovered, this, [this, n](bool status, int index, QBarSet*) {
        if (status)
            showHover(groupHoverText(n - 1 - index));
    });
    connect(series, &QAbstractBarSeries::clicked, this, [this, n](int index, QBarSet*) { activateBar(n - 1 - index); });
    ChartStyle::apply(chart, pal);
    return chart;
}

QChart* ChartsPanel::buildCostOverTime()
{
    const QList<ChartData::TimeBucket>& buckets = m_time->buckets();
    const bool selectedScope = m_time->scope() == ChartTimeModel::Scope::SelectedRows;
    if (buckets.isEmpty()) {
        if (selectedScope && m_selected.isEmpty())
            return emptyChart(tr("Select rows in the table to chart their cost over time"));
        if (!m_table->result().hasRequestTimes && m_table->result().series.isEmpty())
            return emptyChart(tr("This source has no time series"));
        return emptyChart(tr("No time series for these rows"));
    }
    const QPalette pal = palette();
    const Usage::UsageResult& result = m_table->result();
    const QString scope = selectedScope ? tr("%n selected row(s)", nullptr, int(m_selected.size()))
                                        : tr("%n shown row(s)", nullptr, m_table->rowCount());
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(tr("Cost per %1 (%2), %3: total %4")
                        .arg(granularityWord(m_time->granularity()), DisplayFormat::zoneName(result.query.zone), scope,
                            DisplayFormat::money(double(m_time->total().costNanos))));
    const int n = int(buckets.size());
    auto* upper = new QLineSeries;
    double max = 0;
    for (int i = 0; i < n; ++i) {
        const double value = usd(buckets[i].totals.costNanos);
        max = std::max(max, value);
        upper->append(i, value);
    }
    if (n == 1) // one step: a flat block, so there is something to see and to hover
        upper->append(0.45, upper->at(0).y());
    auto* area = new QAreaSeries(upper);
    upper->setParent(area); // an area series does not own its line: deleting the chart would leak it
    area->setName(tr("Cost"));
    const QColor color = ChartStyle::seriesColors(pal, 1).constFirst();
    QColor fill = color;
    fill.setAlphaF(0.35);
    area->setBrush(fill);
    area->setPen(QPen(color, 2));
    area->setPointsVisible(n <= 60);
    chart->addSeries(area);

    // labels the app computed in the query's zone, at most one per ~label width
    auto* timeAxis = new QCategoryAxis;
    timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int labelWidth = fontMetrics().horizontalAdvance(buckets.constLast().label) + 24;
    const int plotWidth = std::max(m_view->width(), 640) - 120;
    const int maxLabels = std::max(2, plotWidth / std::max(labelWidth, 1));
    const int step = std::max(1, int(std::ceil(double(n) / maxLabels)));
    timeAxis->setStartValue(-0.5);
    for (int i = 0; i < n; i += step)
        timeAxis->append(buckets[i].label, i);
    timeAxis->setRange(-0.5, n - 0.5);
    timeAxis->setTitleText(
        tr("Start of each %1 (%2)")
            .arg(granularityWord(m_time->granularity()), DisplayFormat::zoneName(result.query.zone)));
    auto* valueAxis = moneyAxis(max);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    area->attachAxis(timeAxis);
    area->attachAxis(valueAxis);
    connect(area, &QAreaSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (!state)
            return;
        const QList<ChartData::TimeBucket>& all = m_time->buckets();
        const int i = std::clamp(int(std::lround(point.x())), 0, int(all.size()) - 1);
        if (all.isEmpty())
            return;
        const ChartData::TimeBucket& b = all[i];
        const QTimeZone zone = m_time->zone();
        showHover(tr(
            "%1 – %2 (%3): %4 · %n request(s) · %5 tokens", nullptr, int(std::min<qint64>(b.totals.requests, INT_MAX)))
                      .arg(DisplayFormat::dateTime(b.startMs, zone), DisplayFormat::dateTime(b.endMs, zone),
                          DisplayFormat::zoneName(zone), DisplayFormat::moneyExact(b.totals.costNanos),
                          DisplayFormat::count(b.totals.totalTokens())));
    });
    ChartStyle::apply(chart, pal);
    return chart;
}

QChart* ChartsPanel::buildCostShare()
{
    const QList<ChartData::GroupBar>& bars = m_groups->bars();
    const qint64 total = m_groups->total().costNanos;
    if (bars.isEmpty())
        return emptyChart(tr("No rows pass the filter"));
    if (total <= 0)
        return emptyChart(tr("The rows shown have no cost"));
    const QPalette pal = palette();
    auto* chart = new QChart;
    chart->setTitle(tr("Share of cost per %1: total %2").arg(groupTitle(), DisplayFormat::money(double(total))));
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.9);
    const QList<QColor> colors = ChartStyle::seriesColors(pal, int(bars.size()));
    QStringList legendLabels;
    for (int bar = 0; bar < bars.size(); ++bar) {
        const ChartData::GroupBar& b = bars[bar];
        const double share = double(b.totals.costNanos) / double(total);
        // the ring carries the percentages, the legend the names
        auto* slice = new QPieSlice(DisplayFormat::percent(share), usd(b.totals.costNanos));
        legendLabels.append(tr("%1 (%2)").arg(m_groups->labels()[bar], DisplayFormat::percent(share)));
        const QColor color = b.isOthers() ? ChartStyle::othersColor(pal) : colors[bar];
        slice->setColor(color);
        slice->setBorderColor(pal.color(QPalette::Base));
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(color.lightnessF() > 0.6 ? Qt::black : Qt::white);
        slice->setLabelVisible(share >= 0.04);
        slice->setExploded(!b.isOthers() && m_selected.contains(b.resultRow));
        series->append(slice);
        connect(slice, &QPieSlice::hovered, this, [this, bar, slice](bool state) {
            if (!m_selected.contains(m_groups->bars().value(bar).resultRow))
                slice->setExploded(state);
            if (state)
                showHover(groupHoverText(bar));
        });
        connect(slice, &QPieSlice::clicked, this, [this, bar] { activateBar(bar); });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (qsizetype i = 0; i < markers.size() && i < legendLabels.size(); ++i)
        markers[i]->setLabel(legendLabels[i]);
    ChartStyle::apply(chart, pal);
    return chart;
}

bool ChartsPanel::saveChart(const QString& path, QString* error)
{
    chart(); // up to date
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    bool ok = false;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        const QSize size = m_view->size();
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(m_view->chart()->title());
        generator.setDescription(tr("A chart made by Usage Explorer"));
        QPainter painter;
        if (painter.begin(&generator)) {
            painter.setRenderHint(QPainter::Antialiasing);
            m_view->scene()->render(
                &painter, QRectF(QPointF(0, 0), size), m_view->mapToScene(m_view->viewport()->rect()).boundingRect());
            ok = painter.end();
        }
    } else {
        ok = m_view->grab().save(&file, "PNG");
    }
    if (!ok || !file.commit()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path),
                         file.error() != QFileDevice::NoError ? file.errorString() : tr("the image could not be made"));
        return false;
    }
    return true;
}

void ChartsPanel::copyChart()
{
    chart();
    QApplication::clipboard()->setImage(m_view->grab().toImage());
    showHover(tr("The chart is on the clipboard."));
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
    if (saveChart(path, &error))
        showHover(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
    else
        showHover(error);
}
