// SPDX-License-Identifier: MIT
#include "charts/costsharechart.h"

#include "charts/chartstyle.h"
#include "models/chartgroupmodel.h"
#include "models/displayformat.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>

QChart* CostShareChart::build()
{
    const QList<ChartData::GroupBar>& bars = groups()->bars();
    const Usage::Sum total = groups()->total().costNanos;
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
        legendLabels.append(tr("%1 (%2)").arg(groups()->labels()[bar], DisplayFormat::percent(share)));
        const QColor color = b.isOthers() ? ChartStyle::othersColor(pal) : colors[bar];
        slice->setColor(color);
        slice->setBorderColor(pal.color(QPalette::Base));
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(color.lightnessF() > 0.6 ? Qt::black : Qt::white);
        slice->setLabelVisible(share >= 0.04);
        const bool selected = isSelected(b);
        slice->setExploded(selected); // the selected rows stay out, the others come out while hovered
        if (!selected)
            connect(slice, &QPieSlice::hovered, slice, &QPieSlice::setExploded);
        series->append(slice);
        wireSlice(slice, bar);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (qsizetype i = 0; i < markers.size() && i < legendLabels.size(); ++i)
        markers[i]->setLabel(legendLabels[i]);
    return chart;
}
