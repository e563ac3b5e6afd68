// SPDX-License-Identifier: MIT
#include "models/requestsfiltermodel.h"
#include "models/requeststablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Usage::Requests::RequestRow;

namespace {

RequestRow row(const QString& id, qint64 createdMs, const QString& model, std::optional<qint64> cost)
{
    RequestRow r;
    r.requestId = id;
    r.createdMs = createdMs;
    r.model = model;
    r.provider = QStringLiteral("OPENAI");
    r.promptTokens = 1234;
    r.completionTokens = 56;
    r.cacheReadTokens = 7;
    r.cacheWriteTokens = 8;
    r.reasoningTokens = 9;
    r.recordedCostNanos = cost;
    return r;
}

std::vector<RequestRow> sampleRows()
{
    RequestRow a = row(QStringLiteral("req-a"), 1759276800000, QStringLiteral("gpt-4o"), 3758750);
    a.latencyMs = 1799;
    a.status = 200;
    a.propertiesJson = R"({"feature":"autocomplete"})";
    RequestRow b = row(QStringLiteral("req-b"), 1759280400000, QStringLiteral("gpt-4.1"), 1866000);
    b.propertiesJson = R"({"feature":"translate"})";
    RequestRow c = row(QStringLiteral("req-c"), 1759284000000, QStringLiteral("gpt-4o"), std::nullopt);
    return { a, b, c };
}

QStringList column(const QAbstractItemModel& m, int column)
{
    QStringList texts;
    for (int r = 0; r < m.rowCount(); ++r)
        texts.append(m.index(r, column).data().toString());
    return texts;
}

QStringList list(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* t : texts)
        out.append(QString::fromUtf8(t));
    return out;
}

} // namespace

class TestRequestsTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void texts()
    {
        RequestsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(sampleRows());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RequestsTableModel::ColumnCount));
        QStringList first;
        for (int c = 0; c < model.columnCount(); ++c)
            first.append(model.index(0, c).data().toString());
        QCOMPARE(first,
            list({ "req-a", "2025-10-01 00:00:00", "gpt-4o", "OPENAI", "1,234", "56", "7", "8", "9", "$0.00376",
                "1,799 ms", "200", "—", "" }));
        QCOMPARE(model.index(2, RequestsTableModel::Cost).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(2, RequestsTableModel::Latency).data().toString(), QString());
        QVERIFY(!model.index(2, RequestsTableModel::Cost).data(RequestsTableModel::RawValueRole).isValid());
        QCOMPARE(model.index(0, RequestsTableModel::Cost).data(RequestsTableModel::RawValueRole).toLongLong(), 3758750);
        QCOMPARE(
            model.index(0, RequestsTableModel::Cost).data(Qt::ToolTipRole).toString(), QStringLiteral("$0.00375875"));
        QCOMPARE(model.headerData(RequestsTableModel::CacheReadTokens, Qt::Horizontal).toString(),
            QStringLiteral("Cache read"));

        model.setTimeZone(QTimeZone("Europe/Berlin"));
        QCOMPARE(model.index(0, RequestsTableModel::Time).data().toString(), QStringLiteral("2025-10-01 02:00:00"));
    }

    /** Priced rows: Cost follows the basis, Computed cost and Price entry show the book's figures. */
    void pricedRows()
    {
        std::vector<RequestRow> rows = sampleRows();
        rows[0].computedCostNanos = 1'000;
        rows[0].priceSource = QStringLiteral("built-in:openai/gpt-4o@2024-05-13");
        rows[1].priceSource = QStringLiteral("unpriced");
        rows[2].computedCostNanos = 2'500'000;
        rows[2].priceSource = QStringLiteral("built-in:openai/gpt-4o");
        for (RequestRow& r : rows)
            r.basis = Usage::CostBasis::Computed;
        RequestsTableModel model;
        RequestsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows);
        QCOMPARE(model.headerData(RequestsTableModel::ComputedCost, Qt::Horizontal).toString(),
            QStringLiteral("Computed cost"));
        QCOMPARE(model.headerData(RequestsTableModel::PriceSource, Qt::Horizontal).toString(),
            QStringLiteral("Price entry"));
        QCOMPARE(column(model, RequestsTableModel::PriceSource),
            list({ "built-in:openai/gpt-4o@2024-05-13", "unpriced", "built-in:openai/gpt-4o" }));
        QCOMPARE(model.index(0, RequestsTableModel::ComputedCost).data(Qt::ToolTipRole).toString(),
            QStringLiteral("$0.000001"));
        QCOMPARE(
            model.index(2, RequestsTableModel::Cost).data(RequestsTableModel::RawValueRole).toLongLong(), 2'500'000);
        QVERIFY(!model.index(1, RequestsTableModel::Cost).data(RequestsTableModel::RawValueRole).isValid());
        QCOMPARE(model.index(1, RequestsTableModel::ComputedCost).data().toString(), QStringLiteral("—"));
        // by the computed cost, the unpriced request last
        proxy.sort(RequestsTableModel::Cost, Qt::DescendingOrder);
        QCOMPARE(column(proxy, RequestsTableModel::Id), list({ "req-c", "req-a", "req-b" }));
    }

    void sortByRawValues()
    {
        RequestsTableModel model;
        RequestsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(sampleRows());
        proxy.sort(RequestsTableModel::Cost, Qt::DescendingOrder);
        QCOMPARE(column(proxy, RequestsTableModel::Id), list({ "req-a", "req-b", "req-c" }));
        proxy.sort(RequestsTableModel::Cost, Qt::AscendingOrder);
        QCOMPARE(column(proxy, RequestsTableModel::Id), list({ "req-b", "req-a", "req-c" }));
        proxy.sort(RequestsTableModel::Time, Qt::DescendingOrder);
        QCOMPARE(column(proxy, RequestsTableModel::Id), list({ "req-c", "req-b", "req-a" }));
        // equal prompt tokens: by request id
        proxy.sort(RequestsTableModel::PromptTokens, Qt::DescendingOrder);
        QCOMPARE(column(proxy, RequestsTableModel::Id), list({ "req-a", "req-b", "req-c" }));
    }

    void filters()
    {
        RequestsTableModel model;
        RequestsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(sampleRows());
        proxy.sort(RequestsTableModel::Id, Qt::AscendingOrder);
        proxy.setModelFilter(QStringLiteral("gpt-4o"));
        QCOMPARE(column(proxy, RequestsTableModel::Id), list({ "req-a", "req-c" }));
        proxy.setTextFilter(QStringLiteral("AUTOCOMPLETE"));
        QCOMPARE(column(proxy, RequestsTableModel::Id), list({ "req-a" }));
        proxy.setModelFilter(QString());
        proxy.setTextFilter(QStringLiteral("translate"));
        QCOMPARE(column(proxy, RequestsTableModel::Id), list({ "req-b" }));
        proxy.setTextFilter(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRequestsTableModel)
#include "tst_requeststablemodel.moc"
