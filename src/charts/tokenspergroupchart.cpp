// SPDX-License-Identifier: MIT
#include "charts/tokenspergroupchart.h"

#include "charts/chartstyle.h"
#include "models/chartgroupmodel.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

namespace {

struct Part
{
    QString name;
    Usage::Sum Usage::Totals::*field;
};

} // namespace

QChart* TokensPerGroupChart::build()
{
    const QList<ChartData::GroupBar>& bars = groups()->bars();
    if (bars.isEmpty())
        return emptyChart(tr("No rows pass the filter"));
    // the bars stack what the table's Total tokens adds up: prompt and completion; cache reads and writes are not
    // part of that total (Helicone's total_tokens leaves them out), so they are in the readout, not in the bars
    const QList<Part> parts { { tr("Prompt"), &Usage::Totals::promptTokens },
        { tr("Completion"), &Usage::Totals::completionTokens } };
    double maxStack = 0;
    for (const ChartData::GroupBar& b : bars) {
        Usage::Sum stack = 0;
        for (const Part& part : std::as_const(parts))
            stack += b.totals.*(part.field);
        maxStack = std::max(maxStack, double(stack));
    }
    const ChartData::CountScale scale = ChartData::countScale(maxStack);

    auto* chart = new QChart;
    chart->setTitle(tr("Tokens per %1: prompt + completion = the table's total tokens").arg(groupTitle()));
    const QList<QColor> colors = ChartStyle::seriesColors(palette(), int(parts.size()));
    const int n = int(bars.size());
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.75);
    for (qsizetype p = 0; p < parts.size(); ++p) {
        auto* set = new QBarSet(parts[p].name);
        set->setColor(colors[p]);
        set->setPen(Qt::NoPen);
        for (int bar = n - 1; bar >= 0; --bar) // bottom up
            set->append(double(bars[bar].totals.*(parts[p].field)) / scale.divisor);
        series->append(set);
    }
    chart->addSeries(series);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, maxStack > 0 ? maxStack / scale.divisor * 1.05 : 1);
    valueAxis->applyNiceNumbers();
    // printf formats: a literal per cent sign would need doubling, k/M/G need nothing
    valueAxis->setLabelFormat(
        (valueAxis->max() < 10 && scale.divisor > 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f")) + scale.suffix);
    valueAxis->setTitleText(scale.suffix.isEmpty()
            ? tr("Tokens")
            : tr("Tokens (%1 = ×%2)").arg(scale.suffix, QLocale().toString(scale.divisor, 'f', 0)));
    addBarAxes(chart, series, valueAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    wireBars(series, n);
    return chart;
}
