// SPDX-License-Identifier: MIT
#include "core/export/jsonexport.h"

#include "core/decimal.h"
#include "core/export/csvexport.h"
#include "core/export/exportcell.h"
#include "core/export/pricingcell.h"
#include "core/timeparse.h"

namespace Usage::Export {
namespace {

    QByteArray integerText(Sum value)
    {
        char text[Decimal::kMaxIntegerText];
        return QByteArray(text, qsizetype(Decimal::formatInteger(value, text)));
    }

    /** Writes one object's members in the order they are added. */
    class ObjectWriter
    {
    public:
        explicit ObjectWriter(QByteArray& out)
            : m_out(out)
        {
            m_out += '{';
        }
        ~ObjectWriter() { m_out += '}'; }
        ObjectWriter(const ObjectWriter&) = delete;
        ObjectWriter& operator=(const ObjectWriter&) = delete;

        QByteArray& key(const QString& name)
        {
            if (!m_first)
                m_out += ',';
            m_first = false;
            m_out += jsonString(name);
            m_out += ':';
            return m_out;
        }
        void raw(const char* name, const QByteArray& value) { key(QLatin1String(name)) += value; }
        void string(const char* name, const QString& value) { raw(name, jsonString(value)); }
        void integer(const char* name, Sum value) { raw(name, integerText(value)); }
        void boolean(const char* name, bool value) { raw(name, value ? "true" : "false"); }
        void null(const char* name) { raw(name, "null"); }
        void strings(const char* name, const QStringList& values)
        {
            QByteArray& out = key(QLatin1String(name));
            out += '[';
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (i > 0)
                    out += ',';
                out += jsonString(values.at(i));
            }
            out += ']';
        }

    private:
        QByteArray& m_out;
        bool m_first = true;
    };

    QByteArray jsonValue(const Cell& c)
    {
        switch (c.kind) {
        case Cell::Kind::Null:
            return "null";
        case Cell::Kind::Number:
            return c.utf8;
        case Cell::Kind::Text:
            return jsonString(QString::fromUtf8(c.utf8));
        }
        Q_UNREACHABLE();
    }

    QByteArray optionalTime(const std::optional<qint64>& ms, const QTimeZone& zone)
    {
        return ms ? '"' + isoWithOffset(*ms, zone, true) + '"' : QByteArray("null");
    }

    QByteArray optionalInteger(const std::optional<Sum>& value)
    {
        return value ? integerText(*value) : QByteArray("null");
    }

    void writeSource(QByteArray& out, const Provenance& p)
    {
        ObjectWriter source(out);
        switch (p.kind) {
        case SourceKind::LogFiles:
            source.string("kind", QStringLiteral("log-files"));
            source.strings("files", p.files);
            source.strings("formats", p.formats);
            break;
        case SourceKind::HeliconeApi:
            source.string("kind", QStringLiteral("helicone-api"));
            source.string("base_url", p.baseUrl);
            source.string("endpoint", p.endpoint);
            break;
        case SourceKind::ClickHouse: // the server's URL never holds the password
            source.string("kind", QStringLiteral("clickhouse"));
            source.string("url", p.baseUrl);
            source.string("database", p.database);
            source.string("table", p.table);
            break;
        }
    }

    void writeRange(QByteArray& out, const UsageResult& result)
    {
        const UsageQuery& q = result.query;
        ObjectWriter range(out);
        range.raw("start", optionalTime(q.startMs, q.zone));
        range.raw("end", optionalTime(q.endMs, q.zone));
        range.raw("start_ms", optionalInteger(q.startMs));
        range.raw("end_ms", optionalInteger(q.endMs));
        range.string("time_zone", QString::fromUtf8(q.zone.id()));
        // dumps are filtered inclusive to the millisecond on both ends; a source that did not say gets that rule
        const QString rule = result.provenance.boundRule.isEmpty() && result.provenance.kind == SourceKind::LogFiles
            ? QStringLiteral("inclusive-ms")
            : result.provenance.boundRule;
        range.string("bound_rule", rule);
    }

    /** The comparison range, its mode and the counts of groups only in one of the two ranges. */
    void writeComparison(QByteArray& out, const UsageResult& result)
    {
        const UsageQuery& q = result.query;
        ObjectWriter range(out);
        static const char* const kModes[] = { "none", "previous", "previous-year", "custom" };
        range.string("mode", QLatin1String(kModes[int(q.compare)]));
        range.raw("start", optionalTime(q.compareStartMs, q.zone));
        range.raw("end", optionalTime(q.compareEndMs, q.zone));
        range.raw("start_ms", optionalInteger(q.compareStartMs));
        range.raw("end_ms", optionalInteger(q.compareEndMs));
        range.integer("new_groups", result.newGroups());
        range.integer("gone_groups", result.goneGroups());
    }

    void writeTotals(QByteArray& out, const UsageResult& result, const Totals& t)
    {
        ObjectWriter totals(out);
        totals.integer("count", t.requests);
        totals.integer("prompt_tokens", t.promptTokens);
        totals.integer("completion_tokens", t.completionTokens);
        totals.raw("cost", QByteArray::fromStdString(Decimal::formatNanos(t.costNanos)));
        totals.integer("total_tokens", t.totalTokens());
        totals.raw("cache_read_tokens",
            optionalInteger(result.hasCacheTokens ? std::optional(t.cacheReadTokens) : std::nullopt));
        totals.raw("cache_write_tokens",
            optionalInteger(result.hasCacheTokens ? std::optional(t.cacheWriteTokens) : std::nullopt));
        totals.raw("reasoning_tokens",
            optionalInteger(result.hasReasoningTokens ? std::optional(t.reasoningTokens) : std::nullopt));
        totals.integer("requests_without_cost", t.requestsWithoutCost);
    }

    void writeMeta(QByteArray& out, const UsageResult& result, const QList<int>& rows, const JsonOptions& options)
    {
        ObjectWriter meta(out);
        writeSource(meta.key(QStringLiteral("source")), result.provenance);
        writeRange(meta.key(QStringLiteral("range")), result);
        meta.string("group_by", result.query.groupBy.toString());
        meta.string("granularity", granularityName(result.query.granularity));
        meta.strings("user_filter", result.query.userIds);
        const QDateTime exportedAt =
            options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTimeUtc();
        meta.string("exported_at", Time::formatIsoUtc(exportedAt.toMSecsSinceEpoch()));
        if (result.fetchedAt.isValid())
            meta.string("fetched_at", Time::formatIsoUtc(result.fetchedAt.toMSecsSinceEpoch()));
        else
            meta.null("fetched_at");
        meta.string("app_version", QStringLiteral(UE_VERSION_STRING));
        meta.integer("records_read", result.recordsRead);
        meta.integer("skipped_lines", result.skippedRecords);
        meta.raw("duplicate_request_ids",
            optionalInteger(
                result.duplicateRequestIds >= 0 ? std::optional(result.duplicateRequestIds) : std::nullopt));
        meta.boolean("partial", result.partial || !result.errors.isEmpty());
        QStringList errors;
        for (const Diagnostic& d : result.errors)
            errors.append(d.toString());
        meta.strings("errors", errors);
        meta.strings("warnings", result.warnings);
        meta.integer("rows_in_result", result.rows.size());
        meta.integer("rows_exported", rows.size());
        Totals exported;
        for (int index : rows)
            exported.add(result.rows.at(index).totals);
        if (result.pricing.enabled) // the exact sum under the cost basis, rounded once
            exported.costNanos = [&] {
                PricingFigures f;
                for (int index : rows)
                    f.add(result.rows.at(index).pricing);
                return f.costNanos(result.pricing.basis);
            }();
        writeTotals(meta.key(QStringLiteral("totals")), result, exported);
        if (result.query.hasComparison()) {
            writeComparison(meta.key(QStringLiteral("comparison_range")), result);
            Totals previous;
            for (int index : rows)
                previous.add(result.rows.at(index).previous);
            writeTotals(meta.key(QStringLiteral("previous_totals")), result, previous);
        }
        for (const auto& [name, json] : pricingMeta(result))
            meta.raw(name, json);
    }

} // namespace

QByteArray jsonString(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20 || c == 0x7F) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
    return out;
}

QByteArray toJson(const UsageResult& result, const QList<int>& rows, const JsonOptions& options)
{
    Q_ASSERT(!options.columns.contains(Column::BucketStart));
    const CellContext context(result);
    QByteArray out;
    {
        ObjectWriter root(out);
        QByteArray& data = root.key(QStringLiteral("data"));
        data += '[';
        bool first = true;
        for (int index : rows) {
            Q_ASSERT(index >= 0 && index < result.rows.size());
            const GroupUsage& row = result.rows.at(index);
            if (!first)
                data += ',';
            first = false;
            ObjectWriter object(data);
            for (Column column : options.columns)
                object.key(columnName(column, result.query.groupBy)) +=
                    jsonValue(cell(context, row, row.totals, column));
        }
        data += ']';
        root.null("error");
        writeMeta(root.key(QStringLiteral("meta")), result, rows, options);
    }
    out += '\n';
    return out;
}

QByteArray toJson(const UsageResult& result, const JsonOptions& options)
{
    return toJson(result, allRows(result), options);
}

} // namespace Usage::Export
