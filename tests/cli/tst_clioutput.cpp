// SPDX-License-Identifier: MIT
// Where the command line's output goes when it is not a plain new file: a FIFO, a device that is full, standard
// output that is full, and one of its own input files.
#include "clirun.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

using CliRun::cli;
using CliRun::Run;

bool isCharDevice(const char* path)
{
    struct stat s;
    return ::stat(path, &s) == 0 && S_ISCHR(s.st_mode);
}

const QByteArray kDump = "{\"request_id\":\"r1\",\"request_user_id\":\"ann\",\"prompt_tokens\":10,"
                         "\"completion_tokens\":5,\"cost\":0.5,\"request_created_at\":\"2025-10-01T10:00:00Z\"}\n";
const QByteArray kCsv = "user_id,count,prompt_tokens,completion_tokens,cost\nann,1,10,5,0.5\n";

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dump;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dump = m_dir.filePath(QStringLiteral("dump.jsonl"));
        QFile f(m_dump);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(kDump) == kDump.size());
    }

    void fifoIsWrittenThrough()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("out.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QByteArray received;
        std::thread reader([&] {
            QFile f(fifo); // blocks until the writer opens it
            if (f.open(QIODevice::ReadOnly))
                received = f.readAll();
        });
        const Run r = cli({ QStringLiteral("aggregate"), QStringLiteral("-o"), fifo, m_dump });
        // a writer that never came would leave the reader waiting: open it once so that it sees the end
        const int unblock = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (unblock >= 0)
            ::close(unblock);
        reader.join();
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(received, kCsv);
        struct stat s;
        QVERIFY(::stat(QFile::encodeName(fifo).constData(), &s) == 0 && S_ISFIFO(s.st_mode)); // not replaced
    }

    void fullDeviceReportsTheSystemsReason()
    {
        if (!isCharDevice("/dev/full"))
            QSKIP("no /dev/full here");
        const Run r = cli({ QStringLiteral("aggregate"), QStringLiteral("-o"), QStringLiteral("/dev/full"), m_dump });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, QByteArray("usage-explorer-cli: cannot write /dev/full: No space left on device\n"));
        QVERIFY(isCharDevice("/dev/full")); // written through, not renamed over
    }

    void fullStandardOutputFails()
    {
        if (!isCharDevice("/dev/full"))
            QSKIP("no /dev/full here");
        const Run r = cli({ QStringLiteral("aggregate"), m_dump }, QStringLiteral("/dev/full"));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("usage-explorer-cli: cannot write to standard output: No space left on device\n"));
    }

    void outputOntoAnInputIsRefused_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<bool>("usersFile");
        QTest::addRow("same path") << QString(m_dump) << false;
        QTest::addRow("another spelling") << m_dir.path() + QStringLiteral("/./dump.jsonl") << false;
        QTest::addRow("symbolic link") << m_dir.filePath(QStringLiteral("link.jsonl")) << false;
        QTest::addRow("the users file") << m_dir.filePath(QStringLiteral("users.txt")) << true;
    }
    void outputOntoAnInputIsRefused()
    {
        QFETCH(QString, output);
        QFETCH(bool, usersFile);
        QFile::link(m_dump, m_dir.filePath(QStringLiteral("link.jsonl")));
        const QString users = m_dir.filePath(QStringLiteral("users.txt"));
        QFile u(users);
        QVERIFY(u.open(QIODevice::WriteOnly) && u.write("ann\n") == 4);
        u.close();
        QStringList args { QStringLiteral("aggregate"), QStringLiteral("-o"), output };
        if (usersFile)
            args << QStringLiteral("--users-file") << users;
        const Run r = cli(args << m_dump);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        const QString named = usersFile ? users : m_dump;
        QCOMPARE(r.err,
            QStringLiteral("usage-explorer-cli: -o: %1 is an input file; choose another output\n").arg(named).toUtf8());
        QFile f(m_dump);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), kDump); // untouched
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
