// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QString>

namespace Usage {
struct GroupUsage;
}

/** Which rows of a result the table shows: id text (plain or regular expression) and a minimum cost. */
class RowFilter
{
public:
    RowFilter() = default;
    /** Plain text matches anywhere in the id, case-insensitively; a regex is used as given, case-insensitively. */
    RowFilter(const QString& text, bool isRegex, qint64 minCostNanos);

    bool isValid() const; ///< false for a regular expression that does not compile
    QString errorString() const;
    bool isEmpty() const { return m_text.isEmpty() && m_minCostNanos <= 0; }
    bool accepts(const Usage::GroupUsage& row) const;

    QString text() const { return m_text; }
    bool isRegex() const { return m_isRegex; }
    qint64 minCostNanos() const { return m_minCostNanos; }

    friend bool operator==(const RowFilter& a, const RowFilter& b)
    {
        return a.m_text == b.m_text && a.m_isRegex == b.m_isRegex && a.m_minCostNanos == b.m_minCostNanos;
    }

private:
    QString m_text;
    bool m_isRegex = false;
    qint64 m_minCostNanos = 0;
    QRegularExpression m_regex;
};
