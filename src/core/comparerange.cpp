// SPDX-License-Identifier: MIT
#include "core/comparerange.h"

#include <QDateTime>
#include <QHash>

namespace Usage {

MsRange previousPeriod(std::int64_t startMs, std::int64_t endMs)
{
    const std::int64_t length = endMs - startMs + 1;
    return { startMs - length, startMs - 1 };
}

MsRange previousYear(std::int64_t startMs, std::int64_t endMs, const QTimeZone& zone)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, zone).addYears(-1);
    const QDateTime afterEnd = QDateTime::fromMSecsSinceEpoch(endMs + 1, zone).addYears(-1);
    return { start.toMSecsSinceEpoch(), afterEnd.toMSecsSinceEpoch() - 1 };
}

bool resolveComparison(UsageQuery& query)
{
    switch (query.compare) {
    case CompareMode::None:
        query.compareStartMs.reset();
        query.compareEndMs.reset();
        return true;
    case CompareMode::PreviousPeriod:
    case CompareMode::PreviousYear: {
        if (!query.startMs || !query.endMs || *query.startMs > *query.endMs)
            return false;
        const MsRange r = query.compare == CompareMode::PreviousPeriod
            ? previousPeriod(*query.startMs, *query.endMs)
            : previousYear(*query.startMs, *query.endMs, query.zone);
        query.compareStartMs = r.first;
        query.compareEndMs = r.second;
        return true;
    }
    case CompareMode::Custom:
        return query.compareStartMs && query.compareEndMs && *query.compareStartMs <= *query.compareEndMs;
    }
    return false;
}

UsageQuery comparisonQuery(const UsageQuery& query)
{
    UsageQuery p = query;
    p.startMs = query.compareStartMs;
    p.endMs = query.compareEndMs;
    p.compare = CompareMode::None;
    p.compareStartMs.reset();
    p.compareEndMs.reset();
    return p;
}

void attachPrevious(UsageResult& current, const UsageResult& previous)
{
    QHash<QString, qsizetype> at;
    at.reserve(current.rows.size());
    for (qsizetype i = 0; i < current.rows.size(); ++i)
        at.insert(current.rows.at(i).id, i);
    bool added = false;
    for (const GroupUsage& row : previous.rows) {
        const auto it = at.constFind(row.id);
        if (it != at.constEnd()) {
            GroupUsage& into = current.rows[*it];
            into.previous.add(row.totals);
            into.previousSeries = row.series;
            continue;
        }
        GroupUsage gone;
        gone.id = row.id;
        gone.previous = row.totals;
        gone.previousSeries = row.series;
        at.insert(row.id, current.rows.size());
        current.rows.append(std::move(gone));
        added = true;
    }
    if (added)
        current.sortRows();
}

} // namespace Usage
