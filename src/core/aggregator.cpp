// SPDX-License-Identifier: MIT
#include "core/aggregator.h"

#include "core/parallel.h"

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
}

Aggregator::Aggregator(std::shared_ptr<const AggregationSpec> spec)
    : m_spec(std::move(spec))
    , m_buckets(m_spec->query.zone, m_spec->query.granularity)
{
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
    if (m_lastModel != UINT32_MAX && model == m_modelIndex.name(m_lastModel))
        return m_lastModel;
    m_lastModel = m_modelIndex.insert(model);
    return m_lastModel;
}

namespace {

    /** Makes room for one more element, growing by a quarter instead of doubling: these vectors are many and live long.
     */
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
    if (!accepts(r))
        return;
    apply(r, groupNumber(groupKeyOf(r, m_spec->query.groupBy.key), keyHash), modelIndex(r.model));
}

void Aggregator::addDeferred(const RequestRecord& r, std::uint64_t keyHash)
{
    ++m_recordsSeen;
    if (!accepts(r))
        return;
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
    // the records that reached each age with this step
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
        // the model's figures, 72 bytes: two cache lines
        const GroupAcc& g = m_groups[p.group];
        if (const size_t slot = g.modelSlot(p.model); slot < g.models.size()) {
            const auto* at = reinterpret_cast<const char*>(g.models.data() + slot);
            __builtin_prefetch(at);
            __builtin_prefetch(at + 64);
        }
        // a record of another bucket closes the open one: the series' header and last bucket are written then
        if (g.openStart != m_buckets.bucketStart(p.record.createdMs) && !g.series.isEmpty()) {
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
    t.promptTokens = r.promptTokens;
    t.completionTokens = r.completionTokens;
    t.cacheReadTokens = r.cacheReadTokens;
    t.cacheWriteTokens = r.cacheWriteTokens;
    t.reasoningTokens = r.reasoningTokens;
    t.costNanos = r.costNanos;
    t.requestsWithoutCost = r.hasCost ? 0 : 1;

    GroupAcc& g = m_groups[group];
    g.totals.add(t);
    g.firstMs = std::min(g.firstMs, r.createdMs);
    g.lastMs = std::max(g.lastMs, r.createdMs);

    if (const size_t slot = g.modelSlot(model); slot < g.models.size()) {
        g.models[slot].totals.add(t);
    } else {
        roomForOne(g.models);
        g.models.push_back({ model, t });
        if (slot < g.firstModels.size())
            g.firstModels[slot] = model;
    }

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
    if (m_groups.empty() && m_modelIndex.empty()) {
        // nothing here yet: take other's figures as they are
        m_groupIndex = std::move(other.m_groupIndex);
        m_groups = std::move(other.m_groups);
        m_modelIndex = std::move(other.m_modelIndex);
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
    m_groups.reserve(m_groups.size() + other.m_groups.size()); // workers own disjoint groups: usually exact
    for (size_t i = 0; i < other.m_groups.size(); ++i) {
        GroupAcc& src = other.m_groups[i];
        GroupAcc& dst = group(other.m_groupIndex.name(std::uint32_t(i)));
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
    other.m_groupIndex.clear();
    other.m_groups.clear();
    other.m_recordsSeen = 0;
    other.m_lastGroup = UINT32_MAX;
}

void Aggregator::addSeries(QList<BucketAcc>& into, const QList<BucketAcc>& series)
{
    // both sorted by start: one cursor walks into from where the first bucket belongs, and finds most buckets
    // where it is
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

void Aggregator::finish(const std::vector<Aggregator*>& aggregators, UsageResult& result, int threads)
{
    // the parts rows are built in: each aggregator's groups, big ones split across the threads
    struct Part
    {
        Aggregator* from;
        size_t begin, end;
        std::vector<QString> modelNames; // converted once and shared by the part's rows
    };
    std::vector<Part> pieces;
    size_t count = 0;
    const auto perAggregator = size_t(std::clamp<int>(threads / std::max<int>(1, int(aggregators.size())), 1, 8));
    for (Aggregator* a : aggregators) {
        result.recordsRead += a->m_recordsSeen;
        a->m_recordsSeen = 0;
        const size_t groups = a->m_groups.size();
        count += groups;
        if (groups == 0)
            continue;
        const size_t split = groups >= 20000 ? perAggregator : 1;
        for (size_t k = 0; k < split; ++k) {
            // a copy of the model names for each part: their reference counts are not written by two cores at once
            std::vector<QString> names(a->m_modelIndex.size());
            for (std::uint32_t m = 0; m < names.size(); ++m) {
                const std::string_view name = a->m_modelIndex.name(m);
                names[m] = QString::fromUtf8(name.data(), qsizetype(name.size()));
            }
            pieces.push_back({ a, groups * k / split, groups * (k + 1) / split, std::move(names) });
        }
    }
    const size_t parts = pieces.size();
    std::vector<QList<GroupUsage>> rows(parts);
    std::vector<QList<BucketAcc>> overall(parts); // sorted by start
    auto build = [&](size_t part) {
        const auto& [from, begin, end, modelNames] = pieces[part];
        auto& groups = from->m_groups;
        const StringIndex& names = from->m_groupIndex;
        QList<GroupUsage>& out = rows[part];
        out.reserve(qsizetype(end - begin));
        for (size_t i = begin; i < end; ++i) {
            // the groups lie in memory in the order they were first seen, their lists all over the heap: fetch the
            // next ones ahead (each row otherwise waits for a dozen cache misses)
            if (i + 8 < end) {
                const auto* ahead = reinterpret_cast<const char*>(&groups[i + 8]);
                for (size_t line = 0; line < sizeof(GroupAcc); line += 64)
                    __builtin_prefetch(ahead + line);
            }
            if (i + 4 < end) {
                const GroupAcc& next = groups[i + 4];
                if (!next.models.empty())
                    __builtin_prefetch(next.models.data());
                if (!next.series.isEmpty()) {
                    __builtin_prefetch(next.series.constData());
                    __builtin_prefetch(reinterpret_cast<const char*>(next.series.constData()) - 1); // its header
                }
                names.prefetchName(std::uint32_t(i + 4));
            }
            GroupAcc& g = groups[i];
            GroupUsage row;
            const std::string_view id = names.name(std::uint32_t(i));
            row.id = QString::fromUtf8(id.data(), qsizetype(id.size()));
            row.totals = g.totals;
            row.firstMs = g.firstMs;
            row.lastMs = g.lastMs;
            row.models.reserve(qsizetype(g.models.size()));
            for (const ModelAcc& m : g.models)
                row.models.append({ modelNames[m.model], m.totals });
            std::sort(row.models.begin(), row.models.end(), [](const ModelTotals& a, const ModelTotals& b) {
                if (a.totals.costNanos != b.totals.costNanos)
                    return a.totals.costNanos > b.totals.costNanos;
                return codePointLess(a.model, b.model);
            });
            g.closeBucket();
            addSeries(overall[part], g.series);
            row.series = std::move(g.series); // the same type: handed over
            if (parts == 1) // one thread: the rows reuse the memory of the lists freed as it goes
                std::vector<ModelAcc>().swap(g.models);
            out.append(std::move(row));
        }
        std::sort(out.begin(), out.end(), costOrderLess); // each part sorted here, merged below
    };
    runParallel(parts, build);
    if (parts > 1) {
        // the model lists freed on all threads at once, once the rows are built: freeing them while the other
        // threads allocate made them wait for each other's malloc arenas; when each part is one worker's groups
        // (the common case) their lists came from that worker's arena, so the threads free into different ones
        runParallel(parts, [&pieces](size_t part) {
            for (size_t i = pieces[part].begin; i < pieces[part].end; ++i)
                std::vector<ModelAcc>().swap(pieces[part].from->m_groups[i].models);
        });
    }

    // the parts' sorted runs one after the other, then merged pairwise: the rows come out in cost order without a
    // sort of all of them
    const bool fresh = result.rows.isEmpty();
    result.rows.reserve(result.rows.size() + qsizetype(count));
    std::vector<qsizetype> bounds { result.rows.size() };
    for (QList<GroupUsage>& part : rows) {
        for (GroupUsage& row : part)
            result.rows.append(std::move(row));
        part = {};
        bounds.push_back(result.rows.size());
    }
    while (fresh && bounds.size() > 2) {
        std::vector<qsizetype> merged { bounds.front() };
        size_t k = 0;
        for (; k + 2 < bounds.size(); k += 2) {
            const auto first = result.rows.begin();
            std::inplace_merge(first + bounds[k], first + bounds[k + 1], first + bounds[k + 2], costOrderLess);
            merged.push_back(bounds[k + 2]);
        }
        if (k + 1 < bounds.size()) // an odd run out: it waits for the next round
            merged.push_back(bounds.back());
        bounds = std::move(merged);
    }
    if (parts > 0) {
        for (size_t part = 1; part < parts; ++part)
            addSeries(overall[0], overall[part]);
        result.series = std::move(overall[0]);
    }
    if (!fresh)
        result.sortRows();
}

} // namespace Usage
