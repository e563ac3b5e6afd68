// SPDX-License-Identifier: MIT
#pragma once

#include "charts/groupchartview.h"

/** Share of cost: a donut with a slice per top row and Others, percentages on the ring, names in the legend. */
class CostShareChart : public GroupChartView
{
    Q_OBJECT
public:
    using GroupChartView::GroupChartView;

protected:
    QChart* build() override;
};
