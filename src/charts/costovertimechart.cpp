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
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>
#include <limits>

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
    QString scope = selectedScope ? tr("%Ln selected row(s)", nullptr, int(selectedRows().size()))
                                  : tr("%Ln shown row(s)", nullptr, table()->rowCount());
    if (selectedScope && selectedRows().size() == 1 && selectedRows().constFirst() < result.rows.size()) {
        const QString id = result.rows[selectedRows().constFirst()].id; // the one row by its name
        scope = id.isEmpty() ? tr("(none)") : id;
    }
    const int n = int(buckets.size());
    // a last bucket the data ends inside would drop like a cliff: it is drawn as a point of its own
    const bool partialLast = n > 1 && isPartial(buckets.constLast(), result);
    const int whole = partialLast ? n - 1 : n;
    auto* chart = new QChart;
    chart->legend()->hide();
    QString title = tr("Cost per %1 (%2), %3: total %4")
                        .arg(step, zone, scope, DisplayFormat::money(double(m_time->total().costNanos)));
    if (partialLast)
        title += QStringLiteral("; ") + tr("the last %1 is partial (a point)").arg(step);
    chart->setTitle(title);
    auto* upper = new QLineSeries;
    double max = 0;
    for (int i = 0; i < n; ++i)
        max = std::max(max, usd(buckets[i].totals.costNanos));
    for (int i = 0; i < whole; ++i) {
        upper->append(i, usd(buckets[i].totals.costNanos));
    }
    if (n == 1) // one step: a flat block, so there is something to see and to hover
        upper->append(0.45, upper->at(0).y());
    auto* area = new QAreaSeries(upper);
    upper->setParent(area); // an area series does not own its line: deleting the chart would leak it
    area->setName(tr("Cost"));
    const QColor color = ChartStyle::lineColor(palette());
    QColor fill = color;
    fill.setAlphaF(0.35);
    area->setBrush(fill);
    area->setPen(QPen(color, 2));
    area->setPointsVisible(n <= 60);
    chart->addSeries(area);
    QScatterSeries* partial = nullptr;
    if (partialLast) {
        partial = new QScatterSeries;
        partial->setName(tr("Partial %1").arg(step));
        partial->setColor(palette().color(QPalette::Base));
        partial->setBorderColor(color);
        partial->setMarkerSize(9);
        partial->append(n - 1, usd(buckets.constLast().totals.costNanos));
        chart->addSeries(partial);
    }

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
    if (partial) {
        partial->attachAxis(timeAxis);
        partial->attachAxis(valueAxis);
        connect(partial, &QScatterSeries::hovered, this, [this, n](const QPointF&, bool state) {
            if (state)
                showReadout(itemText(n - 1));
        });
    }
    wireArea(area, whole);
    return chart;
}

bool CostOverTimeChart::isPartial(const ChartData::TimeBucket& bucket, const Usage::UsageResult& result)
{
    // the data end: the query's end, or the last request when that comes first
    std::optional<qint64> dataEnd = result.query.endMs;
    if (result.hasRequestTimes) {
        qint64 last = std::numeric_limits<qint64>::min();
        for (const Usage::GroupUsage& row : result.rows)
            last = std::max(last, row.lastMs);
        if (!dataEnd || last < *dataEnd)
            dataEnd = last;
    }
    constexpr qint64 kSlackMs = 60 * 1000; // a bucket ending within a minute of the data counts as whole
    return dataEnd && *dataEnd + kSlackMs < bucket.endMs;
}

QString CostOverTimeChart::itemText(int step) const
{
    const QList<ChartData::TimeBucket>& buckets = m_time->buckets();
    if (step < 0 || step >= buckets.size())
        return {};
    const ChartData::TimeBucket& b = buckets[step];
    const QTimeZone zone = m_time->zone();
    return tr(
        "%1 – %2 (%3): %4 · %Ln request(s) · %5 tokens", nullptr, int(std::min<Usage::Sum>(b.totals.requests, INT_MAX)))
        .arg(DisplayFormat::dateTime(b.startMs, zone), DisplayFormat::dateTime(b.endMs, zone),
            DisplayFormat::zoneName(zone), DisplayFormat::moneyExact(b.totals.costNanos),
            DisplayFormat::count(b.totals.totalTokens()));
}
