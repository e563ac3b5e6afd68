// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"
#include "core/usageresult.h"
#include "net/heliconeapi.h"

#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Usage::Net {

/** How a client talks to the server. The key lives here only in memory. */
struct ClientOptions
{
    QUrl baseUrl; ///< empty: chosen from the key (US, or EU for sk-helicone-eu- keys)
    QString key;
    TimeUnit timeUnit = TimeUnit::Milliseconds;
    /**
     * Find the unit out instead: once per base URL (unless setKnownTimeUnit() told it), two probes over the last
     * 365 days without user ids, in milliseconds and in seconds; the one with rows wins, milliseconds when neither
     * has rows (an error counts as none). Only runs that send a time filter to /v1/user/query need it.
     */
    bool probeTimeUnit = false;
    int concurrency = 6; ///< requests in flight at once
    int timeoutMs = 60000; ///< per request, while no byte moves
    int maxAttempts = 4; ///< per batch, for 429, 5xx and a connection lost mid-reply
    qint64 maxResponseBytes = 32 * 1024 * 1024; ///< a larger answer is refused
    int backoffBaseMs = 1000; ///< first wait of the exponential backoff (doubles, with jitter)
    int maxRetryDelayMs = 120000; ///< a longer Retry-After is not waited for: the batch fails
    /** A series of more than kSeriesRequestsWithoutConfirmation requests runs only when the user agreed. */
    bool largeSeriesConfirmed = false;
};

/**
 * Helicone's POST /v1/user/query, for any number of users: ids are sent in batches of at most 100 (the endpoint's
 * LIMIT), a bounded number at once, retried on 429 and 5xx, and merged into one UsageResult. Without ids (every
 * user), POST /v1/user/metrics/query is paged instead: 1,000 users a page sorted by id, until a short page. One object
 * owns one QNetworkAccessManager; every request is built in one place. A failed or cancelled run emits no result, so
 * the caller's previous one stays; a run where some batches failed for good emits a partial result naming the users
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

    QNetworkAccessManager* networkAccessManager() const { return m_nam; }

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
    struct Run;
    struct Batch;
    void begin(const UsageQuery& query, bool series);
    void launchMore();
    void send(int batchIndex);
    void onReplyFinished(int batchIndex, quint64 generation);
    void retryLater(int batchIndex, qint64 delayMs, const QString& why);
    void batchFailed(int batchIndex, const QString& reason);
    void failRun(const QString& reason);
    void maybeFinish();
    void reportProgress(const QString& extra = {});
    void abortAll();
    void startProbe();
    void onProbeFinished(int index, quint64 generation);
    QNetworkRequest makeRequest(const QUrl& url) const;

    QNetworkAccessManager* m_nam;
    ClientOptions m_options;
    std::unique_ptr<Run> m_run;
    quint64 m_generation = 0;
    QHash<QString, TimeUnit> m_knownUnits;
};

} // namespace Usage::Net
