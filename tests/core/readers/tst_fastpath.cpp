// SPDX-License-Identifier: MIT
// The fast path of the Helicone record reader (FlatJson + HeliconeRequest::parseSimple) against simdjson: whatever
// the fast path takes must read exactly as simdjson reads it, and whatever it declines must still give simdjson's
// record or error text through HeliconeRequest::parse.
#include "core/readers/flatjsonmasks.h"
#include "core/readers/heliconerequest.h"
#include "core/readers/jsonarrayscan.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <simdjson.h>
#include <string>
#include <vector>

using namespace Usage;

namespace {

/** The line with the zeroed padding the readers' buffers have after every chunk. */
struct Padded
{
    explicit Padded(std::string_view line)
        : bytes(line.size() + Chunk::kPadding, '\0')
    {
        std::copy(line.begin(), line.end(), bytes.begin());
        size = line.size();
    }
    std::vector<char> bytes;
    size_t size;
};

QString describe(const RequestRecord& r)
{
    auto s = [](std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); };
    return QStringLiteral("user=%1 model=%2 provider=%3 property=%4 id=%5 updated=%6 created=%7 prompt=%8 "
                          "completion=%9 cacheRead=%10 cacheWrite=%11 reasoning=%12 cost=%13 hasCost=%14")
        .arg(s(r.userId), s(r.model), s(r.provider), s(r.property), s(r.requestId), s(r.updatedAt))
        .arg(r.createdMs)
        .arg(r.promptTokens)
        .arg(r.completionTokens)
        .arg(r.cacheReadTokens)
        .arg(r.cacheWriteTokens)
        .arg(r.reasoningTokens)
        .arg(r.costNanos)
        .arg(r.hasCost ? QStringLiteral("true") : QStringLiteral("false"));
}

struct Outcome
{
    bool fast = false;
    QString error; // of parse()
    QString record; // describe() of the record when there is no error
};

Outcome readBothWays(
    std::string_view line, const ReaderOptions& options, QString* simdjsonError, QString* simdjsonRecord)
{
    simdjson::ondemand::parser parser;
    Outcome out;
    {
        Padded p(line);
        RequestRecord r;
        out.fast = HeliconeRequest::parseSimple(p.bytes.data(), p.size, options, r);
        const std::string error = HeliconeRequest::parse(parser, p.bytes.data(), p.size, p.bytes.size(), options, r);
        out.error = QString::fromStdString(error);
        if (error.empty())
            out.record = describe(r);
    }
    Padded p(line);
    RequestRecord r;
    const std::string error =
        HeliconeRequest::parseWithSimdjson(parser, p.bytes.data(), p.size, p.bytes.size(), options, r);
    *simdjsonError = QString::fromStdString(error);
    *simdjsonRecord = error.empty() ? describe(r) : QString();
    return out;
}

const char* const kTypical =
    "{\"request_id\":\"fdde76de-8a06-42e0-9107-ea050b26c993\",\"request_created_at\":\"2025-10-01T00:00:00.867Z\","
    "\"request_user_id\":\"frank.5@example.com\",\"request_properties\":{\"environment\":\"production\","
    "\"feature\":\"autocomplete\"},\"provider\":\"OPENAI\",\"model\":\"gpt-4o-mini\",\"prompt_tokens\":880,"
    "\"completion_tokens\":87,\"total_tokens\":967,\"cost\":0.0001842,\"delay_ms\":3744,\"response_status\":200}";

const char* const kPretty =
    "{\n  \"request_id\": \"7bb3e3cc-0235-4ff3-a0c7-22fe4b84158a\",\n  \"request_created_at\": "
    "\"2025-10-01T00:00:01.509Z\",\n  \"request_user_id\": \"user_149357\",\n  \"request_properties\": {\n"
    "    \"environment\": \"production\",\n    \"feature\": \"search\"\n  },\n  \"provider\": \"ANTHROPIC\",\n"
    "  \"model\": \"claude-3-haiku-20240307\",\n  \"prompt_tokens\": 52,\n  \"completion_tokens\": 333,\n"
    "  \"cost\": 0.00042925\n}";

} // namespace

class TestFastPath : public QObject
{
    Q_OBJECT

private slots:
    void cases_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("fast"); // taken by the fast path
        QTest::addColumn<QString>("error"); // parse()'s error, empty for a record

        const QByteArray typical(kTypical);
        QTest::newRow("typical") << typical << true << QString();
        QTest::newRow("spaces") << QByteArray("{ \"request_created_at\" : \"2025-10-01T00:00:00Z\" , \"cost\" : 1 } ")
                                << true << QString();
        QTest::newRow("crlf") << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\"}\r") << true << QString();
        QTest::newRow("numeric strings") << QByteArray(
            "{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"prompt_tokens\":\"12\","
            "\"cost\":\"0.5\"}") << true << QString();
        QTest::newRow("nulls") << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"cost\":null,"
                                             "\"model\":null,\"prompt_tokens\":null}")
                               << true << QString();
        QTest::newRow("cost wins over costUSD") << QByteArray(
            "{\"costUSD\":2,\"request_created_at\":\"2025-10-01T00:00:00Z\",\"cost\":null,"
            "\"costUSD\":3}") << true << QString();
        QTest::newRow("nested brackets in strings")
            << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"request_body\":{\"a\":[\"}]\",{\"b\":"
                          "\"{[\"}],\"c\":[[],{}]},\"model\":\"m\"}")
            << true << QString();
        QTest::newRow("nested value over several words")
            << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"request_properties\":{\"a\":\"]]]]]]]]]]"
                          "]]]]]]]]]]]]]]]]]]]]\",\"b\":[{\"c\":\"}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}\"},[[[]]]],"
                          "\"d\":{\"e\":\"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\"}},\"model\":\"m\",\"cost\":1}")
            << true << QString();
        QTest::newRow("non-ASCII user") << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\","
                                                      "\"request_user_id\":\"J\xc3\xbcrgen \xe2\x82\xac\"}")
                                        << true << QString();
        QTest::newRow("exponent cost") << QByteArray(
            "{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"cost\":1.5e-3}")
                                       << true << QString();
        // decimals read on the way (up to 9 + 9 digits) and the ones next to that limit, read by the number grammar
        for (const char* cost : { "0.5", "-0.25", "1.0", "0.000000001", "123456789.123456789", "-0.0", "0.10",
                 "1234567890.5", "0.1234567891", "0.0000000005", "9.99999999950" }) {
            QTest::newRow(qPrintable(QStringLiteral("cost %1").arg(QLatin1String(cost))))
                << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"cost\":") + cost + "}" << true
                << QString();
        }
        // declined: simdjson reads them
        QTest::newRow("escaped user") << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\","
                                                    "\"request_user_id\":\"a\\\"b\\u00e9\"}")
                                      << false << QString();
        QTest::newRow("escapes elsewhere")
            << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"request_body\":\"line\\nline\","
                          "\"request_user_id\":\"u\"}")
            << true << QString();
        QTest::newRow("tab between tokens")
            << QByteArray("{\"request_created_at\":\t\"2025-10-01T00:00:00Z\"}") << true << QString();
        QTest::newRow("pretty-printed") << QByteArray("{\n  \"request_created_at\": \"2025-10-01T00:00:00Z\",\r\n"
                                                      "  \"request_properties\": {\n    \"a\": \"b\"\n  },\n"
                                                      "\t\"cost\": 0.5\n}")
                                        << true << QString();
        QTest::newRow("pretty-printed with escapes")
            << QByteArray("{\n  \"request_created_at\": \"2025-10-01T00:00:00Z\",\n"
                          "  \"request_user_id\": \"a\\\"b\"\n}")
            << false << QString();
        QTest::newRow("float tokens") << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\","
                                                    "\"prompt_tokens\":12.0}")
                                      << false << QString();
        QTest::newRow("escaped key") << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"co\\u0073t\":1}")
                                     << false << QString();
        // declined: errors, named by simdjson's path
        QTest::newRow("missing created") << QByteArray("{\"request_user_id\":\"u\"}") << false
                                         << QStringLiteral("request_created_at: missing");
        QTest::newRow("bad timestamp") << QByteArray("{\"request_created_at\":\"yesterday\"}") << false
                                       << QStringLiteral("request_created_at: not a valid timestamp");
        QTest::newRow("boolean cost") << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"cost\":true}")
                                      << false << QStringLiteral("cost: wrong type or not a number");
        QTest::newRow("bare word") << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"cost\":oops}")
                                   << false << QStringLiteral("invalid JSON: unexpected 'oops' as the value of cost");
        QTest::newRow("control character in a string")
            << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"request_user_id\":\"a\x01\"}") << false
            << QString::fromStdString(
                   std::string("invalid JSON: ") + simdjson::error_message(simdjson::UNESCAPED_CHARS));
        QTest::newRow("line break in a string")
            << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"request_user_id\":\"a\nb\"}") << false
            << QString::fromStdString(
                   std::string("invalid JSON: ") + simdjson::error_message(simdjson::UNESCAPED_CHARS));
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"request_created_at\":\"2025-10-01T00:00:00Z\",\"request_user_id\":\"a\xff\"}") << false
            << QString::fromStdString(std::string("invalid JSON: ") + simdjson::error_message(simdjson::UTF8_ERROR));
        QTest::newRow("not an object") << QByteArray("[1,2]") << false << QStringLiteral("not a JSON object");
    }

    void cases()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, fast);
        QFETCH(QString, error);
        QString simdError, simdRecord;
        const Outcome out = readBothWays(
            std::string_view(line.constData(), size_t(line.size())), ReaderOptions {}, &simdError, &simdRecord);
        QCOMPARE(out.fast, fast);
        QCOMPARE(out.error, error);
        QCOMPARE(simdError, error);
        QCOMPARE(out.record, simdRecord);
    }

    void typicalRecord()
    {
        Padded p(kTypical);
        RequestRecord r;
        QVERIFY(HeliconeRequest::parseSimple(p.bytes.data(), p.size, ReaderOptions {}, r));
        QCOMPARE(describe(r),
            QStringLiteral("user=frank.5@example.com model=gpt-4o-mini provider=OPENAI property= "
                           "id=fdde76de-8a06-42e0-9107-ea050b26c993 updated= created=1759276800867 prompt=880 "
                           "completion=87 cacheRead=0 cacheWrite=0 reasoning=0 cost=184200 hasCost=true"));
        QVERIFY(r.viewsLastForChunk);
    }

    void groupByPropertyUsesSimdjson()
    {
        Padded p(kTypical);
        RequestRecord r;
        ReaderOptions options;
        options.property = "feature";
        QVERIFY(!HeliconeRequest::parseSimple(p.bytes.data(), p.size, options, r));
        simdjson::ondemand::parser parser;
        QCOMPARE(
            QString::fromStdString(HeliconeRequest::parse(parser, p.bytes.data(), p.size, p.bytes.size(), options, r)),
            QString());
        QCOMPARE(QByteArray(r.property.data(), qsizetype(r.property.size())), QByteArray("autocomplete"));
    }

    /** The SSE2 and AVX2 byte classes agree (the fast path uses AVX2 where the processor has it). */
    void byteClassesAgree()
    {
#if defined(UE_FLATJSON_AVX2)
        if (!__builtin_cpu_supports("avx2"))
            QSKIP("this processor has no AVX2");
        QRandomGenerator random(7);
        static const char kBytes[] = "\"\\\n\r\t\x01 a{}[]:,\x80\xff\xc3";
        for (int round = 0; round < 2000; ++round) {
            const size_t size = random.bounded(300u);
            std::vector<char> text(size + 64, '\0');
            for (size_t i = 0; i < size; ++i)
                text[i] = kBytes[random.bounded(quint32(sizeof kBytes - 1))];
            std::uint64_t q1[8], c1[8], s1[8], q2[8], c2[8], s2[8];
            FlatJson::Detail::WordMasks a { q1, c1, s1 };
            FlatJson::Detail::WordMasks b { q2, c2, s2 };
            FlatJson::Detail::maskWordsSse2(text.data(), size, a);
            FlatJson::Detail::maskWordsAvx2(text.data(), size, b);
            QCOMPARE(a.anyBackslash != 0, b.anyBackslash != 0);
            QCOMPARE(a.anyHigh != 0, b.anyHigh != 0);
            for (size_t w = 0; w < (size + 63) / 64; ++w) {
                QCOMPARE(q1[w], q2[w]);
                QCOMPARE(c1[w], c2[w]);
                QCOMPARE(s1[w] & c1[w], s2[w] & c2[w]);
            }
        }
#else
        QSKIP("no AVX2 variant on this platform");
#endif
    }

    /** The JSON array splitter's scan finds the same ends and errors with SSE2 and with AVX2. */
    void arrayScansAgree()
    {
#if defined(UE_JSONARRAY_AVX2)
        if (!__builtin_cpu_supports("avx2"))
            QSKIP("this processor has no AVX2");
        QRandomGenerator random(11);
        static const char kBytes[] = "\"\\{}[]{}[]ab ,:\n";
        int ends = 0, errors = 0;
        for (int round = 0; round < 5000; ++round) {
            const size_t size = 1 + random.bounded(400u);
            std::vector<char> text(size + 64, '\0');
            text[0] = random.bounded(2) ? '{' : '[';
            for (size_t i = 1; i < size; ++i)
                text[i] = kBytes[random.bounded(quint32(sizeof kBytes - 1))];
            size_t errorSse2 = 0, errorAvx2 = 0;
            const size_t sse2 = containerLengthSse2(text.data(), size, errorSse2);
            const size_t avx2 = containerLengthAvx2(text.data(), size, errorAvx2);
            QCOMPARE(avx2, sse2);
            if (sse2 == SIZE_MAX) {
                QCOMPARE(errorAvx2, errorSse2);
                ++errors;
            } else if (sse2 > 0) {
                ++ends;
            }
        }
        QVERIFY(ends > 100);
        QVERIFY(errors > 100);
#else
        QSKIP("no AVX2 variant on this platform");
#endif
    }

    /** Damaged copies of real records: parse() agrees with simdjson on every one, fast or not. */
    void mutations()
    {
        // the typical record, and the same pretty-printed as the export CLI writes its JSON arrays
        std::vector<std::string> seeds { kTypical, kPretty };
        QFile fixture(QStringLiteral(UE_TEST_DATA_DIR "/helicone.jsonl"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        while (!fixture.atEnd()) {
            const QByteArray line = fixture.readLine().trimmed();
            if (!line.isEmpty())
                seeds.emplace_back(line.constData(), size_t(line.size()));
        }
        static const char kAlphabet[] = "\"{}[]:,\\ 0129.-eEtrufalsn\t\n\r\x01\x7f\xc3\xa9\xff";
        const std::string alphabet(kAlphabet, sizeof kAlphabet - 1);
        QRandomGenerator random(20261125);
        int fast = 0, records = 0, errors = 0;
        for (int round = 0; round < 100000; ++round) {
            std::string line = seeds[random.bounded(quint32(seeds.size()))];
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits && !line.empty(); ++e) {
                const size_t at = random.bounded(quint32(line.size()));
                const char c = alphabet[random.bounded(quint32(alphabet.size()))];
                switch (random.bounded(3)) {
                case 0:
                    line[at] = c;
                    break;
                case 1:
                    line.insert(line.begin() + qsizetype(at), c);
                    break;
                default:
                    line.erase(at, 1);
                    break;
                }
            }
            QString simdError, simdRecord;
            const Outcome out = readBothWays(line, ReaderOptions {}, &simdError, &simdRecord);
            if (out.error != simdError || out.record != simdRecord) {
                QFAIL(qPrintable(QStringLiteral("line %1\nfast path: %2 %3\nsimdjson: %4 %5")
                                     .arg(QString::fromUtf8(line.data(), qsizetype(line.size())), out.error, out.record,
                                         simdError, simdRecord)));
            }
            fast += out.fast;
            records += out.error.isEmpty();
            errors += !out.error.isEmpty();
        }
        // the mutations reach both paths and both outcomes
        QVERIFY2(fast > 10000, qPrintable(QString::number(fast)));
        QVERIFY2(records - fast > 1000, qPrintable(QString::number(records - fast)));
        QVERIFY2(errors > 10000, qPrintable(QString::number(errors)));
    }
};

QTEST_GUILESS_MAIN(TestFastPath)
#include "tst_fastpath.moc"
