// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartview.h"
#include "core/usageresult.h"
#include "models/chartdata.h"

class ChartTimeModel;

/** Cost over time: an area over the steps of a ChartTimeModel, labelled in the query's time zone. */
class CostOverTimeChart : public ChartView
{
    Q_OBJECT
public:
    using ChartView::ChartView;

    void setTimeModel(ChartTimeModel* time);

    /** "hour", "day" or "week", for titles and the Auto step's name. */
    static QString granularityWord(Usage::Granularity g);
    /** True when the data (the query's end or the last request) ends inside bucket, well before its end. */
    static bool isPartial(const ChartData::TimeBucket& bucket, const Usage::UsageResult& result);

protected:
    QChart* build() override;
    QString itemText(int step) const override;
    void resizeEvent(QResizeEvent* event) override;

private:
    ChartTimeModel* m_time = nullptr;
};
