// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestrow.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace Usage::Requests {

enum class RequestColumn {
    RequestId,
    CreatedAt,
    UserId,
    Model,
    Provider,
    PromptTokens,
    CompletionTokens,
    CacheReadTokens,
    CacheWriteTokens,
    ReasoningTokens,
    Cost,
    RecordedCost,
    ComputedCost,
    PriceSource,
    LatencyMs,
    Status,
    Properties,
};

/** request_id, request_created_at, model, provider, prompt_tokens, completion_tokens, cost. */
QList<RequestColumn> defaultRequestColumns();
QString requestColumnName(RequestColumn column);
/** A comma-separated list of column names; nullopt and the unknown name in error otherwise. */
std::optional<QList<RequestColumn>> parseRequestColumns(const QString& list, QString* error);

/** A header line, then one line per row; text cells quoted per RFC 4180 and guarded against formulas. */
QByteArray requestsToCsv(const std::vector<RequestRow>& rows, const QList<RequestColumn>& columns,
    const QTimeZone& zone, bool formulaGuard = true);
/** {"data": [{column: value, ...}], "error": null}: unknown values null, properties as an object. */
QByteArray requestsToJson(
    const std::vector<RequestRow>& rows, const QList<RequestColumn>& columns, const QTimeZone& zone);

} // namespace Usage::Requests
