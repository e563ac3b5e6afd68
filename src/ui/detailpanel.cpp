// SPDX-License-Identifier: MIT
#include "ui/detailpanel.h"

#include "charts/chartstyle.h"
#include "models/displayformat.h"
#include "models/modelbreakdownmodel.h"
#include "ui_detailpanel.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

/** The instant ms as the axis shows it: the date axis formats in the process's zone, the buckets are in zone. */
qint64 wallMs(qint64 ms, const QTimeZone& zone)
{
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QDateTime local = QDateTime(wall.date(), wall.time());
    return local.isValid() ? local.toMSecsSinceEpoch() : ms;
}

// QtCharts' padding around an axis label (ChartAxisElement::labelPadding())
constexpr int kLabelPadding = 5;

/** The locale's short date (and time) format; without the year when all dates share it (the title has it). */
QString axisDateFormat(bool withTime, bool oneYear)
{
    const QLocale locale;
    QString format = withTime ? locale.dateTimeFormat(QLocale::ShortFormat) : locale.dateFormat(QLocale::ShortFormat);
    if (oneYear) {
        // the year and the separators that tie it to the day and month: "dd/MM/yyyy" → "dd/MM", "yyyy-MM-dd" → "MM-dd"
        format.remove(QRegularExpression(QStringLiteral("[^dMHhms'\\s]*y+(?=$|\\s)")));
        format.remove(QRegularExpression(QStringLiteral("^y+[^dM]*")));
    }
    return format.trimmed();
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
    // the breakdown asks for its columns' width; the chart takes the rest of a wide panel
    ui->breakdownView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Cost over time of the selected row"));
    m_chartView->setMinimumHeight(140);
    ui->chartLayout->addWidget(m_chartView);
    ui->splitter->setStretchFactor(0, 0);
    ui->splitter->setStretchFactor(1, 1);
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
    costBesideModel();
    updateChart(hasTimes ? row : nullptr, query);
}

void DetailPanel::costBesideModel()
{
    // cost, the figure that matters, right of the name: a narrow panel scrolls the token counts away, not the cost
    QHeaderView* header = ui->breakdownView->horizontalHeader();
    if (m_breakdown->columnCount() > ModelBreakdownModel::Cost
        && header->visualIndex(ModelBreakdownModel::Cost) != ModelBreakdownModel::Model + 1)
        header->moveSection(header->visualIndex(ModelBreakdownModel::Cost), ModelBreakdownModel::Model + 1);
}

void DetailPanel::fitDateTicks()
{
    // QtCharts gives each date label the plot's width divided by the tick count and leaves out a wider one that
    // overlaps its neighbour: as many ticks as whole labels fit side by side, at least the first and the last
    auto* chart = m_chartView->chart();
    const QList<QAbstractAxis*> axes = chart ? chart->axes(Qt::Horizontal) : QList<QAbstractAxis*>();
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis*>(axes.constFirst());
    if (!axis)
        return;
    const int ticks = std::clamp(int(chart->plotArea().width()) / dateLabelWidth(axis), 2, 6);
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
}

int DetailPanel::dateLabelWidth(const QDateTimeAxis* axis)
{
    // the widest date of the format (two-digit days and months), the axis's padding on both sides and a gap
    const QString widest = QDateTime(QDate(2028, 12, 28), QTime(22, 58)).toString(axis->format());
    return QFontMetrics(axis->labelsFont()).horizontalAdvance(widest) + 2 * kLabelPadding + 8;
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
    m_compared = row ? ComparedSeries(*row, query) : ComparedSeries();
    m_points.clear();
    if (row && !m_compared.isEmpty()) {
        chart->setTitle(tr("Cost per %1 (%2)")
                            .arg(query.granularity == Usage::Granularity::Hour      ? tr("hour")
                                    : query.granularity == Usage::Granularity::Week ? tr("week")
                                                                                    : tr("day"),
                                DisplayFormat::zoneName(query.zone)));
        // a line over a date axis: a few readable dates whatever the number of buckets
        double maxUsd = 0;
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        const auto addPoint = [&](QLineSeries* line, qint64 startMs, Usage::Sum costNanos) {
            const qint64 x = wallMs(startMs, query.zone);
            const double usd = double(costNanos) / 1e9;
            maxUsd = std::max(maxUsd, usd);
            first = std::min(first, x);
            last = std::max(last, x);
            line->append(double(x), usd);
            m_points.append({ double(x), startMs });
        };
        auto* series = new QLineSeries;
        series->setName(tr("Cost"));
        series->setPen(QPen(ChartStyle::lineColor(palette), 2));
        series->setPointsVisible(m_compared.current().size() <= 60);
        for (const Usage::BucketTotals& bucket : m_compared.current())
            addPoint(series, bucket.startMs, bucket.totals.costNanos);
        QList<QLineSeries*> lines { series };
        if (m_compared.hasComparison()) {
            // the previous period on the current range's buckets: dashed and lighter, named in the legend
            auto* previous = new QLineSeries;
            previous->setName(tr("Previous period"));
            QColor color = ChartStyle::lineColor(palette);
            const QColor base = palette.color(QPalette::Base);
            color.setRgbF((color.redF() + base.redF()) / 2, (color.greenF() + base.greenF()) / 2,
                (color.blueF() + base.blueF()) / 2);
            previous->setPen(QPen(color, 2, Qt::DashLine));
            previous->setPointsVisible(m_compared.previous().size() <= 60);
            for (const ComparedSeries::PreviousBucket& bucket : m_compared.previous())
                addPoint(previous, bucket.startMs, bucket.totals.costNanos);
            lines.append(previous);
            chart->legend()->setLabelColor(palette.color(QPalette::Text));
            chart->legend()->setAlignment(Qt::AlignBottom);
            chart->legend()->show();
        }
        for (QLineSeries* line : std::as_const(lines)) {
            chart->addSeries(line);
            connect(line, &QLineSeries::hovered, this, &DetailPanel::showToolTip);
        }
        // the legend names only the dashed line, so that it fits a narrow panel whole
        if (lines.size() > 1) {
            for (QLegendMarker* marker : chart->legend()->markers(series))
                marker->setVisible(false);
        }
        auto* xAxis = new QDateTimeAxis;
        const bool hours = query.granularity == Usage::Granularity::Hour;
        xAxis->setFormat(axisDateFormat(hours,
            QDateTime::fromMSecsSinceEpoch(first).date().year() == QDateTime::fromMSecsSinceEpoch(last).date().year()));
        const qint64 pad = first == last ? 12 * 3600 * 1000 : 0; // one bucket: a day around it
        xAxis->setRange(QDateTime::fromMSecsSinceEpoch(first - pad), QDateTime::fromMSecsSinceEpoch(last + pad));
        const int labelWidth = dateLabelWidth(xAxis);
        chart->setMargins(QMargins(4, 4, labelWidth / 2, 4)); // the last date is centred on the right edge
        // room for the money labels and two whole dates: the splitter keeps the chart at least this wide
        const int moneyWidth = QFontMetrics(xAxis->labelsFont()).horizontalAdvance(QStringLiteral("$0,000.00"));
        m_chartView->setMinimumWidth(moneyWidth + 3 * labelWidth);
        // the plot's width less the money labels and margins, until fitDateTicks() knows it exactly
        const int plotWidth = m_chartView->width() - moneyWidth - labelWidth / 2 - 16;
        xAxis->setTickCount(std::clamp(plotWidth / labelWidth, 2, 6));
        connect(chart, &QChart::plotAreaChanged, this, &DetailPanel::fitDateTicks, Qt::QueuedConnection);
        xAxis->setLabelsBrush(palette.color(QPalette::Text));
        auto* yAxis = new QValueAxis;
        yAxis->setRange(0, maxUsd > 0 ? maxUsd * 1.05 : 1);
        yAxis->applyNiceNumbers(); // ticks on round amounts, each one labelled exactly
        yAxis->setLabelFormat(DisplayFormat::moneyAxisFormat(yAxis->max() / (yAxis->tickCount() - 1)));
        yAxis->setLabelsBrush(palette.color(QPalette::Text));
        // a label that does not fit is left out whole, never cut to "…": QtCharts cuts a label to its share of the
        // axis's length, so on a short plot every amount read "…"; overlapping whole labels are hidden instead
        xAxis->setTruncateLabels(false);
        yAxis->setTruncateLabels(false);
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        for (QLineSeries* line : std::as_const(lines)) {
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
        }
    } else {
        chart->setTitle(row ? tr("No time series for this row") : QString());
    }
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

QString DetailPanel::toolTipAt(double x) const
{
    if (m_points.isEmpty())
        return {};
    const auto nearest = std::min_element(m_points.cbegin(), m_points.cend(),
        [x](const auto& a, const auto& b) { return std::abs(a.first - x) < std::abs(b.first - x); });
    return m_compared.toolTip(nearest->second);
}

void DetailPanel::showToolTip(const QPointF& point, bool state)
{
    if (state)
        QToolTip::showText(QCursor::pos(), toolTipAt(point.x()), m_chartView);
    else
        QToolTip::hideText();
}
