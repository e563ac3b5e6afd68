// SPDX-License-Identifier: MIT
// A file that changes size while it is read: one that shrinks ends the reading with an error naming both sizes
// (the figures read before are kept, the result is partial) and never kills the process; one that grows is read
// to the size it had when opened. Both for mapped files and for files read with read(), inline and with workers.
#include "core/logaggregation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Usage;

namespace {

constexpr int kRecords = 2000;
constexpr size_t kBlock = 4096;

/** Record i as one JSON line; every line has the same length. */
QByteArray record(int i)
{
    return QByteArrayLiteral("{\"request_user_id\":\"user-") + QByteArray::number(i % 7)
        + QByteArrayLiteral("\",\"prompt_tokens\":") + QByteArray::number(1000 + i % 9000)
        + QByteArrayLiteral(",\"completion_tokens\":5,\"cost\":\"0.001\",\"request_created_at\":"
                            "\"2025-03-01T10:00:00.000Z\",\"model\":\"gpt-4o\"}\n");
}

QByteArray records(int from, int count)
{
    QByteArray out;
    for (int i = from; i < from + count; ++i)
        out += record(i);
    return out;
}

QString writeFile(const QTemporaryDir& dir, const QByteArray& content)
{
    const QString path = dir.filePath(QStringLiteral("requests.jsonl"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

AggregateOptions optionsFor(bool mapped, int threads)
{
    AggregateOptions options;
    options.threads = threads;
    options.blockSize = kBlock;
    options.mapThreshold = mapped ? 0 : SIZE_MAX;
    return options;
}

} // namespace

class TestShrinkingFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(record(0).size(), record(kRecords - 1).size()); }

    void shrinks_data()
    {
        QTest::addColumn<bool>("mapped");
        QTest::addColumn<int>("threads");
        QTest::addRow("mapped, inline") << true << 1;
        QTest::addRow("mapped, 2 workers") << true << 2;
        QTest::addRow("read, inline") << false << 1;
        QTest::addRow("read, 2 workers") << false << 2;
    }
    // Cut back to the start of the block just read, in the middle of the file: the chunks handed to the workers
    // lie before the cut, the block just read after it.
    void shrinks()
    {
        QFETCH(bool, mapped);
        QFETCH(int, threads);
        QTemporaryDir dir;
        const qint64 length = record(0).size();
        const QString path = writeFile(dir, records(0, kRecords));
        const qint64 size = length * kRecords;
        AggregateOptions options = optionsFor(mapped, threads);
        qint64 readTo = -1;
        qint64 cut = -1;
        options.progress = [&](std::int64_t done, std::int64_t) {
            if (cut < 0 && done >= size / 2) {
                readTo = done;
                cut = done - qint64(kBlock);
                QVERIFY(QFile::resize(path, cut));
            }
        };
        const AggregateOutcome outcome = aggregateFiles({ path }, UsageQuery {}, options);

        QVERIFY(cut > 0);
        QCOMPARE(outcome.result.errors.size(), 1);
        QCOMPARE(outcome.result.errors.front().file, path);
        QCOMPARE(outcome.result.errors.front().line, 0);
        QCOMPARE(outcome.result.errors.front().reason,
            QStringLiteral("shrank from %1 to %2 bytes while being read").arg(size).arg(cut));
        QVERIFY(outcome.result.partial);
        QVERIFY(outcome.failed());
        QVERIFY(!outcome.cancelled);
        qint64 requests = 0;
        for (const GroupUsage& row : outcome.result.rows)
            requests += row.totals.requests;
        QCOMPARE(requests, outcome.result.recordsRead);
        if (mapped) {
            // the records before the cut, and nothing after it
            QCOMPARE(outcome.result.recordsRead, cut / length);
            QCOMPARE(outcome.result.skippedRecords, 0);
        } else {
            // the records already read, and those QFile had read ahead before the cut
            QVERIFY(outcome.result.recordsRead >= readTo / length);
            QVERIFY(outcome.result.recordsRead < kRecords);
        }
    }

    void shrinksToNothing_data() { shrinks_data(); }
    // Emptied after the first block: nothing more is touched.
    void shrinksToNothing()
    {
        QFETCH(bool, mapped);
        QFETCH(int, threads);
        QTemporaryDir dir;
        const QString path = writeFile(dir, records(0, kRecords));
        const qint64 size = record(0).size() * kRecords;
        AggregateOptions options = optionsFor(mapped, threads);
        bool emptied = false;
        options.progress = [&](std::int64_t, std::int64_t) {
            if (!emptied) {
                emptied = true;
                QVERIFY(QFile::resize(path, 0));
            }
        };
        const AggregateOutcome outcome = aggregateFiles({ path }, UsageQuery {}, options);

        QCOMPARE(outcome.result.errors.size(), 1);
        QCOMPARE(outcome.result.errors.front().reason,
            QStringLiteral("shrank from %1 to 0 bytes while being read").arg(size));
        QVERIFY(outcome.result.partial);
    }

    void grows_data() { shrinks_data(); }
    // Records appended while the file is read are not read: the file ends where it ended when opened.
    void grows()
    {
        QFETCH(bool, mapped);
        QFETCH(int, threads);
        QTemporaryDir dir;
        const QString path = writeFile(dir, records(0, kRecords));
        AggregateOptions options = optionsFor(mapped, threads);
        bool grown = false;
        options.progress = [&](std::int64_t, std::int64_t) {
            if (!grown) {
                grown = true;
                QFile f(path);
                QVERIFY(f.open(QIODevice::Append));
                QVERIFY(f.write(records(kRecords, 500)) > 0);
            }
        };
        const AggregateOutcome outcome = aggregateFiles({ path }, UsageQuery {}, options);

        QVERIFY(grown);
        QVERIFY2(outcome.result.errors.isEmpty(), qPrintable(outcome.result.errors.value(0).reason));
        QVERIFY(!outcome.result.partial);
        QCOMPARE(outcome.result.recordsRead, qint64(kRecords));
        QCOMPARE(outcome.result.skippedRecords, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestShrinkingFile)
#include "tst_shrinkingfile.moc"
