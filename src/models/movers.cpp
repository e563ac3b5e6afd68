// SPDX-License-Identifier: MIT
#include "models/movers.h"

#include <algorithm>

Movers Movers::of(const Usage::UsageResult& result, int n)
{
    Movers m;
    if (n <= 0)
        return m;
    for (const Usage::GroupUsage& row : result.rows) {
        const Mover mover { row.id, row.totals.costNanos, row.previous.costNanos };
        if (mover.changeNanos() > 0)
            m.increases.append(mover);
        else if (mover.changeNanos() < 0)
            m.decreases.append(mover);
    }
    auto order = [](QList<Mover>& list, int n, bool up) {
        const auto less = [up](const Mover& a, const Mover& b) {
            if (a.changeNanos() != b.changeNanos())
                return up ? a.changeNanos() > b.changeNanos() : a.changeNanos() < b.changeNanos();
            return Usage::codePointLess(a.id, b.id);
        };
        const qsizetype keep = std::min<qsizetype>(n, list.size());
        std::partial_sort(list.begin(), list.begin() + keep, list.end(), less);
        list.resize(keep);
    };
    order(m.increases, n, true);
    order(m.decreases, n, false);
    return m;
}
