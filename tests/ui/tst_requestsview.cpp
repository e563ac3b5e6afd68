// SPDX-License-Identifier: MIT
#include "models/requestsfiltermodel.h"
#include "models/requeststablemodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "sources/requestssource.h"
#include "ui/costhistogram.h"
#include "ui/mainwindow.h"
#include "ui/pricingpanel.h"
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
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

/** User a: three requests (one with bodies), user b: one. */
const char kDump[] =
    R"({"request_id":"a1","request_user_id":"a","prompt_tokens":10,"completion_tokens":5,"cost":0.5,"request_created_at":"2025-10-01T10:00:00.000Z","model":"gpt-4o","provider":"OPENAI","delay_ms":1200,"response_status":200,"request_properties":{"feature":"chat"},"request_body":{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]},"response_body":{"id":"r1"}}
{"request_id":"b1","request_user_id":"b","prompt_tokens":1,"completion_tokens":2,"cost":0.25,"request_created_at":"2025-10-02T10:00:00.000Z","model":"gpt-4o","provider":"OPENAI"}
{"request_id":"a2","request_user_id":"a","prompt_tokens":20,"completion_tokens":1,"cost":1e-05,"request_created_at":"2025-10-03T10:00:00.000Z","model":"gpt-4o-mini","provider":"OPENAI","request_properties":{"feature":"search"}}
{"request_id":"a3","request_user_id":"a","prompt_tokens":7,"completion_tokens":3,"prompt_cache_read_tokens":4,"cost":0.125,"request_created_at":"2025-10-04T10:00:00.000Z","model":"gpt-4o","provider":"OPENAI"}
)";

// gpt-4o at 2/8 USD per million tokens, from 2025-10-03 at 3/9 with cache reads at 1; gpt-4o-mini unpriced
const QByteArray kPrices = "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,"
                           "reasoning_mtok\nopenai,gpt-4o,,,2,8,,,\nopenai,gpt-4o,,2025-10-03,3,9,1,,\n";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

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

        // no price book: no pricing columns
        QVERIFY(view->tableView()->isColumnHidden(RequestsTableModel::ComputedCost));
        QVERIFY(view->tableView()->isColumnHidden(RequestsTableModel::PriceSource));

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

    /** With the run's price book each request shows its computed cost and entry; the totals stay the row's. */
    void pricedRequests()
    {
        QTemporaryDir dir;
        const QString dump = writeFile(dir, QStringLiteral("dump.jsonl"), kDump);
        const QString prices = writeFile(dir, QStringLiteral("prices.csv"), kPrices);
        MainWindow window;
        window.pricingPanel()->setEnabledChoice(true);
        window.pricingPanel()->setBuiltIn(false);
        window.pricingPanel()->setFiles({ prices });
        window.pricingPanel()->setBasis(Usage::CostBasis::Computed);
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.openFiles({ dump });
        QTRY_COMPARE(ended.count(), 1);
        // a: $0.00006 + $0.000052 + an unpriced request; b: $0.000018
        const Usage::GroupUsage group = window.tableModel()->groupAt(0);
        QCOMPARE(group.id, QStringLiteral("a"));
        QCOMPARE(group.totals.costNanos, 112'000);
        RequestsView* view = window.showRequests(window.tableModel()->visibleRows().at(0));
        QVERIFY(view);
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QVERIFY(!view->tableView()->isColumnHidden(RequestsTableModel::ComputedCost));
        QVERIFY(!view->tableView()->isColumnHidden(RequestsTableModel::PriceSource));

        // by the computed cost: a1 at the first entry, a3 at the one from 2025-10-03, a2 unpriced last
        QCOMPARE(ids(view->proxy()), list({ "a1", "a3", "a2" }));
        auto raw = [&](int row, int column) {
            return view->proxy()->index(row, column).data(RequestsTableModel::RawValueRole);
        };
        QCOMPARE(raw(0, RequestsTableModel::Cost).toLongLong(), 60'000);
        QCOMPARE(raw(0, RequestsTableModel::ComputedCost).toLongLong(), 60'000);
        QCOMPARE(raw(1, RequestsTableModel::Cost).toLongLong(), 52'000);
        QVERIFY(!raw(2, RequestsTableModel::Cost).isValid());
        QCOMPARE(view->proxy()->index(0, RequestsTableModel::PriceSource).data().toString(),
            prices + QStringLiteral(":openai/gpt-4o"));
        QCOMPARE(view->proxy()->index(1, RequestsTableModel::PriceSource).data().toString(),
            prices + QStringLiteral(":openai/gpt-4o@2025-10-03"));
        QCOMPARE(
            view->proxy()->index(2, RequestsTableModel::PriceSource).data().toString(), QStringLiteral("unpriced"));
        QCOMPARE(view->proxy()->index(2, RequestsTableModel::Cost).data().toString(), QStringLiteral("—"));
        QCOMPARE(view->shownTotals().costNanos, 112'000);
        QCOMPARE(view->shownTotals().costNanos, group.totals.costNanos);
        QCOMPARE(view->shownTotals().requests, group.totals.requests);

        // the export names the figures the cost comes from
        const QString csv = dir.filePath(QStringLiteral("priced.csv"));
        QString error;
        QVERIFY(view->exportTo(csv, RequestsView::ExportFormat::Csv, &error));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = out.readAll().split('\n');
        QVERIFY(lines[0].contains(",cost,recorded_cost,computed_cost,price_source,latency_ms,"));
        QVERIFY(lines[1].contains(QByteArray(",0.00006,0.5,0.00006," + prices.toUtf8() + ":openai/gpt-4o,1200,")));
        QVERIFY(lines[3].contains(",,0.00001,,unpriced,,"));
    }

    /** The table's context menu lists the requests of the row under the pointer. */
    void contextMenuShowsRequests()
    {
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.openFiles({ writeFile(dir, QStringLiteral("dump.jsonl"), kDump) });
        QTRY_COMPARE(ended.count(), 1);
        auto* tableView = window.findChild<QTableView*>(QStringLiteral("tableView"));
        QVERIFY(tableView);
        const QModelIndex second = tableView->model()->index(1, UsageColumn::Id);
        QCOMPARE(second.data().toString(), QStringLiteral("b"));
        tableView->setCurrentIndex(second);
        QStringList shown;
        QTimer::singleShot(0, &window, [&shown] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction* action : menu->actions()) {
                shown.append(action->text());
                if (action->text() == QLatin1String("Show &Requests"))
                    action->trigger();
            }
            menu->close();
        });
        Q_EMIT tableView->customContextMenuRequested(tableView->visualRect(second).center());
        QVERIFY(shown.contains(QStringLiteral("Show &Requests")));
        auto* view = window.findChild<RequestsView*>();
        QVERIFY(view);
        QCOMPARE(view->windowTitle(), QStringLiteral("Requests of b"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(ids(view->proxy()), list({ "b1" }));
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
