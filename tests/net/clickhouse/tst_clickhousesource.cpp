// SPDX-License-Identifier: MIT
// The ClickHouse source against real engines started here: its result must equal `aggregate`'s on a dump of the
// same rows, on Debian's clickhouse-server 18.16 (old table: DateTime, no Map, no query parameters) and on chDB
// (Helicone's DDL). An engine that is not installed skips its rows and says how to install it.
#include "core/comparerange.h"
#include "core/logaggregation.h"
#include "net/clickhouse/clickhouseescape.h"
#include "net/clickhouse/clickhousestatement.h"
#include "net/clickhouse/clickhousetsv.h"
#include "net/clickhouse/clickhouseusagejob.h"
#include "testengines.h"
#include "usagejobrun.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <array>
#include <memory>

using namespace Usage;

namespace {

constexpr int kEngines = TestEngines::kCount;
const char* const kPassword = "t0p'se\"cret\\";

} // namespace

class TestClickHouseSource : public QObject
{
    Q_OBJECT

private:
    TestEngines m_engines { QString::fromUtf8(kPassword) };
    std::array<QString, kEngines> m_dumpA; // organization A: what the filtered source must equal
    std::array<QString, kEngines> m_dumpAll;
    QTemporaryDir m_dir;
    QList<TestRow> m_rows;

    ClickHouse::Settings settings(int engine) const
    {
        ClickHouse::Settings s;
        s.url = m_engines.engine(engine)->url();
        s.password = QString::fromUtf8(kPassword);
        s.organizationId = TestRecords::organizationA();
        s.timeoutMs = 60000;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* name : { "clickhouse.csv", "clickhouse.jsonl", "dashboard.csv", "dashboard.jsonl",
                 "helicone-export.csv", "helicone.json", "helicone.jsonl" }) {
            QString error;
            QList<TestRow> rows =
                TestRecords::readFixture(QStringLiteral(UE_TEST_DATA_DIR "/") + QLatin1String(name), &error);
            QVERIFY2(!rows.isEmpty(), qPrintable(QLatin1String(name) + QStringLiteral(": ") + error));
            for (TestRow& r : rows) // ids repeat across the fixtures: each file's requests are its own
                r.requestId = QLatin1String(name) + QLatin1Char(':') + r.requestId;
            m_rows += rows;
        }
        m_rows += TestRecords::synthetic();
        QString error;
        QVERIFY2(m_engines.load(m_rows, &error), qPrintable(error));
        for (int e = 0; e < kEngines; ++e) {
            // the dumps are written from the same JSON: the same UUIDs, times and figures as the table holds
            m_dumpAll[e] = m_dir.filePath(QStringLiteral("all-%1.jsonl").arg(e));
            m_dumpA[e] = m_dir.filePath(QStringLiteral("a-%1.jsonl").arg(e));
            QVERIFY(!m_engines.engine(e)
                || (m_engines.writeDump(e, m_dumpAll[e])
                    && m_engines.writeDump(e, m_dumpA[e], TestRecords::organizationA())));
        }
    }

    void sameAsAggregate_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<UsageQuery>("query");
        QTest::addColumn<bool>("dedupe");
        QTest::addColumn<bool>("allOrganizations");

        const qint64 firstOct25 = QDateTime(QDate(2025, 10, 25), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + 123;
        const qint64 step = 37 * 60 * 1000 + 1500; // the synthetic rows' spacing
        for (int e = 0; e < kEngines; ++e) {
            const char* engine = TestEngines::name(e);
            UsageQuery q;
            QTest::addRow("%s: by user", engine) << e << q << false << false;
            QTest::addRow("%s: all organizations", engine) << e << q << false << true;
            QTest::addRow("%s: dedupe", engine) << e << q << true << false;
            QTest::addRow("%s: dedupe, all organizations", engine) << e << q << true << true;
            UsageQuery byModel;
            byModel.groupBy = *GroupBy::fromString(QStringLiteral("model"));
            QTest::addRow("%s: by model", engine) << e << byModel << false << false;
            UsageQuery byProvider;
            byProvider.groupBy = *GroupBy::fromString(QStringLiteral("provider"));
            QTest::addRow("%s: by provider", engine) << e << byProvider << false << false;
            if (e == 1) {
                UsageQuery byProperty;
                byProperty.groupBy = *GroupBy::fromString(QStringLiteral("property:environment"));
                QTest::addRow("%s: by property", engine) << e << byProperty << false << false;
                UsageQuery injected;
                injected.groupBy = *GroupBy::fromString(QStringLiteral("property:environment'] OR 1=1 --\\"));
                QTest::addRow("%s: property name attacks quoting", engine) << e << injected << false << false;
            }
            // a window whose bounds are requests' own times: both ends inclusive at the millisecond
            UsageQuery window;
            window.startMs = firstOct25 + 10 * step;
            window.endMs = firstOct25 + 200 * step;
            QTest::addRow("%s: window at both bounds", engine) << e << window << false << false;
            UsageQuery inside = window;
            *inside.startMs += 1;
            *inside.endMs -= 1;
            QTest::addRow("%s: window a millisecond inside", engine) << e << inside << false << false;
            UsageQuery seconds = window; // 18.16 keeps whole seconds: the bounds fall between them
            *seconds.startMs -= 123;
            *seconds.endMs += 877;
            QTest::addRow("%s: window on whole seconds", engine) << e << seconds << false << false;
            UsageQuery compared = window; // both ranges' totals and series per group
            compared.granularity = Granularity::Hour;
            compared.compare = CompareMode::PreviousPeriod;
            QVERIFY(resolveComparison(compared));
            QTest::addRow("%s: previous period, hours", engine) << e << compared << false << false;
            UsageQuery berlin;
            berlin.zone = QTimeZone("Europe/Berlin");
            QTest::addRow("%s: days in Berlin across DST", engine) << e << berlin << false << false;
            berlin.granularity = Granularity::Hour;
            QTest::addRow("%s: hours in Berlin across DST", engine) << e << berlin << false << false;
            UsageQuery newYork;
            newYork.zone = QTimeZone("America/New_York");
            newYork.granularity = Granularity::Week;
            QTest::addRow("%s: weeks in New York across DST", engine) << e << newYork << false << false;
            newYork.granularity = Granularity::Hour;
            newYork.groupBy = *GroupBy::fromString(QStringLiteral("model"));
            QTest::addRow("%s: hours in New York by model", engine) << e << newYork << true << false;
            UsageQuery users;
            users.userIds = { QStringLiteral("alice"), QStringLiteral("x' OR '1'='1"), QStringLiteral("y\\' OR 1=1 --"),
                QStringLiteral("new\nline"), QStringLiteral("back\\slash"), QStringLiteral("{p0:String}"),
                QStringLiteral("nul") + QChar(0) + QStringLiteral("x"), QStringLiteral("') OR 1=1 OR ('"), QString(),
                QStringLiteral("nobody") };
            QTest::addRow("%s: user ids attack quoting", engine) << e << users << false << false;
            UsageQuery many; // far more than a URL holds: the list travels in the POST body
            for (int i = 0; i < 20000; ++i)
                many.userIds.append(QStringLiteral("user-%1-with-a-long-name").arg(i));
            many.userIds << QStringLiteral("bob") << QStringLiteral("o'brien");
            QTest::addRow("%s: 20,000 user ids", engine) << e << many << false << false;
        }
    }

    void sameAsAggregate()
    {
        QFETCH(int, engine);
        QFETCH(UsageQuery, query);
        QFETCH(bool, dedupe);
        QFETCH(bool, allOrganizations);
        if (!m_engines.skip(engine).isEmpty())
            QSKIP(qPrintable(m_engines.skip(engine)));
        ClickHouse::Settings s = settings(engine);
        if (allOrganizations)
            s.organizationId.clear();
        const Outcome got = runJob(s, query, dedupe);
        QVERIFY2(got.ok, qPrintable(got.error));

        AggregateOptions options;
        options.threads = 1;
        options.dedupe = dedupe;
        const AggregateOutcome expected =
            aggregateFiles({ allOrganizations ? m_dumpAll[engine] : m_dumpA[engine] }, query, options);
        QVERIFY(!expected.failed());
        QCOMPARE(expected.result.skippedRecords, 0);
        QVERIFY(!expected.result.rows.isEmpty());
        QCOMPARE(lines(got.result), lines(expected.result));
        QCOMPARE(got.result.totals(), expected.result.totals());
        QCOMPARE(got.result.hasCacheTokens, engine == 1);
    }

    void errors_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("groupBy");
        QTest::addColumn<bool>("authentication");
        QTest::addColumn<QString>("expected");
        for (int e = 0; e < kEngines; ++e) {
            const char* engine = TestEngines::name(e);
            const QString pw = QString::fromUtf8(kPassword);
            const QString table = QStringLiteral("request_response_rmt");
            const QString org = TestRecords::organizationA();
            const QString user = QStringLiteral("user");
            QTest::addRow("%s: wrong password", engine) << e << QStringLiteral("wrong") << table << org << user << true
                                                        << QStringLiteral("authentication failed");
            QTest::addRow("%s: no such table", engine)
                << e << pw << QStringLiteral("nosuch") << org << user << false << QStringLiteral("error 60");
            QTest::addRow("%s: table name attacks quoting", engine)
                << e << pw << QStringLiteral("request_response_rmt` WHERE 1=1 --") << org << user << false
                << QStringLiteral("error 60");
            QTest::addRow("%s: organization attacks quoting", engine)
                << e << pw << table << QStringLiteral("' OR 1=1 OR '") << user << false << QStringLiteral("error");
        }
        QTest::addRow("18.16: no properties column")
            << 0 << QString::fromUtf8(kPassword) << QStringLiteral("request_response_rmt")
            << TestRecords::organizationA() << QStringLiteral("property:x") << false
            << QStringLiteral("has no column properties");
    }

    void errors()
    {
        QFETCH(int, engine);
        QFETCH(QString, password);
        QFETCH(QString, table);
        QFETCH(QString, organization);
        QFETCH(QString, groupBy);
        QFETCH(bool, authentication);
        QFETCH(QString, expected);
        if (!m_engines.skip(engine).isEmpty())
            QSKIP(qPrintable(m_engines.skip(engine)));
        ClickHouse::Settings s = settings(engine);
        s.password = password;
        s.table = table;
        s.organizationId = organization;
        UsageQuery query;
        query.groupBy = *GroupBy::fromString(groupBy);
        const Outcome got = runJob(s, query, false);
        QVERIFY2(!got.ok, qPrintable(lines(got.result).join(QLatin1Char('\n'))));
        QVERIFY2(got.error.contains(expected), qPrintable(got.error));
        QVERIFY2(got.error.contains(s.serverName()), qPrintable(got.error));
        QVERIFY(!got.error.contains(QLatin1Char('\n')));
        QVERIFY(!got.error.contains(QString::fromUtf8(kPassword)));
        QCOMPARE(got.authentication, authentication);
    }

    void rowLimit()
    {
        if (!m_engines.skip(1).isEmpty())
            QSKIP(qPrintable(m_engines.skip(1)));
        ClickHouse::UsageJob job(settings(1), {}, false);
        job.setMaxRows(3);
        QString error;
        QEventLoop loop;
        QObject::connect(&job, &ClickHouse::UsageJob::failed, &loop, [&](const QString& reason) {
            error = reason;
            loop.quit();
        });
        QObject::connect(&job, &ClickHouse::UsageJob::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        QCOMPARE(error,
            QStringLiteral("ClickHouse server %1: the answer has more than 3 rows").arg(settings(1).serverName()));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ClickHouse::Settings s;
        s.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const Outcome got = runJob(s, {}, false);
        QVERIFY(!got.ok);
        QCOMPARE(got.error,
            QStringLiteral("cannot connect to ClickHouse server 127.0.0.1:%1: connection refused").arg(port));
    }

    void timeout()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ClickHouse::Settings s;
        s.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        s.timeoutMs = 300;
        const Outcome got = runJob(s, {}, false);
        QVERIFY(!got.ok);
        QCOMPARE(got.error,
            QStringLiteral("ClickHouse server 127.0.0.1:%1 did not answer within 0.3 s").arg(silent.serverPort()));
    }

    /** Cancel aborts the request and 18.16, which does not notice a closed connection, stops the query. */
    void cancelStopsTheServersQuery()
    {
        if (!m_engines.skip(0).isEmpty())
            QSKIP(qPrintable(m_engines.skip(0)));
        TestClickHouse& engine = *m_engines.engine(0);
        QString error;
        // a view that sleeps 3 s per block (in its WHERE, so that no column pruning drops it): the aggregation is still
        // running when it is cancelled
        QVERIFY2(engine.exec("CREATE VIEW IF NOT EXISTS default.slow AS SELECT * FROM default.request_response_rmt "
                             "WHERE sleep(3) = 0",
                     nullptr, &error),
            qPrintable(error));
        ClickHouse::Settings s = settings(0);
        s.table = QStringLiteral("slow");
        ClickHouse::UsageJob job(s, {}, false);
        QEventLoop loop;
        bool cancelled = false;
        QObject::connect(&job, &ClickHouse::UsageJob::cancelled, &loop, [&] {
            cancelled = true;
            loop.quit();
        });
        QString outcome;
        QObject::connect(&job, &ClickHouse::UsageJob::finished, &loop, [&] {
            outcome = QStringLiteral("finished before it was cancelled");
            loop.quit();
        });
        QObject::connect(&job, &ClickHouse::UsageJob::failed, &loop, [&](const QString& reason) {
            outcome = reason;
            loop.quit();
        });
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            QByteArray running;
            if (engine.exec("SELECT count() FROM system.processes WHERE query LIKE '%ue_group%' AND query NOT LIKE "
                            "'%system.processes%'",
                    &running, nullptr)
                && running.trimmed().toInt() > 0) {
                poll.stop();
                job.cancel();
            }
        });
        poll.start(50);
        job.start();
        loop.exec();
        QVERIFY2(cancelled, qPrintable(outcome));
        // the server ends the query with QUERY_WAS_CANCELLED (394), which only KILL QUERY causes here
        QByteArray killed;
        for (int attempt = 0; attempt < 100 && killed.trimmed() != "1"; ++attempt) {
            QThread::msleep(200);
            QVERIFY2(engine.exec("SYSTEM FLUSH LOGS", nullptr, &error), qPrintable(error));
            QVERIFY2(engine.exec(
                         "SELECT count() > 0 FROM system.query_log WHERE exception LIKE '%Code: 394%' AND query LIKE "
                         "'%ue_group%' AND query NOT LIKE '%query_log%'",
                         &killed, &error),
                qPrintable(error));
        }
        QCOMPARE(killed.trimmed(), QByteArray("1"));
    }

    void escaping_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("text");
        const QStringList attacks = { QStringLiteral("'"), QStringLiteral("''"), QStringLiteral("\\"),
            QStringLiteral("\\'"), QStringLiteral("abc\\"), QStringLiteral("' OR 1=1 --"),
            QStringLiteral("\\'; DROP TABLE default.request_response_rmt; --"), QStringLiteral("a\nb\r\nc"),
            QStringLiteral("tab\there"), QStringLiteral("nul") + QChar(0) + QStringLiteral("byte"),
            QString(QChar(1)) + QStringLiteral("\x1f\x7f"), QStringLiteral("`ident`"), QStringLiteral("\"dq\""),
            QStringLiteral("{p0:String}"), QStringLiteral("\u00fcn\u00efc\u00f8d\u00e9 \U0001F642"),
            QStringLiteral("\\N"), QStringLiteral("%27%00") };
        for (int e = 0; e < kEngines; ++e) {
            for (int i = 0; i < attacks.size(); ++i)
                QTest::addRow("%s: attack %d", e == 0 ? "18.16" : "chdb", i) << e << attacks.at(i);
        }
    }

    /** What the escaping function and the parameter encoding make of a text reaches the engine unchanged. */
    void escaping()
    {
        QFETCH(int, engine);
        QFETCH(QString, text);
        if (!m_engines.skip(engine).isEmpty())
            QSKIP(qPrintable(m_engines.skip(engine)));
        for (const bool parameters : { false, true }) {
            if (parameters && engine == 0)
                continue; // 18.16 has no query parameters
            ClickHouse::Statement st;
            st.useParameters = parameters;
            st.sql = "SELECT " + st.bind(text) + " AS a, length(a) FORMAT TabSeparated";
            QByteArray answer;
            QString error;
            QVERIFY2(m_engines.engine(engine)->exec(st.sql, &answer, &error, st.parameters), qPrintable(error));
            QVERIFY(answer.endsWith('\n'));
            const QList<QByteArray> fields = answer.chopped(1).split('\t');
            QCOMPARE(fields.size(), 2);
            QCOMPARE(ClickHouse::TsvReader::unescape(fields.at(0)), text);
            QCOMPARE(fields.at(1).toLongLong(), text.toUtf8().size());
        }
        // and as an identifier: a column alias of any name
        const QByteArray sql = "SELECT 1 AS " + ClickHouse::Escape::identifier(text) + " FORMAT TSVWithNames";
        QByteArray answer;
        QString error;
        if (!text.contains(QChar(0))) { // the old parser ends a name at NUL
            QVERIFY2(m_engines.engine(engine)->exec(sql, &answer, &error), qPrintable(error));
            QCOMPARE(ClickHouse::TsvReader::unescape(answer.left(answer.indexOf('\n'))), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestClickHouseSource)
#include "tst_clickhousesource.moc"
