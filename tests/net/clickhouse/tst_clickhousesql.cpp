// SPDX-License-Identifier: MIT
// The ClickHouse client's pieces without a server: escaping, the TSV reader, error messages, the SQL it builds.
#include "net/clickhouse/clickhouseerror.h"
#include "net/clickhouse/clickhouseescape.h"
#include "net/clickhouse/clickhousequerybuilder.h"
#include "net/clickhouse/clickhousetsv.h"

#include <QTest>

using namespace Usage;
using namespace Usage::ClickHouse;

class TestClickHouseSql : public QObject
{
    Q_OBJECT

    static TableSchema helicone()
    {
        TableSchema s;
        s.setVersion(QStringLiteral("26.7.2.1"));
        s.setColumns({ { QStringLiteral("request_created_at"), QStringLiteral("DateTime64(3)") },
            { QStringLiteral("user_id"), QStringLiteral("LowCardinality(String)") },
            { QStringLiteral("model"), QStringLiteral("LowCardinality(String)") },
            { QStringLiteral("provider"), QStringLiteral("LowCardinality(String)") },
            { QStringLiteral("prompt_tokens"), QStringLiteral("Nullable(Int64)") },
            { QStringLiteral("completion_tokens"), QStringLiteral("Nullable(Int64)") },
            { QStringLiteral("cost"), QStringLiteral("UInt64") },
            { QStringLiteral("properties"), QStringLiteral("Map(LowCardinality(String), String)") },
            { QStringLiteral("organization_id"), QStringLiteral("UUID") },
            { QStringLiteral("request_id"), QStringLiteral("UUID") },
            { QStringLiteral("updated_at"), QStringLiteral("DateTime64(3, 'UTC')") } });
        return s;
    }

private Q_SLOTS:
    void stringLiteral_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("literal");
        QTest::newRow("plain") << QStringLiteral("alice") << QByteArray("'alice'");
        QTest::newRow("quote") << QStringLiteral("o'brien") << QByteArray("'o\\'brien'");
        QTest::newRow("backslash quote") << QStringLiteral("\\'") << QByteArray("'\\\\\\''");
        QTest::newRow("controls") << (QStringLiteral("a\nb\tc\r") + QChar(0) + QChar(1))
                                  << QByteArray("'a\\nb\\tc\\r\\0\\x01'");
        QTest::newRow("utf-8") << QStringLiteral("\u00fc") << QByteArray("'\xc3\xbc'");
    }

    void stringLiteral()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, literal);
        QCOMPARE(Escape::stringLiteral(text), literal);
    }

    void identifierAndParameter()
    {
        QCOMPARE(Escape::identifier(QStringLiteral("a`b\\c")), QByteArray("`a\\`b\\\\c`"));
        QCOMPARE(
            Escape::parameterValue(QString(QStringLiteral("it's\\\n\t") + QChar(0))), QByteArray("it's\\\\\\n\\t\\0"));
    }

    void tsvReader()
    {
        QList<QStringList> rows;
        TsvReader reader(2, [&rows](const QStringList& f) { rows.append(f); });
        QVERIFY(reader.feed("a\\tb\t1\nc"));
        QCOMPARE(rows.size(), 1);
        QVERIFY(reader.feed("\\\\\t\\0\n"));
        QCOMPARE(rows.at(1), QStringList({ QStringLiteral("c\\"), QString(QChar(0)) }));
        QVERIFY(!reader.feed("x\n"));
        QCOMPARE(reader.error(), QStringLiteral("the answer has more than 2 rows"));
        TsvReader cut(10, [](const QStringList&) {});
        QVERIFY(cut.feed("a\tb"));
        QVERIFY(!cut.finish());
    }

    void failures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("516") << 516 << QByteArray("Code: 516. DB::Exception: x: Authentication failed")
                             << QStringLiteral(
                                    "authentication failed at ClickHouse server h:1: wrong user or password");
        QTest::newRow("18.16 code 193")
            << 500 << QByteArray("Code: 193, e.displayText() = DB::Exception: Wrong password")
            << QStringLiteral("authentication failed at ClickHouse server h:1: wrong user or password");
        QTest::newRow("18.16 exception")
            << 500
            << QByteArray("Code: 60, e.displayText() = DB::Exception: Table default.x doesn't exist., e.what() = "
                          "DB::Exception\n")
            << QStringLiteral("ClickHouse server h:1 answered error 60: Table default.x doesn't exist.");
        QTest::newRow("current exception")
            << 404 << QByteArray("Code: 60. DB::Exception: Unknown table\nexpression identifier. (UNKNOWN_TABLE)\n")
            << QStringLiteral(
                   "ClickHouse server h:1 answered error 60: Unknown table expression identifier. (UNKNOWN_TABLE)");
    }

    void failures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const ReplyFailure f { QNetworkReply::ContentNotFoundError, status, body, {} };
        QCOMPARE(describeFailure(f, QStringLiteral("h:1")), message);
    }

    void userTextNeverInSql()
    {
        UsageQuery q;
        q.userIds = { QStringLiteral("x' OR 1=1") };
        q.groupBy = *GroupBy::fromString(QStringLiteral("property:env'--"));
        q.zone = QTimeZone("Europe/Berlin");
        Settings settings;
        settings.organizationId = QStringLiteral("org'--");
        const QueryBuilder builder(settings, helicone(), q, true);
        QCOMPARE(builder.check(), QString());
        const Statement st = builder.bySeries();
        QVERIFY(!st.sql.contains("env'"));
        QVERIFY(!st.sql.contains("org'"));
        QVERIFY(!st.sql.contains("Europe/Berlin"));
        QVERIFY(st.sql.contains("user_id IN ('x\\' OR 1=1')")); // ids go in the body, escaped
        QVERIFY(st.sql.contains("ORDER BY updated_at DESC LIMIT 1 BY request_id"));
        QCOMPARE(st.parameters.size(), 3);
        TableSchema old = helicone();
        old.setVersion(QStringLiteral("18.16.1"));
        const Statement legacy = QueryBuilder(settings, old, q, false).byModel();
        QVERIFY(legacy.parameters.isEmpty());
        QVERIFY(legacy.sql.contains("toUUID('org\\'--')"));
    }

    void schemaChecks()
    {
        TableSchema s = helicone();
        s.columns.remove(QStringLiteral("properties"));
        UsageQuery q;
        q.groupBy = *GroupBy::fromString(QStringLiteral("property:env"));
        QCOMPARE(QueryBuilder(Settings(), s, q, false).check(),
            QStringLiteral(
                "table default.request_response_rmt has no column properties (a Map) to group by property env"));
        s.columns.remove(QStringLiteral("cost"));
        QCOMPARE(QueryBuilder(Settings(), s, {}, false).check(),
            QStringLiteral("table default.request_response_rmt has no column cost"));
    }

    void insecure()
    {
        Settings s;
        s.url = QUrl(QStringLiteral("http://127.0.0.1:8123"));
        QVERIFY(!s.isInsecure());
        s.url = QUrl(QStringLiteral("http://ch.example.com:8123"));
        QVERIFY(s.isInsecure());
        QCOMPARE(s.serverName(), QStringLiteral("ch.example.com:8123"));
        s.url = QUrl(QStringLiteral("https://ch.example.com"));
        QVERIFY(!s.isInsecure());
    }
};

QTEST_GUILESS_MAIN(TestClickHouseSql)
#include "tst_clickhousesql.moc"
