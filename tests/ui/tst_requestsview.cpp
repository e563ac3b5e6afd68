// SPDX-License-Identifier: MIT
#include "models/requestsfiltermodel.h"
#include "models/requeststablemodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "sources/requestssource.h"
#include "ui/costhistogram.h"
#include "ui/mainwindow.h"
#include "ui/requestbodypanel.h"
#include "ui/requestsview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** User a: three requests (one with bodies), user b: one. */
const char kDump[] =
    R"({"request_id":"a1","request_user_id":"a","prompt_tokens":10,"completion_tokens":5,"cost":0.5,"request_created_at":"2025-10-01T10:00:00.000Z","model":"gpt-4o","provider":"OPENAI","delay_ms":1200,"response_status":200,"request_properties":{"feature":"chat"},"request_body":{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]},"response_body":{"id":"r1"}}
{"request_id":"b1","request_user_id":"b","prompt_tokens":1,"completion_tokens":2,"cost":0.25,"request_created_at":"2025-10-02T10:00:00.000Z","model":"gpt-4o","provider":"OPENAI"}
{"request_id":"a2","request_user_id":"a","prompt_tokens":20,"completion_tokens":1,"cost":1e-05,"request_created_at":"2025-10-03T10:00:00.000Z","model":"gpt-4o-mini","provider":"OPENAI","request_properties":{"feature":"search"}}
{"request_id":"a3","request_user_id":"a","prompt_tokens":7,"completion_tokens":3,"prompt_cache_read_tokens":4,"cost":0.125,"request_created_at":"2025-10-04T10:00:00.000Z","model":"gpt-4o","provider":"OPENAI"}
)";

QStringList ids(const QAbstractItemModel* model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out.append(model->index(r, RequestsTableModel::Id).data().toString());
    return out;
}

QStringList list(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* t : texts)
        out.append(QString::fromUtf8(t));
    return out;
}

} // namespace

class TestRequestsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_requestsview"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void showRequestsOfARow()
    {
        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("dump.jsonl"));
        QFile file(dump);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kDump);
        file.close();
        MainWindow window;
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.openFiles({ dump });
        QTRY_COMPARE(ended.count(), 1);
        UsageTableModel* table = window.tableModel();
        QCOMPARE(table->index(0, UsageColumn::Id).data().toString(), QStringLiteral("a"));
        const Usage::GroupUsage group = table->groupAt(0);

        // Enter on the row: the Show Requests action of the table
        auto* tableView = window.findChild<QTableView*>(QStringLiteral("tableView"));
        QVERIFY(tableView);
        tableView->setCurrentIndex(table->index(0, UsageColumn::Id));
        auto* action = tableView->findChild<QAction*>(QStringLiteral("showRequestsAction"));
        QVERIFY(action);
        QVERIFY(action->shortcuts().contains(QKeySequence(Qt::Key_Return)));
        action->trigger();
        auto* view = window.findChild<RequestsView*>();
        QVERIFY(view);
        QTRY_COMPARE(view->model()->rowCount(), 3);

        // the totals of the listed requests are the row's
        const Usage::Totals& shown = view->shownTotals();
        QCOMPARE(shown.requests, group.totals.requests);
        QCOMPARE(shown.promptTokens, group.totals.promptTokens);
        QCOMPARE(shown.completionTokens, group.totals.completionTokens);
        QCOMPARE(shown.cacheReadTokens, group.totals.cacheReadTokens);
        QCOMPARE(shown.costNanos, group.totals.costNanos);
        QCOMPARE(shown.costNanos, 625010000);
        QCOMPARE(
            view->totalsText(), QStringLiteral("Shown: 3 request(s), 46 tokens (37 prompt, 9 completion), $0.625"));
        QCOMPARE(view->statusText(), QStringLiteral("3 request(s) listed."));
        QCOMPARE(view->histogram()->bins(), QList<int>({ 1, 0, 1, 0, 0, 0, 0, 0, 0, 1 }));

        // by cost, descending; then by time
        QCOMPARE(ids(view->proxy()), list({ "a1", "a3", "a2" }));
        view->tableView()->sortByColumn(RequestsTableModel::Time, Qt::AscendingOrder);
        QCOMPARE(ids(view->proxy()), list({ "a1", "a2", "a3" }));
        QCOMPARE(view->proxy()->index(0, RequestsTableModel::Latency).data().toString(), QStringLiteral("1,200 ms"));

        // filters: by model, then by a property's text
        auto* models = view->findChild<QComboBox*>(QStringLiteral("modelFilter"));
        QCOMPARE(models->count(), 3);
        models->setCurrentIndex(models->findData(QStringLiteral("gpt-4o")));
        QCOMPARE(ids(view->proxy()), list({ "a1", "a3" }));
        QCOMPARE(
            view->totalsText(), QStringLiteral("Shown: 2 request(s), 25 tokens (17 prompt, 8 completion), $0.625"));
        models->setCurrentIndex(0);
        view->findChild<QLineEdit*>(QStringLiteral("textFilter"))->setText(QStringLiteral("search"));
        QCOMPARE(ids(view->proxy()), list({ "a2" }));
        view->findChild<QLineEdit*>(QStringLiteral("textFilter"))->clear();

        // the bodies of the selected request, indented
        view->tableView()->setCurrentIndex(view->proxy()->index(0, 0));
        QCOMPARE(view->bodyPanel()->note(), QStringLiteral("Request a1"));
        QCOMPARE(view->bodyPanel()->requestText(),
            QStringLiteral("{\n    \"messages\": [\n        {\n            \"content\": \"hi\",\n            \"role\": "
                           "\"user\"\n        }\n    ],\n    \"model\": \"gpt-4o\"\n}"));
        QCOMPARE(view->bodyPanel()->responseText(), QStringLiteral("{\n    \"id\": \"r1\"\n}"));
        view->tableView()->setCurrentIndex(view->proxy()->index(1, 0));
        QCOMPARE(view->bodyPanel()->note(), QStringLiteral("The dump holds no body for request a2."));
        view->copyRequestId();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a2"));

        // export: the shown requests in their order
        const QString csv = dir.filePath(QStringLiteral("requests.csv"));
        QString error;
        QVERIFY(view->exportTo(csv, RequestsView::ExportFormat::Csv, &error));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(),
            QByteArray("request_id,request_created_at,user_id,model,provider,prompt_tokens,completion_tokens,"
                       "cache_read_tokens,cache_write_tokens,reasoning_tokens,cost,latency_ms,status,properties\n"
                       "a1,2025-10-01T10:00:00.000+00:00,a,gpt-4o,OPENAI,10,5,0,0,0,0.5,1200,200,"
                       "\"{\"\"feature\"\":\"\"chat\"\"}\"\n"
                       "a2,2025-10-03T10:00:00.000+00:00,a,gpt-4o-mini,OPENAI,20,1,0,0,0,0.00001,,,"
                       "\"{\"\"feature\"\":\"\"search\"\"}\"\n"
                       "a3,2025-10-04T10:00:00.000+00:00,a,gpt-4o,OPENAI,7,3,4,0,0,0.125,,,\n"));
        const QString json = dir.filePath(QStringLiteral("requests.json"));
        QVERIFY(view->exportTo(json, RequestsView::ExportFormat::Json, &error));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray data =
            QJsonDocument::fromJson(jsonFile.readAll()).object().value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), 3);
        QCOMPARE(data.at(2).toObject().value(QLatin1String("request_id")).toString(), QStringLiteral("a3"));
        QVERIFY(!view->exportTo(
            dir.filePath(QStringLiteral("no/such/dir/r.csv")), RequestsView::ExportFormat::Csv, &error));
        QVERIFY(error.startsWith(QStringLiteral("Cannot write")));

        // double-click opens another view for the row
        Q_EMIT tableView->doubleClicked(table->index(1, UsageColumn::Id));
        QCOMPARE(window.findChildren<RequestsView*>().size(), 2);
    }

    void loadMoreUntilTheRowIsComplete()
    {
        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("many.jsonl"));
        QFile file(dump);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 2500; ++i)
            file.write(QStringLiteral(R"({"request_id":"r%1","request_user_id":"u","prompt_tokens":%2,)"
                                      R"("completion_tokens":1,"cost":0.00%3,"request_created_at":)"
                                      R"("2025-10-01T10:00:00.000Z","model":"gpt-4o"})"
                                      "\n")
                           .arg(i)
                           .arg(i % 10)
                           .arg(i % 7 + 1)
                           .toUtf8());
        file.close();
        MainWindow window;
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.openFiles({ dump });
        QTRY_COMPARE(ended.count(), 1);
        const Usage::GroupUsage group = window.tableModel()->groupAt(0);
        QCOMPARE(group.totals.requests, 2500);
        RequestsView* view = window.showRequests(window.tableModel()->visibleRows().at(0));
        QVERIFY(view);
        auto* more = view->findChild<QPushButton*>(QStringLiteral("loadMoreButton"));
        QTRY_COMPARE(view->model()->rowCount(), 1000);
        QCOMPARE(
            view->statusText(), QStringLiteral("The 1000 most expensive request(s) of the row; Load More lists more."));
        QVERIFY(more->isEnabled());
        more->click();
        QTRY_COMPARE(view->model()->rowCount(), 2000);
        more->click();
        QTRY_COMPARE(view->model()->rowCount(), 2500);
        QVERIFY(!more->isEnabled());
        QCOMPARE(view->shownTotals().requests, group.totals.requests);
        QCOMPARE(view->shownTotals().promptTokens, group.totals.promptTokens);
        QCOMPARE(view->shownTotals().costNanos, group.totals.costNanos);
    }

    void cancelKeepsTheTable()
    {
        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("dump.jsonl"));
        QFile file(dump);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kDump);
        file.close();
        MainWindow window;
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.openFiles({ dump });
        QTRY_COMPARE(ended.count(), 1);
        RequestsView* view = window.showRequests(0);
        QVERIFY(view);
        QTRY_COMPARE(view->model()->rowCount(), 3);

        // a cancel right after the start: the rows stay, the window is usable, a new listing runs to the end
        QSignalSpy listings(view, &RequestsView::listingEnded);
        QVERIFY(view->start());
        QVERIFY(view->source()->isRunning());
        auto* cancel = view->findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QCOMPARE(listings.count(), 1);
        QVERIFY(!view->source()->isRunning());
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->statusText(), QStringLiteral("Cancelled; the table keeps the requests listed before."));
        QCOMPARE(view->shownTotals().requests, 3);
        QVERIFY(view->start());
        QTRY_COMPARE(listings.count(), 2);
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->statusText(), QStringLiteral("3 request(s) listed."));
    }
};

QTEST_MAIN(TestRequestsView)
#include "tst_requestsview.moc"
