// SPDX-License-Identifier: MIT
#pragma once

#include "usageresult.h"

#include <QByteArray>
#include <QString>

namespace Usage::ResultWriter {

/** Quotes a CSV field per RFC 4180, only where needed (comma, quote, CR or LF inside). */
QByteArray csvField(const QByteArray& utf8);

/** Escapes a string as a JSON string literal, quotes included. */
QByteArray jsonString(const QString& text);

/**
 * The API's five columns as CSV: header "<group column>,count,prompt_tokens,completion_tokens,cost", one row per
 * group in the result's order, cost as the exact shortest decimal, LF line ends.
 */
QByteArray apiCsv(const UsageResult& result);

/** The API's answer: {"data":[{"user_id":…,"count":…,"prompt_tokens":…,"completion_tokens":…,"cost":…}],"error":null} */
QByteArray apiJson(const UsageResult& result);

} // namespace Usage::ResultWriter
