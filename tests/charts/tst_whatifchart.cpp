// SPDX-License-Identifier: MIT
// The what-if chart over the bundled sample priced by the built-in book, with gpt-4o priced as gpt-4o-mini:
// three bars per group that carry the figures of the data class, and a clear message without pricing.
#include "charts/whatifchart.h"
#include "core/logaggregation.h"
#include "models/chartgroupmodel.h"
#include "models/usagetablemodel.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QTest>

namespace {
Usage::UsageResult sample(bool priced)
{
    Usage::UsageQuery query;
    if (priced) {
        auto setup = std::make_shared<Usage::PricingSetup>();
        setup->book = Usage::PriceBook::builtIn();
        setup->basis = Usage::CostBasis::Recorded;
        setup->whatIf.modelSwaps = { { "gpt-4o", "gpt-4o-mini" } };
        query.pricing = setup;
    }
    return Usage::aggregateFiles(
        { QStringLiteral(UE_SOURCE_DIR "/resources/sample/helicone-sample.jsonl") }, query, Usage::AggregateOptions {})
        .result;
}

QHorizontalBarSeries* barSeries(QChart* chart)
{
    return chart->series().isEmpty() ? nullptr : qobject_cast<QHorizontalBarSeries*>(chart->series().constFirst());
}
} // namespace

class TestWhatIfChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barsCarryTheFigures()
    {
        const Usage::UsageResult result = sample(true);
        QVERIFY(result.pricing.enabled);
        UsageTableModel table;
        table.setResult(result);
        ChartGroupModel groups;
        groups.setTopN(5);
        groups.setSourceModel(&table);
        WhatIfChart chart;
        chart.setTable(&table);
        chart.setGroups(&groups);
        QHorizontalBarSeries* series = barSeries(chart.upToDateChart());
        QVERIFY(series);
        QCOMPARE(series->count(), 3);
        QCOMPARE(series->barSets().at(0)->label(), QStringLiteral("Recorded"));
        QCOMPARE(series->barSets().at(1)->label(), QStringLiteral("Computed"));
        QCOMPARE(series->barSets().at(2)->label(), QStringLiteral("What if"));
        const QList<ChartData::WhatIfBar>& bars = chart.whatIfBars();
        QCOMPARE(bars, ChartData::whatIfBars(groups.bars(), result.rows, table.visibleRows()));
        QCOMPARE(bars.size(), 6); // five rows and Others
        const int n = int(bars.size());
        Usage::PricingFigures all = result.pricingTotals();
        qint64 recorded = 0;
        for (int bar = 0; bar < n; ++bar) { // drawn bottom up
            QCOMPARE(series->barSets().at(0)->at(n - 1 - bar), double(bars[bar].recordedNanos) / 1e9);
            QCOMPARE(series->barSets().at(1)->at(n - 1 - bar), double(bars[bar].computedNanos) / 1e9);
            QCOMPARE(series->barSets().at(2)->at(n - 1 - bar), double(bars[bar].whatIfNanos) / 1e9);
            recorded += bars[bar].recordedNanos;
        }
        QCOMPARE(recorded, all.recordedNanos);
        // the swap to a cheaper model lowers the what-if cost below the computed one
        QVERIFY(all.whatIf < all.computed);
    }

    void withoutPricing()
    {
        UsageTableModel table;
        table.setResult(sample(false));
        ChartGroupModel groups;
        groups.setSourceModel(&table);
        WhatIfChart chart;
        chart.setTable(&table);
        chart.setGroups(&groups);
        QChart* shown = chart.upToDateChart();
        QVERIFY(shown->series().isEmpty());
        QCOMPARE(shown->title(),
            QStringLiteral("This result has no computed prices: load a price book to compare "
                           "costs"));
    }
};

QTEST_MAIN(TestWhatIfChart)
#include "tst_whatifchart.moc"
