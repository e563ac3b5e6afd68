// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/** Pure pieces of Helicone's REST API: URLs, request bodies, series buckets. No network here, so all is testable. */
namespace Usage::Net {

/** How the ...UnixSeconds fields of POST /v1/user/query are filled. */
enum class TimeUnit {
    Milliseconds, ///< what Helicone's server reads today (it passes the value to JavaScript's Date)
    Seconds, ///< what its documentation says; a server that follows it
};

inline constexpr char kUserQueryPath[] = "/v1/user/query";
inline constexpr char kUserMetricsPath[] = "/v1/user/metrics/query";
inline constexpr int kMetricsPageSize = 1000; ///< the metrics endpoint's largest limit
inline constexpr int kMaxUsersPerRequest = 100; ///< the endpoint's LIMIT 100
inline constexpr char kUsBaseUrl[] = "https://api.helicone.ai";
inline constexpr char kEuBaseUrl[] = "https://eu.api.helicone.ai";

/** The region's base URL for a key: EU for keys starting sk-helicone-eu- or pk-helicone-eu-, else US. */
QString defaultBaseUrl(const QString& key);

/** True when url's host is a loopback address or "localhost" (sending a key there in clear text is safe). */
bool isLoopback(const QUrl& url);

/** True when url is plain http:// to a host that is not loopback: the key would cross the network unencrypted. */
bool isInsecure(const QUrl& url);

/**
 * Checks a base URL typed by a user: http or https, a host, no query or fragment. Returns the normalised URL (no
 * trailing slash) or nullopt and an error.
 */
std::optional<QUrl> parseBaseUrl(const QString& text, QString* error);

/** The endpoint URL: baseUrl + path (a base URL with a path prefix such as https://host/jawn keeps it). */
QUrl endpointUrl(const QUrl& baseUrl, const char* path);

/** The time filter's value for a bound in ms: whole seconds, or ms of whole seconds (the server drops the rest). */
qint64 timeFilterValue(qint64 ms, TimeUnit unit);

/**
 * The body of POST /v1/user/query: {"userIds": [...], "timeFilter": {"startTimeUnixSeconds": s,
 * "endTimeUnixSeconds": e}}. userIds is left out when ids is empty; timeFilter when neither bound is set (a missing
 * start is 0, a missing end is now). Only fields UserQueryParams allows.
 */
QByteArray userQueryBody(
    const QStringList& ids, std::optional<qint64> startMs, std::optional<qint64> endMs, TimeUnit unit, qint64 nowMs);

/**
 * The body of POST /v1/user/metrics/query for one page of every user: {"filter": "all", "offset", "limit",
 * "sort": {"user_id": "asc"}, "timeZoneDifferenceMinutes": 0, "timeFilter": {…}} with the bounds in whole seconds
 * (this endpoint converts them correctly; it compares them exclusively). timeFilter is left out without bounds.
 */
QByteArray userMetricsBody(
    qint64 offset, int limit, std::optional<qint64> startMs, std::optional<qint64> endMs, qint64 nowMs);

/** One bucket of a time series: its start (the key in the result) and the window sent, both ends inclusive. */
struct SeriesBucket
{
    qint64 startMs = 0;
    qint64 fromMs = 0; ///< the bucket's start, or the range's start in the first bucket
    qint64 toMs = 0; ///< the next bucket's start - 1 s, or the range's end in the last bucket
};

inline constexpr int kMaxSeriesBuckets = 60;
inline constexpr int kSeriesRequestsWithoutConfirmation = 200;
/** The one rule for a series: more than kSeriesRequestsWithoutConfirmation requests need the user's yes. */
inline constexpr bool seriesNeedsConfirmation(int requests)
{
    return requests > kSeriesRequestsWithoutConfirmation;
}

/**
 * The buckets of query's range in its zone and granularity (DST-correct), each sent as [start, next start - 1 s]
 * because the server's bounds are whole seconds and inclusive. nullopt and an error without both bounds or with
 * more than kMaxSeriesBuckets buckets.
 */
std::optional<QList<SeriesBucket>> seriesBuckets(const UsageQuery& query, QString* error);

/** A short text of an error answer's body ({"error": …}, {"message": …, "details": …}), at most about 300 chars. */
QString errorAnswerText(const QByteArray& body);

} // namespace Usage::Net
