// SPDX-License-Identifier: MIT
#include "core/dedupe.h"

#include "core/stringindex.h"
#include "core/timeparse.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace Usage {
namespace {

    std::uint64_t fnv1a(std::string_view s)
    {
        std::uint64_t h = 14695981039346656037ULL;
        for (char c : s) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ULL;
        }
        return h;
    }

} // namespace

std::uint64_t requestIdHash(std::string_view id)
{
    return fastStringHash(id);
}

DedupeStore::DedupeStore(std::shared_ptr<const AggregationSpec> spec)
    : m_spec(spec)
    , m_withoutId(std::move(spec))
{
}

void DedupeStore::beginChunk(std::uint32_t fileIndex, std::uint64_t chunkOffset)
{
    m_fileIndex = fileIndex;
    m_chunkOffset = chunkOffset;
    m_next = 0;
}

std::uint32_t DedupeStore::intern(std::string_view s)
{
    auto it = m_stringIndex.find(s);
    if (it != m_stringIndex.end())
        return it->second;
    const auto index = std::uint32_t(m_strings.size());
    m_stringIndex.emplace(std::string(s), index);
    m_strings.emplace_back(s);
    return index;
}

void DedupeStore::add(const RequestRecord& r)
{
    const std::uint32_t index = m_next++;
    if (r.requestId.empty()) {
        m_withoutId.add(r);
        return;
    }
    Entry e;
    e.keyLo = requestIdHash(r.requestId);
    e.keyHi = fnv1a(r.requestId);
    e.updatedMs = r.updatedAt.empty()
        ? std::numeric_limits<std::int64_t>::min()
        : Time::parseTimestampMs(r.updatedAt).value_or(std::numeric_limits<std::int64_t>::min());
    e.chunkOffset = m_chunkOffset;
    e.fileIndex = m_fileIndex;
    e.index = index;
    e.user = intern(r.userId);
    e.model = intern(r.model);
    e.provider = intern(r.provider);
    e.property = intern(r.property);
    e.figures = r.figures();
    m_entries.push_back(e);
}

void DedupeStore::resolve(
    std::vector<std::unique_ptr<DedupeStore>>& stores, Aggregator& out, std::int64_t& duplicatesDropped)
{
    struct Ref
    {
        const Entry* entry;
        const DedupeStore* store;
    };
    std::vector<Ref> refs;
    size_t total = 0;
    for (const auto& s : stores)
        total += s->m_entries.size();
    refs.reserve(total);
    for (const auto& s : stores) {
        for (const Entry& e : s->m_entries)
            refs.push_back({ &e, s.get() });
    }
    // the winner of an id sorts last: newest updated_at, then the copy read last
    std::sort(refs.begin(), refs.end(), [](const Ref& a, const Ref& b) {
        const Entry& x = *a.entry;
        const Entry& y = *b.entry;
        return std::tie(x.keyHi, x.keyLo, x.updatedMs, x.fileIndex, x.chunkOffset, x.index)
            < std::tie(y.keyHi, y.keyLo, y.updatedMs, y.fileIndex, y.chunkOffset, y.index);
    });
    duplicatesDropped = 0;
    for (size_t i = 0; i < refs.size(); ++i) {
        const Entry& e = *refs[i].entry;
        if (i + 1 < refs.size() && refs[i + 1].entry->keyHi == e.keyHi && refs[i + 1].entry->keyLo == e.keyLo) {
            ++duplicatesDropped;
            continue;
        }
        const auto& strings = refs[i].store->m_strings;
        RequestRecord r;
        r.userId = strings[e.user];
        r.model = strings[e.model];
        r.provider = strings[e.provider];
        r.property = strings[e.property];
        r.figures() = e.figures;
        out.add(r);
    }
    for (auto& s : stores)
        out.merge(s->m_withoutId);
}

} // namespace Usage
