// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Usage::Net {

/** The longest wait a server can ask for; larger values are clamped so that milliseconds never overflow. */
inline constexpr qint64 kMaxRetryAfterSeconds = 1'000'000'000;

/**
 * The wait in ms a 429 answer asks for: Retry-After (seconds or an HTTP date), else RateLimit-Reset (seconds), else
 * the reset=N of a combined RateLimit header; -1 when none says. Huge values are clamped to kMaxRetryAfterSeconds.
 */
qint64 retryAfterMs(const QByteArray& retryAfter, const QByteArray& rateLimitReset, const QByteArray& rateLimit,
    const QDateTime& now = QDateTime::currentDateTimeUtc());

/** The wait before retry number attempt (1 for the first retry): base doubling each time, plus up to base/2 jitter. */
qint64 backoffMs(int attempt, int baseMs);

} // namespace Usage::Net
