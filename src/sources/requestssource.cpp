// SPDX-License-Identifier: MIT
#include "sources/requestssource.h"

#include "core/requests/filerequests.h"
#include "core/requests/requestpricing.h"
#include "core/requests/requestsort.h"
#include "net/clickhouse/clickhouserequestsjob.h"
#include "net/requestlistjob.h"
#include "net/restclient.h"
#include "sources/clickhouseusagesource.h"
#include "sources/remoteusagesource.h"
#include "sources/sourceslog.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

using Usage::Requests::RequestRow;

RequestsSource::RequestsSource(QObject* parent)
    : QObject(parent)
{
}

RequestsSource::~RequestsSource()
{
    if (m_cancel)
        m_cancel->store(true);
    joinWorker();
    stopRemote();
}

Usage::Requests::RequestsQuery RequestsSource::queryFor(const SourceRequest& run, const QString& groupValue, int limit)
{
    Usage::Requests::RequestsQuery q;
    q.startMs = run.query.startMs;
    q.endMs = run.query.endMs;
    q.groupBy = run.query.groupBy;
    q.groupValue = groupValue;
    q.sort = Usage::Requests::RequestSort::Cost;
    q.limit = limit;
    q.dedupe = run.dedupe;
    q.pricing = run.query.pricing; // for dumps the window loads the book of run.pricing on the worker thread
    return q;
}

QString RequestsSource::validate(const SourceRequest& run)
{
    switch (run.kind) {
    case Usage::SourceKind::LogFiles:
        return run.files.isEmpty() ? tr("The run read no log files.") : QString();
    case Usage::SourceKind::HeliconeApi:
        return run.api.key.trimmed().isEmpty() ? tr("Enter your Helicone API key first (Source › API key).")
                                               : QString();
    case Usage::SourceKind::ClickHouse:
        return ClickHouseUsageSource::checkSettings(run.clickhouse);
    }
    return tr("This source cannot list requests.");
}

void RequestsSource::start(const SourceRequest& run, const Usage::Requests::RequestsQuery& query)
{
    cancel();
    joinWorker();
    m_run = run;
    m_query = query;
    ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    qCInfo(lcSources) << "requests listing started: kind" << int(run.kind) << "limit" << query.limit;
    setRunning(true);
    Q_EMIT progressChanged(-1, tr("Listing requests…"));
    if (run.kind == Usage::SourceKind::HeliconeApi)
        startApi();
    else if (run.kind == Usage::SourceKind::ClickHouse)
        startClickHouse();
    else
        startFiles();
}

void RequestsSource::loadMore()
{
    Usage::Requests::RequestsQuery q = m_query;
    q.limit = (q.limit > 0 ? q.limit : int(m_rows.size())) + kDefaultLimit;
    start(m_run, q);
}

bool RequestsSource::canLoadMore() const
{
    return m_query.limit > 0 && m_rows.size() >= size_t(m_query.limit);
}

void RequestsSource::cancel()
{
    if (!m_running)
        return;
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation; // a late answer of the cancelled listing is dropped
    stopRemote();
    qCInfo(lcSources) << "requests listing cancelled";
    setRunning(false);
    Q_EMIT cancelled();
}

void RequestsSource::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void RequestsSource::joinWorker()
{
    if (m_worker.joinable())
        m_worker.join();
}

void RequestsSource::stopRemote()
{
    if (m_apiJob) {
        m_apiJob->disconnect(this);
        m_apiJob->cancel();
        m_apiJob->deleteLater();
    }
    if (m_clickHouseJob) {
        m_clickHouseJob->disconnect(this);
        m_clickHouseJob->deleteLater();
    }
}

void RequestsSource::finish(std::vector<RequestRow> rows, const QString& error)
{
    setRunning(false);
    if (!error.isEmpty()) {
        qCInfo(lcSources) << "requests listing failed:" << error;
        Q_EMIT failed(error);
        return;
    }
    m_rows = std::move(rows);
    Q_EMIT rowsReady();
}

void RequestsSource::startFiles()
{
    QPointer<RequestsSource> self(this);
    const std::uint64_t generation = m_generation;
    const QStringList files = m_run.files;
    const Usage::Requests::RequestsQuery query = m_query;
    const PricingChoices pricing = m_run.pricing;
    auto cancelFlag = m_cancel;
    // the object outlives the thread: its destructor joins it; self is only read here
    auto post = [self, generation](auto f) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, f = std::move(f)]() mutable {
                if (self && generation == self->m_generation)
                    f(*self);
            },
            Qt::QueuedConnection);
    };
    m_worker = std::thread([files, query, pricing, cancelFlag, post] {
        Usage::Requests::RequestsQuery each = query;
        if (!each.pricing && pricing.enabled) {
            // the run's price book, parsed here as the run parsed it: each request at its entry's price
            QString error;
            each.pricing = PricingLoad::load(pricing, &error);
            if (!each.pricing) {
                post([error](RequestsSource& s) { s.finish({}, error); });
                return;
            }
        }
        each.limit = 0; // sorted and limited over every file below
        each.dedupe = false;
        std::vector<RequestRow> rows;
        QStringList errors;
        std::int64_t total = 0;
        for (const QString& path : files)
            total += QFileInfo(path).size();
        std::int64_t before = 0;
        QElapsedTimer since;
        for (const QString& path : files) {
            const QString name = QFileInfo(path).fileName();
            // at most ten updates a second: each repaints the progress bar
            auto progress = [&](std::int64_t done, std::int64_t) {
                if (since.isValid() && since.elapsed() < 100)
                    return;
                since.start();
                const int permille = total > 0 ? int((before + done) * 900 / total) : -1;
                const QLocale locale;
                const QString text =
                    tr("Reading %1: %2 of %3")
                        .arg(name, locale.formattedDataSize(before + done), locale.formattedDataSize(total));
                post([permille, text](RequestsSource& s) { Q_EMIT s.progressChanged(permille, text); });
            };
            Usage::Requests::FileRequests read =
                Usage::Requests::readFileRequests({ path }, each, cancelFlag.get(), progress);
            if (read.cancelled)
                return;
            before += QFileInfo(path).size();
            for (const Usage::Diagnostic& d : std::as_const(read.errors))
                errors.append(d.toString());
            std::move(read.rows.begin(), read.rows.end(), std::back_inserter(rows));
        }
        if (query.dedupe)
            Usage::Requests::dedupeRows(rows);
        Usage::Requests::sortAndLimit(rows, query.sort, query.limit);
        post([](RequestsSource& s) { Q_EMIT s.progressChanged(900, tr("Reading request bodies")); });
        QSet<QString> ids;
        for (const RequestRow& row : rows)
            ids.insert(row.requestId);
        auto details = Usage::Requests::readRequestDetails(files, ids, cancelFlag.get());
        if (cancelFlag->load())
            return;
        for (RequestRow& row : rows) {
            const auto it = details.constFind(row.requestId);
            if (it == details.constEnd())
                continue;
            if (row.propertiesJson.isEmpty())
                row.propertiesJson = it->propertiesJson;
            if (!row.latencyMs)
                row.latencyMs = it->latencyMs;
            if (!row.status)
                row.status = it->status;
        }
        // every file failed: say why; otherwise the rows of those that could be read
        const QString error =
            rows.empty() && errors.size() == files.size() ? errors.join(QLatin1Char('\n')) : QString();
        post([rows = std::move(rows), details = std::move(details), error](RequestsSource& s) mutable {
            s.m_details = std::move(details);
            s.finish(std::move(rows), error);
        });
    });
}

void RequestsSource::startApi()
{
    const Usage::Net::ClientOptions options = RemoteUsageSource::clientOptions(m_run.api);
    if (!m_rest)
        m_rest = new Usage::Net::RestClient(this);
    m_rest->setOptions(options, options.baseUrl);
    auto* job = new Usage::Net::RequestListJob(m_rest, m_query, 0, this);
    m_apiJob = job;
    connect(job, &Usage::Net::RequestListJob::progressChanged, this,
        [this](const QString& text) { Q_EMIT progressChanged(-1, text); });
    connect(job, &Usage::Net::RequestListJob::finished, this, [this, job](const QString& error) {
        job->deleteLater();
        std::vector<RequestRow> rows = std::move(job->rows());
        if (m_query.pricing)
            Usage::Requests::priceRows(rows, m_query.pricing);
        // the server sorts by time only: sort by the cost basis here, over every page of the window
        Usage::Requests::sortAndLimit(rows, m_query.sort, m_query.limit);
        m_details.clear();
        finish(std::move(rows), error);
    });
    job->start();
}

void RequestsSource::startClickHouse()
{
    // the server orders by the recorded cost: under another basis every request is priced, then ordered here
    Usage::Requests::RequestsQuery serverQuery = m_query;
    const bool ownOrder = m_query.pricing && m_query.pricing->basis != Usage::CostBasis::Recorded
        && m_query.sort == Usage::Requests::RequestSort::Cost;
    if (ownOrder)
        serverQuery.limit = 0;
    auto* job = new Usage::ClickHouse::RequestsJob(m_run.clickhouse, serverQuery, this);
    m_clickHouseJob = job;
    connect(job, &Usage::ClickHouse::RequestsJob::finished, this, [this, job, ownOrder](const QString& error) {
        job->deleteLater();
        m_details.clear();
        std::vector<RequestRow> rows = std::move(job->rows());
        if (m_query.pricing)
            Usage::Requests::priceRows(rows, m_query.pricing);
        if (ownOrder)
            Usage::Requests::sortAndLimit(rows, m_query.sort, m_query.limit);
        finish(std::move(rows), error);
    });
    job->start();
}
