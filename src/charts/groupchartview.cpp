// SPDX-License-Identifier: MIT
#include "charts/groupchartview.h"

#include "models/chartgroupmodel.h"
#include "models/displayformat.h"
#include "models/usagetablemodel.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QValueAxis>

void GroupChartView::setGroups(ChartGroupModel* groups)
{
    if (m_groups)
        disconnect(m_groups, nullptr, this, nullptr);
    m_groups = groups;
    connect(groups, &ChartGroupModel::changed, this, &GroupChartView::invalidate);
    invalidate();
}

QString GroupChartView::groupTitle() const
{
    const Usage::GroupBy& groupBy = table()->result().query.groupBy;
    switch (groupBy.key) {
    case Usage::GroupKey::User:
        return tr("user");
    case Usage::GroupKey::Model:
        return tr("model");
    case Usage::GroupKey::Provider:
        return tr("provider");
    case Usage::GroupKey::Property:
        return groupBy.property;
    }
    Q_UNREACHABLE();
}

bool GroupChartView::isSelected(const ChartData::GroupBar& bar) const
{
    return !bar.isOthers() && selectedRows().contains(bar.resultRow);
}

void GroupChartView::addBarAxes(QChart* chart, QAbstractBarSeries* series, QValueAxis* valueAxis) const
{
    // a horizontal bar axis draws its first category at the bottom: the largest bar comes last, on top
    QStringList categories = m_groups->labels();
    std::reverse(categories.begin(), categories.end());
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

QString GroupChartView::itemText(int bar) const
{
    const QList<ChartData::GroupBar>& bars = m_groups->bars();
    if (bar < 0 || bar >= bars.size())
        return {};
    const Usage::Totals& t = bars[bar].totals;
    const Usage::Sum all = m_groups->total().costNanos;
    QStringList parts;
    parts.append(tr("%1 (%2 of the cost shown)")
                     .arg(DisplayFormat::moneyExact(t.costNanos),
                         DisplayFormat::percent(all > 0 ? double(t.costNanos) / double(all) : 0)));
    parts.append(tr("%Ln request(s)", nullptr, int(std::min<Usage::Sum>(t.requests, INT_MAX))));
    parts.append(tr("prompt %1, completion %2 tokens")
                     .arg(DisplayFormat::count(t.promptTokens), DisplayFormat::count(t.completionTokens)));
    if (m_groups->hasCacheTokens())
        parts.append(tr("cache read %1, cache write %2")
                         .arg(DisplayFormat::count(t.cacheReadTokens), DisplayFormat::count(t.cacheWriteTokens)));
    return ChartGroupModel::name(bars[bar]) + QStringLiteral(": ") + parts.join(QStringLiteral(" · "));
}

void GroupChartView::activateItem(int bar)
{
    const QList<ChartData::GroupBar>& bars = m_groups->bars();
    if (bar < 0 || bar >= bars.size())
        return;
    if (bars[bar].isOthers()) {
        showReadout(tr("Others sums %Ln row(s): raise the number of bars or filter the table to see them.", nullptr,
            bars[bar].memberCount));
        return;
    }
    Q_EMIT rowActivated(bars[bar].resultRow);
    showReadout(tr("%1 is selected in the table (Ctrl+1 shows it).").arg(ChartGroupModel::name(bars[bar])));
}
