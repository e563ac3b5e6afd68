// SPDX-License-Identifier: MIT
#include "charts/costpergroupchart.h"

#include "charts/chartstyle.h"
#include "models/chartgroupmodel.h"
#include "models/displayformat.h"
#include "models/usagetablemodel.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

QChart* CostPerGroupChart::build()
{
    const QList<ChartData::GroupBar>& bars = groups()->bars();
    if (bars.isEmpty())
        return emptyChart(tr("No rows pass the filter"));
    const QPalette pal = palette();
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(tr("Cost per %1: the top %2 of %Ln row(s) shown, total %3", nullptr, table()->rowCount())
                        .arg(groupTitle(), DisplayFormat::count(bars.size() - (bars.constLast().isOthers() ? 1 : 0)),
                            DisplayFormat::money(double(groups()->total().costNanos))));
    // Others sits in a set of its own, so it gets its own colour
    auto* rowsSet = new QBarSet(tr("Cost"));
    rowsSet->setColor(ChartStyle::seriesColors(pal, 1).constFirst());
    rowsSet->setSelectedColor(ChartStyle::selectedColor(pal));
    rowsSet->setPen(Qt::NoPen);
    auto* othersSet = new QBarSet(tr("Others"));
    othersSet->setColor(ChartStyle::othersColor(pal));
    othersSet->setPen(Qt::NoPen);
    const int n = int(bars.size());
    double max = 0;
    for (int bar = n - 1; bar >= 0; --bar) { // bottom up
        const ChartData::GroupBar& b = bars[bar];
        const double value = usd(b.totals.costNanos);
        max = std::max(max, value);
        rowsSet->append(b.isOthers() ? 0 : value);
        othersSet->append(b.isOthers() ? value : 0);
        if (isSelected(b))
            rowsSet->selectBar(n - 1 - bar);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.75);
    series->append(rowsSet);
    if (bars.constLast().isOthers())
        series->append(othersSet);
    else
        delete othersSet;
    chart->addSeries(series);
    addBarAxes(chart, series, moneyAxis(max));
    wireBars(series, n);
    return chart;
}
