// SPDX-License-Identifier: MIT
// The command line's bounds: a users file without end fails at once, and --max-record-size is honoured and checked.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(UE_CLI_PATH), args);
    p.waitForFinished(120000);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace

class TestHostileCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEndlessUsersFileFails()
    {
        QTemporaryDir dir;
        QFile log(dir.filePath(QStringLiteral("a.jsonl")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("{\"request_created_at\":\"2025-10-01T10:00:00.000Z\",\"request_user_id\":\"a\",\"cost\":1}\n");
        log.close();
        const Run r = cli({ QStringLiteral("aggregate"), QStringLiteral("--users-file"), QStringLiteral("/dev/zero"),
            log.fileName() });
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.contains("users file /dev/zero is larger than 67108864 bytes"), r.err.constData());
    }

    void maxRecordSizeIsHonoured()
    {
        QTemporaryDir dir;
        QFile log(dir.filePath(QStringLiteral("a.jsonl")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("{\"request_created_at\":\"2025-10-01T10:00:00.000Z\",\"request_user_id\":\""
            + QByteArray(100000, 'x') + "\",\"cost\":1}\n");
        log.close();
        Run r = cli({ QStringLiteral("aggregate"), QStringLiteral("--max-record-size"), QStringLiteral("8192"),
            log.fileName() });
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.contains(":1: record longer than 8192 bytes"), r.err.constData());
        r = cli(
            { QStringLiteral("aggregate"), QStringLiteral("--max-record-size"), QStringLiteral("12"), log.fileName() });
        QCOMPARE(r.code, 2);
        r = cli({ QStringLiteral("aggregate"), log.fileName() });
        QCOMPARE(r.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostilecli.moc"
