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

/** Exposes the readout of a bar. */
class Probe : public WhatIfChart
{
public:
    using WhatIfChart::itemText;
};

Usage::GroupUsage row(const char* id, qint64 recorded, Usage::Pricing::Atto computed, Usage::Pricing::Atto whatIf,
    qint64 whatIfUnpriced = 0)
{
    Usage::GroupUsage g;
    g.id = QString::fromUtf8(id);
    g.totals.requests = 1;
    g.totals.costNanos = recorded;
    g.pricing.recordedNanos = recorded;
    g.pricing.computed = computed;
    g.pricing.whatIf = whatIf;
    g.pricing.whatIfUnpriced = whatIfUnpriced;
    return g;
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

    // A result built by hand: exact bar values (bottom up) and readouts.
    void handBuilt()
    {
        Usage::UsageResult result;
        result.pricing.enabled = true;
        result.rows = { row("alice", 2'000'000'000, 1'500'000'000'000'000'000, 1'800'000'000'000'000'000),
            row("bob", 500'000'000, 400'000'000'000'000'000, 100'000'000'000'000'000, 3),
            row("carol", 100'000'000, 0, 0) };
        UsageTableModel table;
        table.setResult(result);
        ChartGroupModel groups;
        groups.setTopN(1);
        groups.setSourceModel(&table);
        Probe chart;
        chart.setTable(&table);
        chart.setGroups(&groups);
        QHorizontalBarSeries* series = barSeries(chart.upToDateChart());
        QVERIFY(series);
        QCOMPARE(
            chart.upToDateChart()->title(), QStringLiteral("Recorded, computed and what-if cost per user: the top 1"));
        const QList<QList<qreal>> expected = { { 0.6, 2.0 }, { 0.4, 1.5 }, { 0.1, 1.8 } }; // Others, then alice
        for (int set = 0; set < 3; ++set) {
            QCOMPARE(series->barSets().at(set)->count(), 2);
            for (int i = 0; i < 2; ++i)
                QCOMPARE(series->barSets().at(set)->at(i), expected[set][i]);
        }
        QCOMPARE(chart.itemText(0),
            QStringLiteral("alice: recorded $2 · computed $1.5 · what if $1.8 (+20.0% vs computed)"));
        QCOMPARE(chart.itemText(1),
            QStringLiteral("Others (2 row(s)): recorded $0.6 · computed $0.4 · what if $0.1 (-75.0% vs computed) · 3 "
                           "request(s) unpriced in the what-if"));
        QCOMPARE(chart.itemText(2), QString());
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
