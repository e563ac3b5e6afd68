// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"
#include "core/usageresult.h"
#include "net/clientoptions.h"
#include "net/heliconeapi.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Usage::Net {

class BatchJob;
class RestClient;
class TimeUnitProbe;

/**
 * Helicone's per-user usage, for any number of users: POST /v1/user/query in batches of at most 100 ids, or, without
 * ids (every user), POST /v1/user/metrics/query page by page; or a cost-over-time series. Runs one job at a time
 * over one RestClient, after a time-unit probe when asked. A failed or cancelled run emits no result, so the
 * caller's previous one stays; a run where some batches failed for good emits a partial result naming the users
 * that are missing. The key is never part of a message.
 */
class HeliconeClient : public QObject
{
    Q_OBJECT
public:
    explicit HeliconeClient(QObject* parent = nullptr);
    ~HeliconeClient() override;

    void setOptions(const ClientOptions& options);
    const ClientOptions& options() const { return m_options; }

    /** The base URL requests go to: options().baseUrl, or the key's region. */
    QUrl effectiveBaseUrl() const;

    /** Starts a run; one still going is cancelled first (without a cancelled() signal). */
    void start(const UsageQuery& query);
    /**
     * Starts a cost-over-time run: one /v1/user/query per bucket of the range (query's zone and granularity, at
     * most 60 buckets) and per batch of at most 100 of query's users. Each row's totals are the sum of its
     * buckets; result.series sums every row. Requests in the last fraction of a second of a bucket are in no
     * bucket (the server's bounds are whole seconds): the result's warnings say so.
     */
    void startSeries(const UsageQuery& query);
    /** The number of requests startSeries(query) sends; -1 and an error when it cannot run. */
    static int seriesRequestCount(const UsageQuery& query, QString* error);

    /** Aborts every request in flight at once and emits cancelled(); nothing when idle. */
    void cancel();
    bool isRunning() const;

    QNetworkAccessManager* networkAccessManager() const;

    /** The unit a base URL reads, as probed before or remembered in the settings; nullopt when not known. */
    std::optional<TimeUnit> knownTimeUnit(const QUrl& baseUrl) const;
    void setKnownTimeUnit(const QUrl& baseUrl, TimeUnit unit);

Q_SIGNALS:
    /** permille in 0..1000; text like "batch 3 of 12" or "rate limited, retrying in 5 s". */
    void progressChanged(int permille, const QString& text);
    void finished(const Usage::UsageResult& result);
    void failed(const QString& reason);
    void cancelled();
    /** A probe found the unit baseUrl reads (for the caller to remember in its settings). */
    void timeUnitDetected(const QUrl& baseUrl, Usage::Net::TimeUnit unit);

private:
    void begin(const UsageQuery& query, bool series);
    void runAfterProbe(const UsageQuery& query, bool series, std::optional<TimeUnit> probed = std::nullopt);
    void launch(BatchJob* job);
    void abortAll();

    RestClient* m_rest;
    ClientOptions m_options;
    QPointer<BatchJob> m_job;
    QPointer<TimeUnitProbe> m_probe;
    QHash<QString, TimeUnit> m_knownUnits;
};

} // namespace Usage::Net
