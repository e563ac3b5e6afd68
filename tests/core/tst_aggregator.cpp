// SPDX-License-Identifier: MIT
// Aggregator: finishing the aggregators of disjoint groups (the workers' own) gives the rows and series of one
// aggregator of everything.
#include "core/aggregator.h"

#include <QTest>

using namespace Usage;

class TestAggregator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishingDisjointAggregators()
    {
        // the rows of aggregators with disjoint groups (the workers' own) are built side by side and their sorted
        // runs merged: the same rows and series as one aggregator of everything, ties in cost included, for two to
        // five parts (an odd run out in a merge round) and for one big aggregator split across threads
        auto spec = std::make_shared<const AggregationSpec>(UsageQuery {});
        const qint64 day = 24 * 3600 * 1000LL;
        const qint64 t0 = 1'759'276'800'000; // 2025-10-01
        for (const int groups : { 50, 30000 }) {
            std::vector<std::string> ids, models;
            for (int g = 0; g < groups; ++g)
                ids.push_back("g" + std::to_string(g));
            for (int m = 0; m < 3; ++m)
                models.push_back("m" + std::to_string(m));
            auto feed = [&](auto&& aggregatorOf) {
                for (int g = 0; g < groups; ++g) {
                    for (int k = 0; k < 2; ++k) {
                        RequestRecord r;
                        r.userId = ids[size_t(g)];
                        r.model = models[size_t((g + k) % 3)];
                        r.createdMs = t0 + (k == 0 ? 0 : (1 + g % 3) * day);
                        r.promptTokens = g + k;
                        r.completionTokens = 1;
                        r.costNanos = (g % 7) * 1000 + k; // many groups tie in cost
                        r.hasCost = true;
                        aggregatorOf(g).add(r);
                    }
                }
            };
            Aggregator all(spec);
            feed([&all](int) -> Aggregator& { return all; });
            UsageResult expected;
            Aggregator::finish({ &all }, expected, 1);
            QCOMPARE(expected.rows.size(), groups);
            QCOMPARE(expected.recordsRead, 2 * groups);
            for (const int parts : { 1, 2, 3, 5 }) {
                for (const int threads : { 1, 4 }) {
                    std::vector<std::unique_ptr<Aggregator>> owners;
                    for (int i = 0; i < parts; ++i)
                        owners.push_back(std::make_unique<Aggregator>(spec));
                    feed([&owners, parts](int g) -> Aggregator& { return *owners[size_t((g * 7919) % parts)]; });
                    std::vector<Aggregator*> pointers;
                    for (const auto& a : owners)
                        pointers.push_back(a.get());
                    UsageResult got;
                    Aggregator::finish(pointers, got, threads);
                    QCOMPARE(got.rows, expected.rows);
                    QCOMPARE(got.series, expected.series);
                    QCOMPARE(got.recordsRead, expected.recordsRead);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAggregator)
#include "tst_aggregator.moc"
