// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include "charts/chartspanel.h"
#include "core/decimal.h"
#include "i18n/languages.h"
#include "models/displayformat.h"
#include "models/totalsmodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "sources/logfilessource.h"
#include "sources/remoteusagesource.h"
#include "sources/sourcecontroller.h"
#include "ui/costbardelegate.h"
#include "ui/detailpanel.h"
#include "ui/messagebar.h"
#include "ui/rangeselector.h"
#include "ui/sourcepanel.h"
#include "ui/useridseditor.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

#include <cmath>

namespace {

// group-by combo order in mainwindow.ui
constexpr int kGroupUser = 0;
constexpr int kGroupModel = 1;
constexpr int kGroupProvider = 2;
constexpr int kGroupProperty = 3;

QString sourceKey(Usage::SourceKind kind)
{
    return kind == Usage::SourceKind::HeliconeApi ? QStringLiteral("api") : QStringLiteral("files");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_controller(new SourceController(this))
    , m_model(new UsageTableModel(this))
    , m_totals(new TotalsModel(m_model, this))
    , m_filterTimer(new QTimer(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
{
    ui->setupUi(this);
    m_controller->setSource(Usage::SourceKind::LogFiles, new LogFilesSource);
    auto* remote = new RemoteUsageSource;
    // a long range split into many buckets for many users can mean hundreds of requests: ask before sending them
    remote->setLargeSeriesConfirmation([this](int requests) {
        return QMessageBox::question(this, tr("Fetch the cost over time?"),
                   tr("The cost-over-time chart needs %1 requests to Helicone's API. Send them?").arg(requests))
            == QMessageBox::Yes;
    });
    m_controller->setSource(Usage::SourceKind::HeliconeApi, remote);

    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setTextVisible(false);
    m_progressLabel->setAccessibleName(tr("Progress details"));
    m_statusLabel->setAccessibleName(tr("Status"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    m_progress->hide();
    m_progressLabel->hide();

    setupTable();
    setupActions();

    connect(m_controller, &SourceController::finished, this, &MainWindow::onFinished);
    connect(m_controller, &SourceController::failed, this, &MainWindow::onFailed);
    connect(m_controller, &SourceController::cancelled, this, &MainWindow::onCancelled);
    connect(m_controller, &SourceController::progressChanged, this, &MainWindow::onProgress);
    connect(m_controller, &SourceController::runningChanged, this, &MainWindow::onRunningChanged);

    connect(ui->sourcePanel, &SourcePanel::kindChanged, this, &MainWindow::onSourceKindChanged);
    connect(ui->userIdsEditor, &UserIdsEditor::message, this,
        [this](const QString& text) { ui->messageBar->showMessage(MessageBar::Level::Information, text); });
    connect(ui->groupByCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        ui->propertyEdit->setEnabled(index == kGroupProperty);
        ui->propertyLabel->setEnabled(index == kGroupProperty);
    });
    ui->propertyEdit->setEnabled(false);
    ui->propertyLabel->setEnabled(false);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(300); // debounce typing
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(ui->filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(ui->regexCheck, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(ui->minCostSpin, &QDoubleSpinBox::valueChanged, m_filterTimer, qOverload<>(&QTimer::start));
    const auto [dollarBefore, dollarAfter] = DisplayFormat::dollarAffixes(); // "$0.00", "0,00 $"
    ui->minCostSpin->setPrefix(dollarBefore);
    ui->minCostSpin->setSuffix(dollarAfter);

    ui->menuView->addAction(ui->actionShowTable);
    ui->menuView->addAction(ui->actionShowCharts);
    ui->menuView->addSeparator();
    ui->menuView->addAction(ui->queryDock->toggleViewAction());
    ui->menuView->addSeparator();
    ui->menuView->addMenu(m_languageMenu);
    connect(ui->actionShowTable, &QAction::triggered, this, [this] { ui->viewTabs->setCurrentWidget(ui->tableTab); });
    connect(ui->actionShowCharts, &QAction::triggered, this, [this] { ui->viewTabs->setCurrentWidget(ui->chartsTab); });
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 1);
    ui->queryDock->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 44);
    onSourceKindChanged(ui->sourcePanel->kind());
    updateStatus();
}

MainWindow::~MainWindow() = default;

SourcePanel* MainWindow::sourcePanel() const
{
    return ui->sourcePanel;
}

RangeSelector* MainWindow::rangeSelector() const
{
    return ui->rangeSelector;
}

UserIdsEditor* MainWindow::userIdsEditor() const
{
    return ui->userIdsEditor;
}

MessageBar* MainWindow::messageBar() const
{
    return ui->messageBar;
}

ChartsPanel* MainWindow::chartsPanel() const
{
    return ui->chartsPanel;
}

bool MainWindow::showView(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("table")) {
        ui->viewTabs->setCurrentWidget(ui->tableTab);
        return true;
    }
    if (key == QLatin1String("charts")) {
        ui->viewTabs->setCurrentWidget(ui->chartsTab);
        return true;
    }
    ChartsPanel::Kind kind {};
    if (!ChartsPanel::kindFromKey(key, &kind))
        return false;
    ui->chartsPanel->setKind(kind);
    ui->viewTabs->setCurrentWidget(ui->chartsTab);
    return true;
}

bool MainWindow::selectResultRow(int resultRow)
{
    const qsizetype row = m_model->visibleRows().indexOf(resultRow);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(int(row), UsageColumn::Id);
    ui->tableView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ui->tableView->scrollTo(index);
    return true;
}

void MainWindow::setupTable()
{
    QTableView* table = ui->tableView;
    table->setModel(m_model);
    table->setItemDelegateForColumn(UsageColumn::CostShare, new CostBarDelegate(table));
    QHeaderView* header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSortIndicator(UsageColumn::Cost, Qt::DescendingOrder);
    header->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    // sizing a column to its contents measures the first hundred rows (the costliest users, with the longest
    // numbers), not a thousand: the totals line, which sets the minimum too, holds the column's largest number
    header->setResizeContentsPrecision(100);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    QTableView* totals = ui->totalsView;
    totals->setModel(m_totals);
    totals->setItemDelegateForColumn(UsageColumn::CostShare, new CostBarDelegate(totals));
    totals->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // the totals line follows the table's columns: widths, order, hiding and horizontal scrolling
    QHeaderView* totalsHeader = totals->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, totalsHeader,
        [totalsHeader](int section, int, int size) { totalsHeader->resizeSection(section, size); });
    connect(header, &QHeaderView::sectionMoved, totalsHeader, [header, totalsHeader](int, int, int) {
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            totalsHeader->moveSection(totalsHeader->visualIndex(logical), visual);
        }
    });
    connect(
        table->horizontalScrollBar(), &QScrollBar::valueChanged, totals->horizontalScrollBar(), &QScrollBar::setValue);
    connect(
        table->horizontalScrollBar(), &QScrollBar::rangeChanged, totals->horizontalScrollBar(), &QScrollBar::setRange);
    updateTotalsHeight();

    connect(table, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetail);
    connect(m_model, &UsageTableModel::modelReset, this, &MainWindow::updateDetail);

    // the charts show the rows the table shows; the table's selection is highlighted there, and a click on a bar
    // selects its row here
    ui->chartsPanel->setSourceModel(m_model);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateChartSelection);
    connect(m_model, &UsageTableModel::modelReset, this, &MainWindow::updateChartSelection);
    connect(m_model, &UsageTableModel::layoutChanged, this, &MainWindow::updateChartSelection);
    connect(ui->chartsPanel, &ChartsPanel::rowActivated, this, &MainWindow::selectResultRow);
    connect(m_model, &UsageTableModel::visibleRowsChanged, this, &MainWindow::updateStatus);
    connect(m_model, &UsageTableModel::busyChanged, this,
        [this](bool busy) { ui->tableView->setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor); });

    auto* copy = new QAction(tr("&Copy"), table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &MainWindow::copySelection);
    table->addAction(copy);
}

void MainWindow::setupActions()
{
    ui->actionRun->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5) });
    ui->actionOpen->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    ui->runButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    ui->cancelButton->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    connect(ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseFilesToOpen);
    connect(ui->actionExport, &QAction::triggered, this, &MainWindow::chooseExportFile);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionRun, &QAction::triggered, this, &MainWindow::runQuery);
    connect(ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelQuery);
    connect(ui->runButton, &QPushButton::clicked, this, &MainWindow::runQuery);
    connect(ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelQuery);
    connect(ui->actionFilter, &QAction::triggered, this, [this] {
        ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        ui->filterEdit->selectAll();
    });
    connect(ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Usage Explorer"),
            tr("<h3>Usage Explorer %1</h3><p>What each end user of an LLM product costs, from "
               "Helicone's API or from a log dump, aggregated on this computer.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });

    // File › Open Recent lists the source panel's recent files, newest first
    connect(ui->menuRecent, &QMenu::aboutToShow, this, [this] {
        ui->menuRecent->clear();
        const QStringList recent = ui->sourcePanel->recentFiles();
        for (const QString& path : recent) {
            QAction* action = ui->menuRecent->addAction(QFileInfo(path).fileName());
            action->setToolTip(QDir::toNativeSeparators(path));
            action->setStatusTip(QDir::toNativeSeparators(path));
            connect(action, &QAction::triggered, this, [this, path] { openFiles({ path }); });
        }
        if (recent.isEmpty())
            ui->menuRecent->addAction(tr("No recent files"))->setEnabled(false);
        ui->menuRecent->addSeparator();
        QAction* clear = ui->menuRecent->addAction(tr("&Clear List"));
        clear->setEnabled(!recent.isEmpty());
        connect(clear, &QAction::triggered, this, [this] { ui->sourcePanel->setRecentFiles({}); });
    });

    // View › Language: the system's language or a chosen one, applied at the next start
    auto* languageMenu = new QMenu(tr("&Language"), this);
    languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    auto* languages = new QActionGroup(languageMenu);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    auto addLanguage = [&](const QString& code, const QString& text) {
        QAction* action = languageMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        languages->addAction(action);
    };
    addLanguage(QString(), tr("System Language"));
    languageMenu->addSeparator();
    for (const QString& code : Usage::I18n::availableLanguages())
        addLanguage(code, Usage::I18n::nativeName(code));
    connect(languages, &QActionGroup::triggered, this, [this](QAction* action) {
        QSettings().setValue(QStringLiteral("ui/language"), action->data().toString());
        ui->messageBar->showMessage(MessageBar::Level::Information,
            tr("Usage Explorer will use %1 from its next start.")
                .arg(action->data().toString().isEmpty() ? tr("the system language")
                                                         : Usage::I18n::nativeName(action->data().toString())));
    });
    m_languageMenu = languageMenu;
}

void MainWindow::onSourceKindChanged(Usage::SourceKind kind)
{
    // the API answers per user only: the other groupings need a dump
    const bool api = kind == Usage::SourceKind::HeliconeApi;
    if (api)
        ui->groupByCombo->setCurrentIndex(kGroupUser);
    ui->groupByCombo->setEnabled(!api);
    ui->groupByLabel->setEnabled(!api);
    ui->dedupeCheck->setEnabled(!api); // the server counts each request once already
}

void MainWindow::openFiles(const QStringList& files, bool run)
{
    ui->sourcePanel->setKind(Usage::SourceKind::LogFiles);
    ui->sourcePanel->setFiles(files);
    if (run)
        runQuery();
}

Usage::UsageQuery MainWindow::queryFromInputs(QString* problem)
{
    Usage::UsageQuery query;
    const auto range = ui->rangeSelector->range(problem);
    if (!range)
        return query;
    query.startMs = range->startMs;
    query.endMs = range->endMs;
    query.zone = range->zone;
    query.userIds = ui->userIdsEditor->ids();
    query.granularity = Usage::Granularity(ui->granularityCombo->currentIndex());
    switch (ui->groupByCombo->currentIndex()) {
    case kGroupModel:
        query.groupBy.key = Usage::GroupKey::Model;
        break;
    case kGroupProvider:
        query.groupBy.key = Usage::GroupKey::Provider;
        break;
    case kGroupProperty:
        query.groupBy.key = Usage::GroupKey::Property;
        query.groupBy.property = ui->propertyEdit->text().trimmed();
        if (query.groupBy.property.isEmpty())
            *problem = tr("Enter the name of the custom property to group by.");
        break;
    default:
        break;
    }
    return query;
}

bool MainWindow::runQuery()
{
    QString problem;
    SourceRequest request;
    request.kind = ui->sourcePanel->kind();
    request.files = ui->sourcePanel->files();
    request.api = ui->sourcePanel->apiSettings();
    request.dedupe = ui->dedupeCheck->isChecked();
    request.query = queryFromInputs(&problem);
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
    ui->cancelButton->setEnabled(running);
    ui->actionCancel->setEnabled(running);
    m_progress->setVisible(running);
    m_progressLabel->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_progressLabel->clear();
    }
}

void MainWindow::onProgress(int permille, const QString& text)
{
    if (permille < 0) {
        m_progress->setRange(0, 0); // busy: the amount of work is not known yet
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(permille);
    }
    m_progressLabel->setText(text);
}

void MainWindow::onFinished(const Usage::UsageResult& result, const SourceRequest& request)
{
    m_shownRequest = request;
    m_hasShownRequest = true;
    m_model->setResult(result);
    if (!m_headerStateRestored) {
        ui->tableView->resizeColumnsToContents();
        // the totals line is wider than the rows in places ("100,0%" under "25,7%"): it sets the minimum too (its
        // own sizing is then overwritten through the link of the two headers)
        ui->totalsView->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column) {
            ui->tableView->horizontalHeader()->resizeSection(
                column, std::max(ui->tableView->columnWidth(column), ui->totalsView->columnWidth(column)));
        }
        const QFontMetrics metrics = fontMetrics();
        ui->tableView->horizontalHeader()->resizeSection(UsageColumn::Id,
            std::clamp(ui->tableView->columnWidth(UsageColumn::Id), metrics.horizontalAdvance(QStringLiteral("x")) * 16,
                metrics.horizontalAdvance(QStringLiteral("x")) * 40));
        m_headerStateRestored = true; // size once; afterwards the user's widths stay
    }
    updateColumnVisibility();
    ui->actionExport->setEnabled(true);
    if (m_model->rowCount() > 0 && !ui->tableView->selectionModel()->currentIndex().isValid())
        ui->tableView->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    if (!result.errors.isEmpty()) {
        QStringList lines;
        for (const Usage::Diagnostic& d : result.errors)
            lines.append(d.toString());
        ui->messageBar->showMessage(MessageBar::Level::Warning,
            tr("The result is partial: %n file(s) could not be read to the end.", nullptr, int(result.errors.size())),
            lines.join(QLatin1Char('\n')), result.diagnostics);
    } else if (result.skippedRecords > 0) {
        ui->messageBar->showMessage(MessageBar::Level::Warning,
            tr("%n line(s) skipped because they could not be read.", nullptr, int(result.skippedRecords)),
            result.warnings.join(QLatin1Char('\n')), result.diagnostics);
    } else if (!result.warnings.isEmpty()) {
        ui->messageBar->showMessage(
            MessageBar::Level::Warning, result.warnings.constFirst(), result.warnings.join(QLatin1Char('\n')));
    } else {
        ui->messageBar->clearMessage();
    }
    updateStatus();
    Q_EMIT resultShown();
    Q_EMIT runEnded();
}

void MainWindow::onFailed(const QString& reason)
{
    const QString first = reason.section(QLatin1Char('\n'), 0, 0);
    const QString text = m_model->hasResult() ? tr("%1 The table still shows the previous results.").arg(first) : first;
    ui->messageBar->showMessage(
        MessageBar::Level::Error, text, reason.contains(QLatin1Char('\n')) ? reason : QString());
    Q_EMIT runEnded();
}

void MainWindow::onCancelled()
{
    ui->messageBar->showMessage(MessageBar::Level::Information,
        m_model->hasResult() ? tr("Cancelled. The table still shows the previous results.") : tr("Cancelled."));
    Q_EMIT runEnded();
}

void MainWindow::applyFilter()
{
    m_filterTimer->stop();
    const qint64 minNanos = qint64(std::llround(ui->minCostSpin->value() * 1e9));
    const RowFilter filter(ui->filterEdit->text(), ui->regexCheck->isChecked(), minNanos);
    if (!m_model->setFilter(filter)) {
        ui->filterEdit->setToolTip(tr("Not a valid regular expression: %1").arg(filter.errorString()));
        QPalette palette = ui->filterEdit->palette();
        const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
        palette.setColor(QPalette::Text, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
        ui->filterEdit->setPalette(palette);
        return;
    }
    ui->filterEdit->setPalette(QPalette());
    ui->filterEdit->setToolTip(tr("Show only the rows whose id contains this text (case-insensitive), or matches "
                                  "it as a regular expression"));
}

void MainWindow::updateColumnVisibility()
{
    for (int column = 0; column < UsageColumn::Count; ++column) {
        const bool hidden = !m_model->isColumnAvailable(column);
        ui->tableView->setColumnHidden(column, hidden);
        ui->totalsView->setColumnHidden(column, hidden);
    }
    // copy widths once more: hidden sections and restored states bypass sectionResized
    QHeaderView* header = ui->tableView->horizontalHeader();
    for (int column = 0; column < UsageColumn::Count; ++column)
        ui->totalsView->horizontalHeader()->resizeSection(column, header->sectionSize(column));
}

void MainWindow::updateTotalsHeight()
{
    const int height = ui->totalsView->verticalHeader()->defaultSectionSize() + 2 * ui->totalsView->frameWidth();
    ui->totalsView->setFixedHeight(height);
}

void MainWindow::updateDetail()
{
    const QModelIndex current = ui->tableView->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        ui->detailPanel->setGroup(nullptr, m_model->result().query, false);
        return;
    }
    ui->detailPanel->setGroup(
        &m_model->groupAt(current.row()), m_model->result().query, m_model->result().hasRequestTimes);
}

void MainWindow::updateStatus()
{
    if (!m_hasShownRequest) {
        m_statusLabel->setText(
            tr("No data yet: open log files (Ctrl+O) or choose the Helicone API, then Run (Ctrl+R)."));
        return;
    }
    const Usage::UsageResult& result = m_model->result();
    QString source;
    if (m_shownRequest.kind == Usage::SourceKind::HeliconeApi) {
        source = tr("Helicone API (%1)").arg(m_shownRequest.api.baseUrl);
    } else {
        QStringList names;
        for (const QString& file : std::as_const(m_shownRequest.files))
            names.append(QFileInfo(file).fileName());
        source = names.size() <= 2 ? names.join(QLatin1String(", ")) : tr("%n log file(s)", nullptr, int(names.size()));
    }
    const Usage::UsageQuery& q = result.query;
    const QString zone = DisplayFormat::zoneName(q.zone);
    QString range;
    if (!q.startMs && !q.endMs)
        range = tr("all time (%1)").arg(zone);
    else
        range = tr("%1 – %2 (%3)")
                    .arg(q.startMs ? DisplayFormat::dateTime(*q.startMs, q.zone) : tr("start"),
                        q.endMs ? DisplayFormat::dateTime(*q.endMs, q.zone) : tr("now"), zone);
    const qsizetype shown = m_model->rowCount();
    const qsizetype all = result.rows.size();
    const QString rows = shown == all ? tr("%n row(s)", nullptr, int(all))
                                      : tr("%1 of %n row(s)", nullptr, int(all)).arg(DisplayFormat::count(shown));
    QString fetched;
    if (result.fetchedAt.isValid())
        fetched = tr("fetched %1").arg(QLocale().toString(result.fetchedAt.toLocalTime(), QLocale::ShortFormat));
    m_statusLabel->setText(QStringList { source, range, rows, fetched }.join(QStringLiteral(" · ")));
    setWindowTitle(tr("Usage Explorer — %1").arg(source));
}

void MainWindow::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = ui->tableView->indexAt(pos);
    QMenu menu(this);
    QAction* copy = menu.addAction(tr("&Copy"), this, &MainWindow::copySelection);
    copy->setEnabled(ui->tableView->selectionModel()->hasSelection());
    QAction* filter = menu.addAction(tr("&Filter to This"), this, &MainWindow::filterToCurrent);
    filter->setEnabled(index.isValid());
    QAction* charts = menu.addAction(tr("Show in C&harts"), this, &MainWindow::showSelectionInCharts);
    charts->setEnabled(ui->tableView->selectionModel()->hasSelection());
    charts->setToolTip(tr("The selected rows' cost over time, and their bars highlighted"));
    menu.exec(ui->tableView->viewport()->mapToGlobal(pos));
}

void MainWindow::copySelection()
{
    QList<int> rows;
    for (const QModelIndex& index : ui->tableView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return;
    QHeaderView* header = ui->tableView->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList lines;
    QStringList titles;
    for (int column : std::as_const(columns))
        titles.append(m_model->headerData(column, Qt::Horizontal).toString());
    lines.append(titles.join(QLatin1Char('\t')));
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns)) {
            const QModelIndex index = m_model->index(row, column);
            const QVariant raw = index.data(UsageTableModel::RawValueRole);
            // spreadsheets want plain numbers: exact dollars and unseparated counts, not display text
            if (column == UsageColumn::Id)
                cells.append(raw.toString());
            else if (column == UsageColumn::Cost)
                cells.append(Usage::Decimal::formatNanosQString(raw.toLongLong()));
            else if (column == UsageColumn::CostPerRequest)
                cells.append(QString::number(raw.toDouble() / 1e9, 'g', 12));
            else if (column == UsageColumn::CostShare)
                cells.append(QString::number(raw.toDouble(), 'g', 12));
            else if (column == UsageColumn::FirstRequest || column == UsageColumn::LastRequest)
                cells.append(index.data().toString());
            else
                cells.append(QString::number(raw.toLongLong()));
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void MainWindow::filterToCurrent()
{
    const QModelIndex current = ui->tableView->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(UsageTableModel::IdRole).toString();
    ui->regexCheck->setChecked(true);
    ui->filterEdit->setText(QLatin1Char('^') + QRegularExpression::escape(id) + QLatin1Char('$'));
    applyFilter();
}

void MainWindow::updateChartSelection()
{
    QList<int> rows;
    for (const QModelIndex& index : ui->tableView->selectionModel()->selectedRows())
        rows.append(index.data(UsageTableModel::ResultRowRole).toInt());
    std::sort(rows.begin(), rows.end());
    ui->chartsPanel->setSelectedRows(rows);
}

void MainWindow::showSelectionInCharts()
{
    updateChartSelection();
    ui->chartsPanel->setTimeOfSelectedRows(true);
    ui->chartsPanel->setKind(ChartsPanel::Kind::CostOverTime);
    ui->viewTabs->setCurrentWidget(ui->chartsTab);
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
        tr("Exported %n row(s) to %1.", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
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
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), ui->splitter->saveState());
    settings.setValue(QStringLiteral("table/header"), ui->tableView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("source/kind"), sourceKey(ui->sourcePanel->kind()));
    settings.setValue(QStringLiteral("files/dedupe"), ui->dedupeCheck->isChecked());
    const ApiSettings api = ui->sourcePanel->apiSettings(); // the key stays out: it is never written here
    settings.setValue(QStringLiteral("api/baseUrl"), api.baseUrl);
    settings.setValue(QStringLiteral("api/timeUnit"), timeUnitText(api.timeUnit));
    settings.setValue(QStringLiteral("range/preset"), RangePreset::key(ui->rangeSelector->preset()));
    settings.setValue(QStringLiteral("range/zone"), DisplayFormat::zoneName(ui->rangeSelector->zone()));
    settings.setValue(QStringLiteral("files/recent"), ui->sourcePanel->recentFiles());
    settings.setValue(QStringLiteral("query/granularity"), ui->granularityCombo->currentIndex());
    settings.setValue(QStringLiteral("view/tab"),
        ui->viewTabs->currentWidget() == ui->chartsTab ? QStringLiteral("charts") : QStringLiteral("table"));
    settings.setValue(QStringLiteral("charts/kind"), ChartsPanel::kindKey(ui->chartsPanel->kind()));
    settings.setValue(QStringLiteral("charts/bars"), ui->chartsPanel->topN());
    settings.sync();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (settings.status() != QSettings::NoError) {
        // a corrupt file: start from defaults, and the next save replaces it
        settings.clear();
        return;
    }
    // every value is checked: a damaged or hand-edited file must not break the window
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (ui->tableView->horizontalHeader()->restoreState(settings.value(QStringLiteral("table/header")).toByteArray())
        && ui->tableView->horizontalHeader()->count() == UsageColumn::Count) {
        m_headerStateRestored = true;
        QHeaderView* header = ui->tableView->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            QHeaderView* totals = ui->totalsView->horizontalHeader();
            totals->moveSection(totals->visualIndex(logical), visual);
            totals->resizeSection(logical, header->sectionSize(logical));
        }
    }
    ui->sourcePanel->setKind(settings.value(QStringLiteral("source/kind")).toString() == QLatin1String("api")
            ? Usage::SourceKind::HeliconeApi
            : Usage::SourceKind::LogFiles);
    const QString baseUrl = settings.value(QStringLiteral("api/baseUrl")).toString();
    if (baseUrl.startsWith(QLatin1String("http://")) || baseUrl.startsWith(QLatin1String("https://")))
        ui->sourcePanel->setBaseUrl(baseUrl);
    TimeUnitChoice timeUnit; // anything unknown: automatic
    parseTimeUnit(settings.value(QStringLiteral("api/timeUnit")).toString(), &timeUnit);
    ui->sourcePanel->setTimeUnit(timeUnit);
    const QString zone = settings.value(QStringLiteral("range/zone")).toString();
    if (!zone.isEmpty())
        ui->rangeSelector->setZone(zone.toUtf8());
    ui->rangeSelector->setPreset(
        RangePreset::fromKey(settings.value(QStringLiteral("range/preset")).toString(), RangePreset::AllTime));
    ui->sourcePanel->setRecentFiles(settings.value(QStringLiteral("files/recent")).toStringList());
    ui->dedupeCheck->setChecked(settings.value(QStringLiteral("files/dedupe")).toBool());
    bool ok = false;
    const int granularity = settings.value(QStringLiteral("query/granularity")).toInt(&ok);
    if (ok && granularity >= 0 && granularity < ui->granularityCombo->count())
        ui->granularityCombo->setCurrentIndex(granularity);
    ChartsPanel::Kind kind {};
    if (ChartsPanel::kindFromKey(settings.value(QStringLiteral("charts/kind")).toString(), &kind))
        ui->chartsPanel->setKind(kind);
    const int bars = settings.value(QStringLiteral("charts/bars")).toInt(&ok);
    if (ok && bars >= 1 && bars <= 100)
        ui->chartsPanel->setTopN(bars);
    showView(settings.value(QStringLiteral("view/tab")).toString()); // anything else keeps the table
}
