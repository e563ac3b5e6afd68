// SPDX-License-Identifier: MIT
// detectFormat(): every format from its first bytes (the fixtures in tests/data, also gzip- and zstd-compressed),
// whatever the file is called; look-alikes, empty and garbage heads are refused with the reason.
#include "compress.h"
#include "core/bytesource.h"
#include "core/formatdetect.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Usage;
using TestCompress::gzip;
using TestCompress::zstd;

namespace {

QByteArray fixture(const QString& name)
{
    QFile f(QStringLiteral(UE_TEST_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

/** The reader's format name, or "error: " and the reason. */
QString detect(const QByteArray& head)
{
    QString error;
    const auto reader = detectFormat(std::string_view(head.constData(), size_t(head.size())), {}, &error);
    return reader ? reader->formatName() : QStringLiteral("error: ") + error;
}

/** The first bytes as the aggregation sees them: decompressed by the byte source the magic bytes choose. */
QByteArray head(QByteArray file)
{
    QBuffer device(&file);
    device.open(QIODevice::ReadOnly);
    const auto source = openByteSource(&device);
    QByteArray out(1 << 16, Qt::Uninitialized);
    const qint64 n = source->read(out.data(), out.size());
    out.resize(std::max<qint64>(n, 0));
    return out;
}

} // namespace

class TestFormatDetect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knowsSevenFormats()
    {
        QCOMPARE(knownFormats(),
            QStringList({ QStringLiteral("helicone-jsonl"), QStringLiteral("helicone-json"),
                QStringLiteral("helicone-export-csv"), QStringLiteral("dashboard-jsonl"),
                QStringLiteral("dashboard-csv"), QStringLiteral("clickhouse-jsoneachrow"),
                QStringLiteral("clickhouse-csvwithnames") }));
    }

    void everyFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addRow("Helicone JSON Lines") << QStringLiteral("helicone.jsonl") << QStringLiteral("helicone-jsonl");
        QTest::addRow("Helicone JSON array") << QStringLiteral("helicone.json") << QStringLiteral("helicone-json");
        QTest::addRow("export CSV") << QStringLiteral("helicone-export.csv") << QStringLiteral("helicone-export-csv");
        QTest::addRow("dashboard JSON Lines") << QStringLiteral("dashboard.jsonl") << QStringLiteral("dashboard-jsonl");
        QTest::addRow("dashboard CSV") << QStringLiteral("dashboard.csv") << QStringLiteral("dashboard-csv");
        QTest::addRow("ClickHouse JSONEachRow")
            << QStringLiteral("clickhouse.jsonl") << QStringLiteral("clickhouse-jsoneachrow");
        QTest::addRow("ClickHouse CSVWithNames")
            << QStringLiteral("clickhouse.csv") << QStringLiteral("clickhouse-csvwithnames");
    }
    void everyFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const QByteArray content = fixture(file);
        QCOMPARE(detect(content), format);
        QCOMPARE(detect(head(gzip(content))), format);
        QCOMPARE(detect(head(zstd(content))), format);
        // leading white space does not matter; the first line is enough, but for a JSON array's "["
        QCOMPARE(detect("\n \t\r\n" + content), format);
        if (!content.startsWith('['))
            QCOMPARE(detect(content.left(content.indexOf('\n') + 1)), format);
    }

    void headsThatDecide_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("format");
        const QByteArray record = "{\"request_id\":\"r1\",\"request_created_at\":\"2025-10-01T10:00:00.000Z\","
                                  "\"request_user_id\":\"ann\",\"model\":\"gpt-4o\",\"prompt_tokens\":1,\"cost\":0.1}";
        QTest::addRow("empty JSON array") << QByteArray("[]") << QStringLiteral("helicone-json");
        QTest::addRow("empty JSON array with space") << QByteArray("[ \n ]\n") << QStringLiteral("helicone-json");
        QTest::addRow("malformed first line, then a record") << "{not json\n" + record + '\n'
                                                             << QStringLiteral("helicone-jsonl");
        QTest::addRow("a record cut at the end of the head")
            << record.left(record.size() - 5) << QStringLiteral("helicone-jsonl");
    }
    void headsThatDecide()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, format);
        QCOMPARE(detect(head), format);
    }

    void headsThatAreRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("error");
        const QString empty = QStringLiteral("error: the file is empty");
        const QString unknown = QStringLiteral("error: no recognisable records (not a format Usage Explorer reads)");
        QTest::addRow("empty") << QByteArray() << empty;
        QTest::addRow("white space only") << QByteArray(" \r\n\t\n") << empty;
        QTest::addRow("notes") << QByteArray("just some notes\nnothing else\n") << unknown;
        QTest::addRow("empty object") << QByteArray("{}\n{}\n") << unknown;
        QTest::addRow("objects of another kind") << QByteArray("{\"name\":\"x\",\"value\":1}\n") << unknown;
        QTest::addRow("array of numbers") << QByteArray("[1, 2, 3]") << unknown;
        QTest::addRow("CSV of other columns") << QByteArray("name,value\nx,1\n") << unknown;
        QTest::addRow("binary") << QByteArray("\x00\x01\x02\xff\xfe garbage", 14) << unknown;
        QTest::addRow("compressed, not decompressed") << gzip(fixture(QStringLiteral("helicone.jsonl"))) << unknown;
    }
    void headsThatAreRefused()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, error);
        QCOMPARE(detect(head), error);
    }

    void errorIsOptional() { QVERIFY(!detectFormat("nonsense", {}, nullptr)); }
};

QTEST_GUILESS_MAIN(TestFormatDetect)
#include "tst_formatdetect.moc"
