// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhouseescape.h"

#include <QString>

namespace Usage::ClickHouse::Escape {

namespace {
    /** Appends the backslash escape of a backslash, NUL, newline, carriage return or tab; false for other bytes. */
    bool appendEscape(QByteArray& out, char c)
    {
        switch (c) {
        case '\\':
            out.append("\\\\");
            return true;
        case '\0':
            out.append("\\0");
            return true;
        case '\n':
            out.append("\\n");
            return true;
        case '\r':
            out.append("\\r");
            return true;
        case '\t':
            out.append("\\t");
            return true;
        default:
            return false;
        }
    }

    // Escapes backslash, quote and every control byte; UTF-8 bytes >= 0x80 pass unchanged.
    QByteArray escaped(QStringView text, char quote)
    {
        const QByteArray utf8 = text.toUtf8();
        QByteArray out;
        out.reserve(utf8.size() + 2);
        out.append(quote);
        for (const char c : utf8) {
            if (appendEscape(out, c))
                continue;
            if (c == quote) {
                out.append('\\').append(c);
            } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\x").append(hex[(c >> 4) & 0xf]).append(hex[c & 0xf]);
            } else {
                out.append(c);
            }
        }
        out.append(quote);
        return out;
    }
} // namespace

QByteArray stringLiteral(QStringView text)
{
    return escaped(text, '\'');
}

QByteArray identifier(QStringView name)
{
    return escaped(name, '`');
}

QByteArray parameterValue(QStringView text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (!appendEscape(out, c))
            out.append(c);
    }
    return out;
}

} // namespace Usage::ClickHouse::Escape
