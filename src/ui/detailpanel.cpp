// SPDX-License-Identifier: MIT
#include "ui/detailpanel.h"

#include "models/displayformat.h"
#include "models/modelbreakdownmodel.h"
#include "ui_detailpanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QValueAxis>

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
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Cost over time of the selected row"));
    m_chartView->setMinimumHeight(140);
    ui->chartLayout->addWidget(m_chartView);
    ui->splitter->setStretchFactor(0, 2);
    ui->splitter->setStretchFactor(1, 3);
    setGroup(nullptr, {}, false);
}

DetailPanel::~DetailPanel() = default;

void DetailPanel::setGroup(const Usage::GroupUsage* row, const Usage::UsageQuery& query, bool hasTimes)
{
    if (!row) {
        ui->titleLabel->setText(tr("Select a row to see its models and its cost over time."));
        m_breakdown->setModels({});
        updateChart(nullptr, query);
        return;
    }
    QString title = tr("<b>%1</b>: %2 in %n request(s)", nullptr, int(row->totals.requests))
                        .arg((row->id.isEmpty() ? tr("(none)") : row->id).toHtmlEscaped(),
                            DisplayFormat::money(double(row->totals.costNanos)));
    if (hasTimes && row->hasTimes()) {
        title += QStringLiteral(" · ")
            + tr("first %1, last %2 (%3)")
                  .arg(DisplayFormat::dateTime(row->firstMs, query.zone),
                      DisplayFormat::dateTime(row->lastMs, query.zone), DisplayFormat::zoneName(query.zone));
    }
    ui->titleLabel->setText(title);
    m_breakdown->setModels(row->models);
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
        auto* set = new QBarSet(tr("Cost"));
        set->setColor(palette.color(QPalette::Highlight));
        QStringList categories;
        double maxUsd = 0;
        const QString format =
            query.granularity == Usage::Granularity::Hour ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("MM-dd");
        for (const Usage::BucketTotals& bucket : row->series) {
            const double usd = double(bucket.totals.costNanos) / 1e9;
            maxUsd = std::max(maxUsd, usd);
            set->append(usd);
            categories.append(QDateTime::fromMSecsSinceEpoch(bucket.startMs, query.zone).toString(format));
        }
        auto* series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto* xAxis = new QBarCategoryAxis;
        xAxis->append(categories);
        xAxis->setLabelsAngle(-60);
        if (categories.size() > 14) { // unreadable when crowded: name the span instead
            xAxis->setLabelsVisible(false);
            chart->setTitle(chart->title() + QStringLiteral(", ") + categories.constFirst() + QStringLiteral(" – ")
                + categories.constLast());
        }
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
