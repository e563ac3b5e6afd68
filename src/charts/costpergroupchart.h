// SPDX-License-Identifier: MIT
#pragma once

#include "charts/groupchartview.h"

/** Cost per group: a horizontal bar per top row, largest on top, Others in a muted colour, selected rows marked. */
class CostPerGroupChart : public GroupChartView
{
    Q_OBJECT
public:
    using GroupChartView::GroupChartView;

protected:
    QChart* build() override;
};
