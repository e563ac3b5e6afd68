// SPDX-License-Identifier: MIT
#include "models/rowfilter.h"

#include "core/usageresult.h"

RowFilter::RowFilter(const QString& text, bool isRegex, qint64 minCostNanos)
    : m_text(text)
    , m_isRegex(isRegex)
    , m_minCostNanos(minCostNanos)
{
    if (m_isRegex && !m_text.isEmpty()) {
        m_regex = QRegularExpression(m_text, QRegularExpression::CaseInsensitiveOption);
        // compile now, so that worker threads only ever read it
        m_regex.optimize();
    }
}

bool RowFilter::isValid() const
{
    return !m_isRegex || m_text.isEmpty() || m_regex.isValid();
}

QString RowFilter::errorString() const
{
    return isValid() ? QString() : m_regex.errorString();
}

bool RowFilter::accepts(const Usage::GroupUsage& row) const
{
    if (row.totals.costNanos < m_minCostNanos)
        return false;
    if (m_text.isEmpty())
        return true;
    if (m_isRegex)
        return m_regex.isValid() && m_regex.match(row.id).hasMatch();
    return row.id.contains(m_text, Qt::CaseInsensitive);
}
