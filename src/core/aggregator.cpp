// SPDX-License-Identifier: MIT
#include "core/aggregator.h"

#include "core/comparerange.h"
#include "core/tokencounts.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace Usage {

AggregationSpec::AggregationSpec(const UsageQuery& q)
    : query(q)
    , startMs(q.startMs.value_or(std::numeric_limits<std::int64_t>::min()))
    , endMs(q.endMs.value_or(std::numeric_limits<std::int64_t>::max()))
{
    for (const QString& id : q.userIds)
        users.insert(id.toStdString());
    if (q.hasComparison())
        previous = std::make_shared<const AggregationSpec>(comparisonQuery(q));
}

Aggregator::Aggregator(std::shared_ptr<const AggregationSpec> spec)
    : m_spec(std::move(spec))
    , m_buckets(m_spec->query.zone, m_spec->query.granularity)
    , m_parts(m_spec->query.parts)
    , m_keepModels(m_parts.models || m_spec->query.pricing)
{
    if (m_spec->previous)
        m_previous = std::make_unique<Aggregator>(m_spec->previous);
    if (m_spec->query.pricing)
        m_pricing = std::make_unique<AggregatorPricing>(m_spec->query.pricing);
}

std::uint32_t Aggregator::groupNumber(std::string_view key, std::uint64_t keyHash)
{
    const std::uint32_t index = m_groupIndex.insert(key, keyHash);
    if (index == m_groups.size())
        m_groups.emplace_back();
    return index;
}

Aggregator::GroupAcc& Aggregator::group(std::string_view id)
{
    if (m_lastGroup == UINT32_MAX || id != m_groupIndex.name(m_lastGroup))
        m_lastGroup = groupNumber(id, fastStringHash(id));
    return m_groups[m_lastGroup];
}

std::uint32_t Aggregator::modelIndex(std::string_view model)
{
    if (!m_keepModels)
        return 0;
    if (m_lastModel != UINT32_MAX && model == m_modelIndex.name(m_lastModel))
        return m_lastModel;
    m_lastModel = m_modelIndex.insert(model);
    return m_lastModel;
}

namespace {

    /** Makes room for one more element, growing by a quarter: these vectors are many and live long. */
    template <typename V> void roomForOne(V& v)
    {
        if (v.size() == v.capacity())
            v.reserve(v.size() + std::max<size_t>(2, v.size() / 4));
    }

} // namespace

void Aggregator::addToSeries(QList<BucketAcc>& series, std::int64_t start, const Totals& t)
{
    // logs are mostly time-ordered: the bucket is usually the last one
    if (!series.empty() && series.back().startMs == start) {
        series.back().totals.add(t);
        return;
    }
    roomForOne(series);
    if (series.empty() || series.back().startMs < start) {
        series.push_back({ start, t });
        return;
    }
    auto it = std::lower_bound(
        series.begin(), series.end(), start, [](const BucketAcc& b, std::int64_t s) { return b.startMs < s; });
    if (it != series.end() && it->startMs == start)
        it->totals.add(t);
    else
        series.insert(it, { start, t });
}

bool Aggregator::accepts(const RequestRecord& r) const
{
    if (r.createdMs < m_spec->startMs || r.createdMs > m_spec->endMs)
        return false;
    return m_spec->users.empty() || m_spec->users.contains(r.userId);
}

void Aggregator::add(const RequestRecord& r)
{
    add(r, fastStringHash(groupKeyOf(r, m_spec->query.groupBy.key)));
}

void Aggregator::add(const RequestRecord& r, std::uint64_t keyHash)
{
    ++m_recordsSeen;
    if (!accepts(r)) {
        offerPrevious(r, keyHash);
        return;
    }
    apply(r, groupNumber(groupKeyOf(r, m_spec->query.groupBy.key), keyHash), modelIndex(r.model));
}

void Aggregator::addDeferred(const RequestRecord& r, std::uint64_t keyHash)
{
    ++m_recordsSeen;
    if (!accepts(r)) {
        offerPrevious(r, keyHash);
        return;
    }
    Pending& p = m_ring[m_ringNext % kRing];
    p.record = r;
    p.hash = keyHash;
    p.group = StringIndex::npos;
    m_groupIndex.prefetch(keyHash);
    ++m_ringNext;
    if (m_ringNext - m_ringDone > kApplyAge)
        step();
}

void Aggregator::step()
{
    const size_t newest = m_ringNext - 1;
    if (newest >= m_ringDone + kPeekAge) {
        const Pending& p = m_ring[(newest - kPeekAge) % kRing];
        const std::uint32_t g = m_groupIndex.peek(p.hash);
        if (g != StringIndex::npos && g < m_groups.size()) {
            const char* at = reinterpret_cast<const char*>(&m_groups[g]);
            for (size_t line = 0; line < sizeof(GroupAcc); line += 64)
                __builtin_prefetch(at + line);
        }
    }
    if (newest >= m_ringDone + kResolveAge) {
        Pending& p = m_ring[(newest - kResolveAge) % kRing];
        resolve(p);
        const GroupAcc& g = m_groups[p.group];
        if (const size_t slot = g.modelSlot(p.model); m_parts.models && slot < g.models.size()) {
            const auto* at = reinterpret_cast<const char*>(g.models.data() + slot);
            __builtin_prefetch(at);
            __builtin_prefetch(at + 64);
        }
        // another bucket closes the open one, which writes the series' header and last bucket
        if (m_parts.series && g.openStart != m_buckets.bucketStart(p.record.createdMs) && !g.series.isEmpty()) {
            const auto* data = reinterpret_cast<const char*>(g.series.constData());
            const auto* last = reinterpret_cast<const char*>(g.series.constData() + (g.series.size() - 1));
            __builtin_prefetch(data - 1);
            __builtin_prefetch(last);
            __builtin_prefetch(last + 64);
        }
    }
    applyOldest();
}

void Aggregator::resolve(Pending& p)
{
    p.group = groupNumber(groupKeyOf(p.record, m_spec->query.groupBy.key), p.hash);
    p.model = modelIndex(p.record.model);
}

void Aggregator::applyOldest()
{
    Pending& p = m_ring[m_ringDone % kRing];
    if (p.group == StringIndex::npos) // the first records after a flush reach this age unresolved
        resolve(p);
    apply(p.record, p.group, p.model);
    ++m_ringDone;
}

void Aggregator::flush()
{
    while (m_ringDone < m_ringNext)
        applyOldest();
}

void Aggregator::apply(const RequestRecord& r, std::uint32_t group, std::uint32_t model)
{
    Totals t;
    t.requests = 1;
    copyTokenCounts(t, r);
    t.costNanos = r.costNanos;
    t.requestsWithoutCost = r.hasCost ? 0 : 1;
    if (m_pricing) // the cost under the basis; finish() puts the exact sums in the rows
        t.costNanos = m_pricing->add(r, group, model);

    GroupAcc& g = m_groups[group];
    g.totals.add(t);
    if (m_parts.times) {
        g.firstMs = std::min(g.firstMs, r.createdMs);
        g.lastMs = std::max(g.lastMs, r.createdMs);
    }
    if (m_parts.models) {
        if (const size_t slot = g.modelSlot(model); slot < g.models.size()) {
            g.models[slot].totals.add(t);
        } else {
            roomForOne(g.models);
            g.models.push_back({ model, t });
            if (slot < g.firstModels.size())
                g.firstModels[slot] = model;
        }
    }
    if (!m_parts.series)
        return;
    const std::int64_t start = m_buckets.bucketStart(r.createdMs);
    if (g.openStart == start) {
        g.open.add(t);
    } else {
        g.closeBucket();
        g.openStart = start;
        g.open = t;
    }
}

void Aggregator::merge(Aggregator& other)
{
    m_recordsSeen += other.m_recordsSeen;
    if (m_previous && other.m_previous)
        m_previous->merge(*other.m_previous);
    if (m_groups.empty() && m_modelIndex.empty()) {
        // nothing here yet: take other's figures as they are
        m_groupIndex = std::move(other.m_groupIndex);
        m_groups = std::move(other.m_groups);
        m_modelIndex = std::move(other.m_modelIndex);
        if (other.m_pricing) {
            m_pricing = std::move(other.m_pricing);
            other.m_pricing = std::make_unique<AggregatorPricing>(m_spec->query.pricing);
        }
        m_lastGroup = UINT32_MAX;
        m_lastModel = UINT32_MAX;
        other.m_groupIndex.clear();
        other.m_groups.clear();
        other.m_modelIndex.clear();
        other.m_recordsSeen = 0;
        other.m_lastGroup = UINT32_MAX;
        other.m_lastModel = UINT32_MAX;
        return;
    }
    m_groups.reserve(m_groups.size() + other.m_groups.size());
    for (size_t i = 0; i < other.m_groups.size(); ++i) {
        GroupAcc& src = other.m_groups[i];
        GroupAcc& dst = group(other.m_groupIndex.name(std::uint32_t(i)));
        if (m_pricing && other.m_pricing) {
            m_pricing->mergeGroup(m_lastGroup, *other.m_pricing, std::uint32_t(i),
                [&](std::uint32_t m) { return modelIndex(other.m_modelIndex.name(m)); });
        }
        src.closeBucket();
        dst.closeBucket();
        dst.totals.add(src.totals);
        dst.firstMs = std::min(dst.firstMs, src.firstMs);
        dst.lastMs = std::max(dst.lastMs, src.lastMs);
        if (dst.models.empty()) {
            // a group new here: renumber its models and take them as they are
            for (ModelAcc& m : src.models)
                m.model = modelIndex(other.m_modelIndex.name(m.model));
            dst.models = std::move(src.models);
        } else {
            for (const ModelAcc& m : src.models) {
                const std::uint32_t model = modelIndex(other.m_modelIndex.name(m.model));
                if (const size_t slot = dst.modelSlot(model); slot < dst.models.size())
                    dst.models[slot].totals.add(m.totals);
                else
                    dst.models.push_back({ model, m.totals });
            }
        }
        dst.syncFirstModels();
        std::vector<ModelAcc>().swap(src.models);
        if (dst.series.empty())
            dst.series = std::move(src.series);
        else
            addSeries(dst.series, src.series);
        src.series = {};
    }
    if (m_pricing && other.m_pricing) {
        m_pricing->mergeUnpriced(*other.m_pricing);
        other.m_pricing = std::make_unique<AggregatorPricing>(m_spec->query.pricing);
    }
    other.m_groupIndex.clear();
    other.m_groups.clear();
    other.m_recordsSeen = 0;
    other.m_lastGroup = UINT32_MAX;
}

void Aggregator::addSeries(QList<BucketAcc>& into, const QList<BucketAcc>& series)
{
    if (series.isEmpty())
        return;
    qsizetype at = std::lower_bound(into.cbegin(), into.cend(), series.front().startMs,
                       [](const BucketAcc& b, std::int64_t start) { return b.startMs < start; })
        - into.cbegin();
    for (const BucketAcc& b : series) {
        while (at < into.size() && into.at(at).startMs < b.startMs)
            ++at;
        if (at < into.size() && into.at(at).startMs == b.startMs)
            into[at].totals.add(b.totals);
        else
            into.insert(at, b);
    }
}

} // namespace Usage
