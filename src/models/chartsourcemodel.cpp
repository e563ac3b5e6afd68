// SPDX-License-Identifier: MIT
#include "models/chartsourcemodel.h"

#include "models/usagetablemodel.h"

void ChartSourceModel::setSourceModel(UsageTableModel* source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source)
        connect(source, &UsageTableModel::modelReset, this, &ChartSourceModel::refresh);
    refresh();
}

UsageTableModel* ChartSourceModel::sourceModel() const
{
    return m_source;
}

void ChartSourceModel::refresh()
{
    compute();
    Q_EMIT changed();
}
