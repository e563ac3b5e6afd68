// SPDX-License-Identifier: MIT
#include "core/usageresult.h"

#include <algorithm>

namespace Usage {

QString Diagnostic::toString() const
{
    if (file.isEmpty())
        return reason;
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where + QLatin1String(": ") + reason;
}

Totals UsageResult::totals() const
{
    Totals t;
    for (const auto& row : rows)
        t.add(row.totals);
    if (pricing.enabled) // the exact sum, rounded once
        t.costNanos = pricingTotals().costNanos(pricing.basis);
    return t;
}

Totals UsageResult::previousTotals() const
{
    Totals t;
    for (const auto& row : rows)
        t.add(row.previous);
    return t;
}

qint64 UsageResult::newGroups() const
{
    return std::count_if(rows.begin(), rows.end(),
        [](const GroupUsage& r) { return r.totals.requests > 0 && r.previous.requests == 0; });
}

qint64 UsageResult::goneGroups() const
{
    return std::count_if(rows.begin(), rows.end(),
        [](const GroupUsage& r) { return r.totals.requests == 0 && r.previous.requests > 0; });
}

PricingFigures UsageResult::pricingTotals() const
{
    PricingFigures f;
    for (const auto& row : rows)
        f.add(row.pricing);
    return f;
}

bool costOrderLess(const GroupUsage& a, const GroupUsage& b)
{
    if (a.totals.costNanos != b.totals.costNanos)
        return a.totals.costNanos > b.totals.costNanos;
    return codePointLess(a.id, b.id);
}

bool codePointLess(QStringView a, QStringView b)
{
    // UTF-8 byte order is code point order. UTF-16 code units sort the same way except that surrogates
    // (U+D800..U+DFFF, which encode code points above U+FFFF) must sort after U+E000..U+FFFF.
    auto fix = [](char16_t u) -> quint32 {
        if (u < 0xD800)
            return u;
        return u >= 0xE000 ? quint32(u) - 0x800 : quint32(u) + 0x2000;
    };
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = a[i].unicode();
        const char16_t y = b[i].unicode();
        if (x != y)
            return fix(x) < fix(y);
    }
    return a.size() < b.size();
}

void UsageResult::sortRows()
{
    std::sort(rows.begin(), rows.end(), costOrderLess);
}

} // namespace Usage
