// SPDX-License-Identifier: MIT
#pragma once

#include "charts/groupchartview.h"

/** Tokens per group: prompt and completion (and prompt cache, when the data has it) stacked per top row. */
class TokensPerGroupChart : public GroupChartView
{
    Q_OBJECT
public:
    using GroupChartView::GroupChartView;

protected:
    QChart* build() override;
};
