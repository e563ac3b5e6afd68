// SPDX-License-Identifier: MIT
#include "models/chartgroupmodel.h"

#include "models/usagetablemodel.h"

ChartGroupModel::ChartGroupModel(QObject* parent)
    : ChartSourceModel(parent)
{
}

ChartGroupModel::~ChartGroupModel() = default;

void ChartGroupModel::setTopN(int n)
{
    n = std::max(n, 1);
    if (n == m_topN)
        return;
    m_topN = n;
    refresh();
}

void ChartGroupModel::setMaxLabelChars(int chars)
{
    if (chars == m_maxLabelChars)
        return;
    m_maxLabelChars = chars;
    refresh();
}

void ChartGroupModel::compute()
{
    m_bars.clear();
    if (m_source && m_source->hasResult())
        m_bars =
            ChartData::topGroups(m_source->result().rows, m_source->visibleRows(), m_topN, m_source->visibleTotals());
    QStringList names;
    names.reserve(m_bars.size());
    for (const ChartData::GroupBar& bar : std::as_const(m_bars))
        names.append(name(bar));
    m_labels = ChartData::uniqueElidedLabels(names, m_maxLabelChars);
}

QString ChartGroupModel::name(const ChartData::GroupBar& bar)
{
    if (bar.isOthers())
        return othersLabel(bar.memberCount);
    return bar.id.isEmpty() ? noneLabel() : bar.id;
}

Usage::Totals ChartGroupModel::total() const
{
    Usage::Totals sum;
    for (const ChartData::GroupBar& bar : m_bars)
        sum.add(bar.totals);
    return sum;
}

bool ChartGroupModel::hasCacheTokens() const
{
    return m_source && m_source->hasResult() && m_source->result().hasCacheTokens;
}

QString ChartGroupModel::othersLabel(int memberCount)
{
    return tr("Others (%n row(s))", nullptr, memberCount);
}

QString ChartGroupModel::noneLabel()
{
    return tr("(none)");
}
