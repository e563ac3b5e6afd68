// SPDX-License-Identifier: MIT
// JsonFields: the typed reads of one JSON value every JSON reader shares (integers and costs as numbers or
// strings, exact nano-USD, strings with escapes, timestamps, ClickHouse nanos, custom properties) and the reasons
// they give.
#include "core/readers/jsonfields.h"

#include <QTest>

#include <simdjson.h>

using namespace Usage;

namespace {

QByteArray outcome(JsonFields::Read read, const QByteArray& value)
{
    switch (read) {
    case JsonFields::Read::Ok:
        return "ok " + value;
    case JsonFields::Read::Null:
        return "null";
    case JsonFields::Read::Error:
        return "error";
    }
    return {};
}

/** Reads the value of {"v": json} with the named read and describes the outcome: "ok VALUE", "null", "error". */
QByteArray readAs(const QByteArray& read, const QByteArray& json)
{
    const simdjson::padded_string text(QByteArray("{\"v\":" + json + '}').toStdString());
    simdjson::ondemand::parser parser;
    auto doc = parser.iterate(text);
    simdjson::ondemand::value value;
    if (doc.get_object()["v"].get(value) != simdjson::SUCCESS)
        return "unreadable";
    std::int64_t number = 0;
    if (read == "integer") {
        const auto r = JsonFields::integer(value, number);
        return outcome(r, QByteArray::number(number));
    }
    if (read == "costNanos") {
        const auto r = JsonFields::costNanos(value, number);
        return outcome(r, QByteArray::number(number));
    }
    if (read == "integerNanos") {
        const auto r = JsonFields::integerNanos(value, number);
        return outcome(r, QByteArray::number(number));
    }
    if (read == "string") {
        std::string_view s;
        const auto r = JsonFields::string(value, s);
        return outcome(r, QByteArray(s.data(), qsizetype(s.size())));
    }
    if (read == "timestampMs") {
        bool invalid = false;
        const auto r = JsonFields::timestampMs(value, number, invalid);
        return outcome(r, QByteArray::number(number)) + (invalid ? " (not a timestamp)" : "");
    }
    return "no such read";
}

} // namespace

class TestJsonFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("read");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("integer, number") << QByteArray("integer") << QByteArray("12") << QByteArray("ok 12");
        QTest::addRow("integer, quoted") << QByteArray("integer") << QByteArray("\"12\"") << QByteArray("ok 12");
        QTest::addRow("integer, null") << QByteArray("integer") << QByteArray("null") << QByteArray("null");
        QTest::addRow("integer, fraction") << QByteArray("integer") << QByteArray("1.5") << QByteArray("error");
        QTest::addRow("integer, word") << QByteArray("integer") << QByteArray("\"many\"") << QByteArray("error");
        QTest::addRow("integer, boolean") << QByteArray("integer") << QByteArray("true") << QByteArray("error");
        QTest::addRow("cost, number") << QByteArray("costNanos") << QByteArray("0.0015") << QByteArray("ok 1500000");
        QTest::addRow("cost, quoted") << QByteArray("costNanos") << QByteArray("\"0.0015\"")
                                      << QByteArray("ok 1500000");
        QTest::addRow("cost, exponent") << QByteArray("costNanos") << QByteArray("1e-05") << QByteArray("ok 10000");
        QTest::addRow("cost, beyond a double's digits")
            << QByteArray("costNanos") << QByteArray("123456789.123456789") << QByteArray("ok 123456789123456789");
        QTest::addRow("cost, null") << QByteArray("costNanos") << QByteArray("null") << QByteArray("null");
        QTest::addRow("cost, word") << QByteArray("costNanos") << QByteArray("\"abc\"") << QByteArray("error");
        QTest::addRow("nanos, number") << QByteArray("integerNanos") << QByteArray("1500000")
                                       << QByteArray("ok 1500000");
        QTest::addRow("nanos, quoted") << QByteArray("integerNanos") << QByteArray("\"1500000\"")
                                       << QByteArray("ok 1500000");
        QTest::addRow("string") << QByteArray("string") << QByteArray("\"ann\"") << QByteArray("ok ann");
        QTest::addRow("string, escapes") << QByteArray("string") << QByteArray("\"a\\\"b\\u00e9\"")
                                         << QByteArray("ok a\"b\xc3\xa9");
        QTest::addRow("string, null") << QByteArray("string") << QByteArray("null") << QByteArray("null");
        QTest::addRow("string, number") << QByteArray("string") << QByteArray("5") << QByteArray("error");
        QTest::addRow("timestamp") << QByteArray("timestampMs") << QByteArray("\"2025-10-01T10:00:00.000Z\"")
                                   << QByteArray("ok 1759312800000");
        QTest::addRow("timestamp, ClickHouse")
            << QByteArray("timestampMs") << QByteArray("\"2025-10-01 10:00:00.000\"") << QByteArray("ok 1759312800000");
        QTest::addRow("timestamp, null") << QByteArray("timestampMs") << QByteArray("null") << QByteArray("null");
        QTest::addRow("timestamp, a word")
            << QByteArray("timestampMs") << QByteArray("\"yesterday\"") << QByteArray("error (not a timestamp)");
        QTest::addRow("timestamp, a number") << QByteArray("timestampMs") << QByteArray("5") << QByteArray("error");
    }
    void reads()
    {
        QFETCH(QByteArray, read);
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        QCOMPARE(readAs(read, json), expected);
    }

    void properties_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("present") << QByteArray("environment") << QByteArray("production");
        QTest::addRow("escaped") << QByteArray("team") << QByteArray("R\"D");
        QTest::addRow("null") << QByteArray("feature") << QByteArray("(none)");
        QTest::addRow("absent") << QByteArray("region") << QByteArray("(none)");
    }
    void properties()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, expected);
        const simdjson::padded_string text(
            std::string("{\"v\":{\"environment\":\"production\",\"feature\":null,\"team\":\"R\\\"D\"}}"));
        simdjson::ondemand::parser parser;
        auto doc = parser.iterate(text);
        simdjson::ondemand::value object;
        QCOMPARE(doc.get_object()["v"].get(object), simdjson::SUCCESS);
        bool error = false;
        const auto got = JsonFields::property(object, std::string_view(key.constData(), size_t(key.size())), error);
        QVERIFY(!error);
        QCOMPARE(got ? QByteArray(got->data(), qsizetype(got->size())) : QByteArray("(none)"), expected);
    }

    void fieldErrorNamesTheField()
    {
        QCOMPARE(JsonFields::fieldError("cost", "wrong type or not a number"),
            std::string("cost: wrong type or not a number"));
    }
};

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
