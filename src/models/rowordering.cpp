// SPDX-License-Identifier: MIT
#include "models/rowordering.h"

#include "core/usageresult.h"
#include "models/changecell.h"
#include "models/pricingcell.h"
#include "models/totalsvalue.h"
#include "models/usagecolumn.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

namespace RowOrdering {

namespace {

    using Usage::GroupUsage;

    /** Integer columns compare as 64-bit integers: a double loses exactness above 2^53. */
    bool isIntegerColumn(int column)
    {
        return column != UsageColumn::CostPerRequest && column != UsageColumn::CostChangeRatio
            && column != UsageColumn::Id;
    }

    double doubleKey(const GroupUsage& row, int column)
    {
        if (column == UsageColumn::CostChangeRatio)
            return ChangeCell::ratioSortKey(row.totals.costNanos, row.previous.costNanos);
        return TotalsValue::costPerRequest(row.totals); // the other ratio
    }

    Usage::Sum integerKey(const GroupUsage& row, int column)
    {
        if (const auto value = TotalsValue::of(column, row.totals))
            return *value;
        const auto& t = row.totals;
        switch (column) {
        case UsageColumn::CostShare: // the share of one total: the order of the costs
            return t.costNanos;
        case UsageColumn::FirstRequest:
            return row.hasTimes() ? row.firstMs : std::numeric_limits<qint64>::max();
        case UsageColumn::LastRequest:
            return row.hasTimes() ? row.lastMs : std::numeric_limits<qint64>::max();
        case UsageColumn::PreviousRequests:
            return row.previous.requests;
        case UsageColumn::PreviousCost:
            return row.previous.costNanos;
        case UsageColumn::CostChange:
            return t.costNanos - row.previous.costNanos;
        case UsageColumn::CountChange:
            return t.requests - row.previous.requests;
        case UsageColumn::RecordedCost:
            return row.pricing.recordedNanos;
        case UsageColumn::ComputedCost:
            return PricingCell::computedNanos(row.pricing);
        case UsageColumn::CostDifference:
            return PricingCell::differenceNanos(row.pricing);
        case UsageColumn::UnpricedRequests:
            return row.pricing.unpriced;
        case UsageColumn::WhatIfCost:
            return Usage::Pricing::roundToNanos(row.pricing.whatIf);
        default:
            Q_UNREACHABLE();
        }
        return 0;
    }

    template <typename Key> void sortByKeys(QList<int>& indices, const std::vector<Key>& keys, Qt::SortOrder order)
    {
        // keys[i] belongs to indices[i]; sort positions, then map back
        std::vector<int> pos(keys.size());
        for (size_t i = 0; i < pos.size(); ++i)
            pos[i] = int(i);
        const bool ascending = order == Qt::AscendingOrder;
        std::sort(pos.begin(), pos.end(), [&](int a, int b) {
            if (keys[a] != keys[b])
                return ascending ? keys[a] < keys[b] : keys[b] < keys[a];
            return indices[a] < indices[b];
        });
        QList<int> sorted;
        sorted.reserve(indices.size());
        for (int p : pos)
            sorted.append(indices[p]);
        indices = std::move(sorted);
    }

} // namespace

QList<int> compute(const QList<GroupUsage>& rows, const Request& request, const std::atomic<bool>* cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    QList<int> indices;
    indices.reserve(rows.size());
    const bool filtering = !request.filter.isEmpty();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!filtering || request.filter.accepts(rows[i]))
            indices.append(int(i));
        if ((i & 0xffff) == 0 && cancelled())
            return {};
    }
    const int column = request.column;
    if (column < 0 || column >= UsageColumn::Count)
        return indices;

    if (column == UsageColumn::Id) {
        // Case-insensitive, then code point order. Each id is case-folded once into UTF-8 (whose byte order is
        // code point order) in one arena; comparisons are then an integer compare of the first 8 bytes and a
        // memcmp of the rest, instead of QString::compare(Qt::CaseInsensitive) folding both ids every time.
        const bool ascending = request.order == Qt::AscendingOrder;
        struct Key
        {
            quint64 prefix; // the first 8 bytes, big-endian, zero-padded
            quint32 offset;
            quint32 length;
            int row;
        };
        std::vector<Key> keys;
        keys.reserve(size_t(indices.size()));
        QByteArray arena;
        for (qsizetype i = 0; i < indices.size(); ++i) {
            const QByteArray folded = rows[indices[i]].id.toCaseFolded().toUtf8();
            quint64 prefix = 0;
            for (qsizetype b = 0; b < 8; ++b)
                prefix = (prefix << 8) | (b < folded.size() ? quint8(folded[b]) : 0);
            keys.push_back({ prefix, quint32(arena.size()), quint32(folded.size()), indices[i] });
            arena += folded;
            if ((i & 0xffff) == 0 && cancelled())
                return {};
        }
        const char* bytes = arena.constData();
        auto less = [&](const Key& a, const Key& b) {
            if (a.prefix != b.prefix)
                return a.prefix < b.prefix;
            const quint32 n = std::min(a.length, b.length);
            if (n > 8) {
                if (const int c = std::memcmp(bytes + a.offset + 8, bytes + b.offset + 8, n - 8))
                    return c < 0;
            }
            if (a.length != b.length)
                return a.length < b.length;
            // the same ignoring case: code point order of the ids themselves, then the result's order
            const QString& x = rows[a.row].id;
            const QString& y = rows[b.row].id;
            if (x != y)
                return Usage::codePointLess(x, y);
            return a.row < b.row;
        };
        if (ascending)
            std::sort(keys.begin(), keys.end(), less);
        else
            std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
                if (less(b, a))
                    return true;
                return !less(a, b) && a.row < b.row; // equal ids keep the result's order in both directions
            });
        for (qsizetype i = 0; i < indices.size(); ++i)
            indices[i] = keys[size_t(i)].row;
        return cancelled() ? QList<int>() : indices;
    }

    if (isIntegerColumn(column)) {
        std::vector<Usage::Sum> keys(indices.size());
        for (qsizetype i = 0; i < indices.size(); ++i)
            keys[i] = integerKey(rows[indices[i]], column);
        sortByKeys(indices, keys, request.order);
    } else {
        std::vector<double> keys(indices.size());
        for (qsizetype i = 0; i < indices.size(); ++i)
            keys[i] = doubleKey(rows[indices[i]], column);
        sortByKeys(indices, keys, request.order);
    }
    return cancelled() ? QList<int>() : indices;
}

} // namespace RowOrdering
