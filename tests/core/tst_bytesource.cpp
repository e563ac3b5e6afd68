// SPDX-License-Identifier: MIT
// ByteSource: plain files, gzip with several members (and zero padding), zstd with several frames, all read in
// small and large pieces; truncated and corrupt streams and failing devices end with -1 and a reason.
#include "compress.h"
#include "core/bytesource.h"

#include <QBuffer>
#include <QTest>

using namespace Usage;
using TestCompress::gzip;
using TestCompress::zstd;

namespace {

/** Text that hardly compresses: more than one 256 KiB block of compressed input. */
QByteArray noise(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (char& c : out) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char('a' + x % 26);
    }
    return out;
}

struct Drained
{
    QByteArray data;
    qint64 last = 0; // the last read()'s result: 0 at a clean end, -1 after an error
};

Drained drain(ByteSource& source, qint64 piece)
{
    Drained d;
    QByteArray buffer(piece, Qt::Uninitialized);
    for (;;) {
        d.last = source.read(buffer.data(), piece);
        if (d.last <= 0)
            return d;
        d.data.append(buffer.constData(), d.last);
    }
}

/** A device that serves some bytes, then fails. */
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(QByteArray prefix)
        : m_prefix(std::move(prefix))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        if (m_prefix.isEmpty()) {
            setErrorString(QStringLiteral("the disk is on fire"));
            return -1;
        }
        const qint64 n = std::min<qint64>(max, m_prefix.size());
        memcpy(data, m_prefix.constData(), size_t(n));
        m_prefix.remove(0, n);
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_prefix;
};

} // namespace

class TestByteSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("compression");
        const QByteArray a = "{\"request_user_id\":\"ann\"}\n";
        const QByteArray b = "{\"request_user_id\":\"bob\"}\n";
        const QByteArray big = noise(700'000);
        QTest::addRow("plain") << a + b << a + b << QString();
        QTest::addRow("plain, empty") << QByteArray() << QByteArray() << QString();
        QTest::addRow("gzip") << gzip(a) << a << QStringLiteral("gzip");
        QTest::addRow("gzip, two members") << gzip(a) + gzip(b) << a + b << QStringLiteral("gzip");
        QTest::addRow("gzip, zero padding between and after members")
            << gzip(a) + QByteArray(7, '\0') + gzip(b) + QByteArray(512, '\0') << a + b << QStringLiteral("gzip");
        QTest::addRow("gzip, empty member") << gzip(a) + gzip({}) + gzip(b) << a + b << QStringLiteral("gzip");
        QTest::addRow("gzip, members across input blocks")
            << gzip(big) + gzip(a) + gzip(big) << big + a + big << QStringLiteral("gzip");
        QTest::addRow("zstd") << zstd(a) << a << QStringLiteral("zstd");
        QTest::addRow("zstd, two frames") << zstd(a) + zstd(b) << a + b << QStringLiteral("zstd");
        QTest::addRow("zstd, frames across input blocks")
            << zstd(big) + zstd(a) + zstd(big) << big + a + big << QStringLiteral("zstd");
    }
    void decodes()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, compression);
        for (const qint64 piece : { qint64(7), qint64(1) << 20 }) {
            QBuffer device(&file);
            QVERIFY(device.open(QIODevice::ReadOnly));
            const auto source = openByteSource(&device);
            QCOMPARE(source->compression(), compression);
            const Drained d = drain(*source, piece);
            QCOMPARE(d.last, 0);
            QCOMPARE(d.data.size(), content.size());
            QVERIFY(d.data == content);
            QCOMPARE(source->filePosition(), file.size());
        }
    }

    void reportsBrokenStreams_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("before"); // decoded before the damage, perhaps followed by part of the rest
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        const QByteArray a = "{\"request_user_id\":\"ann\"}\n";
        const QByteArray gz = gzip(a);
        QByteArray badCrc = gz;
        badCrc[badCrc.size() - 8] = char(badCrc[badCrc.size() - 8] ^ 0xff);
        const QByteArray zs = zstd(a);
        QTest::addRow("gzip, truncated member")
            << gz.left(gz.size() - 4) << a << a << QStringLiteral("the gzip stream is truncated");
        QTest::addRow("gzip, second member truncated")
            << gz + gz.left(20) << a << a + a << QStringLiteral("the gzip stream is truncated");
        QTest::addRow("gzip, wrong checksum")
            << badCrc << a << a << QStringLiteral("the gzip data is corrupt: incorrect data check");
        QTest::addRow("gzip, garbage after a member")
            << gz + "garbage!" << a << a << QStringLiteral("the gzip data is corrupt: incorrect header check");
        QTest::addRow("zstd, truncated frame")
            << zs.left(zs.size() - 3) << QByteArray() << a << QStringLiteral("the zstd stream is truncated");
        QTest::addRow("zstd, garbage after a frame")
            << zs + "garbage!" << a << a << QStringLiteral("the zstd data is corrupt: Unknown frame descriptor");
    }
    void reportsBrokenStreams()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QBuffer device(&file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const auto source = openByteSource(&device);
        const Drained d = drain(*source, 4096);
        QCOMPARE(d.last, -1);
        // what was decoded before the damage is still handed out, and nothing that is not in the stream
        QVERIFY(d.data.startsWith(before));
        QVERIFY(content.startsWith(d.data));
        QCOMPARE(source->errorString(), error);
        QCOMPARE(source->read(nullptr, 0), -1); // and the source stays failed
    }

    void reportsDeviceErrors_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("before");
        QTest::addRow("plain") << QByteArray("{\"a\":1}\n") << QByteArray("{\"a\":1}\n");
        QTest::addRow("gzip") << gzip("{\"a\":1}\n") << QByteArray("{\"a\":1}\n");
        QTest::addRow("zstd") << zstd("{\"a\":1}\n") << QByteArray("{\"a\":1}\n");
    }
    void reportsDeviceErrors()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, before);
        FailingDevice device(prefix);
        const auto source = openByteSource(&device);
        const Drained d = drain(*source, 4096);
        QCOMPARE(d.last, -1);
        QCOMPARE(source->errorString(), QStringLiteral("the disk is on fire"));
        QCOMPARE(d.data, before); // a complete stream before the failure is handed out whole
    }
};

QTEST_GUILESS_MAIN(TestByteSource)
#include "tst_bytesource.moc"
