// SPDX-License-Identifier: MIT
// The window's price book: a dump and an overrides CSV priced in the background, the cost basis switched, the
// pricing columns, totals line, chart, unpriced models, and a malformed price file.
#include "charts/chartspanel.h"
#include "charts/whatifchart.h"
#include "models/chartgroupmodel.h"
#include "models/modelbreakdownmodel.h"
#include "models/totalsmodel.h"
#include "models/unpricedmodelsmodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/priceeditor.h"
#include "ui/pricingpanel.h"
#include "ui/rangeselector.h"
#include "ui/resultsview.h"
#include "ui/resulttabs.h"
#include "ui/sourcepanel.h"
#include "ui/unpricedpanel.h"
#include "ui/whatifpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

// a: gpt-4o on 2025-10-01 (2.5/10 USD per million tokens: $0.0035, recorded $0.01) and acme-1, which no source
// prices (recorded $0.002); b: gpt-4o on 2025-10-03 (2/8 from 2025-10-02: $0.008), no recorded cost
const QByteArray kDump =
    R"({"request_user_id":"a","provider":"OPENAI","model":"gpt-4o","prompt_tokens":1000,"completion_tokens":100,"cost":0.01,"request_created_at":"2025-10-01T10:00:00.000Z"}
{"request_user_id":"b","provider":"OPENAI","model":"gpt-4o","prompt_tokens":2000,"completion_tokens":500,"request_created_at":"2025-10-03T10:00:00.000Z"}
{"request_user_id":"a","provider":"ACME","model":"acme-1","prompt_tokens":300,"completion_tokens":30,"cost":0.002,"request_created_at":"2025-10-03T11:00:00.000Z"}
)";

const QByteArray kPrices = "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,"
                           "reasoning_mtok\nopenai,gpt-4o,,,2.5,10,,,\nopenai,gpt-4o,,2025-10-02,2,8,,,\n";

const QByteArray kBadPrices = "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,"
                              "cache_write_mtok,reasoning_mtok\nopenai,gpt-4o,,,2.5,10,,,\nopenai,gpt-4o,,,abc,8,,,\n";

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

QString cell(const QAbstractItemModel* model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

} // namespace

class TestPricingWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dump;
    QString m_prices;

    /** Runs with the basis and waits for the run to end. */
    static void runWith(MainWindow& window, Usage::CostBasis basis)
    {
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.pricingPanel()->setBasis(basis);
        QVERIFY(window.runQuery());
        QTRY_COMPARE(ended.count(), 1);
    }

private slots:
    void cleanupTestCase() { QFile::remove(QSettings().fileName()); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pricingwindow"));
        QFile::remove(QSettings().fileName());
        QVERIFY(m_dir.isValid());
        m_dump = write(m_dir, QStringLiteral("dump.jsonl"), kDump);
        m_prices = write(m_dir, QStringLiteral("prices.csv"), kPrices);
    }

    void basisSwitchesTheCost()
    {
        MainWindow window;
        PricingPanel* pricing = window.pricingPanel();
        pricing->setEnabledChoice(true);
        pricing->setBuiltIn(false);
        pricing->setFiles({ m_prices });
        window.sourcePanel()->setFiles({ m_dump });
        window.rangeSelector()->setPreset(RangePreset::AllTime);
        const UsageTableModel* model = window.tableModel();
        const TotalsModel* totals = window.totalsModel();

        runWith(window, Usage::CostBasis::Recorded);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(model->isColumnAvailable(UsageColumn::ComputedCost));
        QCOMPARE(cell(model, 0, UsageColumn::Id), QStringLiteral("a"));
        QCOMPARE(cell(model, 0, UsageColumn::Cost, Qt::ToolTipRole), QStringLiteral("$0.012"));
        QCOMPARE(cell(model, 0, UsageColumn::RecordedCost, Qt::ToolTipRole), QStringLiteral("$0.012"));
        QCOMPARE(
            model->index(0, UsageColumn::RecordedCost).data(UsageTableModel::RawValueRole).toLongLong(), 12'000'000);
        QCOMPARE(cell(model, 0, UsageColumn::ComputedCost, Qt::ToolTipRole), QStringLiteral("$0.0035"));
        QCOMPARE(
            model->index(0, UsageColumn::ComputedCost).data(UsageTableModel::RawValueRole).toLongLong(), 3'500'000);
        // computed minus recorded of the priced request only: 0.0035 - 0.01
        QCOMPARE(
            model->index(0, UsageColumn::CostDifference).data(UsageTableModel::RawValueRole).toLongLong(), -6'500'000);
        QCOMPARE(cell(model, 0, UsageColumn::UnpricedRequests), QStringLiteral("1"));
        QCOMPARE(cell(model, 1, UsageColumn::Id), QStringLiteral("b"));
        QCOMPARE(model->index(1, UsageColumn::Cost).data(UsageTableModel::RawValueRole).toLongLong(), 0);
        QCOMPARE(
            model->index(1, UsageColumn::ComputedCost).data(UsageTableModel::RawValueRole).toLongLong(), 8'000'000);
        QCOMPARE(
            model->index(1, UsageColumn::CostDifference).data(UsageTableModel::RawValueRole).toLongLong(), 8'000'000);
        QCOMPARE(cell(model, 1, UsageColumn::UnpricedRequests), QStringLiteral("0"));
        QCOMPARE(cell(totals, 0, UsageColumn::Cost, Qt::ToolTipRole), QStringLiteral("$0.012"));
        QCOMPARE(cell(totals, 0, UsageColumn::ComputedCost, Qt::ToolTipRole), QStringLiteral("$0.0115"));
        QCOMPARE(cell(totals, 0, UsageColumn::CostDifference, Qt::ToolTipRole), QStringLiteral("$0.0015"));
        QCOMPARE(cell(totals, 0, UsageColumn::UnpricedRequests), QStringLiteral("1"));

        // the detail panel's per-model breakdown of a: gpt-4o priced, acme-1 not
        QVERIFY(window.selectResultRow(0));
        auto* breakdownView = window.findChild<QTableView*>(QStringLiteral("breakdownView"));
        QVERIFY(breakdownView);
        const QAbstractItemModel* breakdown = breakdownView->model();
        QCOMPARE(breakdown->columnCount(), int(ModelBreakdownModel::ColumnCount));
        QCOMPARE(cell(breakdown, 0, ModelBreakdownModel::Model), QStringLiteral("gpt-4o"));
        QCOMPARE(cell(breakdown, 0, ModelBreakdownModel::ComputedCost, Qt::ToolTipRole), QStringLiteral("$0.0035"));
        QCOMPARE(cell(breakdown, 0, ModelBreakdownModel::CostDifference, Qt::ToolTipRole), QStringLiteral("-$0.0065"));
        QCOMPARE(cell(breakdown, 1, ModelBreakdownModel::Model), QStringLiteral("acme-1"));
        QCOMPARE(cell(breakdown, 1, ModelBreakdownModel::UnpricedRequests), QStringLiteral("1"));

        // the unpriced model, in a list below the table and counted in the status line
        UnpricedPanel* unpriced = window.findChild<UnpricedPanel*>();
        QVERIFY(unpriced);
        QVERIFY(!unpriced->isHidden());
        const UnpricedModelsModel* list = unpriced->model();
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(cell(list, 0, UnpricedModelsModel::Provider), QStringLiteral("ACME"));
        QCOMPARE(cell(list, 0, UnpricedModelsModel::Model), QStringLiteral("acme-1"));
        QCOMPARE(list->index(0, UnpricedModelsModel::Requests).data(UnpricedModelsModel::RawValueRole).toLongLong(), 1);
        QCOMPARE(cell(list, 0, UnpricedModelsModel::PromptTokens), QStringLiteral("300"));
        QCOMPARE(cell(list, 0, UnpricedModelsModel::CompletionTokens), QStringLiteral("30"));
        const QList<QLabel*> status = window.statusBar()->findChildren<QLabel*>();
        bool counted = false;
        for (const QLabel* label : status)
            counted = counted || label->text().contains(QStringLiteral("1 unpriced model"));
        QVERIFY(counted);

        // computed: b's $0.008 now leads a's $0.0035
        runWith(window, Usage::CostBasis::Computed);
        QCOMPARE(cell(model, 0, UsageColumn::Id), QStringLiteral("b"));
        QCOMPARE(model->index(0, UsageColumn::Cost).data(UsageTableModel::RawValueRole).toLongLong(), 8'000'000);
        QCOMPARE(model->index(1, UsageColumn::Cost).data(UsageTableModel::RawValueRole).toLongLong(), 3'500'000);
        QCOMPARE(cell(totals, 0, UsageColumn::Cost, Qt::ToolTipRole), QStringLiteral("$0.0115"));
        QCOMPARE(cell(totals, 0, UsageColumn::RecordedCost, Qt::ToolTipRole), QStringLiteral("$0.012"));
        ChartGroupModel* bars = window.chartsPanel()->groupModel();
        QTRY_COMPARE(bars->bars().size(), 2);
        QCOMPARE(bars->bars().at(0).id, QStringLiteral("b"));
        QCOMPARE(bars->bars().at(0).totals.costNanos, 8'000'000);
        QCOMPARE(bars->bars().at(1).totals.costNanos, 3'500'000);

        // auto: the records' own where they have one (a: $0.012), the book's elsewhere (b: $0.008)
        runWith(window, Usage::CostBasis::Auto);
        QCOMPARE(cell(model, 0, UsageColumn::Id), QStringLiteral("a"));
        QCOMPARE(model->index(0, UsageColumn::Cost).data(UsageTableModel::RawValueRole).toLongLong(), 12'000'000);
        QCOMPARE(model->index(1, UsageColumn::Cost).data(UsageTableModel::RawValueRole).toLongLong(), 8'000'000);
        QCOMPARE(cell(totals, 0, UsageColumn::Cost, Qt::ToolTipRole), QStringLiteral("$0.02"));
        QTRY_COMPARE(bars->bars().size(), 2);
        QCOMPARE(bars->bars().at(0).totals.costNanos, 12'000'000);
        QCOMPARE(bars->bars().at(1).totals.costNanos, 8'000'000);

        // the export of the view carries the price book's columns
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(window.exportVisibleRows(csv, ResultExport::Format::Csv));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = out.readAll().split('\n');
        QVERIFY2(
            lines.at(0).endsWith(",cost_per_request,recorded_cost,computed_cost,cost_difference,unpriced_requests"),
            lines.at(0).constData());
        QVERIFY2(lines.at(1).startsWith("a,2,1300,130,0.012,") && lines.at(1).endsWith(",0.012,0.0035,-0.0065,1"),
            lines.at(1).constData());
        QVERIFY2(lines.at(2).startsWith("b,1,2000,500,0.008,") && lines.at(2).endsWith(",0,0.008,0.008,0"),
            lines.at(2).constData());
    }

    void whatIfColumnAndChart()
    {
        MainWindow window;
        PricingPanel* pricing = window.pricingPanel();
        pricing->setEnabledChoice(true);
        pricing->setBuiltIn(false);
        pricing->setFiles({ m_prices });
        window.sourcePanel()->setFiles({ m_dump });
        window.rangeSelector()->setPreset(RangePreset::AllTime);
        const UsageTableModel* model = window.tableModel();
        runWith(window, Usage::CostBasis::Recorded);
        QVERIFY(!model->isColumnAvailable(UsageColumn::WhatIfCost)); // no what-if options: it would equal computed

        // every request at 2025-10-01's prices (2.5/10): b's gpt-4o costs $0.01 instead of $0.008
        Usage::PricingOptions whatIf;
        whatIf.priceDateMs = QDateTime(QDate(2025, 10, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        window.findChild<WhatIfPanel*>()->setOptions(whatIf);
        runWith(window, Usage::CostBasis::Recorded);
        QVERIFY(model->isColumnAvailable(UsageColumn::WhatIfCost));
        QCOMPARE(cell(model, 0, UsageColumn::Id), QStringLiteral("a"));
        QCOMPARE(model->index(0, UsageColumn::WhatIfCost).data(UsageTableModel::RawValueRole).toLongLong(), 3'500'000);
        QCOMPARE(cell(model, 1, UsageColumn::WhatIfCost, Qt::ToolTipRole), QStringLiteral("$0.01"));
        QCOMPARE(model->index(1, UsageColumn::WhatIfCost).data(UsageTableModel::RawValueRole).toLongLong(), 10'000'000);
        QCOMPARE(
            model->index(1, UsageColumn::ComputedCost).data(UsageTableModel::RawValueRole).toLongLong(), 8'000'000);

        // the chart of recorded, computed and what-if cost per group, and the swaps offer the result's models
        QVERIFY(window.showView(QStringLiteral("whatif"))); // its tab shows for a priced result
        QCOMPARE(window.chartsPanel()->kind(), ChartsPanel::Kind::WhatIf);
        auto* chart = window.findChild<WhatIfChart*>();
        QVERIFY(chart);
        QVERIFY(chart->upToDateChart());
        QCOMPARE(chart->whatIfBars().size(), 2);
        const ChartData::WhatIfBar& a = chart->whatIfBars().at(0);
        QCOMPARE(a.id, QStringLiteral("a"));
        QCOMPARE(a.recordedNanos, 12'000'000);
        QCOMPARE(a.computedNanos, 3'500'000);
        QCOMPARE(a.whatIfNanos, 3'500'000);
        QCOMPARE(chart->whatIfBars().at(1).whatIfNanos, 10'000'000);
    }

    void malformedPriceFileKeepsTheTable()
    {
        MainWindow window;
        window.pricingPanel()->setEnabledChoice(true);
        window.pricingPanel()->setBuiltIn(false);
        window.pricingPanel()->setFiles({ m_prices });
        window.sourcePanel()->setFiles({ m_dump });
        window.rangeSelector()->setPreset(RangePreset::AllTime);
        runWith(window, Usage::CostBasis::Computed);
        QCOMPARE(window.tableModel()->rowCount(), 2);

        const QString bad = write(m_dir, QStringLiteral("bad.csv"), kBadPrices);
        window.pricingPanel()->setFiles({ bad });
        runWith(window, Usage::CostBasis::Recorded);
        QCOMPARE(window.messageBar()->level(), MessageBar::Level::Error);
        const QString text = window.messageBar()->text();
        QVERIFY2(text.contains(QStringLiteral("bad.csv")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("row 3")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("input_mtok")), qPrintable(text));
        // the previous table stays: computed basis, b first
        QCOMPARE(window.tableModel()->rowCount(), 2);
        QCOMPARE(cell(window.tableModel(), 0, UsageColumn::Id), QStringLiteral("b"));
        QCOMPARE(window.tableModel()->result().pricing.basis, Usage::CostBasis::Computed);

        // a missing file: the run does not start
        window.pricingPanel()->setFiles({ m_dir.filePath(QStringLiteral("gone.csv")) });
        QVERIFY(!window.runQuery());
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("gone.csv")));
    }

    void apiAndClickHouseDisableRepricing()
    {
        MainWindow window;
        PricingPanel* pricing = window.pricingPanel();
        pricing->setEnabledChoice(true);
        window.sourcePanel()->setKind(Usage::SourceKind::HeliconeApi);
        QVERIFY(!pricing->basisCombo()->isEnabled());
        QVERIFY(!pricing->noteLabel()->isHidden());
        QVERIFY(pricing->noteLabel()->text().contains(QStringLiteral("Use a log dump to reprice.")));
        QVERIFY(!pricing->choices().enabled);
        window.sourcePanel()->setKind(Usage::SourceKind::ClickHouse);
        QVERIFY(!pricing->basisCombo()->isEnabled());
        QVERIFY(pricing->noteLabel()->text().contains(QStringLiteral("ClickHouse sends only sums")));
        window.sourcePanel()->setKind(Usage::SourceKind::LogFiles);
        QVERIFY(pricing->basisCombo()->isEnabled());
        QVERIFY(pricing->noteLabel()->isHidden());
        QVERIFY(pricing->choices().enabled);
    }

    void choicesPersist()
    {
        {
            MainWindow window;
            window.pricingPanel()->setEnabledChoice(true);
            window.pricingPanel()->setBasis(Usage::CostBasis::Auto);
            window.pricingPanel()->setBuiltIn(false);
            window.pricingPanel()->setFiles({ m_prices });
            window.saveSettings();
        }
        MainWindow window;
        window.restoreSettings();
        const PricingChoices choices = window.pricingPanel()->choices();
        QVERIFY(choices.enabled);
        QCOMPARE(choices.basis, Usage::CostBasis::Auto);
        QVERIFY(!choices.builtIn);
        QCOMPARE(choices.files, QStringList { m_prices });
    }

    /** "Edit prices…" opens the price editor in a modal dialog, which closes again. */
    void editPricesOpensTheEditor()
    {
        MainWindow window;
        window.show();
        window.pricingPanel()->setEnabledChoice(true); // the button follows "Reprice with a price book"
        QPushButton* edit = nullptr;
        for (QPushButton* button : window.pricingPanel()->findChildren<QPushButton*>())
            edit = button->text() == QStringLiteral("&Edit prices…") ? button : edit;
        QVERIFY(edit);
        QVERIFY(edit->isEnabled());
        QString title;
        bool hadEditor = false;
        QTimer::singleShot(0, &window, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            title = dialog->windowTitle();
            hadEditor = dialog->findChild<PriceEditor*>() != nullptr;
            dialog->reject();
        });
        edit->click(); // returns when the dialog is closed
        QCOMPARE(title, QStringLiteral("Edit Prices"));
        QVERIFY(hadEditor);
        QVERIFY(!QApplication::activeModalWidget());
    }

    void aboutNamesTheBuiltInBook()
    {
        const QString text = MainWindow::aboutText();
        QVERIFY(text.contains(QStringLiteral("genai-prices (MIT license)")));
        QVERIFY(text.contains(QStringLiteral("2026-08-21")));
    }
};

QTEST_MAIN(TestPricingWindow)
#include "tst_pricingwindow.moc"
