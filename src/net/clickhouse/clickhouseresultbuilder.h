// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Usage::ClickHouse {

/**
 * Turns the rows of QueryBuilder's two queries into a UsageResult ordered as the dump reader orders its own. Rows
 * for the same group, model or bucket add up, so a long user list can be asked for in parts.
 */
class ResultBuilder
{
public:
    /** A row of QueryBuilder::byModel(); false (and error()) when it is not one. */
    bool addModelRow(const QStringList& fields);
    /** A row of QueryBuilder::bySeries(). */
    bool addSeriesRow(const QStringList& fields);
    QString error() const { return m_error; }

    /** The rows sorted by cost, their models by cost and their series (and the overall one) by time. */
    UsageResult take(const UsageQuery& query);

private:
    bool readTotals(const QStringList& fields, Totals& totals);
    GroupUsage& group(const QString& id);

    QList<GroupUsage> m_rows;
    QHash<QString, qsizetype> m_index;
    QMap<qint64, Totals> m_series;
    QHash<QString, QMap<qint64, Totals>> m_groupSeries; // answers for several user lists add up
    QString m_error;
};

} // namespace Usage::ClickHouse
