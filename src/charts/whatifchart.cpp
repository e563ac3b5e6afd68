// SPDX-License-Identifier: MIT
#include "charts/whatifchart.h"

#include "charts/chartstyle.h"
#include "models/chartgroupmodel.h"
#include "models/displayformat.h"
#include "models/usagetablemodel.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

QChart* WhatIfChart::build()
{
    const Usage::UsageResult& result = table()->result();
    m_bars.clear();
    if (!result.pricing.enabled)
        return emptyChart(tr("This result has no computed prices: load a price book to compare costs"));
    const QList<ChartData::GroupBar>& bars = groups()->bars();
    if (bars.isEmpty())
        return emptyChart(tr("No rows pass the filter"));
    m_bars = ChartData::whatIfBars(bars, result.rows, table()->visibleRows());
    const QPalette pal = palette();
    auto* chart = new QChart;
    chart->setTitle(tr("Recorded, computed and what-if cost per %1: the top %2")
                        .arg(groupTitle(), DisplayFormat::count(bars.size() - (bars.constLast().isOthers() ? 1 : 0))));
    const QList<QColor> colors = ChartStyle::seriesColors(pal, 3);
    const QString names[] = { tr("Recorded"), tr("Computed"), tr("What if") };
    QBarSet* sets[3] = {};
    for (int i = 0; i < 3; ++i) {
        sets[i] = new QBarSet(names[i]);
        sets[i]->setColor(colors.value(i));
        sets[i]->setSelectedColor(ChartStyle::selectedColor(pal));
        sets[i]->setPen(Qt::NoPen);
    }
    const int n = int(m_bars.size());
    double max = 0;
    for (int bar = n - 1; bar >= 0; --bar) { // bottom up
        const ChartData::WhatIfBar& b = m_bars[bar];
        const Usage::Sum values[] = { b.recordedNanos, b.computedNanos, b.whatIfNanos };
        for (int i = 0; i < 3; ++i) {
            sets[i]->append(usd(values[i]));
            max = std::max(max, usd(values[i]));
            if (isSelected(bars[bar]))
                sets[i]->selectBar(n - 1 - bar);
        }
    }
    auto* series = new QHorizontalBarSeries;
    series->setBarWidth(0.8);
    for (QBarSet* set : sets)
        series->append(set);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignBottom);
    addBarAxes(chart, series, moneyAxis(max));
    wireBars(series, n);
    return chart;
}

QString WhatIfChart::itemText(int bar) const
{
    if (bar < 0 || bar >= m_bars.size() || bar >= groups()->bars().size())
        return {};
    const ChartData::WhatIfBar& b = m_bars[bar];
    QStringList parts;
    parts.append(tr("recorded %1").arg(DisplayFormat::moneyExact(b.recordedNanos)));
    parts.append(tr("computed %1").arg(DisplayFormat::moneyExact(b.computedNanos)));
    parts.append(tr("what if %1").arg(DisplayFormat::moneyExact(b.whatIfNanos)));
    if (b.computedNanos > 0) {
        const double change = double(b.whatIfNanos - b.computedNanos) / double(b.computedNanos);
        const QString sign = change > 0 ? QStringLiteral("+") : QString();
        parts.last() += QLatin1Char(' ') + tr("(%1 vs computed)").arg(sign + DisplayFormat::percent(change));
    }
    if (b.whatIfUnpriced > 0)
        parts.append(
            tr("%Ln request(s) unpriced in the what-if", nullptr, int(std::min<qint64>(b.whatIfUnpriced, INT_MAX))));
    return ChartGroupModel::name(groups()->bars()[bar]) + QStringLiteral(": ") + parts.join(QStringLiteral(" · "));
}
