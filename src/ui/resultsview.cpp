// SPDX-License-Identifier: MIT
#include "ui/resultsview.h"

#include "models/totalsmodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "ui/clipboardrows.h"
#include "ui/columnlayout.h"
#include "ui/columnsizer.h"
#include "ui/costbardelegate.h"
#include "ui/frozencolumn.h"
#include "ui/headerlink.h"
#include "ui/selectionkeeper.h"
#include "ui/unpricedpanel.h"
#include "ui_resultsview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QSettings>

#include <algorithm>

ResultsView::ResultsView(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ResultsView>())
{
    ui->setupUi(this);
    m_unpriced = new UnpricedPanel(ui->tableContainer);
    ui->tableLayout->addWidget(m_unpriced);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 1);
}

ResultsView::~ResultsView() = default;

QTableView* ResultsView::tableView() const
{
    return ui->tableView;
}

void ResultsView::setModels(UsageTableModel* table, TotalsModel* totals)
{
    Q_ASSERT(!m_model);
    m_model = table;
    ui->tableView->setModel(table);
    ui->totalsView->setModel(totals);
    setupTable();
}

void ResultsView::setupTable()
{
    QTableView* table = ui->tableView;
    table->setItemDelegateForColumn(UsageColumn::CostShare, new CostBarDelegate(table));
    QHeaderView* header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSortIndicator(UsageColumn::Cost, Qt::DescendingOrder);
    header->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    QTableView* totals = ui->totalsView;
    totals->setItemDelegateForColumn(UsageColumn::CostShare, new CostBarDelegate(totals));
    totals->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    totals->setFixedHeight(totals->verticalHeader()->defaultSectionSize() + 2 * totals->frameWidth());
    m_link = new HeaderLink(table, totals);
    m_layout = new ColumnLayout(table, m_link, m_model);
    m_sizer = new ColumnSizer(table, totals, m_model);
    m_frozen = new FrozenColumn(table, UsageColumn::Id);
    // after the frozen view: its reset on a new model state clears the shared selection, the keeper then restores
    new SelectionKeeper(table);
    m_frozenTotals = new FrozenColumn(totals, UsageColumn::Id);
    m_frozenTotals->view()->setItemDelegateForColumn(UsageColumn::CostShare, new CostBarDelegate(totals));
    const auto syncFrozen = [this] {
        m_frozen->sync();
        m_frozenTotals->sync();
    };
    connect(m_layout, &ColumnLayout::layoutChanged, this, syncFrozen);
    connect(m_sizer, &ColumnSizer::fitted, this, syncFrozen);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ResultsView::showHeaderMenu);

    connect(table, &QTableView::customContextMenuRequested, this, &ResultsView::showContextMenu);
    connect(table, &QTableView::doubleClicked, this, &ResultsView::requestRequests);
    connect(m_frozen->view(), &QTableView::doubleClicked, this, &ResultsView::requestRequests);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResultsView::updateDetail);
    connect(m_model, &UsageTableModel::modelReset, this, &ResultsView::updateDetail);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResultsView::selectedRowsChanged);
    connect(m_model, &UsageTableModel::modelReset, this, &ResultsView::selectedRowsChanged);
    connect(m_model, &UsageTableModel::layoutChanged, this, &ResultsView::selectedRowsChanged);
    connect(m_model, &UsageTableModel::busyChanged, this,
        [table](bool busy) { table->setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor); });

    auto* copy = new QAction(tr("&Copy"), table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ResultsView::copySelection);
    table->addAction(copy);
    auto* copyTable = new QAction(tr("Copy &Table"), table);
    copyTable->setObjectName(QStringLiteral("copyTableAction"));
    copyTable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyTable->setShortcutContext(Qt::WidgetShortcut);
    connect(copyTable, &QAction::triggered, this, &ResultsView::copyAll);
    table->addAction(copyTable);
    auto* requests = new QAction(tr("Show &Requests"), table);
    requests->setObjectName(QStringLiteral("showRequestsAction"));
    requests->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    requests->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(requests, &QAction::triggered, this, [this] { requestRequests(ui->tableView->currentIndex()); });
    table->addAction(requests);
    m_frozen->view()->addAction(requests);
}

void ResultsView::requestRequests(const QModelIndex& index)
{
    if (index.isValid())
        Q_EMIT showRequestsRequested(index.data(UsageTableModel::ResultRowRole).toInt());
}

QTableView* ResultsView::frozenView() const
{
    return m_frozen->view();
}

QMenu* ResultsView::columnsMenu(QWidget* parent)
{
    return m_layout->createMenu(parent);
}

void ResultsView::showHeaderMenu(const QPoint& pos)
{
    QMenu menu(this);
    m_layout->populate(&menu);
    menu.exec(ui->tableView->horizontalHeader()->mapToGlobal(pos));
}

void ResultsView::showResult()
{
    m_unpriced->setSummary(m_model->result().pricing);
    m_sizer->fit(!m_layout->switchGrouping(ColumnLayout::groupingKey(m_model->result().query.groupBy)));
    QItemSelectionModel* selection = ui->tableView->selectionModel();
    if (m_model->rowCount() > 0 && !selection->currentIndex().isValid())
        selection->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ResultsView::updateDetail()
{
    const QModelIndex current = ui->tableView->selectionModel()->currentIndex();
    const Usage::UsageResult& result = m_model->result();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        ui->detailPanel->setGroup(nullptr, result.query, false);
        return;
    }
    ui->detailPanel->setGroup(&m_model->groupAt(current.row()), result.query, result.hasRequestTimes, result.pricing);
}

bool ResultsView::selectResultRow(int resultRow)
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

QList<int> ResultsView::selectedResultRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : ui->tableView->selectionModel()->selectedRows())
        rows.append(index.data(UsageTableModel::ResultRowRole).toInt());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ResultsView::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = ui->tableView->indexAt(pos);
    const bool selected = ui->tableView->selectionModel()->hasSelection();
    QMenu menu(this);
    menu.addAction(tr("&Copy"), this, &ResultsView::copySelection)->setEnabled(selected);
    menu.addAction(tr("Copy &Table"), this, &ResultsView::copyAll)->setEnabled(m_model->rowCount() > 0);
    QAction* filter = menu.addAction(tr("&Filter to This"), this, [this] {
        const QModelIndex current = ui->tableView->currentIndex();
        if (current.isValid())
            Q_EMIT filterToIdRequested(current.data(UsageTableModel::IdRole).toString());
    });
    filter->setEnabled(index.isValid());
    QAction* charts = menu.addAction(tr("Show in C&harts"), this, &ResultsView::showInChartsRequested);
    charts->setEnabled(selected);
    charts->setToolTip(tr("The selected rows' cost over time, and their bars highlighted"));
    QAction* requests = menu.addAction(tr("Show &Requests"), this, [this, index] { requestRequests(index); });
    requests->setEnabled(index.isValid());
    requests->setToolTip(tr("The row's requests one by one, with their bodies when the dump has them"));
    menu.exec(ui->tableView->viewport()->mapToGlobal(pos));
}

QList<int> ResultsView::shownColumns() const
{
    const QHeaderView* header = ui->tableView->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void ResultsView::copySelection()
{
    QList<int> rows;
    for (const QModelIndex& index : ui->tableView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    copyRows(rows);
}

void ResultsView::copyAll()
{
    QList<int> rows(m_model->rowCount());
    for (int row = 0; row < rows.size(); ++row)
        rows[row] = row;
    copyRows(rows);
}

void ResultsView::copyRows(const QList<int>& rows)
{
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(ClipboardRows::mimeData(*m_model, rows, shownColumns()));
}

void ResultsView::saveSettings(QSettings& settings) const
{
    settings.setValue(QStringLiteral("window/splitter"), ui->splitter->saveState());
    m_layout->saveSettings(settings);
}

void ResultsView::restoreSettings(const QSettings& settings)
{
    ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_layout->restoreSettings(settings);
}
