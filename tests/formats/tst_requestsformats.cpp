// SPDX-License-Identifier: MIT
// The requests of one group, read from dumps of every format: exactly the group's records, in the sort's order.
#include "core/requests/filerequests.h"
#include "core/requests/requestsort.h"
#include "testrecords.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Usage::Requests;
using TestRecords::Format;

namespace {

struct Want
{
    QString id;
    qint64 createdMs = 0;
    qint64 prompt = 0, completion = 0, tokens = 0;
    std::optional<qint64> cost;
};

bool clickHouse(Format f)
{
    return f == Format::ClickHouseJson || f == Format::ClickHouseCsv;
}

/** The records of user, as the format carries them, in the order sort defines (worked out here on its own). */
QList<Want> expected(Format f, const QList<TestRecords::Record>& records, const QString& user, RequestSort sort)
{
    QList<Want> out;
    for (const TestRecords::Record& r : records) {
        if (QString::fromStdString(r.user.value_or(std::string())) != user)
            continue;
        Want w;
        if (f != Format::ExportCsv) // the export CSV has no request_id column
            w.id = QString::fromStdString(r.requestId);
        w.createdMs = r.createdMs;
        w.prompt = r.tokensNull ? 0 : r.prompt;
        w.completion = r.tokensNull ? 0 : r.completion;
        const bool extra = f != Format::ExportCsv && (!r.tokensNull || clickHouse(f));
        w.tokens = w.prompt + w.completion + (extra ? r.cacheRead + r.cacheWrite + r.reasoning : 0);
        w.cost = clickHouse(f) ? std::optional(r.costNanos.value_or(0)) : r.costNanos;
        out.append(w);
    }
    std::sort(out.begin(), out.end(), [sort](const Want& a, const Want& b) {
        const bool tieBefore = a.id != b.id ? a.id < b.id : a.createdMs < b.createdMs;
        if (sort == RequestSort::Time)
            return a.createdMs != b.createdMs ? a.createdMs < b.createdMs : tieBefore;
        if (sort == RequestSort::Tokens)
            return a.tokens != b.tokens ? a.tokens > b.tokens : tieBefore;
        if (a.cost.has_value() != b.cost.has_value())
            return a.cost.has_value();
        return a.cost != b.cost ? *a.cost > *b.cost : tieBefore;
    });
    return out;
}

} // namespace

class TestRequestsFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneUsersRequests_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("sort");
        const char* formats[] = { "helicone-jsonl", "helicone-json", "export-csv", "dashboard-jsonl", "dashboard-csv",
            "clickhouse-json", "clickhouse-csv" };
        const char* sorts[] = { "cost", "time", "tokens" };
        for (int f = 0; f < 7; ++f) {
            for (int s = 0; s < 3; ++s)
                QTest::addRow("%s-%s", formats[f], sorts[s]) << f << s;
        }
    }
    void oneUsersRequests()
    {
        QFETCH(int, format);
        QFETCH(int, sort);
        const Format f = Format(format);
        const RequestSort order = sort == 0 ? RequestSort::Cost : sort == 1 ? RequestSort::Time : RequestSort::Tokens;
        const auto records = TestRecords::randomRecords(7, 400);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dump"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestRecords::write(f, records, 7));
        file.close();
        for (const QString& user : { QStringLiteral("alice"), QStringLiteral("comma,user"), QString() }) {
            RequestsQuery query;
            query.groupValue = user;
            query.sort = order;
            query.limit = 0;
            const FileRequests got = readFileRequests({ path }, query);
            QVERIFY(got.errors.isEmpty());
            QCOMPARE(got.skippedRecords, 0);
            const QList<Want> want = expected(f, records, user, order);
            QVERIFY(!want.isEmpty());
            QCOMPARE(qsizetype(got.rows.size()), want.size());
            for (qsizetype i = 0; i < want.size(); ++i) {
                const RequestRow& row = got.rows[size_t(i)];
                QCOMPARE(row.requestId, want[i].id);
                QCOMPARE(row.userId, user);
                QCOMPARE(row.createdMs, want[i].createdMs);
                QCOMPARE(row.promptTokens, want[i].prompt);
                QCOMPARE(row.completionTokens, want[i].completion);
                QCOMPARE(row.totalTokens(), want[i].tokens);
                QCOMPARE(row.recordedCostNanos, want[i].cost);
            }
        }
    }

    void sortTiesAndLimit()
    {
        auto row = [](const char* id, std::optional<qint64> cost, qint64 ms, std::optional<qint64> latency) {
            RequestRow r;
            r.requestId = QString::fromLatin1(id);
            r.recordedCostNanos = cost;
            r.createdMs = ms;
            r.latencyMs = latency;
            r.promptTokens = ms;
            return r;
        };
        const std::vector<RequestRow> rows = { row("b", 5, 3, std::nullopt), row("a", 5, 2, 10),
            row("c", std::nullopt, 1, 30), row("d", 9, 2, 10) };
        auto ids = [&rows](RequestSort sort, int limit) {
            std::vector<RequestRow> copy = rows;
            sortAndLimit(copy, sort, limit);
            QStringList out;
            for (const RequestRow& r : copy)
                out.append(r.requestId);
            return out.join(QLatin1Char(','));
        };
        QCOMPARE(ids(RequestSort::Cost, 0), QStringLiteral("d,a,b,c"));
        QCOMPARE(ids(RequestSort::Cost, 2), QStringLiteral("d,a"));
        QCOMPARE(ids(RequestSort::Time, 0), QStringLiteral("c,a,d,b"));
        QCOMPARE(ids(RequestSort::Tokens, 3), QStringLiteral("b,a,d"));
        QCOMPARE(ids(RequestSort::Latency, 0), QStringLiteral("c,a,d,b"));
    }

    void dedupeKeepsNewest()
    {
        std::vector<RequestRow> rows(4);
        rows[0].requestId = QStringLiteral("x");
        rows[0].updatedMs = 5;
        rows[0].promptTokens = 1;
        rows[1].requestId = QStringLiteral("x");
        rows[1].updatedMs = 3;
        rows[2].requestId = QStringLiteral("y");
        rows[3].requestId = QStringLiteral("y");
        rows[3].promptTokens = 7;
        dedupeRows(rows);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].promptTokens, 1);
        QCOMPARE(rows[1].promptTokens, 7);
    }
};

QTEST_GUILESS_MAIN(TestRequestsFormats)
#include "tst_requestsformats.moc"
