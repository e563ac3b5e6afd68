// SPDX-License-Identifier: MIT
#include "core/export/csvexport.h"

#include "core/export/exportcell.h"
#include "core/parallel.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <string_view>
#include <vector>

namespace Usage::Export {
namespace {

    /** A message the window shows (the command line, without translators, prints the English). */
    QString tr(const char* text)
    {
        return QCoreApplication::translate("Usage::Export", text);
    }

    bool needsQuotes(std::string_view text)
    {
        // a NUL is no CSV character: quoteCsvField() writes it as U+FFFD
        return text.find_first_of(std::string_view(",\"\r\n\0", 5)) != std::string_view::npos;
    }

    /** Whether a spreadsheet would read the text as a formula (or strip its first character). */
    bool startsFormula(std::string_view text)
    {
        if (text.empty())
            return false;
        switch (text.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            return true;
        default:
            return false;
        }
    }

    /** Appends text as a CSV field, guarded against spreadsheet formulas when asked and quoted where it must be. */
    void appendCsvText(QByteArray& out, const QByteArray& text, bool formulaGuard)
    {
        out += quoteCsvField(formulaGuard ? guardFormula(text) : text);
    }

    void appendHeader(
        QByteArray& out, const UsageResult& result, const QList<Column>& columns, const CsvOptions& options)
    {
        if (options.byteOrderMark)
            out += "\xEF\xBB\xBF";
        bool first = true;
        for (Column column : columns) {
            if (!first)
                out += ',';
            first = false;
            // the header is text too: a property named "=cmd" must not run either
            appendCsvText(out, columnName(column, result.query.groupBy).toUtf8(), options.formulaGuard);
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
            // written in place; text that needs a guard or quotes (rare) is taken back and written again
            const qsizetype at = out.size();
            if (appendCell(out, context, row, t, column, bucketStartMs) != Cell::Kind::Text)
                continue; // numbers come from our own formatting and need neither
            const std::string_view text(out.constData() + at, size_t(out.size() - at));
            if ((formulaGuard && startsFormula(text)) || needsQuotes(text)) {
                const QByteArray written = out.sliced(at);
                out.truncate(at);
                appendCsvText(out, written, formulaGuard);
            }
        }
        out += '\n';
    }

} // namespace

QByteArray quoteCsvField(const QByteArray& utf8)
{
    if (!needsQuotes(std::string_view(utf8.constData(), size_t(utf8.size()))))
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        if (c == '\0')
            out += "\xEF\xBF\xBD";
        else
            out += c;
    }
    out += '"';
    return out;
}

QByteArray guardFormula(const QByteArray& utf8)
{
    return startsFormula(std::string_view(utf8.constData(), size_t(utf8.size()))) ? '\'' + utf8 : utf8;
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
    const CellContext context(result);
    // many rows are written in parts side by side, then joined; not with the time columns, which convert through
    // the query's one QTimeZone, not documented as safe to share between threads
    const bool timeColumns =
        options.columns.contains(Column::FirstRequest) || options.columns.contains(Column::LastRequest);
    const auto parts = size_t(rows.size() >= 20000 && !timeColumns ? std::clamp(QThread::idealThreadCount(), 1, 8) : 1);
    std::vector<QByteArray> texts(parts); // the first starts with the header; the others are appended to it
    appendHeader(texts.front(), result, options.columns, options);
    runParallel(parts, [&](size_t part) {
        const qsizetype begin = rows.size() * qsizetype(part) / qsizetype(parts);
        const qsizetype end = rows.size() * qsizetype(part + 1) / qsizetype(parts);
        QByteArray& out = texts[part];
        for (qsizetype i = begin; i < end; ++i) {
            Q_ASSERT(rows[i] >= 0 && rows[i] < result.rows.size());
            // the ids' texts lie all over the heap: fetched ahead, a line does not wait for its id
            if (i + 8 < end)
                __builtin_prefetch(result.rows.at(rows[i + 8]).id.constData());
            const GroupUsage& row = result.rows.at(rows[i]);
            appendLine(out, context, row, row.totals, options.columns, options.formulaGuard, std::nullopt);
            if (i == begin + 63) // room for the rest, from the length of the first lines
                out.reserve(out.size() / 64 * (end - begin) * 9 / 8);
        }
    });
    QByteArray& out = texts.front();
    qsizetype size = 0;
    for (const QByteArray& text : texts)
        size += text.size();
    out.reserve(size);
    for (size_t part = 1; part < parts; ++part) {
        out += texts[part];
        texts[part] = {};
    }
    return std::move(out);
}

QByteArray toCsv(const UsageResult& result, const CsvOptions& options)
{
    return toCsv(result, allRows(result), options);
}

std::optional<QByteArray> toBucketCsv(
    const UsageResult& result, const QList<int>& rows, const CsvOptions& options, QString* error)
{
    // checkSettings() refuses the per-group columns first (exportRows())
    Q_ASSERT(!options.columns.contains(Column::FirstRequest) && !options.columns.contains(Column::LastRequest));
    QList<Column> columns = options.columns;
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
            const QString what = result.query.groupBy.columnName();
            if (result.provenance.kind == SourceKind::HeliconeApi && !row.series.isEmpty()) {
                *error = tr("the time series of %1 \"%2\" does not add up to its totals (Helicone's API is asked "
                            "for each bucket in whole seconds: requests in the last fraction of a second of a "
                            "bucket are in no bucket)")
                             .arg(what, row.id);
            } else if (!result.hasRequestTimes) {
                *error = tr("the time series of %1 \"%2\" does not add up to its totals (the source reports no "
                            "request times)")
                             .arg(what, row.id);
            } else {
                *error = tr("the time series of %1 \"%2\" does not add up to its totals").arg(what, row.id);
            }
            return std::nullopt;
        }
        for (const BucketTotals& bucket : row.series)
            appendLine(out, context, row, bucket.totals, columns, options.formulaGuard, bucket.startMs);
    }
    return out;
}

} // namespace Usage::Export
