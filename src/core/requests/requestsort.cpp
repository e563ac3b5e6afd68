// SPDX-License-Identifier: MIT
#include "core/requests/requestsort.h"

#include <QHash>

#include <algorithm>

namespace Usage::Requests {

std::optional<RequestSort> requestSortFromString(const QString& text)
{
    if (text == QLatin1String("cost"))
        return RequestSort::Cost;
    if (text == QLatin1String("time"))
        return RequestSort::Time;
    if (text == QLatin1String("tokens"))
        return RequestSort::Tokens;
    if (text == QLatin1String("latency"))
        return RequestSort::Latency;
    return std::nullopt;
}

namespace {

    std::optional<std::int64_t> sortValue(const RequestRow& r, RequestSort sort)
    {
        switch (sort) {
        case RequestSort::Cost:
            return r.costNanos();
        case RequestSort::Time:
            return r.createdMs;
        case RequestSort::Tokens:
            return r.totalTokens();
        case RequestSort::Latency:
            return r.latencyMs;
        }
        return std::nullopt;
    }

} // namespace

void sortAndLimit(std::vector<RequestRow>& rows, RequestSort sort, int limit)
{
    const bool ascending = sort == RequestSort::Time;
    auto before = [sort, ascending](const RequestRow& a, const RequestRow& b) {
        const auto va = sortValue(a, sort);
        const auto vb = sortValue(b, sort);
        if (va.has_value() != vb.has_value())
            return va.has_value(); // without a value: last
        if (va && *va != *vb)
            return ascending ? *va < *vb : *va > *vb;
        if (a.requestId != b.requestId)
            return a.requestId < b.requestId;
        return a.createdMs < b.createdMs; // a format without request ids (the export CSV)
    };
    const size_t keep = limit > 0 ? std::min(rows.size(), size_t(limit)) : rows.size();
    std::partial_sort(rows.begin(), rows.begin() + std::ptrdiff_t(keep), rows.end(), before);
    rows.resize(keep);
}

void dedupeRows(std::vector<RequestRow>& rows)
{
    QHash<QString, size_t> winner;
    std::vector<bool> keep(rows.size(), true);
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].requestId.isEmpty())
            continue;
        auto it = winner.find(rows[i].requestId);
        if (it == winner.end()) {
            winner.insert(rows[i].requestId, i);
        } else if (rows[i].updatedMs >= rows[*it].updatedMs) {
            keep[*it] = false;
            *it = i;
        } else {
            keep[i] = false;
        }
    }
    size_t out = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (keep[i])
            rows[out++] = std::move(rows[i]);
    }
    rows.resize(out);
}

} // namespace Usage::Requests
