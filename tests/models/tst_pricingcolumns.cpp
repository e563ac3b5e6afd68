// SPDX-License-Identifier: MIT
// The price book columns of the table, its totals line and the per-model breakdown: shown only when the result's
// pricing is enabled, exact display texts and raw nano-USD values, sorting by them.
#include "models/modelbreakdownmodel.h"
#include "models/totalsmodel.h"
#include "models/unpricedmodelsmodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

constexpr Usage::Pricing::Atto kAttoPerNano = 1'000'000'000;

Usage::PricingFigures figures(qint64 computedNanos, qint64 recordedNanos, qint64 pricedRecordedNanos, qint64 unpriced)
{
    Usage::PricingFigures f;
    f.computed = Usage::Pricing::Atto(computedNanos) * kAttoPerNano;
    f.recordedNanos = recordedNanos;
    f.pricedRecordedNanos = pricedRecordedNanos;
    f.unpriced = unpriced;
    return f;
}

/** a: computed $0.0035 against a recorded $0.01, and one unpriced request of $0.002; b: computed $0.008. */
Usage::UsageResult pricedResult()
{
    Usage::UsageResult r;
    r.pricing.enabled = true;
    r.pricing.hasSources = true;
    r.pricing.basis = Usage::CostBasis::Recorded;
    Usage::GroupUsage a;
    a.id = QStringLiteral("a");
    a.totals.requests = 2;
    a.totals.costNanos = 12'000'000;
    a.pricing = figures(3'500'000, 12'000'000, 10'000'000, 1);
    Usage::ModelTotals gpt { QStringLiteral("gpt-4o"), {}, figures(3'500'000, 10'000'000, 10'000'000, 0) };
    gpt.totals.requests = 1;
    gpt.totals.costNanos = 10'000'000;
    Usage::ModelTotals acme { QStringLiteral("acme-1"), {}, figures(0, 2'000'000, 0, 1) };
    acme.totals.requests = 1;
    acme.totals.costNanos = 2'000'000;
    a.models = { gpt, acme };
    Usage::GroupUsage b;
    b.id = QStringLiteral("b");
    b.totals.requests = 1;
    b.pricing = figures(8'000'000, 0, 0, 0);
    r.rows = { a, b };
    return r;
}

} // namespace

class TestPricingColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void tableColumns()
    {
        UsageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TotalsModel totals(&model);
        QAbstractItemModelTester totalsTester(&totals, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(pricedResult());
        for (int column : { UsageColumn::RecordedCost, UsageColumn::ComputedCost, UsageColumn::CostDifference,
                 UsageColumn::UnpricedRequests })
            QVERIFY(model.isColumnAvailable(column));
        QCOMPARE(
            model.headerData(UsageColumn::RecordedCost, Qt::Horizontal).toString(), QStringLiteral("Recorded cost"));
        QCOMPARE(
            model.headerData(UsageColumn::ComputedCost, Qt::Horizontal).toString(), QStringLiteral("Computed cost"));
        QCOMPARE(model.headerData(UsageColumn::CostDifference, Qt::Horizontal).toString(),
            QStringLiteral("Cost difference"));
        QCOMPARE(
            model.headerData(UsageColumn::UnpricedRequests, Qt::Horizontal).toString(), QStringLiteral("Unpriced"));

        auto text = [](const QAbstractItemModel& m, int row, int column, int role = Qt::DisplayRole) {
            return m.index(row, column).data(role).toString();
        };
        auto raw = [](const QAbstractItemModel& m, int row, int column) {
            return m.index(row, column).data(UsageTableModel::RawValueRole);
        };
        QCOMPARE(text(model, 0, UsageColumn::RecordedCost), QStringLiteral("$0.0120"));
        QCOMPARE(raw(model, 0, UsageColumn::RecordedCost), QVariant(qint64(12'000'000)));
        QCOMPARE(text(model, 0, UsageColumn::ComputedCost), QStringLiteral("$0.00350"));
        QCOMPARE(raw(model, 0, UsageColumn::ComputedCost), QVariant(qint64(3'500'000)));
        QCOMPARE(text(model, 0, UsageColumn::CostDifference), QStringLiteral("-$0.00650"));
        QCOMPARE(text(model, 0, UsageColumn::CostDifference, Qt::ToolTipRole), QStringLiteral("-$0.0065"));
        QCOMPARE(raw(model, 0, UsageColumn::CostDifference), QVariant(qint64(-6'500'000)));
        QCOMPARE(text(model, 0, UsageColumn::UnpricedRequests), QStringLiteral("1"));
        QCOMPARE(raw(model, 0, UsageColumn::UnpricedRequests), QVariant(qint64(1)));
        QCOMPARE(text(model, 1, UsageColumn::ComputedCost), QStringLiteral("$0.00800"));
        QCOMPARE(raw(model, 1, UsageColumn::CostDifference), QVariant(qint64(8'000'000)));
        // the totals line sums exactly
        QCOMPARE(text(totals, 0, UsageColumn::RecordedCost), QStringLiteral("$0.0120"));
        QCOMPARE(raw(totals, 0, UsageColumn::ComputedCost), QVariant(qint64(11'500'000)));
        QCOMPARE(text(totals, 0, UsageColumn::CostDifference), QStringLiteral("$0.00150"));
        QCOMPARE(raw(totals, 0, UsageColumn::UnpricedRequests), QVariant(qint64(1)));

        // sorting by computed cost: b ($0.008) before a ($0.0035)
        model.sort(UsageColumn::ComputedCost, Qt::DescendingOrder);
        QCOMPARE(text(model, 0, UsageColumn::Id), QStringLiteral("b"));
        model.sort(UsageColumn::CostDifference, Qt::AscendingOrder);
        QCOMPARE(text(model, 0, UsageColumn::Id), QStringLiteral("a"));

        // without pricing the columns are not offered
        Usage::UsageResult plain = pricedResult();
        plain.pricing = {};
        model.setResult(plain);
        QVERIFY(!model.isColumnAvailable(UsageColumn::RecordedCost));
        QVERIFY(!model.isColumnAvailable(UsageColumn::ComputedCost));
        // pricing without a source: recorded and unpriced only, the computed cells empty
        Usage::UsageResult noSource = pricedResult();
        noSource.pricing.hasSources = false;
        model.setResult(noSource);
        QVERIFY(model.isColumnAvailable(UsageColumn::RecordedCost));
        QVERIFY(!model.isColumnAvailable(UsageColumn::ComputedCost));
        QCOMPARE(text(model, 0, UsageColumn::ComputedCost), QString());
        QVERIFY(!raw(model, 0, UsageColumn::ComputedCost).isValid());
    }

    void breakdownColumns()
    {
        ModelBreakdownModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Usage::UsageResult result = pricedResult();
        model.setModels(result.rows.at(0).models);
        QCOMPARE(model.columnCount(), int(ModelBreakdownModel::RecordedCost));
        model.setModels(result.rows.at(0).models, result.pricing);
        QCOMPARE(model.columnCount(), int(ModelBreakdownModel::ColumnCount));
        QCOMPARE(model.headerData(ModelBreakdownModel::ComputedCost, Qt::Horizontal).toString(),
            QStringLiteral("Computed cost"));
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        auto raw = [&](int row, int column) {
            return model.index(row, column).data(ModelBreakdownModel::RawValueRole);
        };
        QCOMPARE(text(0, ModelBreakdownModel::Model), QStringLiteral("gpt-4o"));
        QCOMPARE(text(0, ModelBreakdownModel::RecordedCost), QStringLiteral("$0.0100"));
        QCOMPARE(text(0, ModelBreakdownModel::ComputedCost), QStringLiteral("$0.00350"));
        QCOMPARE(raw(0, ModelBreakdownModel::ComputedCost), QVariant(qint64(3'500'000)));
        QCOMPARE(text(0, ModelBreakdownModel::CostDifference), QStringLiteral("-$0.00650"));
        QCOMPARE(raw(0, ModelBreakdownModel::CostDifference), QVariant(qint64(-6'500'000)));
        QCOMPARE(text(0, ModelBreakdownModel::UnpricedRequests), QStringLiteral("0"));
        QCOMPARE(text(1, ModelBreakdownModel::Model), QStringLiteral("acme-1"));
        QCOMPARE(text(1, ModelBreakdownModel::RecordedCost), QStringLiteral("$0.00200"));
        QCOMPARE(raw(1, ModelBreakdownModel::ComputedCost), QVariant(qint64(0)));
        QCOMPARE(text(1, ModelBreakdownModel::UnpricedRequests), QStringLiteral("1"));
        QCOMPARE(raw(1, ModelBreakdownModel::UnpricedRequests), QVariant(qint64(1)));
    }

    void unpricedModels()
    {
        UnpricedModelsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModels({ { QStringLiteral("ACME"), QStringLiteral("acme-1"), 1234, 56789, 10 },
            { QString(), QStringLiteral("mystery"), 1, 2, 3 } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(UnpricedModelsModel::PromptTokens, Qt::Horizontal).toString(),
            QStringLiteral("Prompt tokens"));
        QCOMPARE(model.index(0, UnpricedModelsModel::Provider).data().toString(), QStringLiteral("ACME"));
        QCOMPARE(model.index(0, UnpricedModelsModel::Model).data().toString(), QStringLiteral("acme-1"));
        QCOMPARE(model.index(0, UnpricedModelsModel::Requests).data().toString(), QStringLiteral("1,234"));
        QCOMPARE(model.index(0, UnpricedModelsModel::Requests).data(UnpricedModelsModel::RawValueRole),
            QVariant(qint64(1234)));
        QCOMPARE(model.index(0, UnpricedModelsModel::PromptTokens).data().toString(), QStringLiteral("56,789"));
        QCOMPARE(model.index(0, UnpricedModelsModel::CompletionTokens).data().toString(), QStringLiteral("10"));
        QCOMPARE(model.index(1, UnpricedModelsModel::Provider).data().toString(), QStringLiteral("(none)"));
        QCOMPARE(model.index(1, UnpricedModelsModel::Provider).data(UnpricedModelsModel::RawValueRole).toString(),
            QString());
        model.setModels({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPricingColumns)
#include "tst_pricingcolumns.moc"
