// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QObject>
#include <QStringList>

/** Settings of the Helicone API source as the source panel holds them. The key lives only in memory. */
struct ApiSettings
{
    enum class TimeUnit {
        Milliseconds, ///< what Helicone's /v1/user/query really reads from its ...UnixSeconds fields
        Seconds, ///< what its documentation says (real seconds give an empty result on Helicone cloud)
        Automatic, ///< probe once per base URL (both units over the last 365 days; rows win) and remember it
    };
    QString baseUrl;
    QString key;
    TimeUnit timeUnit = TimeUnit::Automatic;
};

/** Everything a run needs: which source, its settings, and the query. Each source reads the part it uses. */
struct SourceRequest
{
    Usage::SourceKind kind = Usage::SourceKind::LogFiles;
    QStringList files;
    ApiSettings api;
    Usage::UsageQuery query;
    bool dedupe = false; ///< log files: count each request id once (newest copy wins)
};

/**
 * The face every source shows the window: start a request, cancel it, and report through signals. One
 * implementation per source kind (log files, Helicone API), registered with SourceController.
 */
class UsageSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
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
