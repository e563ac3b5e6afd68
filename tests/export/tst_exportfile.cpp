// SPDX-License-Identifier: MIT
// Writing an export: an existing file is replaced only by a complete one, and a failed write leaves it as it was.
#include "core/export/exportfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Usage::Export;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestExportFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveFileReplacesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY(saveFile(path, "old\n", &error));
        QVERIFY(saveFile(path, "new\n", &error));
        QCOMPARE(readAll(path), QByteArray("new\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("out.csv") });

        // a directory in the way, and a path under a regular file: errors name the path and the reason
        QVERIFY(!saveFile(dir.path(), "x", &error));
        QCOMPARE(error, QStringLiteral("cannot write %1: is a directory").arg(dir.path()));
        const QString underFile = path + QStringLiteral("/x.csv");
        QVERIFY(!saveFile(underFile, "x", &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(underFile)), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("new\n"));
    }

    void failedExportLeavesTheOldFile()
    {
        // a read-only folder holding last month's report; the CLI must not touch it and must say why
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::ExeOther));
        const QString dump = QStringLiteral(UE_SOURCE_DIR "/resources/sample/helicone-sample.jsonl");
        const QString report = dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(QFile::setPermissions(
            dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        {
            QFile old(report);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("user_id,cost\r\nlast month,1\r\n");
        }
        QVERIFY(
            QFile::setPermissions(report, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther));
        QVERIFY(
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        QStringList program { QStringLiteral(UE_CLI_PATH) };
        if (::geteuid() == 0) {
            // root writes anywhere: drop to nobody for this run, as an analyst's account would be
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QSKIP("running as root and setpriv is missing: cannot test a permission failure");
            program = QStringList { QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), QStringLiteral(UE_CLI_PATH) };
        }
        QProcess cli;
        cli.start(program.first(),
            program.mid(1) + QStringList { QStringLiteral("aggregate"), QStringLiteral("-o"), report, dump });
        QVERIFY(cli.waitForFinished(60'000));
        const QByteArray err = cli.readAllStandardError();
        if (err.contains("cannot read") || (err.contains("Permission denied") && !err.contains("cannot write")))
            QSKIP("the test data is not readable by the unprivileged user");
        QCOMPARE(cli.exitCode(), 1);
        QCOMPARE(cli.readAllStandardOutput(), QByteArray());
        QCOMPARE(err, "usage-explorer-cli: cannot write " + report.toUtf8() + ": Permission denied\n");
        QCOMPARE(readAll(report), QByteArray("user_id,cost\r\nlast month,1\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("report.csv") });
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestExportFile)
#include "tst_exportfile.moc"
