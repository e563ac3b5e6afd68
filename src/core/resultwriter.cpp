// SPDX-License-Identifier: MIT
#include "resultwriter.h"

#include "decimal.h"

namespace Usage::ResultWriter {

QByteArray csvField(const QByteArray& utf8)
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
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
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

QByteArray apiCsv(const UsageResult& result)
{
    QByteArray out;
    out += csvField(result.query.groupBy.columnName().toUtf8());
    out += ",count,prompt_tokens,completion_tokens,cost\n";
    for (const GroupUsage& row : result.rows) {
        out += csvField(row.id.toUtf8());
        out += ',';
        out += QByteArray::number(row.totals.requests);
        out += ',';
        out += QByteArray::number(row.totals.promptTokens);
        out += ',';
        out += QByteArray::number(row.totals.completionTokens);
        out += ',';
        out += QByteArray::fromStdString(Decimal::formatNanos(row.totals.costNanos));
        out += '\n';
    }
    return out;
}

QByteArray apiJson(const UsageResult& result)
{
    const QByteArray key = jsonString(result.query.groupBy.columnName());
    QByteArray out = "{\"data\":[";
    bool first = true;
    for (const GroupUsage& row : result.rows) {
        if (!first)
            out += ',';
        first = false;
        out += '{';
        out += key;
        out += ':';
        out += jsonString(row.id);
        out += ",\"count\":";
        out += QByteArray::number(row.totals.requests);
        out += ",\"prompt_tokens\":";
        out += QByteArray::number(row.totals.promptTokens);
        out += ",\"completion_tokens\":";
        out += QByteArray::number(row.totals.completionTokens);
        out += ",\"cost\":";
        out += QByteArray::fromStdString(Decimal::formatNanos(row.totals.costNanos));
        out += '}';
    }
    out += "],\"error\":null}\n";
    return out;
}

} // namespace Usage::ResultWriter
