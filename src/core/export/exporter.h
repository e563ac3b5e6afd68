// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/exportcolumn.h"
#include "core/usageresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Usage::Export {

enum class Format {
    Csv, ///< one line per group
    BucketCsv, ///< one line per group and time bucket
    Json, ///< the API's {data, error} plus meta
};

/** Everything that decides the bytes of an export; the command line and the window fill it in. */
struct Settings
{
    Format format = Format::Csv;
    QList<Column> columns = defaultColumns();
    bool byteOrderMark = false; ///< CSV only
    bool formulaGuard = true; ///< CSV only: JSON strings are never run as formulas
    QDateTime exportedAt; ///< JSON meta; the current time when invalid
};

/** The parts of a result an export with these settings reads (see ResultParts). */
ResultParts partsFor(const Settings& settings);

/** Empty when settings can be exported, otherwise why not (a usage error: bad column for the format, …). */
QString checkSettings(const Settings& settings);

/**
 * The bytes of an export of the given rows (indices into result.rows, in the order given). nullopt and an error
 * when settings are not valid (see checkSettings) or a per-bucket export would not add up to the totals.
 */
std::optional<QByteArray> exportRows(
    const UsageResult& result, const QList<int>& rows, const Settings& settings, QString* error);
/** The same for every row, in the result's order. */
std::optional<QByteArray> exportResult(const UsageResult& result, const Settings& settings, QString* error);

/** The usual file name suffix of a format: "csv" or "json". */
QString fileSuffix(Format format);

} // namespace Usage::Export
