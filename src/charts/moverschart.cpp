// SPDX-License-Identifier: MIT
#include "charts/moverschart.h"

#include "charts/chartstyle.h"
#include "models/displayformat.h"
#include "models/usagetablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHash>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cstdlib>

void MoversChart::follow(UsageTableModel* table)
{
    if (this->table())
        disconnect(this->table(), nullptr, this, nullptr);
    setTable(table);
    connect(table, &UsageTableModel::visibleRowsChanged, this, &MoversChart::invalidate);
}

void MoversChart::setCount(int n)
{
    if (n == m_count)
        return;
    m_count = n;
    invalidate();
}

void MoversChart::collect()
{
    m_items.clear();
    m_rows.clear();
    const UsageTableModel* model = table();
    if (!model || !model->hasResult() || !model->result().query.hasComparison())
        return;
    const Movers movers = Movers::of(model->visibleResult(), m_count);
    m_items = movers.increases;
    for (auto it = movers.decreases.crbegin(); it != movers.decreases.crend(); ++it)
        m_items.append(*it);
    QHash<QString, int> rowOf;
    const QList<Usage::GroupUsage>& rows = model->result().rows;
    for (int row : model->visibleRows())
        rowOf.insert(rows.at(row).id, row);
    for (const Mover& m : std::as_const(m_items))
        m_rows.append(rowOf.value(m.id, -1));
}

QChart* MoversChart::build()
{
    collect();
    if (!table()->result().query.hasComparison())
        return emptyChart(tr("Choose a comparison (Compare with) and run the query to see what changed"));
    const QList<Mover>& bars = m_items;
    if (bars.isEmpty())
        return emptyChart(tr("No cost changed between the two ranges"));
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightnessF() < 0.5;
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(tr("Largest cost increases and decreases against the comparison range"));
    auto* up = new QBarSet(tr("Increase"));
    up->setColor(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
    auto* down = new QBarSet(tr("Decrease"));
    down->setColor(dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x2e, 0x7d, 0x32));
    const int n = int(bars.size());
    double low = 0;
    double high = 0;
    QStringList categories;
    for (int item = n - 1; item >= 0; --item) { // bottom up
        const double change = usd(bars[item].changeNanos());
        low = std::min(low, change);
        high = std::max(high, change);
        up->append(change > 0 ? change : 0);
        down->append(change < 0 ? change : 0);
        categories.append(bars[item].id.isEmpty() ? tr("(none)") : bars[item].id);
        const int row = resultRow(item);
        if (row >= 0 && selectedRows().contains(row))
            (change > 0 ? up : down)->selectBar(n - 1 - item);
    }
    for (QBarSet* set : { up, down }) {
        set->setPen(Qt::NoPen);
        set->setSelectedColor(ChartStyle::selectedColor(pal));
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.75);
    series->append(up);
    series->append(down);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    const double span = std::max(std::abs(low), std::abs(high));
    QValueAxis* valueAxis = moneyAxis(span);
    valueAxis->setRange(low < 0 ? -valueAxis->max() : 0, high > 0 ? valueAxis->max() : 0);
    valueAxis->setTitleText(tr("Cost change (USD)"));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    wireBars(series, n);
    return chart;
}

QString MoversChart::itemText(int item) const
{
    const QList<Mover>& bars = m_items;
    if (item < 0 || item >= bars.size())
        return {};
    const Mover& m = bars[item];
    const QString change = DisplayFormat::moneyExact(m.changeNanos());
    return tr("%1: %2 now, %3 before, change %4")
        .arg(m.id.isEmpty() ? tr("(none)") : m.id, DisplayFormat::moneyExact(m.costNanos),
            DisplayFormat::moneyExact(m.previousNanos),
            m.changeNanos() > 0 ? QLocale().positiveSign() + change : change);
}

void MoversChart::activateItem(int item)
{
    const int row = resultRow(item);
    if (row < 0)
        return;
    Q_EMIT rowActivated(row);
    const QString id = table()->result().rows.at(row).id;
    showReadout(tr("%1 is selected in the table (Ctrl+1 shows it).").arg(id.isEmpty() ? tr("(none)") : id));
}
