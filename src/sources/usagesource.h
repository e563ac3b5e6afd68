// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"
#include "net/clickhouse/clickhousesettings.h"
#include "sources/pricingchoices.h"
#include "sources/timeunitstore.h"

#include <QObject>
#include <QStringList>

#include <functional>

/** Settings of the Helicone API source (the source panel's, or the command line's). The key lives only in memory. */
struct ApiSettings
{
    /** Which cost-over-time series a run fetches. */
    enum class Series {
        AfterTotals, ///< the window's: for a list of users and a bounded range, after the totals
        None, ///< totals only
        Only, ///< the series alone; each row's totals are the sum of its buckets (--per-bucket)
    };
    QString baseUrl;
    QString key;
    TimeUnitChoice timeUnit; ///< nullopt: probe once per base URL (rows win, milliseconds when neither has rows)
    Series series = Series::AfterTotals;
    int concurrency = 6; ///< requests in flight at once
    int timeoutMs = 60000; ///< per request, while no byte moves
    qint64 maxAnswerBytes = qint64(32) << 20; ///< a larger answer is refused (the server may be hostile)
    qint64 deadlineMs = 0; ///< the whole run, retries and waits included; 0: none (the window has Cancel)
    bool largeSeriesConfirmed = false; ///< a large series (see Usage::Net::seriesNeedsConfirmation) may run
};

/** Everything a run needs: which source, its settings, and the query. Each source reads the part it uses. */
struct SourceRequest
{
    Usage::SourceKind kind = Usage::SourceKind::LogFiles;
    QStringList files;
    ApiSettings api;
    Usage::ClickHouse::Settings clickhouse; ///< the password lives only in memory, like the API key
    Usage::UsageQuery query;
    PricingChoices pricing; ///< log files: the book is loaded on the worker thread and set on query.pricing
    bool dedupe = false; ///< log files, ClickHouse: count each request id once (newest copy wins)
    int threads = 0; ///< log files: worker threads; 0: one per core
    size_t maxRecordSize = size_t(64) << 20; ///< log files: longest record, see Usage::AggregateOptions
    /** Log files: called on the aggregating thread as a phase ends ("read", "rows"), for the command line's --stats. */
    std::function<void(const char* phase)> phaseDone;
    /** Log files: a run that read nothing is failed(); false: it finishes, its reasons in result.errors. */
    bool failWhenNothingRead = true;
};

/**
 * The face every source shows the window: start a request, cancel it, and report through signals. One
 * implementation per source kind (log files, Helicone API, ClickHouse), registered with SourceController.
 */
class UsageSource : public QObject
{
    Q_OBJECT
public:
    explicit UsageSource(QObject* parent = nullptr);
    ~UsageSource() override;

    /** Why request cannot run (no files, no key, ...), as a sentence for the message bar; empty when it can. */
    virtual QString validate(const SourceRequest& request) const = 0;
    /** Starts a run; a run still going is replaced. Only called after validate() returned empty. */
    virtual void start(const SourceRequest& request) = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    /** permille in 0..1000, or -1 when the amount of work is not known yet; text like "3.2 MB of 40 MB, 5 s left". */
    void progressChanged(int permille, const QString& text);
    void finished(const Usage::UsageResult& result);
    void failed(const QString& reason);
    void cancelled();
};
