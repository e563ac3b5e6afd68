// SPDX-License-Identifier: MIT
#include "ui/resultsview.h"

#include "models/totalsmodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "ui/clipboardrows.h"
#include "ui/costbardelegate.h"
#include "ui/headerlink.h"
#include "ui_resultsview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

#include <algorithm>

ResultsView::ResultsView(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ResultsView>())
{
    ui->setupUi(this);
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
    // sizing a column to its contents measures the first hundred rows (the costliest users, with the longest
    // numbers), not a thousand: the totals line, which sets the minimum too, holds the column's largest number
    header->setResizeContentsPrecision(100);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    QTableView* totals = ui->totalsView;
    totals->setItemDelegateForColumn(UsageColumn::CostShare, new CostBarDelegate(totals));
    totals->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    totals->setFixedHeight(totals->verticalHeader()->defaultSectionSize() + 2 * totals->frameWidth());
    m_link = new HeaderLink(table, totals);

    connect(table, &QTableView::customContextMenuRequested, this, &ResultsView::showContextMenu);
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
}

void ResultsView::showResult()
{
    if (!m_columnsSized)
        fitColumns();
    updateColumnVisibility();
    QItemSelectionModel* selection = ui->tableView->selectionModel();
    if (m_model->rowCount() > 0 && !selection->currentIndex().isValid())
        selection->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ResultsView::fitColumns()
{
    QTableView* table = ui->tableView;
    table->resizeColumnsToContents();
    // the totals line is wider than the rows in places ("100,0%" under "25,7%"): it sets the minimum too (its own
    // sizing is then overwritten through the link of the two headers)
    ui->totalsView->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        table->horizontalHeader()->resizeSection(
            column, std::max(table->columnWidth(column), ui->totalsView->columnWidth(column)));
    }
    const int x = fontMetrics().horizontalAdvance(QStringLiteral("x"));
    table->horizontalHeader()->resizeSection(
        UsageColumn::Id, std::clamp(table->columnWidth(UsageColumn::Id), x * 16, x * 40));
    m_columnsSized = true;
}

void ResultsView::updateColumnVisibility()
{
    for (int column = 0; column < UsageColumn::Count; ++column)
        m_link->setColumnHidden(column, !m_model->isColumnAvailable(column));
    m_link->copyLayout();
}

void ResultsView::updateDetail()
{
    const QModelIndex current = ui->tableView->selectionModel()->currentIndex();
    const Usage::UsageResult& result = m_model->result();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        ui->detailPanel->setGroup(nullptr, result.query, false);
        return;
    }
    ui->detailPanel->setGroup(&m_model->groupAt(current.row()), result.query, result.hasRequestTimes);
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
    QAction* filter = menu.addAction(tr("&Filter to This"), this, [this] {
        const QModelIndex current = ui->tableView->currentIndex();
        if (current.isValid())
            Q_EMIT filterToIdRequested(current.data(UsageTableModel::IdRole).toString());
    });
    filter->setEnabled(index.isValid());
    QAction* charts = menu.addAction(tr("Show in C&harts"), this, &ResultsView::showInChartsRequested);
    charts->setEnabled(selected);
    charts->setToolTip(tr("The selected rows' cost over time, and their bars highlighted"));
    menu.exec(ui->tableView->viewport()->mapToGlobal(pos));
}

void ResultsView::copySelection()
{
    QList<int> rows;
    for (const QModelIndex& index : ui->tableView->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    const QHeaderView* header = ui->tableView->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QApplication::clipboard()->setText(ClipboardRows::text(*m_model, rows, columns));
}

void ResultsView::saveSettings(QSettings& settings) const
{
    settings.setValue(QStringLiteral("window/splitter"), ui->splitter->saveState());
    settings.setValue(QStringLiteral("table/header"), ui->tableView->horizontalHeader()->saveState());
}

void ResultsView::restoreSettings(const QSettings& settings)
{
    ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    QHeaderView* header = ui->tableView->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("table/header")).toByteArray())
        && header->count() == UsageColumn::Count) {
        m_columnsSized = true;
        m_link->copyLayout();
    }
}
