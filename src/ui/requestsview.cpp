// SPDX-License-Identifier: MIT
#include "ui/requestsview.h"

#include "core/requests/requestcolumns.h"
#include "core/tokencounts.h"
#include "models/displayformat.h"
#include "models/requestsfiltermodel.h"
#include "models/requeststablemodel.h"
#include "sources/requestssource.h"
#include "ui/costhistogram.h"
#include "ui/requestbodypanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

RequestsView::RequestsView(const SourceRequest& run, const Usage::GroupUsage& group, QWidget* parent)
    : QDialog(parent)
    , m_run(run)
    , m_group(group)
    , m_source(new RequestsSource(this))
    , m_model(new RequestsTableModel(this))
    , m_proxy(new RequestsFilterModel(this))
{
    setObjectName(QStringLiteral("requestsView"));
    const QString name = group.id.isEmpty() ? tr("(none)") : group.id;
    setWindowTitle(tr("Requests of %1").arg(name));
    m_model->setTimeZone(run.query.zone);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("%1 in the result: %n request(s), %2 tokens, %3", "", int(group.totals.requests))
                                   .arg(name, DisplayFormat::count(group.totals.totalTokens()),
                                       DisplayFormat::money(double(group.totals.costNanos))),
        this);
    heading->setObjectName(QStringLiteral("groupTotals"));
    const bool priced = run.query.pricing || run.pricing.enabled;
    if (priced)
        heading->setToolTip(tr("Each request is priced with the run's price book; Cost follows the run's cost basis."));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    layout->addWidget(createFilterBar());

    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setMaximum(1000);
    m_progress->setMaximumWidth(200);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("requestsStatus"));
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_loadMore = new QPushButton(tr("Load &More"), this);
    m_loadMore->setObjectName(QStringLiteral("loadMoreButton"));
    m_loadMore->setToolTip(tr("List %n more request(s)", "", RequestsSource::kDefaultLimit));
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_loadMore);
    layout->addLayout(progressRow);

    auto* splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("requestsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestsTableModel::Cost, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->setColumnHidden(RequestsTableModel::ComputedCost, !priced);
    m_table->setColumnHidden(RequestsTableModel::PriceSource, !priced);
    m_bodies = new RequestBodyPanel(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* bottom = new QHBoxLayout;
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("shownTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_histogram = new CostHistogram(this);
    m_histogram->setMaximumWidth(260);
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(m_histogram);
    layout->addLayout(bottom);

    connect(m_cancel, &QPushButton::clicked, this, &RequestsView::cancel);
    connect(m_loadMore, &QPushButton::clicked, this, &RequestsView::loadMore);
    connect(m_source, &RequestsSource::runningChanged, this, &RequestsView::onRunningChanged);
    connect(m_source, &RequestsSource::progressChanged, this, [this](int permille, const QString& text) {
        m_progress->setMaximum(permille < 0 ? 0 : 1000);
        m_progress->setValue(std::max(permille, 0));
        m_status->setText(text);
    });
    connect(m_source, &RequestsSource::rowsReady, this, &RequestsView::onRowsReady);
    connect(m_source, &RequestsSource::failed, this, [this](const QString& reason) {
        m_status->setText(tr("Listing the requests failed: %1").arg(reason));
        Q_EMIT listingEnded();
    });
    connect(m_source, &RequestsSource::cancelled, this, [this] {
        m_status->setText(tr("Cancelled; the table keeps the requests listed before."));
        Q_EMIT listingEnded();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RequestsView::updateTotals);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RequestsView::updateTotals);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RequestsView::updateTotals);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RequestsView::updateTotals);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestsView::updateBodies);
    connect(m_table, &QTableView::customContextMenuRequested, this, &RequestsView::showTableMenu);
    onRunningChanged(false);
    updateTotals();
    resize(1000, 640);
}

RequestsView::~RequestsView() = default;

QWidget* RequestsView::createFilterBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_modelFilter = new QComboBox(bar);
    m_modelFilter->setObjectName(QStringLiteral("modelFilter"));
    m_modelFilter->addItem(tr("All models"), QString());
    m_textFilter = new QLineEdit(bar);
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setPlaceholderText(tr("Filter by property or request id"));
    m_textFilter->setClearButtonEnabled(true);
    m_export = new QPushButton(tr("&Export…"), bar);
    auto* copy = new QPushButton(tr("Copy Request &ID"), bar);
    row->addWidget(new QLabel(tr("Model:"), bar));
    row->addWidget(m_modelFilter);
    row->addWidget(m_textFilter, 1);
    row->addWidget(copy);
    row->addWidget(m_export);
    connect(m_modelFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setModelFilter(m_modelFilter->currentData().toString()); });
    connect(m_textFilter, &QLineEdit::textChanged, m_proxy, &RequestsFilterModel::setTextFilter);
    connect(m_export, &QPushButton::clicked, this, &RequestsView::chooseExportFile);
    connect(copy, &QPushButton::clicked, this, &RequestsView::copyRequestId);
    return bar;
}

bool RequestsView::start()
{
    const QString problem = RequestsSource::validate(m_run);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return false;
    }
    m_source->start(m_run, RequestsSource::queryFor(m_run, m_group.id));
    return true;
}

void RequestsView::cancel()
{
    m_source->cancel();
}

void RequestsView::loadMore()
{
    if (!m_source->isRunning() && m_source->canLoadMore())
        m_source->loadMore();
}

void RequestsView::onRunningChanged(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setEnabled(running);
    m_loadMore->setEnabled(!running && m_source->canLoadMore());
}

void RequestsView::onRowsReady()
{
    const QString model = m_modelFilter->currentData().toString();
    m_model->setRows(m_source->rows());
    QStringList models;
    for (const auto& row : m_source->rows())
        models.append(row.model);
    models.removeDuplicates();
    models.sort();
    {
        const QSignalBlocker block(m_modelFilter);
        while (m_modelFilter->count() > 1)
            m_modelFilter->removeItem(1);
        for (const QString& m : std::as_const(models))
            m_modelFilter->addItem(m, m);
        m_modelFilter->setCurrentIndex(std::max(0, m_modelFilter->findData(model)));
    }
    m_proxy->setModelFilter(m_modelFilter->currentData().toString());
    const int listed = int(m_source->rows().size());
    m_status->setText(m_source->canLoadMore()
            ? tr("The %n most expensive request(s) of the row; Load More lists more.", "", listed)
            : tr("%n request(s) listed.", "", listed));
    onRunningChanged(false);
    if (m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    Q_EMIT listingEnded();
}

void RequestsView::updateTotals()
{
    m_shown = {};
    QList<qint64> costs;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int source = m_proxy->index(r, 0).data(RequestsTableModel::RowRole).toInt();
        const auto& row = m_model->rows()[size_t(source)];
        Usage::Totals t;
        t.requests = 1;
        Usage::copyTokenCounts(t, row);
        t.costNanos = row.costNanos().value_or(0);
        t.requestsWithoutCost = row.costNanos() ? 0 : 1;
        m_shown.add(t);
        if (row.costNanos())
            costs.append(*row.costNanos());
    }
    m_totals->setText(totalsText());
    m_histogram->setCosts(costs);
}

QString RequestsView::totalsText() const
{
    return tr("Shown: %n request(s), %1 tokens (%2 prompt, %3 completion), %4", "", int(m_shown.requests))
        .arg(DisplayFormat::count(m_shown.totalTokens()), DisplayFormat::count(m_shown.promptTokens),
            DisplayFormat::count(m_shown.completionTokens), DisplayFormat::money(double(m_shown.costNanos)));
}

QString RequestsView::statusText() const
{
    return m_status->text();
}

void RequestsView::updateBodies()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return m_bodies->clear();
    if (!m_source->hasBodies())
        return m_bodies->showUnavailable();
    const QString id = current.data(RequestsTableModel::RequestIdRole).toString();
    const auto it = m_source->details().constFind(id);
    m_bodies->showDetails(id, it == m_source->details().constEnd() ? nullptr : &*it);
}

void RequestsView::copyRequestId()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(current.data(RequestsTableModel::RequestIdRole).toString());
}

void RequestsView::showTableMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(tr("Copy Request &ID"), this, &RequestsView::copyRequestId)
        ->setEnabled(m_table->indexAt(pos).isValid());
    menu.addAction(tr("&Export…"), this, &RequestsView::chooseExportFile)->setEnabled(m_proxy->rowCount() > 0);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

bool RequestsView::exportTo(const QString& path, ExportFormat format, QString* error)
{
    using Usage::Requests::RequestColumn;
    std::vector<Usage::Requests::RequestRow> rows;
    rows.reserve(size_t(m_proxy->rowCount()));
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows.push_back(m_model->rows()[size_t(m_proxy->index(r, 0).data(RequestsTableModel::RowRole).toInt())]);
    QList<RequestColumn> columns { RequestColumn::RequestId, RequestColumn::CreatedAt, RequestColumn::UserId,
        RequestColumn::Model, RequestColumn::Provider, RequestColumn::PromptTokens, RequestColumn::CompletionTokens,
        RequestColumn::CacheReadTokens, RequestColumn::CacheWriteTokens, RequestColumn::ReasoningTokens,
        RequestColumn::Cost };
    if (m_source->isPriced()) // the figures the cost comes from, beside it
        columns << RequestColumn::RecordedCost << RequestColumn::ComputedCost << RequestColumn::PriceSource;
    columns << RequestColumn::LatencyMs << RequestColumn::Status << RequestColumn::Properties;
    const QByteArray data = format == ExportFormat::Json
        ? Usage::Requests::requestsToJson(rows, columns, m_model->timeZone())
        : Usage::Requests::requestsToCsv(rows, columns, m_model->timeZone());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void RequestsView::chooseExportFile()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Requests"), QString(), tr("CSV files (*.csv);;JSON files (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const bool json =
        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || filter.contains(QLatin1String("json"));
    QString error;
    if (!exportTo(path, json ? ExportFormat::Json : ExportFormat::Csv, &error))
        m_status->setText(error);
    else
        m_status->setText(tr("Exported %n request(s) to %1.", "", m_proxy->rowCount()).arg(path));
}
