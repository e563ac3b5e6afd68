// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include "charts/chartspanel.h"
#include "core/pricing/pricebook.h"
#include "models/resultmodels.h"
#include "models/totalsmodel.h"
#include "models/usagetablemodel.h"
#include "sources/clickhouseusagesource.h"
#include "sources/logfilessource.h"
#include "sources/remoteusagesource.h"
#include "sources/sourcecontroller.h"
#include "sources/timeunitstore.h"
#include "ui/alerteditor.h"
#include "ui/appearancemenu.h"
#include "ui/clickhousepanel.h"
#include "ui/compareselector.h"
#include "ui/filterbar.h"
#include "ui/languagemenu.h"
#include "ui/messagebar.h"
#include "ui/pricingpanel.h"
#include "ui/querypanel.h"
#include "ui/rangeselector.h"
#include "ui/recentfilesmenu.h"
#include "ui/requestsview.h"
#include "ui/resultsview.h"
#include "ui/resulttabs.h"
#include "ui/runmessages.h"
#include "ui/savedviewsmenu.h"
#include "ui/sourcepanel.h"
#include "ui/statusline.h"
#include "ui/whatifpanel.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>

#include <algorithm>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_controller(new SourceController(this))
    , m_model(new UsageTableModel(this))
    , m_totals(new TotalsModel(m_model, this))
{
    ui->setupUi(this);
    setupSources();
    ui->resultTabs->setModels(m_model, m_totals);
    ui->filterBar->setModel(m_model);
    m_status = new StatusLine(m_model, statusBar());
    connect(m_status, &StatusLine::sourceChanged, this,
        [this](const QString& source) { setWindowTitle(source); }); // the platform appends the application's name
    connect(ui->queryPanel, &QueryPanel::message, this, &MainWindow::showInformation);
    connect(ui->messageBar, &MessageBar::actionTriggered, this, [this] { // "Show all" of an empty result
        rangeSelector()->setPreset(RangePreset::AllTime);
        runQuery();
    });
    connect(rangeSelector(), &RangeSelector::changed, this, [this] { m_status->setOutOfDate(m_model->hasResult()); });
    connect(ui->queryPanel->alertEditor(), &AlertEditor::ruleChanged, m_model, &UsageTableModel::setAlertRule);
    connect(ui->queryPanel->compareSelector(), &CompareSelector::changed, this,
        [this] { m_status->setOutOfDate(m_model->hasResult()); });
    connect(pricingPanel(), &PricingPanel::changed, this, [this] { m_status->setOutOfDate(m_model->hasResult()); });
    connect(ui->queryPanel, &QueryPanel::runRequested, this, &MainWindow::runQuery);
    connect(ui->queryPanel, &QueryPanel::cancelRequested, this, &MainWindow::cancelQuery);
    connect(ui->resultTabs->resultsView(), &ResultsView::filterToIdRequested, ui->filterBar, &FilterBar::filterToId);
    connect(ui->resultTabs->resultsView(), &ResultsView::showRequestsRequested, this, &MainWindow::showRequests);
    setupActions();
    setupMenus();
    fitQueryDock();
    fitToScreen();
    // Export (Ctrl+E) works from the filter box too, which would otherwise take the key as "end of line"
    for (QLineEdit* edit : ui->filterBar->findChildren<QLineEdit*>())
        edit->installEventFilter(this);

    m_settings.add(
        [this](QSettings& s) { saveWindowSettings(s); }, [this](const QSettings& s) { restoreWindowSettings(s); });
    m_settings.add(sourcePanel());
    m_settings.add(ui->queryPanel);
    m_settings.add(sourcePanel()->clickHousePanel());
    m_settings.add(ui->resultTabs);
}

MainWindow::~MainWindow() = default;

void MainWindow::setupSources()
{
    m_controller->setSource(Usage::SourceKind::LogFiles, new LogFilesSource);
    auto* remote = new RemoteUsageSource;
    // a long range split into many buckets for many users can mean hundreds of requests: ask before sending them
    remote->setLargeSeriesConfirmation([this](int requests) {
        return QMessageBox::question(this, tr("Fetch the cost over time?"),
                   tr("The cost-over-time chart needs %1 requests to Helicone's API. Send them?").arg(requests))
            == QMessageBox::Yes;
    });
    m_controller->setSource(Usage::SourceKind::HeliconeApi, remote);
    m_controller->setSource(Usage::SourceKind::ClickHouse, new ClickHouseUsageSource);
    // the connection test counts the rows in the range the query panel shows
    sourcePanel()->clickHousePanel()->setQueryProvider([this] {
        QString problem;
        return ui->queryPanel->request(&problem).query;
    });
    connect(m_controller, &SourceController::finished, this, &MainWindow::onFinished);
    connect(m_controller, &SourceController::failed, this, &MainWindow::onFailed);
    connect(m_controller, &SourceController::cancelled, this, &MainWindow::onCancelled);
    connect(m_controller, &SourceController::progressChanged, this,
        [this](int permille, const QString& text) { m_status->setProgress(permille, text); });
    connect(m_controller, &SourceController::runningChanged, this, &MainWindow::onRunningChanged);
}

void MainWindow::setupActions()
{
    ui->actionRun->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5) });
    ui->actionOpen->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseFilesToOpen);
    connect(ui->actionExport, &QAction::triggered, this, &MainWindow::chooseExportFile);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionRun, &QAction::triggered, this, &MainWindow::runQuery);
    connect(ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelQuery);
    connect(ui->actionFilter, &QAction::triggered, ui->filterBar, &FilterBar::focusFilter);
    connect(ui->actionShowTable, &QAction::triggered, ui->resultTabs, &ResultTabs::showTable);
    connect(ui->actionShowCharts, &QAction::triggered, ui->resultTabs, &ResultTabs::showCharts);
    connect(ui->actionAbout, &QAction::triggered, this,
        [this] { QMessageBox::about(this, tr("About Usage Explorer"), aboutText()); });
}

QString MainWindow::aboutText()
{
    return tr("<h3>Usage Explorer %1</h3><p>What each end user of an LLM product costs, from "
              "Helicone's API or from a log dump, aggregated on this computer.</p>")
               .arg(QCoreApplication::applicationVersion())
        + tr("<p>The built-in price book is derived from pydantic's genai-prices (MIT license), data of %1.</p>")
              .arg(Usage::PriceBook::builtInDataDate());
}

void MainWindow::setupMenus()
{
    auto* recent = new RecentFilesMenu(sourcePanel(), this);
    ui->menuFile->insertMenu(ui->actionExport, recent);
    connect(recent, &RecentFilesMenu::openRequested, this, [this](const QString& path) { openFiles({ path }); });

    auto* language = new LanguageMenu(this);
    connect(language, &LanguageMenu::message, this, &MainWindow::showInformation);
    ui->menuView->addAction(ui->actionShowTable);
    ui->menuView->addAction(ui->actionShowCharts);
    ui->menuView->addSeparator();
    ui->menuView->addAction(ui->queryDock->toggleViewAction());
    ui->menuView->addMenu(ui->resultTabs->resultsView()->columnsMenu(this));
    auto* views = new SavedViewsMenu(this);
    connect(views, &SavedViewsMenu::message, this, &MainWindow::showInformation);
    ui->menuView->addMenu(views);
    ui->menuView->addSeparator();
    auto* appearance = new AppearanceMenu(this);
    ui->menuView->addMenu(appearance);
    m_settings.add(appearance);
    ui->menuView->addMenu(language);
}

SourcePanel* MainWindow::sourcePanel() const
{
    return ui->queryPanel->sourcePanel();
}

RangeSelector* MainWindow::rangeSelector() const
{
    return ui->queryPanel->rangeSelector();
}

UserIdsEditor* MainWindow::userIdsEditor() const
{
    return ui->queryPanel->userIdsEditor();
}

MessageBar* MainWindow::messageBar() const
{
    return ui->messageBar;
}

PricingPanel* MainWindow::pricingPanel() const
{
    return ui->queryPanel->pricingPanel();
}

ChartsPanel* MainWindow::chartsPanel() const
{
    return ui->resultTabs->chartsPanel();
}

bool MainWindow::showView(const QString& name)
{
    return ui->resultTabs->showView(name);
}

void MainWindow::showSelectionInCharts()
{
    ui->resultTabs->showSelectionInCharts();
}

bool MainWindow::selectResultRow(int resultRow)
{
    return ui->resultTabs->resultsView()->selectResultRow(resultRow);
}

void MainWindow::openFiles(const QStringList& files, bool run)
{
    sourcePanel()->setKind(Usage::SourceKind::LogFiles);
    sourcePanel()->setFiles(files);
    if (run)
        runQuery();
}

bool MainWindow::runQuery()
{
    QString problem;
    SourceRequest request = ui->queryPanel->request(&problem);
    request.clickhouse = sourcePanel()->clickHouseSettings();
    if (!problem.isEmpty()) {
        ui->messageBar->showMessage(MessageBar::Level::Error, problem);
        return false;
    }
    return m_controller->run(request);
}

void MainWindow::cancelQuery()
{
    m_controller->cancel();
}

bool MainWindow::isRunning() const
{
    return m_controller->isRunning();
}

void MainWindow::onRunningChanged(bool running)
{
    ui->queryPanel->setRunning(running);
    if (running)
        ui->messageBar->clearMessage(); // the previous run's error or note is stale now
    ui->actionCancel->setEnabled(running);
    m_status->setRunning(running);
}

void MainWindow::onFinished(const Usage::UsageResult& result, const SourceRequest& request)
{
    m_model->setResult(result);
    ui->queryPanel->whatIfPanel()->setModels(resultModels(result)); // the swaps offer the result's models
    ui->resultTabs->resultsView()->showResult();
    ui->actionExport->setEnabled(true);
    RunMessages::showFinished(ui->messageBar, result);
    m_status->setShownRequest(request);
    m_shownRequest = request;
    m_shownRequest.phaseDone = {};
    Q_EMIT resultShown();
    Q_EMIT runEnded();
}

RequestsView* MainWindow::showRequests(int resultRow)
{
    const Usage::UsageResult& result = m_model->result();
    if (resultRow < 0 || resultRow >= result.rows.size())
        return nullptr;
    auto* view = new RequestsView(m_shownRequest, result.rows[resultRow], this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
    view->start();
    return view;
}

void MainWindow::showInformation(const QString& text)
{
    ui->messageBar->showMessage(MessageBar::Level::Information, text);
}

void MainWindow::onFailed(const QString& reason)
{
    RunMessages::showFailed(ui->messageBar, reason, m_model->hasResult());
    Q_EMIT runEnded();
}

void MainWindow::onCancelled()
{
    RunMessages::showCancelled(ui->messageBar, m_model->hasResult());
    Q_EMIT runEnded();
}

void MainWindow::chooseFilesToOpen()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open log files"), QString(), tr("Helicone logs (*.jsonl *.json *.csv *.gz *.zst);;All files (*)"));
    if (!files.isEmpty())
        openFiles(files);
}

void MainWindow::chooseExportFile()
{
    QString selected;
    const QString filters = ResultExport::fileFilters();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export visible rows"), QStringLiteral("usage.csv"), filters, &selected);
    if (!path.isEmpty())
        exportVisibleRows(path, ResultExport::formatFor(selected, path));
}

bool MainWindow::exportVisibleRows(const QString& path, ResultExport::Format format)
{
    QString error;
    if (!ResultExport::write(m_model->visibleResult(), format, path, &error)) {
        ui->messageBar->showMessage(MessageBar::Level::Error, error);
        return false;
    }
    ui->messageBar->showMessage(MessageBar::Level::Information,
        tr("Exported %Ln row(s) to %1.", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        files.append(url.toLocalFile());
    event->acceptProposedAction();
    openFiles(files);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_controller->cancel();
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings() const
{
    m_settings.save();
}

void MainWindow::restoreSettings()
{
    m_settings.restore();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (ui->actionExport->shortcut().matches(QKeySequence(key->keyCombination())) == QKeySequence::ExactMatch)
            return true; // not accepted: the window's shortcut runs instead of the line edit's key binding
    }
    return QMainWindow::eventFilter(watched, event);
}
