// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhousetsv.h"

namespace Usage::ClickHouse {

TsvReader::TsvReader(qint64 maxRows, RowHandler onRow)
    : m_maxRows(maxRows)
    , m_onRow(std::move(onRow))
{
}

bool TsvReader::feed(const QByteArray& bytes)
{
    if (!m_error.isEmpty())
        return false;
    m_pending += bytes;
    qsizetype start = 0;
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n', start)) {
        if (++m_rows > m_maxRows) {
            m_error = QStringLiteral("the answer has more than %1 rows").arg(m_maxRows);
            return false;
        }
        QStringList fields;
        const QByteArrayView line(m_pending.constData() + start, end - start);
        qsizetype from = 0;
        for (qsizetype tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', from)) {
            fields.append(unescape(line.sliced(from, tab - from)));
            from = tab + 1;
        }
        fields.append(unescape(line.sliced(from)));
        m_onRow(fields);
        start = end + 1;
    }
    m_pending.remove(0, start);
    return true;
}

bool TsvReader::finish()
{
    if (m_error.isEmpty() && !m_pending.isEmpty())
        m_error = QStringLiteral("the answer ended inside a row");
    return m_error.isEmpty();
}

QString TsvReader::unescape(QByteArrayView field)
{
    if (!field.contains('\\'))
        return QString::fromUtf8(field);
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c != '\\' || i + 1 == field.size()) {
            out.append(c);
            continue;
        }
        const char e = field[++i];
        switch (e) {
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case 'r':
            out.append('\r');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case '0':
            out.append('\0');
            break;
        default: // \\, \', and anything else stands for itself
            out.append(e);
        }
    }
    return QString::fromUtf8(out);
}

} // namespace Usage::ClickHouse
