// SPDX-License-Identifier: MIT
#include "ui/detailpanel.h"

#include "charts/chartstyle.h"
#include "models/displayformat.h"
#include "models/modelbreakdownmodel.h"
#include "ui_detailpanel.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>

namespace {

/** The instant ms as the axis shows it: the date axis formats in the process's zone, the buckets are in zone. */
qint64 wallMs(qint64 ms, const QTimeZone& zone)
{
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QDateTime local = QDateTime(wall.date(), wall.time());
    return local.isValid() ? local.toMSecsSinceEpoch() : ms;
}

} // namespace

DetailPanel::DetailPanel(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::DetailPanel>())
    , m_breakdown(new ModelBreakdownModel(this))
    , m_chartView(new QChartView(this))
{
    ui->setupUi(this);
    ui->breakdownView->setModel(m_breakdown);
    ui->breakdownView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    ui->breakdownView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->breakdownView->horizontalHeader()->setSectionResizeMode(ModelBreakdownModel::Model, QHeaderView::Stretch);
    // model names differ at their end (dates, versions): cut them in the middle; the tooltip has the whole name
    ui->breakdownView->setTextElideMode(Qt::ElideMiddle);
    ui->breakdownView->setWordWrap(false); // wrapped, a name would be cut at its end after all
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Cost over time of the selected row"));
    m_chartView->setMinimumHeight(140);
    ui->chartLayout->addWidget(m_chartView);
    ui->splitter->setStretchFactor(0, 2);
    ui->splitter->setStretchFactor(1, 3);
    setGroup(nullptr, {}, false);
}

DetailPanel::~DetailPanel() = default;

void DetailPanel::setGroup(
    const Usage::GroupUsage* row, const Usage::UsageQuery& query, bool hasTimes, const Usage::PricingSummary& pricing)
{
    if (!row) {
        ui->titleLabel->setText(tr("Select a row to see its models and its cost over time."));
        m_breakdown->setModels({});
        updateChart(nullptr, query);
        return;
    }
    QString title = tr("<b>%1</b>: %2 in %Ln request(s)", nullptr, int(row->totals.requests))
                        .arg((row->id.isEmpty() ? tr("(none)") : row->id).toHtmlEscaped(),
                            DisplayFormat::money(double(row->totals.costNanos)));
    if (hasTimes && row->hasTimes()) {
        title += QStringLiteral(" · ")
            + tr("first %1, last %2 (%3)")
                  .arg(DisplayFormat::dateTime(row->firstMs, query.zone),
                      DisplayFormat::dateTime(row->lastMs, query.zone), DisplayFormat::zoneName(query.zone));
    }
    ui->titleLabel->setText(title);
    m_breakdown->setModels(row->models, pricing);
    updateChart(hasTimes ? row : nullptr, query);
}

void DetailPanel::updateChart(const Usage::GroupUsage* row, const Usage::UsageQuery& query)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true); // the axis's dollars in the locale's numbers
    chart->setLocale(QLocale());
    // follow the window's palette, dark or light
    const QPalette palette = this->palette();
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    if (row && !row->series.isEmpty()) {
        chart->setTitle(tr("Cost per %1 (%2)")
                            .arg(query.granularity == Usage::Granularity::Hour      ? tr("hour")
                                    : query.granularity == Usage::Granularity::Week ? tr("week")
                                                                                    : tr("day"),
                                DisplayFormat::zoneName(query.zone)));
        // a line over a date axis: a few readable dates whatever the number of buckets
        auto* series = new QLineSeries;
        series->setName(tr("Cost"));
        series->setPen(QPen(ChartStyle::lineColor(palette), 2));
        series->setPointsVisible(row->series.size() <= 60);
        double maxUsd = 0;
        for (const Usage::BucketTotals& bucket : row->series) {
            const double usd = double(bucket.totals.costNanos) / 1e9;
            maxUsd = std::max(maxUsd, usd);
            series->append(double(wallMs(bucket.startMs, query.zone)), usd);
        }
        chart->addSeries(series);
        auto* xAxis = new QDateTimeAxis;
        const bool hours = query.granularity == Usage::Granularity::Hour;
        xAxis->setFormat(
            hours ? QLocale().dateTimeFormat(QLocale::ShortFormat) : QLocale().dateFormat(QLocale::ShortFormat));
        const qint64 first = wallMs(row->series.constFirst().startMs, query.zone);
        const qint64 last = wallMs(row->series.constLast().startMs, query.zone);
        const qint64 pad = first == last ? 12 * 3600 * 1000 : 0; // one bucket: a day around it
        xAxis->setRange(QDateTime::fromMSecsSinceEpoch(first - pad), QDateTime::fromMSecsSinceEpoch(last + pad));
        // as many dates as fit side by side, at least the first and the last
        const int labelWidth = fontMetrics().horizontalAdvance(xAxis->min().toString(xAxis->format())) + 24;
        xAxis->setTickCount(std::clamp(int(m_chartView->width() * 0.8) / std::max(1, labelWidth), 2, 6));
        chart->setMargins(QMargins(4, 4, labelWidth / 2, 4)); // the last date is centred on the right edge
        xAxis->setLabelsBrush(palette.color(QPalette::Text));
        auto* yAxis = new QValueAxis;
        yAxis->setRange(0, maxUsd > 0 ? maxUsd * 1.05 : 1);
        yAxis->applyNiceNumbers(); // ticks on round amounts, each one labelled exactly
        yAxis->setLabelFormat(DisplayFormat::moneyAxisFormat(yAxis->max() / (yAxis->tickCount() - 1)));
        yAxis->setLabelsBrush(palette.color(QPalette::Text));
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    } else {
        chart->setTitle(row ? tr("No time series for this row") : QString());
    }
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}
