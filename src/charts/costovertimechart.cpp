// SPDX-License-Identifier: MIT
#include "charts/costovertimechart.h"

#include "charts/chartstyle.h"
#include "models/charttimemodel.h"
#include "models/displayformat.h"
#include "models/usagetablemodel.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

void CostOverTimeChart::setTimeModel(ChartTimeModel* time)
{
    if (m_time)
        disconnect(m_time, nullptr, this, nullptr);
    m_time = time;
    connect(time, &ChartTimeModel::changed, this, &CostOverTimeChart::invalidate);
    invalidate();
}

QString CostOverTimeChart::granularityWord(Usage::Granularity g)
{
    switch (g) {
    case Usage::Granularity::Hour:
        return tr("hour");
    case Usage::Granularity::Day:
        return tr("day");
    case Usage::Granularity::Week:
        return tr("week");
    }
    Q_UNREACHABLE();
}

void CostOverTimeChart::resizeEvent(QResizeEvent* event)
{
    ChartView::resizeEvent(event);
    invalidate(); // as many time labels as fit
}

QChart* CostOverTimeChart::build()
{
    const QList<ChartData::TimeBucket>& buckets = m_time->buckets();
    const Usage::UsageResult& result = table()->result();
    const bool selectedScope = m_time->scope() == ChartTimeModel::Scope::SelectedRows;
    if (buckets.isEmpty()) {
        if (selectedScope && selectedRows().isEmpty())
            return emptyChart(tr("Select rows in the table to chart their cost over time"));
        if (!result.hasRequestTimes && result.series.isEmpty())
            return emptyChart(tr("This source has no time series"));
        return emptyChart(tr("No time series for these rows"));
    }
    const QString zone = DisplayFormat::zoneName(result.query.zone);
    const QString step = granularityWord(m_time->granularity());
    const QString scope = selectedScope ? tr("%n selected row(s)", nullptr, int(selectedRows().size()))
                                        : tr("%n shown row(s)", nullptr, table()->rowCount());
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(tr("Cost per %1 (%2), %3: total %4")
                        .arg(step, zone, scope, DisplayFormat::money(double(m_time->total().costNanos))));
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
    const QColor color = ChartStyle::seriesColors(palette(), 1).constFirst();
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
    const int plotWidth = std::max(width(), 640) - 120;
    const int maxLabels = std::max(2, plotWidth / std::max(labelWidth, 1));
    const int every = std::max(1, int(std::ceil(double(n) / maxLabels)));
    timeAxis->setStartValue(-0.5);
    for (int i = 0; i < n; i += every)
        timeAxis->append(buckets[i].label, i);
    timeAxis->setRange(-0.5, n - 0.5);
    timeAxis->setTitleText(tr("Start of each %1 (%2)").arg(step, zone));
    auto* valueAxis = moneyAxis(max);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    area->attachAxis(timeAxis);
    area->attachAxis(valueAxis);
    wireArea(area, n);
    return chart;
}

QString CostOverTimeChart::itemText(int step) const
{
    const QList<ChartData::TimeBucket>& buckets = m_time->buckets();
    if (step < 0 || step >= buckets.size())
        return {};
    const ChartData::TimeBucket& b = buckets[step];
    const QTimeZone zone = m_time->zone();
    return tr(
        "%1 – %2 (%3): %4 · %n request(s) · %5 tokens", nullptr, int(std::min<qint64>(b.totals.requests, INT_MAX)))
        .arg(DisplayFormat::dateTime(b.startMs, zone), DisplayFormat::dateTime(b.endMs, zone),
            DisplayFormat::zoneName(zone), DisplayFormat::moneyExact(b.totals.costNanos),
            DisplayFormat::count(b.totals.totalTokens()));
}
