// SPDX-License-Identifier: MIT
// Csv: one RFC 4180 record at a time (quoting, doubled quotes, embedded line breaks, CRLF, empty fields), malformed
// records skipped to the next line with the reason, the last record boundary of a block, and undoubling.
#include "core/csvparse.h"

#include <QTest>

using namespace Usage;

namespace {

using Fields = QList<QByteArray>;

Fields toList(const std::vector<std::string_view>& fields)
{
    Fields out;
    for (const std::string_view f : fields)
        out << QByteArray(f.data(), qsizetype(f.size()));
    return out;
}

} // namespace

class TestCsvParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRecords_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Fields>("fields");
        QTest::addColumn<int>("consumed");
        QTest::addRow("plain") << QByteArray("a,b,c\nnext") << Fields { "a", "b", "c" } << 6;
        QTest::addRow("CRLF") << QByteArray("a,b\r\nnext") << Fields { "a", "b" } << 5;
        QTest::addRow("quoted, CRLF") << QByteArray("a,\"b\"\r\nnext") << Fields { "a", "b" } << 7;
        QTest::addRow("no line break at the end") << QByteArray("a,b") << Fields { "a", "b" } << 3;
        QTest::addRow("empty fields") << QByteArray(",,\n") << Fields { "", "", "" } << 3;
        QTest::addRow("empty quoted field") << QByteArray("\"\",x\n") << Fields { "", "x" } << 5;
        QTest::addRow("empty line") << QByteArray("\nnext") << Fields { "" } << 1;
        QTest::addRow("comma in quotes") << QByteArray("\"a,b\",c\n") << Fields { "a,b", "c" } << 8;
        QTest::addRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << Fields { "say \"hi\"", "x" } << 15;
        QTest::addRow("only a doubled quote") << QByteArray("\"\"\"\"\n") << Fields { "\"" } << 5;
        QTest::addRow("line breaks in quotes")
            << QByteArray("\"one\ntwo\r\nthree\",x\nnext") << Fields { "one\ntwo\r\nthree", "x" } << 19;
        QTest::addRow("CR inside an unquoted field") << QByteArray("a\rb,c\n") << Fields { "a\rb", "c" } << 6;
        QTest::addRow("long quoted field, quotes past 16 bytes")
            << QByteArray("\"0123456789abcdefghij\"\"0123456789abcdefghij\"\n")
            << Fields { "0123456789abcdefghij\"0123456789abcdefghij" } << 45;
        QTest::addRow("UTF-8") << QByteArray("Zo\xc3\xab,\"M\xc3\xbcller\"\n")
                               << Fields { "Zo\xc3\xab", "M\xc3\xbcller" } << 15;
    }
    void parsesRecords()
    {
        QFETCH(QByteArray, text);
        QFETCH(Fields, fields);
        QFETCH(int, consumed);
        const char* p = text.constData();
        std::vector<std::string_view> got;
        std::string scratch, error;
        QVERIFY(Csv::parseRecord(p, text.constData() + text.size(), got, scratch, &error));
        QCOMPARE(toList(got), fields);
        QCOMPARE(int(p - text.constData()), consumed);
        QCOMPARE(error, std::string());
    }

    void skipsMalformedRecords_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("error");
        QTest::addColumn<int>("consumed");
        QTest::addRow("quote inside an unquoted field")
            << QByteArray("ab\"c,d\nnext") << QByteArray("quote inside an unquoted field") << 7;
        QTest::addRow("text after a closing quote")
            << QByteArray("\"ab\"c,d\nnext") << QByteArray("unexpected text after a closing quote") << 8;
        QTest::addRow("unterminated quote, skipped from the record's start")
            << QByteArray("x,\"open\nnext") << QByteArray("unterminated quoted field") << 8;
        QTest::addRow("unterminated quote on the last line")
            << QByteArray("\"open") << QByteArray("unterminated quoted field") << 5;
    }
    void skipsMalformedRecords()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, error);
        QFETCH(int, consumed);
        const char* p = text.constData();
        std::vector<std::string_view> fields;
        std::string scratch, reason;
        QVERIFY(!Csv::parseRecord(p, text.constData() + text.size(), fields, scratch, &reason));
        QCOMPARE(QByteArray::fromStdString(reason), error);
        QCOMPARE(int(p - text.constData()), consumed);
    }

    void readsRecordAfterRecord()
    {
        const QByteArray text = "h1,h2\r\n\"a\"\"\",\"b\nc\"\r\nbad\"x\r\n,last";
        const char* p = text.constData();
        const char* end = p + text.size();
        std::vector<std::string_view> fields;
        std::string scratch;
        QVERIFY(Csv::parseRecord(p, end, fields, scratch));
        QCOMPARE(toList(fields), Fields({ "h1", "h2" }));
        QVERIFY(Csv::parseRecord(p, end, fields, scratch));
        QCOMPARE(toList(fields), Fields({ "a\"", "b\nc" }));
        QVERIFY(!Csv::parseRecord(p, end, fields, scratch)); // no error string asked for
        QVERIFY(Csv::parseRecord(p, end, fields, scratch));
        QCOMPARE(toList(fields), Fields({ "", "last" }));
        QCOMPARE(p, end);
    }

    void unwantedFieldsKeepTheirDoubledQuotes()
    {
        const QByteArray text = "\"a\"\"b\",\"c\"\"d\",\"\"\"\"\n";
        const char* p = text.constData();
        std::vector<std::string_view> fields;
        std::string scratch;
        QVERIFY(Csv::parseRecord(p, text.constData() + text.size(), fields, scratch, nullptr, 0b010));
        QCOMPARE(toList(fields), Fields({ "a\"\"b", "c\"d", "\"\"" }));
    }

    void lastRecordBoundary_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("boundary");
        QTest::addRow("no line break") << QByteArray("a,b,c") << 0;
        QTest::addRow("empty") << QByteArray() << 0;
        QTest::addRow("complete lines") << QByteArray("a\nb\n") << 4;
        QTest::addRow("a partial line after") << QByteArray("a\nb\nc,d") << 4;
        QTest::addRow("line break inside quotes") << QByteArray("a\n\"b\nc") << 2;
        QTest::addRow("doubled quotes do not open") << QByteArray("\"a\"\"b\"\nc\"\"\n") << 11;
        // past 16 bytes, where the blocks' quote state carries over
        QTest::addRow("quotes open across blocks")
            << QByteArray("x\n\"0123456789abcdefghij\nklmnopqrstuvwxyz\n0123") << 2;
        QTest::addRow("quotes closed across blocks")
            << QByteArray("\"0123456789abcdefghij\nklmnop\"\nqrstuvwxyz0123456789\nab") << 51;
        QTest::addRow("many lines") << QByteArray("a,b\n").repeated(100) + "x" << 400;
    }
    void lastRecordBoundary()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, boundary);
        QCOMPARE(int(Csv::lastRecordBoundary(std::string_view(data.constData(), size_t(data.size())))), boundary);
    }

    void undoubleQuotes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("undoubled");
        QTest::addRow("none") << QByteArray("plain") << QByteArray("plain");
        QTest::addRow("JSON cell") << QByteArray("{\"\"a\"\":\"\"b\"\"}") << QByteArray("{\"a\":\"b\"}");
        QTest::addRow("a lone quote stays") << QByteArray("a\"b") << QByteArray("a\"b");
        QTest::addRow("three quotes") << QByteArray("\"\"\"") << QByteArray("\"\"");
        QTest::addRow("empty") << QByteArray() << QByteArray();
    }
    void undoubleQuotes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, undoubled);
        QCOMPARE(QByteArray::fromStdString(Csv::undoubleQuotes(text.toStdString())), undoubled);
    }
};

QTEST_GUILESS_MAIN(TestCsvParse)
#include "tst_csvparse.moc"
