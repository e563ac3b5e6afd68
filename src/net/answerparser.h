// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Usage::Net {

/** The answers with per-user rows: both are read by one parser, each through its field map. */
enum class Endpoint {
    UserQuery, ///< POST /v1/user/query: {"data": [{count, prompt_tokens, completion_tokens, user_id, cost}]}
    UserMetrics, ///< POST /v1/user/metrics/query: {"data": {"users": [{total_requests, …, first_active}], "count"}}
};

/** A row's value a field fills. */
enum class Column { UserId, Requests, PromptTokens, CompletionTokens, Cost, FirstActive, LastActive };

/** One JSON field of a row and the column it fills; several names may fill one column (cost, cost_usd). */
struct FieldName
{
    const char* name;
    Column column;
};

/** How one endpoint's answer is laid out. */
struct AnswerFormat
{
    const char* rowsKey; ///< nullptr: "data" is the array of rows; else the array is data.<rowsKey>
    QList<FieldName> fields; ///< UserId to Cost are required; FirstActive and LastActive are read when both exist
    bool sumRepeatedIds; ///< the same user twice: added up (unmerged GROUP BY rows) or counted once (paging overlap)
};

const AnswerFormat& answerFormat(Endpoint endpoint);

/** An answer read leniently: counts as numbers or numeric strings, cost exactly from its decimal text. */
struct UserQueryAnswer
{
    QList<GroupUsage> rows;
    QString serverError; ///< a non-null "error" of an HTTP 200 answer
    std::optional<qint64> serverCount; ///< data.count of the metrics answer (cached by the server across filters)
};

/** Parses an answer of endpoint; nullopt and an error naming the row and field when the body is malformed. */
std::optional<UserQueryAnswer> parseAnswer(Endpoint endpoint, const QByteArray& body, QString* error);

inline std::optional<UserQueryAnswer> parseUserQueryAnswer(const QByteArray& body, QString* error)
{
    return parseAnswer(Endpoint::UserQuery, body, error);
}

inline std::optional<UserQueryAnswer> parseUserMetricsAnswer(const QByteArray& body, QString* error)
{
    return parseAnswer(Endpoint::UserMetrics, body, error);
}

} // namespace Usage::Net
