// SPDX-License-Identifier: MIT
// The window's ClickHouse source against a real engine started here (clickhouse-server 18.16, else chDB): the table
// must show the same totals as the log-files source on a dump of the same rows, and "Test connection" must report
// the server's version and the rows in the range. Skipped, saying why, when neither engine is installed.
#include "models/totalsmodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "net/keystore.h"
#include "sources/requestssource.h"
#include "testclickhouse.h"
#include "testrecords.h"
#include "ui/clickhousepanel.h"
#include "ui/mainwindow.h"
#include "ui/requestbodypanel.h"
#include "ui/requestsview.h"
#include "ui/sourcepanel.h"

#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const char* const kPassword = "w1n'dow\\pass";

/** Every cell of the totals row, as the window shows it. */
QStringList totalsRow(const MainWindow& window)
{
    QStringList out;
    const TotalsModel* totals = window.totalsModel();
    for (int c = 0; c < totals->columnCount(); ++c)
        out << totals->index(0, c).data().toString();
    return out;
}

} // namespace

class TestClickHouseWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestClickHouse> m_engine;
    QString m_skip;
    QTemporaryDir m_dir;
    QString m_dump; // the rows of organization A, as aggregate reads them
    qint64 m_rowsA = 0;

    void connectWindow(MainWindow& window)
    {
        ClickHousePanel* panel = window.sourcePanel()->clickHousePanel();
        panel->setPasswordStore(new Usage::Net::MemoryKeyStore); // never the test machine's keychain
        Usage::ClickHouse::Settings s;
        s.url = m_engine->url();
        s.organizationId = TestRecords::organizationA();
        panel->setSettings(s);
        panel->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QString::fromUtf8(kPassword));
        window.sourcePanel()->setKind(Usage::SourceKind::ClickHouse);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString message;
        for (auto kind : { TestClickHouse::Kind::Server1816, TestClickHouse::Kind::Chdb }) {
            auto engine = std::make_unique<TestClickHouse>(kind, QString::fromUtf8(kPassword));
            const TestClickHouse::Started started = engine->start(&message);
            if (started == TestClickHouse::Started::Missing) {
                m_skip += engine->name() + QStringLiteral(": ") + message + QLatin1Char(' ');
                continue;
            }
            QVERIFY2(started == TestClickHouse::Started::Yes, qPrintable(message));
            const bool legacy = kind == TestClickHouse::Kind::Server1816;
            QVERIFY2(engine->exec(TestRecords::createTable(legacy), nullptr, &message), qPrintable(message));
            const QList<TestRow> rows = TestRecords::synthetic();
            const QByteArray all = TestRecords::jsonEachRow(rows, legacy);
            QVERIFY2(
                engine->exec("INSERT INTO default.request_response_rmt FORMAT JSONEachRow\n" + all, nullptr, &message),
                qPrintable(message));
            QList<QByteArray> linesA;
            for (const QByteArray& line : all.split('\n')) {
                if (line.contains(TestRecords::organizationA().toLatin1()))
                    linesA.append(line);
            }
            m_rowsA = linesA.size();
            m_dump = m_dir.filePath(QStringLiteral("a.jsonl"));
            QFile file(m_dump);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(linesA.join('\n') + '\n');
            m_engine = std::move(engine);
            m_skip.clear();
            return;
        }
        qWarning("SKIPPED: %s", qPrintable(m_skip));
    }

    void tableShowsTheSameTotalsAsLogFiles()
    {
        if (!m_engine)
            QSKIP(qPrintable(m_skip));
        MainWindow window;
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.openFiles({ m_dump });
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
        const QStringList fromFiles = totalsRow(window);
        const int rows = window.tableModel()->rowCount();
        QVERIFY(rows > 1);
        QCOMPARE(window.totalsModel()->index(0, UsageColumn::Requests).data().toString(), QLocale().toString(m_rowsA));

        connectWindow(window);
        QVERIFY(window.runQuery());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 60000);
        QCOMPARE(window.tableModel()->rowCount(), rows);
        QCOMPARE(totalsRow(window), fromFiles);
    }

    void requestsOfARowMatchItOnBothSources()
    {
        if (!m_engine)
            QSKIP(qPrintable(m_skip));
        MainWindow window;
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.openFiles({ m_dump });
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
        const Usage::GroupUsage group = window.tableModel()->groupAt(0);
        QVERIFY(group.totals.requests <= RequestsSource::kDefaultLimit);
        RequestsView* fromFiles = window.showRequests(window.tableModel()->visibleRows().at(0));
        QVERIFY(fromFiles);
        QTRY_COMPARE_WITH_TIMEOUT(fromFiles->shownTotals().requests, group.totals.requests, 60000);
        QCOMPARE(fromFiles->shownTotals().costNanos, group.totals.costNanos);
        QCOMPARE(fromFiles->shownTotals().totalTokens(), group.totals.totalTokens());

        connectWindow(window);
        QVERIFY(window.runQuery());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 60000);
        QCOMPARE(window.tableModel()->groupAt(0).id, group.id);
        RequestsView* fromServer = window.showRequests(window.tableModel()->visibleRows().at(0));
        QVERIFY(fromServer);
        QSignalSpy listed(fromServer, &RequestsView::listingEnded);
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 60000);
        QCOMPARE(fromServer->shownTotals().requests, group.totals.requests);
        QCOMPARE(fromServer->shownTotals().costNanos, group.totals.costNanos);
        QCOMPARE(fromServer->shownTotals().totalTokens(), group.totals.totalTokens());
        QCOMPARE(fromServer->totalsText(), fromFiles->totalsText());
        QCOMPARE(fromServer->bodyPanel()->note(),
            QStringLiteral("This source lists requests without their bodies: open the log dump to see them."));
    }

    void testConnectionReportsVersionAndRows()
    {
        if (!m_engine)
            QSKIP(qPrintable(m_skip));
        QByteArray version;
        QString error;
        QVERIFY2(m_engine->exec("SELECT version()", &version, &error), qPrintable(error));
        MainWindow window;
        connectWindow(window);
        ClickHousePanel* panel = window.sourcePanel()->clickHousePanel();
        QSignalSpy tested(panel, &ClickHousePanel::testFinished);
        panel->testConnection();
        QVERIFY(panel->isTesting());
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 60000);
        const QString text = tested.at(0).at(1).toString();
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(text));
        QVERIFY2(text.contains(QString::fromUtf8(version.trimmed())), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(m_rowsA)), qPrintable(text));
        QVERIFY(!text.contains(QString::fromUtf8(kPassword)));
        QCOMPARE(panel->testResult(), text);
    }

    void testConnectionNamesAWrongPassword()
    {
        if (!m_engine)
            QSKIP(qPrintable(m_skip));
        MainWindow window;
        connectWindow(window);
        ClickHousePanel* panel = window.sourcePanel()->clickHousePanel();
        panel->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("wrong"));
        QSignalSpy tested(panel, &ClickHousePanel::testFinished);
        panel->testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 60000);
        QVERIFY(!tested.at(0).at(0).toBool());
        QVERIFY2(tested.at(0).at(1).toString().contains(QStringLiteral("authentication failed")),
            qPrintable(tested.at(0).at(1).toString()));
    }
};

QTEST_MAIN(TestClickHouseWindow)
#include "tst_clickhousewindow.moc"
