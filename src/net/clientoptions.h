// SPDX-License-Identifier: MIT
#pragma once

#include "net/heliconeapi.h"

#include <QDeadlineTimer>
#include <QString>
#include <QUrl>

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
    int timeoutMs = 60000; ///< per request: while no byte moves, and for the whole answer
    int maxAttempts = 4; ///< per batch, for 429, 5xx and a connection lost mid-reply
    qint64 maxResponseBytes = 32 * 1024 * 1024; ///< a larger answer is refused
    int backoffBaseMs = 1000; ///< first wait of the exponential backoff (doubles, with jitter)
    int maxRetryDelayMs = 120000; ///< a longer Retry-After is not waited for: the batch fails
    /** The whole run's deadline: no retry waits past it (the source stops the run when it passes). */
    QDeadlineTimer runDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    /** A series of more than kSeriesRequestsWithoutConfirmation requests runs only when the user agreed. */
    bool largeSeriesConfirmed = false;
};

} // namespace Usage::Net
