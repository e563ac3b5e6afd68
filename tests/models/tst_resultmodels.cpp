// SPDX-License-Identifier: MIT
// The model names a result offers the what-if swaps: from the breakdowns, the rows when grouped by model, and the
// unpriced models; sorted, unique, never empty names.
#include "models/resultmodels.h"

#include <QTest>

using namespace Usage;

namespace {
GroupUsage row(const char* id, const QStringList& models)
{
    GroupUsage g;
    g.id = QString::fromUtf8(id);
    for (const QString& model : models) {
        ModelTotals totals;
        totals.model = model;
        g.models.append(totals);
    }
    return g;
}
} // namespace

class TestResultModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byUser()
    {
        UsageResult result;
        result.rows = { row("alice", { QStringLiteral("gpt-4o"), QStringLiteral("claude-3-5-sonnet") }),
            row("bob", { QStringLiteral("gpt-4o"), QString() }) };
        UnpricedModel unpriced;
        unpriced.model = QStringLiteral("my-finetune");
        result.pricing.unpricedModels = { unpriced };
        QCOMPARE(resultModels(result),
            (QStringList {
                QStringLiteral("claude-3-5-sonnet"), QStringLiteral("gpt-4o"), QStringLiteral("my-finetune") }));
    }

    void byModel()
    {
        UsageResult result;
        result.query.groupBy.key = GroupKey::Model;
        result.rows = { row("o3", {}), row("", {}), row("gpt-4.1", {}) };
        QCOMPARE(resultModels(result), (QStringList { QStringLiteral("gpt-4.1"), QStringLiteral("o3") }));
        QVERIFY(resultModels(UsageResult {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResultModels)
#include "tst_resultmodels.moc"
