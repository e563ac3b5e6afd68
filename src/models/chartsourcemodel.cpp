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
        connect(source, &UsageTableModel::modelReset, this, &ChartSourceModel::rebuild);
    rebuild();
}
