// SPDX-License-Identifier: MIT
// The bodies, properties, latency and status of chosen requests from JSON-lines, JSON-array and CSV dumps.
#include "core/formatreader.h"
#include "core/requests/requestdetails.h"
#include "core/requests/requestdetailsscan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Usage::Requests::RequestDetails;

namespace {

const QByteArray kLines =
    R"({"request_id":"a1","request_body":{"messages":[{"role":"user","content":"hi"}]},"response_body":"{\"id\":\"r1\"}","delay_ms":1200,"response_status":200,"request_properties":{"feature":"chat"}}
{"request_id":"a2","request_body":"plain text"}
not json at all
{"request_id":"a1","request_body":{"later":true}}
)";

// pretty-printed as the export CLI writes it, with a trailing comma; a1's body names another request_id first
const QByteArray kArray = R"([
  {
    "request_body": {"request_id": "zz", "prompt": "x"},
    "request_id": "a1",
    "response_body": {"id": "r1"},
    "delay_ms": 950,
    "response_status": 429
  },
  {
    "request_id": "b1",
    "request_body": {"prompt": "not wanted"}
  },
  {
    "request_id": "a2",
    "request_body": "text body",
    "request_properties": {"feature": "search"}
  },
]
)";

// the export CLI's CSV: JSON cells with their quotes doubled twice, and one doubled once
const QByteArray kCsv = "response_id,request_id,request_created_at,request_body,response_body,request_properties,"
                        "latency,response_status\n"
                        "x,a1,2025-10-01T10:00:00.000Z,\"{\"\"\"\"model\"\"\"\":\"\"\"\"gpt-4o\"\"\"\"}\","
                        "\"{\"\"id\"\":\"\"r1\"\"}\",\"{\"\"feature\"\":\"\"chat\"\"}\",1200,200\n"
                        "y,b1,2025-10-01T10:00:00.000Z,{},{},{},5,200\n"
                        "z,a2,2025-10-02T10:00:00.000Z,\"multi\nline, text\",,,,\n"
                        "broken,\"a3,\n";

QString write(const QTemporaryDir& dir, const char* name, const QByteArray& data)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const QSet<QString> kWanted { QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3") };

/** scan() of buffer followed by the padding it may read, as readRequestDetails() gives it. */
size_t scanPadded(Usage::Requests::DetailsScanner& scanner, const std::string& buffer, bool atEof)
{
    const std::string padded = buffer + std::string(Usage::Chunk::kPadding, '\0');
    return scanner.scan(std::string_view(padded.data(), buffer.size()), atEof);
}

} // namespace

class TestRequestDetails : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void jsonLines()
    {
        const auto found = Usage::Requests::readRequestDetails({ write(m_dir, "d.jsonl", kLines) }, kWanted);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.value(QStringLiteral("a1")).requestBody, QByteArray(R"({"later":true})")); // the later line
        QCOMPARE(found.value(QStringLiteral("a2")).requestBody, QByteArray("plain text"));
    }

    void jsonArray()
    {
        const auto found = Usage::Requests::readRequestDetails({ write(m_dir, "d.json", kArray) }, kWanted);
        QCOMPARE(found.size(), 2);
        const RequestDetails a1 = found.value(QStringLiteral("a1"));
        QCOMPARE(a1.requestBody, QByteArray(R"({"prompt":"x","request_id":"zz"})"));
        QCOMPARE(a1.responseBody, QByteArray(R"({"id":"r1"})"));
        QCOMPARE(a1.latencyMs, std::optional<std::int64_t>(950));
        QCOMPARE(a1.status, std::optional<int>(429));
        const RequestDetails a2 = found.value(QStringLiteral("a2"));
        QCOMPARE(a2.requestBody, QByteArray("text body"));
        QCOMPARE(a2.propertiesJson, QByteArray(R"({"feature":"search"})"));
        QCOMPARE(Usage::Requests::prettyBody(a1.responseBody), QStringLiteral("{\n    \"id\": \"r1\"\n}"));
    }

    void csv()
    {
        const auto found = Usage::Requests::readRequestDetails({ write(m_dir, "d.csv", kCsv) }, kWanted);
        QCOMPARE(found.size(), 2);
        const RequestDetails a1 = found.value(QStringLiteral("a1"));
        QCOMPARE(a1.requestBody, QByteArray(R"({"model":"gpt-4o"})"));
        QCOMPARE(a1.responseBody, QByteArray(R"({"id":"r1"})"));
        QCOMPARE(a1.propertiesJson, QByteArray(R"({"feature":"chat"})"));
        QCOMPARE(a1.latencyMs, std::optional<std::int64_t>(1200));
        QCOMPARE(a1.status, std::optional<int>(200));
        const RequestDetails a2 = found.value(QStringLiteral("a2"));
        QCOMPARE(a2.requestBody, QByteArray("multi\nline, text"));
        QVERIFY(a2.responseBody.isEmpty());
        QCOMPARE(a2.latencyMs, std::nullopt);
        QCOMPARE(a2.status, std::nullopt);
    }

    /** Fed in pieces of every size, each format finds what it finds whole. */
    void piecesMakeNoDifference_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("lines") << kLines;
        QTest::newRow("array") << kArray;
        QTest::newRow("csv") << kCsv;
    }
    void piecesMakeNoDifference()
    {
        QFETCH(QByteArray, data);
        QHash<QString, RequestDetails> whole;
        scanPadded(*Usage::Requests::detailsScanner(data.toStdString(), kWanted, whole), data.toStdString(), true);
        for (qsizetype step = 1; step < data.size(); step += 7) {
            QHash<QString, RequestDetails> found;
            auto scanner = Usage::Requests::detailsScanner(data.toStdString(), kWanted, found);
            std::string buffer;
            for (qsizetype at = 0; at < data.size(); at += step) {
                buffer += data.mid(at, step).toStdString();
                const bool eof = at + step >= data.size();
                const size_t used = scanPadded(*scanner, buffer, eof);
                QVERIFY(used != std::string::npos);
                buffer.erase(0, used);
            }
            QCOMPARE(found.keys().size(), whole.keys().size());
            for (auto it = whole.cbegin(); it != whole.cend(); ++it)
                QCOMPARE(found.value(it.key()).requestBody, it->requestBody);
        }
    }

    void noFileNoIds()
    {
        QVERIFY(Usage::Requests::readRequestDetails({ m_dir.filePath(QStringLiteral("missing")) }, kWanted).isEmpty());
        QVERIFY(Usage::Requests::readRequestDetails({ write(m_dir, "e.jsonl", kLines) }, {}).isEmpty());
    }
};

QTEST_MAIN(TestRequestDetails)
#include "tst_requestdetails.moc"
