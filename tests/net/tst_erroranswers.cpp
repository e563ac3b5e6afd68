// SPDX-License-Identifier: MIT
// Error answers in one clear sentence: a JSON error's text, an HTML page's title (never its markup), the first line
// of a text body; and a 501 (a server that is not Helicone's API) fails at once instead of being retried.
#include "clientfixture.h"
#include "net/heliconeapi.h"

#include <QTest>

using namespace Usage;
using namespace Usage::Net;
using namespace ClientTesting;

class TestErrorAnswers : public QObject, public Fixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void bodyInOneLine_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::addRow("JSON error") << QByteArray(R"({"error":"No API key found"})")
                                    << QStringLiteral("No API key found");
        QTest::addRow("JSON message and details") << QByteArray(R"({"message":"Query timeout","details":"timeout"})")
                                                  << QStringLiteral("Query timeout: timeout");
        QTest::addRow("HTML with a title")
            << QByteArray("<!DOCTYPE HTML>\n<html><head><TITLE>501 Not Implemented</TITLE></head>\n<body>"
                          "<h1>Unsupported method ('POST')</h1></body></html>")
            << QStringLiteral("an HTML page titled \"501 Not Implemented\"");
        QTest::addRow("HTML without a title")
            << QByteArray("  <html><body><p>nope</p></body></html>") << QStringLiteral("an HTML page instead of JSON");
        QTest::addRow("text lines") << QByteArray("\n  upstream connect error  \nreset reason: overflow\n")
                                    << QStringLiteral("upstream connect error");
        QTest::addRow("empty") << QByteArray() << QString();
    }

    void bodyInOneLine()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(errorAnswerText(body), text);
    }

    void notImplementedFailsAtOnce()
    {
        m_server->records = makeRecords(5);
        m_server->nextFaults = QList<FakeHelicone::Fault>(4, FakeHelicone::Fault::NotImplementedHtml);
        UsageQuery query;
        query.userIds = firstIds(5);
        Run run(m_client.get());
        m_client->start(query);
        QVERIFY(run.wait());
        QCOMPARE(run.failure(),
            QStringLiteral("the server at %1 does not offer Helicone's API (HTTP 501: an HTML page titled \"Error "
                           "response\"); check the base URL")
                .arg(options().baseUrl.toString()));
        checkBodies(1); // one request: no retries
    }
};

QTEST_MAIN(TestErrorAnswers)
#include "tst_erroranswers.moc"
