// SPDX-License-Identifier: MIT
#include "core/requests/requestcolumns.h"

#include "core/decimal.h"
#include "core/export/csvexport.h"
#include "core/export/exportcell.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Usage::Requests {
namespace {

    const char* const kNames[] = { "request_id", "request_created_at", "user_id", "model", "provider", "prompt_tokens",
        "completion_tokens", "cache_read_tokens", "cache_write_tokens", "reasoning_tokens", "cost", "recorded_cost",
        "computed_cost", "price_source", "latency_ms", "status", "properties" };

    enum class Kind { Null, Number, Text, Object };

    Kind number(QByteArray& out, std::int64_t n)
    {
        out += QByteArray::number(qlonglong(n));
        return Kind::Number;
    }

    Kind nanos(QByteArray& out, const std::optional<std::int64_t>& n)
    {
        if (!n)
            return Kind::Null;
        char text[Decimal::kMaxNanosText];
        out.append(text, qsizetype(Decimal::formatNanos(*n, text)));
        return Kind::Number;
    }

    Kind textCell(QByteArray& out, const QString& s)
    {
        out += s.toUtf8();
        return Kind::Text;
    }

    /** The value of a column, appended to out in its plain form. */
    Kind value(QByteArray& out, const RequestRow& r, RequestColumn c, const QTimeZone& zone)
    {
        switch (c) {
        case RequestColumn::RequestId:
            return textCell(out, r.requestId);
        case RequestColumn::CreatedAt:
            Export::appendIsoWithOffset(out, r.createdMs, zone, true);
            return Kind::Text;
        case RequestColumn::UserId:
            return textCell(out, r.userId);
        case RequestColumn::Model:
            return textCell(out, r.model);
        case RequestColumn::Provider:
            return textCell(out, r.provider);
        case RequestColumn::PromptTokens:
            return number(out, r.promptTokens);
        case RequestColumn::CompletionTokens:
            return number(out, r.completionTokens);
        case RequestColumn::CacheReadTokens:
            return number(out, r.cacheReadTokens);
        case RequestColumn::CacheWriteTokens:
            return number(out, r.cacheWriteTokens);
        case RequestColumn::ReasoningTokens:
            return number(out, r.reasoningTokens);
        case RequestColumn::Cost:
            return nanos(out, r.costNanos());
        case RequestColumn::RecordedCost:
            return nanos(out, r.recordedCostNanos);
        case RequestColumn::ComputedCost:
            return nanos(out, r.computedCostNanos);
        case RequestColumn::PriceSource:
            return r.priceSource.isEmpty() ? Kind::Null : textCell(out, r.priceSource);
        case RequestColumn::LatencyMs:
            return r.latencyMs ? number(out, *r.latencyMs) : Kind::Null;
        case RequestColumn::Status:
            return r.status ? number(out, *r.status) : Kind::Null;
        case RequestColumn::Properties:
            if (r.propertiesJson.isEmpty())
                return Kind::Null;
            out += r.propertiesJson;
            return Kind::Object;
        }
        return Kind::Null;
    }

    QByteArray jsonString(const QByteArray& utf8)
    {
        // QJsonDocument escapes a string only inside an array
        const QByteArray array = QJsonDocument(QJsonArray { QString::fromUtf8(utf8) }).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    }

} // namespace

QList<RequestColumn> defaultRequestColumns()
{
    return { RequestColumn::RequestId, RequestColumn::CreatedAt, RequestColumn::Model, RequestColumn::Provider,
        RequestColumn::PromptTokens, RequestColumn::CompletionTokens, RequestColumn::Cost };
}

QString requestColumnName(RequestColumn column)
{
    return QString::fromLatin1(kNames[int(column)]);
}

std::optional<QList<RequestColumn>> parseRequestColumns(const QString& list, QString* error)
{
    QList<RequestColumn> columns;
    for (const QString& part : list.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        bool found = false;
        for (int i = 0; i < int(std::size(kNames)); ++i) {
            if (name == QLatin1String(kNames[i])) {
                columns.append(RequestColumn(i));
                found = true;
                break;
            }
        }
        if (!found) {
            *error =
                QStringLiteral("unknown column '%1' (known: %2)")
                    .arg(name, QString::fromLatin1(QByteArrayList(std::begin(kNames), std::end(kNames)).join(',')));
            return std::nullopt;
        }
    }
    return columns;
}

QByteArray requestsToCsv(
    const std::vector<RequestRow>& rows, const QList<RequestColumn>& columns, const QTimeZone& zone, bool formulaGuard)
{
    QByteArray out;
    for (qsizetype i = 0; i < columns.size(); ++i)
        out += (i ? "," : "") + requestColumnName(columns[i]).toUtf8();
    out += '\n';
    QByteArray cell;
    for (const RequestRow& r : rows) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i)
                out += ',';
            cell.clear();
            const Kind kind = value(cell, r, columns[i], zone);
            if (kind == Kind::Text && formulaGuard)
                cell = Export::guardFormula(cell);
            out += kind == Kind::Number ? cell : Export::quoteCsvField(cell);
        }
        out += '\n';
    }
    return out;
}

QByteArray requestsToJson(
    const std::vector<RequestRow>& rows, const QList<RequestColumn>& columns, const QTimeZone& zone)
{
    QByteArray out = "{\"data\":[";
    QByteArray cell;
    for (size_t n = 0; n < rows.size(); ++n) {
        out += n ? ",\n{" : "\n{";
        for (qsizetype i = 0; i < columns.size(); ++i) {
            cell.clear();
            const Kind kind = value(cell, rows[n], columns[i], zone);
            out += (i ? ",\"" : "\"") + requestColumnName(columns[i]).toUtf8() + "\":";
            if (kind == Kind::Null)
                out += "null";
            else if (kind == Kind::Text)
                out += jsonString(cell);
            else
                out += cell;
        }
        out += '}';
    }
    out += "],\"error\":null}\n";
    return out;
}

} // namespace Usage::Requests
