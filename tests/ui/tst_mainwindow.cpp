// SPDX-License-Identifier: MIT
#include "charts/chartspanel.h"
#include "models/totalsmodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "models/wallclock.h"
#include "sources/sourcecontroller.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/rangeselector.h"
#include "ui/sourcepanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** A source the test drives by hand. */
class FakeSource : public UsageSource
{
    Q_OBJECT
public:
    using UsageSource::UsageSource;
    QString validate(const SourceRequest&) const override { return {}; }
    void start(const SourceRequest& request) override
    {
        ++starts;
        lastRequest = request;
    }
    void cancel() override
    {
        ++cancels;
        QMetaObject::invokeMethod(this, &UsageSource::cancelled, Qt::QueuedConnection);
    }
    int starts = 0;
    int cancels = 0;
    SourceRequest lastRequest;
};

Usage::UsageResult resultOf(std::initializer_list<std::pair<const char*, qint64>> rows)
{
    Usage::UsageResult r;
    for (const auto& [id, cost] : rows) {
        Usage::GroupUsage g;
        g.id = QString::fromUtf8(id);
        g.totals.requests = 1;
        g.totals.costNanos = cost;
        r.rows.append(g);
    }
    r.sortRows();
    return r;
}

QString settingsPath()
{
    return QSettings().fileName();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }
    void init() { QFile::remove(settingsPath()); }
    void cleanupTestCase() { QFile::remove(settingsPath()); }

    void modelsPassTheTester()
    {
        MainWindow window;
        QAbstractItemModelTester tableTester(window.tableModel());
        QAbstractItemModelTester totalsTester(window.totalsModel());
        auto* fake = new FakeSource;
        window.sourceController()->setSource(Usage::SourceKind::LogFiles, fake);
        window.openFiles({ QStringLiteral("/nonexistent/a.jsonl") });
        Q_EMIT fake->finished(resultOf({ { "a", 5 }, { "b", 7 } }));
        QCOMPARE(window.tableModel()->rowCount(), 2);
    }

    void cancelKeepsThePreviousTable()
    {
        MainWindow window;
        auto* fake = new FakeSource;
        window.sourceController()->setSource(Usage::SourceKind::LogFiles, fake);
        QSignalSpy shown(&window, &MainWindow::resultShown);
        QSignalSpy ended(&window, &MainWindow::runEnded);

        window.openFiles({ QStringLiteral("/data/one.jsonl") });
        QCOMPARE(fake->starts, 1);
        QCOMPARE(fake->lastRequest.files, QStringList { QStringLiteral("/data/one.jsonl") });
        QVERIFY(window.isRunning());
        Q_EMIT fake->finished(resultOf({ { "alice", 3000000000 }, { "bob", 1000000000 } }));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(window.tableModel()->rowCount(), 2);

        QVERIFY(window.runQuery());
        window.cancelQuery();
        QTRY_COMPARE(ended.count(), 2);
        QCOMPARE(fake->cancels, 1);
        QVERIFY(!window.isRunning());
        QCOMPARE(window.tableModel()->rowCount(), 2);
        QCOMPARE(window.tableModel()->index(0, UsageColumn::Id).data().toString(), QStringLiteral("alice"));
        QCOMPARE(window.messageBar()->text(), QStringLiteral("Cancelled. The table still shows the previous results."));

        // a failure keeps it too, and says so in the window (no modal dialog)
        QVERIFY(window.runQuery());
        Q_EMIT fake->failed(QStringLiteral("one.jsonl: cannot open\nsecond line"));
        QCOMPARE(window.tableModel()->rowCount(), 2);
        QCOMPARE(window.messageBar()->level(), MessageBar::Level::Error);
        QCOMPARE(window.messageBar()->text(),
            QStringLiteral("one.jsonl: cannot open. The table still shows the previous results."));
        QCOMPARE(window.messageBar()->details(), QStringLiteral("one.jsonl: cannot open\nsecond line"));
    }

    void endBeforeStartIsRefused()
    {
        MainWindow window;
        auto* fake = new FakeSource;
        window.sourceController()->setSource(Usage::SourceKind::LogFiles, fake);
        window.sourcePanel()->setFiles({ QStringLiteral("/data/one.jsonl") });
        window.rangeSelector()->setPreset(RangePreset::Custom);
        window.rangeSelector()->setWallRange(
            WallClock::wall(QDate(2025, 5, 2), QTime(0, 0)), WallClock::wall(QDate(2025, 5, 1), QTime(0, 0)));
        QVERIFY(!window.runQuery());
        QCOMPARE(fake->starts, 0);
        QCOMPARE(window.messageBar()->text(),
            QStringLiteral("The end of the range (2025-05-01 00:00:00) is before its start (2025-05-02 00:00:00)."));
    }

    void overlappingFilesCountOnceWhenTicked()
    {
        // two downloads of neighbouring ranges that share one request
        QTemporaryDir dir;
        const QByteArray shared =
            "{\"request_id\":\"r2\",\"request_user_id\":\"a\",\"prompt_tokens\":1,"
            "\"completion_tokens\":1,\"cost\":0.25,\"request_created_at\":\"2025-10-02T10:00:00.000Z\"}";
        QStringList files;
        for (const char* name : { "first.jsonl", "second.jsonl" }) {
            files << dir.filePath(QLatin1String(name));
            QFile file(files.last());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("{\"request_id\":\"") + name
                + "\",\"request_user_id\":\"a\",\"prompt_tokens\":1,\"completion_tokens\":1,\"cost\":0.5,"
                  "\"request_created_at\":\"2025-10-01T10:00:00.000Z\"}\n"
                + shared + "\n");
        }
        MainWindow window;
        QSignalSpy ended(&window, &MainWindow::runEnded);
        auto* dedupe = window.findChild<QCheckBox*>(QStringLiteral("dedupeCheck"));
        QVERIFY(dedupe);
        window.openFiles(files);
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(window.totalsModel()->index(0, UsageColumn::Requests).data().toString(), QStringLiteral("4"));
        dedupe->setChecked(true);
        QVERIFY(window.runQuery());
        QTRY_COMPARE(ended.count(), 2);
        QCOMPARE(window.totalsModel()->index(0, UsageColumn::Requests).data().toString(), QStringLiteral("3"));
        QCOMPARE(
            window.tableModel()->index(0, UsageColumn::Cost).data(Qt::ToolTipRole).toString(), QStringLiteral("$1.25"));
    }

    void runsOnRealFilesAndExports()
    {
        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("dump.jsonl"));
        QFile file(dump);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"request_user_id":"a","prompt_tokens":10,"completion_tokens":5,"cost":0.5,"request_created_at":"2025-10-01T10:00:00.000Z","model":"gpt-4o"}
{"request_user_id":"b","prompt_tokens":1,"completion_tokens":2,"cost":0.25,"request_created_at":"2025-10-02T10:00:00.000Z","model":"gpt-4o"}
{"request_user_id":"a","prompt_tokens":20,"completion_tokens":1,"cost":1e-05,"request_created_at":"2025-10-03T10:00:00.000Z","model":"gpt-4o-mini"}
)");
        file.close();
        MainWindow window;
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.openFiles({ dump });
        QTRY_COMPARE(ended.count(), 1);
        UsageTableModel* model = window.tableModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, UsageColumn::Id).data().toString(), QStringLiteral("a"));
        QCOMPARE(model->index(0, UsageColumn::Cost).data(Qt::ToolTipRole).toString(), QStringLiteral("$0.50001"));
        QCOMPARE(window.totalsModel()->index(0, UsageColumn::Requests).data().toString(), QStringLiteral("3"));

        // export follows the view: sorted by requests ascending, b comes first
        model->sort(UsageColumn::Requests, Qt::AscendingOrder);
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(window.exportVisibleRows(csv, ResultExport::Format::Csv));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::ReadOnly));
        // the API's five columns first, then what the table shows for this source; shares of 0.75001 in total
        QCOMPARE(out.readAll(),
            QByteArray("user_id,count,prompt_tokens,completion_tokens,cost,total_tokens,cache_read_tokens,"
                       "cache_write_tokens,reasoning_tokens,requests_without_cost,first_request,last_request,"
                       "cost_share,cost_per_request\n"
                       "b,1,1,2,0.25,3,0,0,0,0,2025-10-02T10:00:00.000+00:00,2025-10-02T10:00:00.000+00:00,"
                       "0.333328889,0.25\n"
                       "a,2,30,6,0.50001,36,0,0,0,0,2025-10-01T10:00:00.000+00:00,2025-10-03T10:00:00.000+00:00,"
                       "0.666671111,0.250005\n"));
        QVERIFY(
            !window.exportVisibleRows(dir.filePath(QStringLiteral("no/such/dir/out.csv")), ResultExport::Format::Csv));
        QCOMPARE(window.messageBar()->level(), MessageBar::Level::Error);
    }

    void copyPutsTheExportCellsOnTheClipboard()
    {
        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("dump.jsonl"));
        QFile file(dump);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"request_user_id":"a","prompt_tokens":10,"completion_tokens":5,"cost":0.5,"request_created_at":"2025-10-01T10:00:00.000Z"}
{"request_user_id":"b","prompt_tokens":1,"completion_tokens":2,"cost":0.25,"request_created_at":"2025-10-02T10:00:00.000Z"}
{"request_user_id":"a","prompt_tokens":20,"completion_tokens":1,"cost":1e-05,"request_created_at":"2025-10-03T10:00:00.000Z"}
{"request_user_id":"c","prompt_tokens":1,"completion_tokens":1,"cost":0.125,"request_created_at":"2025-10-04T10:00:00.000Z"}
)");
        file.close();
        MainWindow window;
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.openFiles({ dump });
        QTRY_COMPARE(ended.count(), 1);
        auto* view = window.findChild<QTableView*>(QStringLiteral("tableView"));
        QVERIFY(view);
        // rows a (first) and c (third by cost); the default order puts Cost and Share behind the frozen user column,
        // and the copy follows the order on screen: Share moved in front of Cost
        view->selectionModel()->clearSelection();
        for (int row : { 0, 2 })
            view->selectionModel()->select(
                window.tableModel()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QHeaderView* header = view->horizontalHeader();
        QCOMPARE(header->visualIndex(UsageColumn::Cost), 1);
        QCOMPARE(header->visualIndex(UsageColumn::CostShare), 2);
        QCOMPARE(header->visualIndex(UsageColumn::Requests), 3);
        header->moveSection(header->visualIndex(UsageColumn::CostShare), 1);
        QApplication::clipboard()->clear();
        QAction* copy = nullptr;
        for (QAction* action : view->actions())
            copy = action->shortcut() == QKeySequence(QKeySequence::Copy) ? action : copy;
        QVERIFY(copy);
        copy->trigger();
        // the core's export cells under the table's titles: exact dollars, the share of the cost of all rows
        // ($0.87501) rounded to 9 decimals and written shortest, times in ISO 8601 with the zone's offset
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(lines,
            QStringList({ QStringLiteral("User\tShare\tCost\tRequests\tPrompt tokens\tCompletion tokens\tTotal tokens\t"
                                         "Cost/request\tWithout cost\tCache read\tCache write\tReasoning\t"
                                         "First request\tLast request"),
                QStringLiteral("a\t0.571433469\t0.50001\t2\t30\t6\t36\t0.250005\t0\t0\t0\t0\t"
                               "2025-10-01T10:00:00.000+00:00\t2025-10-03T10:00:00.000+00:00"),
                QStringLiteral("c\t0.14285551\t0.125\t1\t1\t1\t2\t0.125\t0\t0\t0\t0\t"
                               "2025-10-04T10:00:00.000+00:00\t2025-10-04T10:00:00.000+00:00"),
                QString() }));
    }

    void keyNeverLandsInTheSettingsFile()
    {
        const QString key = QStringLiteral("sk-helicone-test-0123456789abcdef");
        {
            MainWindow window;
            window.sourcePanel()->setKind(Usage::SourceKind::HeliconeApi);
            window.sourcePanel()->setBaseUrl(QStringLiteral("https://eu.api.helicone.ai"));
            auto* keyEdit = window.sourcePanel()->findChild<QLineEdit*>(QStringLiteral("keyEdit"));
            QVERIFY(keyEdit);
            QTest::keyClicks(keyEdit, key);
            QCOMPARE(window.sourcePanel()->apiSettings().key, key);
            window.saveSettings();
        }
        QFile file(settingsPath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settingsPath()));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("eu.api.helicone.ai"));
        QVERIFY(!contents.contains(key.toUtf8()));
        QVERIFY(!contents.contains("0123456789abcdef"));

        // and the settings come back, without a key
        MainWindow again;
        again.restoreSettings();
        QCOMPARE(again.sourcePanel()->kind(), Usage::SourceKind::HeliconeApi);
        QCOMPARE(again.sourcePanel()->apiSettings().baseUrl, QStringLiteral("https://eu.api.helicone.ai"));
        QCOMPARE(again.sourcePanel()->apiSettings().key, QString());
    }

    void settingsRoundTrip()
    {
        // each part of the window writes and reads its own keys
        {
            MainWindow window;
            QVERIFY(window.rangeSelector()->setZone("Europe/Berlin"));
            window.rangeSelector()->setPreset(RangePreset::Last7Days);
            window.findChild<QCheckBox*>(QStringLiteral("dedupeCheck"))->setChecked(true);
            window.findChild<QComboBox*>(QStringLiteral("granularityCombo"))->setCurrentIndex(2);
            window.sourcePanel()->setRecentFiles({ QStringLiteral("/data/one.jsonl") });
            window.chartsPanel()->setTopN(7);
            QVERIFY(window.showView(QStringLiteral("share")));
            window.saveSettings();
        }
        MainWindow window;
        window.restoreSettings();
        QCOMPARE(window.rangeSelector()->zone(), QTimeZone("Europe/Berlin"));
        QCOMPARE(window.rangeSelector()->preset(), RangePreset::Last7Days);
        QVERIFY(window.findChild<QCheckBox*>(QStringLiteral("dedupeCheck"))->isChecked());
        QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("granularityCombo"))->currentIndex(), 2);
        QCOMPARE(window.sourcePanel()->recentFiles(), QStringList { QStringLiteral("/data/one.jsonl") });
        QCOMPARE(window.chartsPanel()->topN(), 7);
        QCOMPARE(window.chartsPanel()->kind(), ChartsPanel::Kind::CostShare);
        QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("viewTabs"))->currentIndex(), 1);
    }

    void corruptSettingsFallBackToDefaults()
    {
        QDir().mkpath(QFileInfo(settingsPath()).absolutePath());
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General\x00\xff\xfe]]]\n=\n\"\\\nwindow\\geometry=@ByteArray(\x01\x02)\nrange\\zone=Not/AZone\n"
                   "range\\preset=@Variant(\\0\\0\\0\\x7f)\nsource\\kind=\xff\xff\napi\\baseUrl=javascript:alert(1)\n"
                   "table\\header=garbage\nquery\\granularity=99\n",
            160);
        file.close();
        MainWindow window;
        window.restoreSettings();
        QCOMPARE(window.sourcePanel()->kind(), Usage::SourceKind::LogFiles);
        QCOMPARE(window.rangeSelector()->preset(), RangePreset::AllTime);
        QCOMPARE(window.rangeSelector()->zone(), QTimeZone::utc());
        QCOMPARE(window.sourcePanel()->apiSettings().baseUrl, QStringLiteral("https://api.helicone.ai"));
        window.saveSettings(); // and the window can write good settings over it
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("source/kind")).toString(), QStringLiteral("files"));
    }

    void titleNamesTheSourceOnce()
    {
        MainWindow window;
        auto* fake = new FakeSource;
        window.sourceController()->setSource(Usage::SourceKind::LogFiles, fake);
        window.openFiles({ QStringLiteral("/data/d.jsonl") });
        Q_EMIT fake->finished(resultOf({ { "a", 5 } }));
        // the platform appends the application's display name ("d.jsonl — Usage Explorer")
        QCOMPARE(window.windowTitle(), QStringLiteral("d.jsonl"));
    }

    void exportShortcutWorksFromTheFilterBox()
    {
        MainWindow window;
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QVERIFY(filter);
        // a line edit claims Ctrl+E (end of line) unless the window keeps it for Export
        QKeyEvent ctrlE(QEvent::ShortcutOverride, Qt::Key_E, Qt::ControlModifier);
        QCoreApplication::sendEvent(filter, &ctrlE);
        QVERIFY(!ctrlE.isAccepted());
        // other keys stay the line edit's
        QKeyEvent ctrlA(QEvent::ShortcutOverride, Qt::Key_A, Qt::ControlModifier);
        QCoreApplication::sendEvent(filter, &ctrlA);
        QVERIFY(ctrlA.isAccepted());
    }

    void newRunHidesThePreviousError()
    {
        MainWindow window;
        auto* fake = new FakeSource;
        window.sourceController()->setSource(Usage::SourceKind::LogFiles, fake);
        window.openFiles({ QStringLiteral("/data/one.jsonl") });
        Q_EMIT fake->failed(QStringLiteral("Connection refused"));
        QCOMPARE(window.messageBar()->text(), QStringLiteral("Connection refused."));
        QVERIFY(window.messageBar()->isVisibleTo(&window));
        QVERIFY(window.runQuery());
        QVERIFY(!window.messageBar()->isVisibleTo(&window));
        QCOMPARE(window.messageBar()->text(), QString());
    }

    void changedRangeMarksTheTableOutOfDate()
    {
        MainWindow window;
        auto* fake = new FakeSource;
        window.sourceController()->setSource(Usage::SourceKind::LogFiles, fake);
        window.openFiles({ QStringLiteral("/data/one.jsonl") });
        Q_EMIT fake->finished(resultOf({ { "a", 5 } }));
        auto* status = window.statusBar()->findChild<QLabel*>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(status);
        QVERIFY(!status->text().contains(QStringLiteral("out of date")));
        window.rangeSelector()->setPreset(RangePreset::Last7Days);
        QVERIFY2(status->text().endsWith(QStringLiteral("out of date: Run (Ctrl+R) to apply the changed query")),
            qPrintable(status->text()));
        QVERIFY(window.runQuery());
        Q_EMIT fake->finished(resultOf({ { "a", 5 } }));
        QVERIFY(!status->text().contains(QStringLiteral("out of date")));
    }

    void emptyResultSaysWhyAndOffersAllTime()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // counts with thousands separators
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        MainWindow window;
        auto* fake = new FakeSource;
        window.sourceController()->setSource(Usage::SourceKind::LogFiles, fake);
        window.rangeSelector()->setPreset(RangePreset::Last7Days);
        window.openFiles({ QStringLiteral("/data/one.jsonl") });
        Usage::UsageResult empty;
        empty.query.startMs = 1764547200000; // 2025-12-01 00:00 UTC
        empty.query.endMs = 1765151999999;
        empty.recordsRead = 1234;
        Q_EMIT fake->finished(empty);
        QCOMPARE(window.messageBar()->text(),
            QStringLiteral("No requests in the range 2025-12-01 00:00:00 – 2025-12-07 23:59:59 (UTC): the 1,234 "
                           "request(s) read lie outside it. Show all to see their dates."));
        QCOMPARE(window.messageBar()->actionText(), QStringLiteral("Show all"));
        Q_EMIT window.messageBar()->actionTriggered();
        QCOMPARE(window.rangeSelector()->preset(), RangePreset::AllTime);
        QCOMPARE(fake->starts, 2);
        QVERIFY(!fake->lastRequest.query.startMs && !fake->lastRequest.query.endMs);
    }

    void requestedUsersWithoutRequestsAreListed()
    {
        MainWindow window;
        auto* fake = new FakeSource;
        window.sourceController()->setSource(Usage::SourceKind::LogFiles, fake);
        window.openFiles({ QStringLiteral("/data/one.jsonl") });
        Usage::UsageResult r = resultOf({ { "alice", 5 } });
        r.query.userIds = { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") };
        Q_EMIT fake->finished(r);
        QCOMPARE(window.messageBar()->text(),
            QStringLiteral("2 requested user(s) had no requests in the range: bob, carol"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
