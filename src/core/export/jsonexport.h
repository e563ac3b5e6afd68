// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/exportcolumn.h"
#include "core/usageresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace Usage::Export {

struct JsonOptions
{
    QList<Column> columns = defaultColumns(); ///< the keys of each data object; Column::BucketStart not allowed
    QDateTime exportedAt; ///< written as meta.exported_at; the current time when invalid
};

/**
 * The API's answer {"data":[…],"error":null} for the given rows (indices into result.rows, in that order), plus
 * "meta": source, range with zone and bound rule, grouping, export time, app version, record counts and the
 * totals of the rows written. Keys are written in a fixed order (not sorted, unlike QJsonObject). Numbers are
 * locale-independent, cost exact; unknown values (cache tokens of a source without them, …) are null. One line,
 * LF-terminated, no byte-order mark (RFC 8259).
 */
QByteArray toJson(const UsageResult& result, const QList<int>& rows, const JsonOptions& options);
QByteArray toJson(const UsageResult& result, const JsonOptions& options);

/** A JSON string literal, quotes included; control characters escaped, the rest as UTF-8. */
QByteArray jsonString(const QString& text);

} // namespace Usage::Export
