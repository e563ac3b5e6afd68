// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/exportcolumn.h"
#include "core/usageresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Usage::Export {

struct CsvOptions
{
    QList<Column> columns = defaultColumns();
    bool byteOrderMark = false; ///< start with EF BB BF so Excel reads the file as UTF-8
    /** Prefix text cells starting with = + - @ tab or CR with ', so a spreadsheet never runs them as formulas. */
    bool formulaGuard = true;
};

/**
 * CSV of the given rows of result (indices into result.rows, in the order given; the window passes its visible
 * rows): a header row, then one line per row. RFC 4180 quoting only where needed, LF line ends, UTF-8, numbers in
 * a locale-independent form with a dot, cost exact. Column::BucketStart must not be among the columns.
 */
QByteArray toCsv(const UsageResult& result, const QList<int>& rows, const CsvOptions& options);
/** CSV of every row, in the result's order. */
QByteArray toCsv(const UsageResult& result, const CsvOptions& options);

/**
 * One line per group and time bucket (groups in the given order, buckets ascending; empty buckets left out), so
 * the lines of a group add up to its totals. bucket_start is inserted after the group column when the columns
 * lack it; the columns hold none that is per group only (first_request, last_request: checkSettings() refuses
 * them). nullopt and an error when a row's time series does not add up to its totals.
 */
std::optional<QByteArray> toBucketCsv(
    const UsageResult& result, const QList<int>& rows, const CsvOptions& options, QString* error);

/**
 * Quotes a field per RFC 4180 when it holds a comma, a quote, CR, LF or NUL (written as U+FFFD); otherwise returns it
 * as it is.
 */
QByteArray quoteCsvField(const QByteArray& utf8);

/** Prefixes ' when text starts with = + - @ tab or CR. */
QByteArray guardFormula(const QByteArray& utf8);

/** Every row index of result, in order. */
QList<int> allRows(const UsageResult& result);

} // namespace Usage::Export
