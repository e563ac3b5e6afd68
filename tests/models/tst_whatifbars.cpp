// SPDX-License-Identifier: MIT
// The what-if chart's figures: recorded, computed and what-if cost per top row and Others, summed exactly and
// rounded once, following the rows the table shows.
#include "models/whatifbars.h"

#include <QTest>

using namespace Usage;

namespace {
// costs in nano-USD; computed and what-if in 1e-18 USD
GroupUsage row(const char* id, qint64 cost, qint64 recorded, Pricing::Atto computed, Pricing::Atto whatIf,
    qint64 whatIfUnpriced = 0)
{
    GroupUsage g;
    g.id = QString::fromUtf8(id);
    g.totals.costNanos = cost;
    g.totals.requests = 1;
    g.pricing.recordedNanos = recorded;
    g.pricing.computed = computed;
    g.pricing.whatIf = whatIf;
    g.pricing.whatIfUnpriced = whatIfUnpriced;
    return g;
}

Totals totalsOf(const QList<GroupUsage>& rows, const QList<int>& indices)
{
    Totals t;
    for (int i : indices)
        t.add(rows[i].totals);
    return t;
}

struct Expected
{
    QString id;
    int resultRow = -1;
    int members = 1;
    qint64 recorded = 0;
    qint64 computed = 0;
    qint64 whatIf = 0;
    qint64 whatIfUnpriced = 0;
};

void compareBars(const QList<ChartData::WhatIfBar>& bars, const QList<Expected>& expected)
{
    QCOMPARE(bars.size(), expected.size());
    for (int i = 0; i < bars.size(); ++i) {
        QCOMPARE(bars[i].id, expected[i].id);
        QCOMPARE(bars[i].resultRow, expected[i].resultRow);
        QCOMPARE(bars[i].memberCount, expected[i].members);
        QCOMPARE(bars[i].recordedNanos, expected[i].recorded);
        QCOMPARE(bars[i].computedNanos, expected[i].computed);
        QCOMPARE(bars[i].whatIfNanos, expected[i].whatIf);
        QCOMPARE(bars[i].whatIfUnpriced, expected[i].whatIfUnpriced);
    }
}
} // namespace

class TestWhatIfBars : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topRowsAndOthers()
    {
        const QList<GroupUsage> rows = {
            row("alice", 1'234'567'891, 1'234'567'891, 1'234'567'890'500'000'000, 617'283'945'250'000'000),
            row("bob", 300, 300, 301'500'000'000, 150'000'000'000, 2),
            row("carol", 100, 90, 300'000'000, 900'000'000'000),
            row("dave", 50, 40, 300'000'000, 100'000'000'000, 1),
        };
        const QList<int> all = { 0, 1, 2, 3 };
        const QList<ChartData::GroupBar> bars = ChartData::topGroups(rows, all, 2, totalsOf(rows, all));
        // 1234567890.5 rounds to even; bob's 301.5 rounds up to 302; Others' 0.3 + 0.3 rounds once to 1
        compareBars(ChartData::whatIfBars(bars, rows, all),
            { { QStringLiteral("alice"), 0, 1, 1'234'567'891, 1'234'567'890, 617'283'945, 0 },
                { QStringLiteral("bob"), 1, 1, 300, 302, 150, 2 }, { QString(), -1, 2, 130, 1, 1'000, 1 } });
    }

    void followsTheRowsShown()
    {
        const QList<GroupUsage> rows = {
            row("a", 500, 500, 400'000'000'000, 800'000'000'000),
            row("b", 300, 300, 200'000'000'000, 100'000'000'000),
            row("c", 100, 100, 100'000'000'000, 50'000'000'000),
            row("d", 50, 50, 40'000'000'000, 20'000'000'000),
        };
        const QList<int> shown = { 0, 2, 3 }; // b filtered out: not in Others either
        const QList<ChartData::GroupBar> bars = ChartData::topGroups(rows, shown, 1, totalsOf(rows, shown));
        compareBars(ChartData::whatIfBars(bars, rows, shown),
            { { QStringLiteral("a"), 0, 1, 500, 400, 800, 0 }, { QString(), -1, 2, 150, 140, 70, 0 } });
        // no Others when every row shown has its bar
        const QList<ChartData::GroupBar> few = ChartData::topGroups(rows, { 1 }, 5, totalsOf(rows, { 1 }));
        compareBars(ChartData::whatIfBars(few, rows, { 1 }), { { QStringLiteral("b"), 1, 1, 300, 200, 100, 0 } });
        QVERIFY(ChartData::whatIfBars({}, rows, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWhatIfBars)
#include "tst_whatifbars.moc"
