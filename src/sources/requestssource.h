// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestdetails.h"
#include "core/requests/requestrow.h"
#include "sources/usagesource.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace Usage::Net {
class RequestListJob;
class RestClient;
} // namespace Usage::Net
namespace Usage::ClickHouse {
class RequestsJob;
}

/**
 * The requests of one group of a run, from the run's source: dumps read on a worker thread, Helicone's REST API
 * (RequestListJob) or ClickHouse (RequestsJob). One listing at a time; rows arrive sorted and limited by signal,
 * and a failed or cancelled listing keeps the rows of the last one.
 */
class RequestsSource : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultLimit = 1000;

    explicit RequestsSource(QObject* parent = nullptr);
    ~RequestsSource() override;

    /** The requests of groupValue under the run's grouping and range, by cost, at most limit (0: all). */
    static Usage::Requests::RequestsQuery queryFor(
        const SourceRequest& run, const QString& groupValue, int limit = kDefaultLimit);
    /** Why the run's source cannot list requests, as a sentence; empty when it can. */
    static QString validate(const SourceRequest& run);

    /** Starts listing; one still going is cancelled first. */
    void start(const SourceRequest& run, const Usage::Requests::RequestsQuery& query);
    /** Lists again with kDefaultLimit more rows. */
    void loadMore();
    void cancel();
    bool isRunning() const { return m_running; }
    /** The last listing filled its limit: there may be more. */
    bool canLoadMore() const;

    const std::vector<Usage::Requests::RequestRow>& rows() const { return m_rows; }
    const Usage::Requests::RequestsQuery& query() const { return m_query; }
    /** True when the source keeps bodies (dumps); details() then has those it found. */
    bool hasBodies() const { return m_run.kind == Usage::SourceKind::LogFiles; }
    const QHash<QString, Usage::Requests::RequestDetails>& details() const { return m_details; }
    /** True when the listing prices each request (the query's book, or the run's price book choices). */
    bool isPriced() const { return m_query.pricing || m_run.pricing.enabled; }

Q_SIGNALS:
    void runningChanged(bool running);
    /** permille in 0..1000, or -1 when unknown. */
    void progressChanged(int permille, const QString& text);
    /** rows() holds the new listing. */
    void rowsReady();
    void failed(const QString& reason);
    void cancelled();

private:
    void startFiles();
    void startApi();
    void startClickHouse();
    void finish(std::vector<Usage::Requests::RequestRow> rows, const QString& error);
    void setRunning(bool running);
    void stopRemote();
    void joinWorker();

    SourceRequest m_run;
    Usage::Requests::RequestsQuery m_query;
    std::vector<Usage::Requests::RequestRow> m_rows;
    QHash<QString, Usage::Requests::RequestDetails> m_details;
    bool m_running = false;
    std::uint64_t m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::thread m_worker;
    Usage::Net::RestClient* m_rest = nullptr;
    QPointer<Usage::Net::RequestListJob> m_apiJob;
    QPointer<Usage::ClickHouse::RequestsJob> m_clickHouseJob;
};
