// SPDX-License-Identifier: MIT
#include "csvexport.h"

#include "exportcell.h"

namespace Usage::Export {
namespace {

/** Appends c as a CSV field: numbers come from our own formatting and cannot start a formula; only text can. */
void appendCsvCell(QByteArray& out, const Cell& c, bool formulaGuard)
{
    if (c.kind != Cell::Kind::Text)
        out += c.utf8;
    else
        out += quoteCsvField(formulaGuard ? guardFormula(c.utf8) : c.utf8);
}

void appendHeader(QByteArray& out, const UsageResult& result, const QList<Column>& columns, const CsvOptions& options)
{
    if (options.byteOrderMark)
        out += "\xEF\xBB\xBF";
    bool first = true;
    for (Column column : columns) {
        if (!first)
            out += ',';
        first = false;
        // the header is text too: a property named "=cmd" must not run either
        const Cell name {Cell::Kind::Text, columnName(column, result.query.groupBy).toUtf8()};
        appendCsvCell(out, name, options.formulaGuard);
    }
    out += '\n';
}

void appendLine(QByteArray& out, const CellContext& context, const GroupUsage& row, const Totals& t,
                const QList<Column>& columns, bool formulaGuard, std::optional<std::int64_t> bucketStartMs)
{
    bool first = true;
    for (Column column : columns) {
        if (!first)
            out += ',';
        first = false;
        appendCsvCell(out, cell(context, row, t, column, bucketStartMs), formulaGuard);
    }
    out += '\n';
}

} // namespace

QByteArray quoteCsvField(const QByteArray& utf8)
{
    bool needsQuotes = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

QByteArray guardFormula(const QByteArray& utf8)
{
    if (utf8.isEmpty())
        return utf8;
    switch (utf8.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return '\'' + utf8;
    default:
        return utf8;
    }
}

QList<int> allRows(const UsageResult& result)
{
    QList<int> rows;
    rows.reserve(result.rows.size());
    for (int i = 0; i < result.rows.size(); ++i)
        rows.append(i);
    return rows;
}

QByteArray toCsv(const UsageResult& result, const QList<int>& rows, const CsvOptions& options)
{
    Q_ASSERT(!options.columns.contains(Column::BucketStart));
    QByteArray out;
    appendHeader(out, result, options.columns, options);
    const CellContext context(result);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Q_ASSERT(rows[i] >= 0 && rows[i] < result.rows.size());
        // the ids' texts lie all over the heap: fetched ahead, a line does not wait for its id
        if (i + 8 < rows.size())
            __builtin_prefetch(result.rows.at(rows[i + 8]).id.constData());
        const GroupUsage& row = result.rows.at(rows[i]);
        appendLine(out, context, row, row.totals, options.columns, options.formulaGuard, std::nullopt);
    }
    return out;
}

QByteArray toCsv(const UsageResult& result, const CsvOptions& options)
{
    return toCsv(result, allRows(result), options);
}

std::optional<QByteArray> toBucketCsv(const UsageResult& result, const QList<int>& rows, const CsvOptions& options,
                                      QString* error)
{
    QList<Column> columns = options.columns;
    for (Column perGroup : {Column::FirstRequest, Column::LastRequest}) {
        if (columns.contains(perGroup)) {
            *error = QStringLiteral("%1 is per group and cannot be exported per bucket")
                         .arg(columnName(perGroup, result.query.groupBy));
            return std::nullopt;
        }
    }
    if (!columns.contains(Column::BucketStart))
        columns.insert(columns.indexOf(Column::Group) + 1, Column::BucketStart);

    QByteArray out;
    appendHeader(out, result, columns, options);
    const CellContext context(result);
    for (int index : rows) {
        Q_ASSERT(index >= 0 && index < result.rows.size());
        const GroupUsage& row = result.rows.at(index);
        // An auditor adds the lines up: refuse to write lines that would not give the group's totals.
        Totals sum;
        for (const BucketTotals& bucket : row.series)
            sum.add(bucket.totals);
        if (sum != row.totals) {
            *error = QStringLiteral("the time series of %1 \"%2\" does not add up to its totals%3")
                         .arg(result.query.groupBy.columnName(), row.id,
                              result.hasRequestTimes ? QString()
                                                     : QStringLiteral(" (the source reports no request times)"));
            return std::nullopt;
        }
        for (const BucketTotals& bucket : row.series)
            appendLine(out, context, row, bucket.totals, columns, options.formulaGuard, bucket.startMs);
    }
    return out;
}

} // namespace Usage::Export
