// SPDX-License-Identifier: MIT
#include "compress.h"
#include "core/pricing/pricebook.h"
#include "fakehelicone.h"
#include "sources/requestssource.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char kDump[] =
    R"({"request_id":"a1","request_user_id":"a","prompt_tokens":10,"completion_tokens":5,"cost":0.5,"request_created_at":"2025-10-01T10:00:00.000Z","model":"gpt-4o","delay_ms":1200,"response_status":200,"request_body":{"x":1}}
{"request_id":"b1","request_user_id":"b","prompt_tokens":1,"completion_tokens":2,"cost":0.25,"request_created_at":"2025-10-02T10:00:00.000Z","model":"gpt-4o"}
{"request_id":"a2","request_user_id":"a","prompt_tokens":20,"completion_tokens":1,"cost":1e-05,"request_created_at":"2025-10-03T10:00:00.000Z","model":"gpt-4o-mini"}
{"request_id":"a3","request_user_id":"a","prompt_tokens":7,"completion_tokens":3,"cost":0.125,"request_created_at":"2025-10-04T10:00:00.000Z","model":"gpt-4o"}
)";

QStringList ids(const RequestsSource& source)
{
    QStringList out;
    for (const auto& row : source.rows())
        out.append(row.requestId);
    return out;
}

QJsonObject apiRow(const QString& id, const QString& user, qint64 ms, double cost)
{
    return QJsonObject { { QStringLiteral("request_id"), id },
        { QStringLiteral("request_created_at"),
            QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs) },
        { QStringLiteral("request_user_id"), user }, { QStringLiteral("model"), QStringLiteral("gpt-4o") },
        { QStringLiteral("provider"), QStringLiteral("OPENAI") }, { QStringLiteral("prompt_tokens"), 10 },
        { QStringLiteral("completion_tokens"), 3 }, { QStringLiteral("cost"), cost },
        { QStringLiteral("delay_ms"), 100 }, { QStringLiteral("response_status"), 200 } };
}

} // namespace

class TestRequestsSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filesWithLimitAndLoadMore()
    {
        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("dump.jsonl"));
        QFile file(dump);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kDump);
        file.close();
        SourceRequest run;
        run.files = { dump };
        QVERIFY(RequestsSource::validate(run).isEmpty());
        RequestsSource source;
        QSignalSpy ready(&source, &RequestsSource::rowsReady);
        QSignalSpy progress(&source, &RequestsSource::progressChanged);
        source.start(run, RequestsSource::queryFor(run, QStringLiteral("a"), 2));
        QVERIFY(source.isRunning());
        QTRY_COMPARE(ready.count(), 1);
        QStringList texts;
        for (const QList<QVariant>& p : std::as_const(progress))
            texts.append(p.at(1).toString());
        QCOMPARE(texts.first(), QStringLiteral("Listing requests…"));
        // the first block holds the whole file; the update after the end of the file may be held back
        QVERIFY2(texts.contains(QStringLiteral("Reading dump.jsonl: 705 bytes of 705 bytes")),
            qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(texts.last(), QStringLiteral("Reading request bodies"));
        QVERIFY(!source.isRunning());
        QCOMPARE(ids(source), QStringList({ QStringLiteral("a1"), QStringLiteral("a3") }));
        QCOMPARE(source.rows()[0].latencyMs, std::optional<std::int64_t>(1200));
        QCOMPARE(source.rows()[0].status, std::optional<int>(200));
        QCOMPARE(source.details().value(QStringLiteral("a1")).requestBody, QByteArray("{\"x\":1}"));
        QVERIFY(source.canLoadMore());

        source.loadMore();
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(source.query().limit, 2 + RequestsSource::kDefaultLimit);
        QCOMPARE(ids(source), QStringList({ QStringLiteral("a1"), QStringLiteral("a3"), QStringLiteral("a2") }));
        QVERIFY(!source.canLoadMore());
    }

    void bodiesOfACompressedDump()
    {
        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("dump.jsonl.gz"));
        QFile file(dump);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestCompress::gzip(kDump));
        file.close();
        SourceRequest run;
        run.files = { dump };
        RequestsSource source;
        QSignalSpy ready(&source, &RequestsSource::rowsReady);
        source.start(run, RequestsSource::queryFor(run, QStringLiteral("a")));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ids(source), QStringList({ QStringLiteral("a1"), QStringLiteral("a3"), QStringLiteral("a2") }));
        QCOMPARE(source.details().value(QStringLiteral("a1")).requestBody, QByteArray("{\"x\":1}"));
        QCOMPARE(source.details().value(QStringLiteral("a1")).latencyMs, std::optional<std::int64_t>(1200));
        QCOMPARE(source.details().size(), 3);
    }

    void apiSortsByCostAndCancels()
    {
        FakeHelicone server;
        QVERIFY(server.listen());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        server.requestRows = { apiRow(QStringLiteral("r1"), QStringLiteral("alice"), now - 3000000, 0.001),
            apiRow(QStringLiteral("r2"), QStringLiteral("alice"), now - 2000000, 0.5),
            apiRow(QStringLiteral("r3"), QStringLiteral("bob"), now - 1000000, 9.0),
            apiRow(QStringLiteral("r4"), QStringLiteral("alice"), now - 500000, 0.25) };
        SourceRequest run;
        run.kind = Usage::SourceKind::HeliconeApi;
        run.api.key = QString::fromLatin1(server.key);
        run.api.baseUrl = server.url().toString();
        run.query.startMs = now - 86400000;
        QVERIFY(RequestsSource::validate(run).isEmpty());
        RequestsSource source;
        QSignalSpy ready(&source, &RequestsSource::rowsReady);
        source.start(run, RequestsSource::queryFor(run, QStringLiteral("alice"), 2));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ids(source), QStringList({ QStringLiteral("r2"), QStringLiteral("r4") }));
        QCOMPARE(source.rows()[0].recordedCostNanos, std::optional<std::int64_t>(500000000));
        QVERIFY(!source.hasBodies());
        QVERIFY(source.canLoadMore());

        // cancelled while the page is on its way: the rows of the last listing stay, its answer is dropped
        QSignalSpy cancelled(&source, &RequestsSource::cancelled);
        source.loadMore();
        QVERIFY(source.isRunning());
        source.cancel();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!source.isRunning());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ids(source), QStringList({ QStringLiteral("r2"), QStringLiteral("r4") }));
        // a new listing runs to its end, and only its rows arrive
        source.start(run, RequestsSource::queryFor(run, QStringLiteral("alice")));
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(ids(source), QStringList({ QStringLiteral("r2"), QStringLiteral("r4"), QStringLiteral("r1") }));
        QCOMPARE(cancelled.count(), 1);
    }

    /** A listing of the API is priced when the query has a book: the computed basis orders it. */
    void apiPricedWithABook()
    {
        FakeHelicone server;
        QVERIFY(server.listen());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        server.requestRows = { apiRow(QStringLiteral("r2"), QStringLiteral("alice"), now - 2000000, 0.5),
            apiRow(QStringLiteral("r1"), QStringLiteral("alice"), now - 3000000, 0.001),
            apiRow(QStringLiteral("r3"), QStringLiteral("alice"), now - 1000000, 9.0) };
        SourceRequest run;
        run.kind = Usage::SourceKind::HeliconeApi;
        run.api.key = QString::fromLatin1(server.key);
        run.api.baseUrl = server.url().toString();
        run.query.startMs = now - 86400000;
        Usage::Pricing::PriceError error;
        std::vector<std::unique_ptr<Usage::Pricing::PriceSource>> sources;
        sources.push_back(Usage::PriceBook::readSource(QStringLiteral("p.csv"),
            "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,reasoning_mtok\n"
            "openai,gpt-4o,,,2,8,,,\n",
            &error));
        QVERIFY(sources.back());
        auto setup = std::make_shared<Usage::PricingSetup>();
        setup->book = Usage::PriceBook::fromSources(std::move(sources));
        setup->basis = Usage::CostBasis::Computed;
        Usage::Requests::RequestsQuery query = RequestsSource::queryFor(run, QStringLiteral("alice"), 2);
        query.pricing = setup;
        RequestsSource source;
        QSignalSpy ready(&source, &RequestsSource::rowsReady);
        source.start(run, query);
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(source.isPriced());
        // 10 x 2 + 3 x 8 USD per million tokens each: equal costs, so by request_id
        QCOMPARE(ids(source), QStringList({ QStringLiteral("r1"), QStringLiteral("r2") }));
        QCOMPARE(source.rows()[0].costNanos(), std::optional<std::int64_t>(44'000));
        QCOMPARE(source.rows()[0].recordedCostNanos, std::optional<std::int64_t>(1'000'000));
        QCOMPARE(source.rows()[0].priceSource, QStringLiteral("p.csv:openai/gpt-4o"));
    }

    void missingFileFails()
    {
        SourceRequest run;
        run.files = { QStringLiteral("/nonexistent/dump.jsonl") };
        RequestsSource source;
        QSignalSpy failed(&source, &RequestsSource::failed);
        source.start(run, RequestsSource::queryFor(run, QStringLiteral("a")));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().startsWith(QStringLiteral("/nonexistent/dump.jsonl")));
        QVERIFY(source.rows().empty());
    }

    void validateNamesWhatIsMissing()
    {
        SourceRequest run;
        QCOMPARE(RequestsSource::validate(run), QStringLiteral("The run read no log files."));
        run.kind = Usage::SourceKind::HeliconeApi;
        QCOMPARE(
            RequestsSource::validate(run), QStringLiteral("Enter your Helicone API key first (Source › API key)."));
    }
};

QTEST_GUILESS_MAIN(TestRequestsSource)
#include "tst_requestssource.moc"
