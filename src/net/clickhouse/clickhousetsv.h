// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Usage::ClickHouse {

/**
 * Reads a TabSeparated answer as it arrives, a row at a time, without holding more than one incomplete line.
 * Stops with an error past maxRows rows, so an answer is bounded by rows rather than bytes.
 */
class TsvReader
{
public:
    using RowHandler = std::function<void(const QStringList& fields)>;

    TsvReader(qint64 maxRows, RowHandler onRow);

    /** Takes the next bytes of the answer; false once the row limit is passed. */
    bool feed(const QByteArray& bytes);
    /** The answer ended; false when it stopped inside a line or passed the limit. */
    bool finish();
    qint64 rows() const { return m_rows; }
    QString error() const { return m_error; }

    /** One field of TabSeparated, unescaped (\t, \n, \\, \0, \' ...). */
    static QString unescape(QByteArrayView field);

private:
    qint64 m_maxRows;
    RowHandler m_onRow;
    QByteArray m_pending;
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace Usage::ClickHouse
