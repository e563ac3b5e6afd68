// SPDX-License-Identifier: MIT
#pragma once

#include "charts/groupchartview.h"
#include "models/whatifbars.h"

/**
 * Recorded, computed and what-if cost per group: three bars side by side per top row (largest on top, Others
 * last), selected rows marked. Needs a result with pricing; says so otherwise.
 */
class WhatIfChart : public GroupChartView
{
    Q_OBJECT
public:
    using GroupChartView::GroupChartView;

    /** The figures of the bars on show (for the readout and tests). */
    const QList<ChartData::WhatIfBar>& whatIfBars() const { return m_bars; }

protected:
    QChart* build() override;
    QString itemText(int bar) const override;

private:
    QList<ChartData::WhatIfBar> m_bars;
};
