// SPDX-License-Identifier: MIT
#pragma once

#include "core/bucketindex.h"
#include "core/hugepages.h"
#include "core/requestrecord.h"
#include "core/stringindex.h"
#include "core/usageresult.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace Usage {

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view> {}(s); }
};

/** The immutable part of an aggregation, shared by the aggregators of all threads. */
/** The field of a record that a grouping key reads. */
inline std::string_view groupKeyOf(const RequestRecord& r, GroupKey key)
{
    switch (key) {
    case GroupKey::User:
        return r.userId;
    case GroupKey::Model:
        return r.model;
    case GroupKey::Provider:
        return r.provider;
    case GroupKey::Property:
        return r.property;
    }
    return r.userId;
}

struct AggregationSpec
{
    explicit AggregationSpec(const UsageQuery& query);

    UsageQuery query;
    std::int64_t startMs;
    std::int64_t endMs;
    std::unordered_set<std::string, StringHash, std::equal_to<>> users; ///< empty: all users
};

/**
 * Sums records per group, with a per-model breakdown and a sparse time series. One per thread; the partial
 * aggregates of several threads and files are merged. All sums are integers, so the result does not depend on
 * the order of records, merges or threads.
 */
class Aggregator final : public RecordSink
{
public:
    explicit Aggregator(std::shared_ptr<const AggregationSpec> spec);

    void add(const RequestRecord& record) override;
    /** The same, with keyHash = fastStringHash() of its group key (groupKeyOf()) already known. */
    void add(const RequestRecord& record, std::uint64_t keyHash);
    /**
     * Adds a record some steps later, after the memory its figures live in was prefetched: the views of record
     * must stay valid until flush(). keyHash is fastStringHash() of its group key (groupKeyOf()). Looking ahead
     * hides the cache misses of one group after another, which cost more than the parsing of short records.
     */
    void addDeferred(const RequestRecord& record, std::uint64_t keyHash);
    /** Adds the records addDeferred() still holds. */
    void flush();
    /** Adds other's figures to this one's; other is left empty. */
    void merge(Aggregator& other);
    /**
     * Adds the rows (sorted by cost), overall series and read counters of aggregators whose groups are disjoint
     * (one, or each worker's, which owns the groups whose keys hash to it) to result: the rows are built on up to
     * `threads` threads side by side, without merging the aggregators' figures first, and each group's model list
     * is freed once its row is built (as it goes on one thread, at the end on several).
     */
    static void finish(const std::vector<Aggregator*>& aggregators, UsageResult& result, int threads = 1);

    std::int64_t recordsSeen() const { return m_recordsSeen; }
    bool empty() const { return m_groups.empty(); }

private:
    struct ModelAcc
    {
        std::uint32_t model;
        Totals totals;
    };
    /** The buckets of a time series: the result's own type, so finish() hands the lists over without a copy. */
    using BucketAcc = BucketTotals;
    /**
     * A group's figures. Logs are mostly in time order, so the bucket records go to is kept open here, next to the
     * totals, and moved to the series when a record of another bucket comes. Four cache lines, prefetched ahead
     * with the model's entry (and the series' end when the bucket changes).
     */
    struct alignas(64) GroupAcc
    {
        Totals totals; // line 0
        Totals open; // line 1: the open bucket's figures
        std::int64_t openStart = INT64_MIN; // line 2; INT64_MIN: no bucket open
        std::int64_t firstMs = INT64_MAX;
        std::int64_t lastMs = INT64_MIN;
        // the numbers of the first models of models: a group's model is found without reading models (spread over
        // many cache lines) for up to eight models
        std::array<std::uint32_t, 8> firstModels { UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX,
            UINT32_MAX, UINT32_MAX, UINT32_MAX };
        std::vector<ModelAcc> models; // line 3
        QList<BucketAcc> series; // sorted by start, without the open bucket
        // (a record touches lines 0-3)

        /** Where model is in models (models.size() when it is not), mostly without reading models. */
        size_t modelSlot(std::uint32_t model) const
        {
            for (size_t i = 0; i < firstModels.size(); ++i) {
                if (firstModels[i] == model)
                    return i;
            }
            for (size_t i = firstModels.size(); i < models.size(); ++i) {
                if (models[i].model == model)
                    return i;
            }
            return models.size();
        }
        /** Copies the first models' numbers to firstModels (after models changed as a whole). */
        void syncFirstModels()
        {
            for (size_t i = 0; i < firstModels.size(); ++i)
                firstModels[i] = i < models.size() ? models[i].model : UINT32_MAX;
        }
        /** Moves the open bucket to the series. */
        void closeBucket()
        {
            if (openStart != INT64_MIN)
                addToSeries(series, openStart, open);
            openStart = INT64_MIN;
        }
    };
    static_assert(sizeof(GroupAcc) == 256, "a group is four cache lines");

    GroupAcc& group(std::string_view id);
    /** The number of the group keyed key (whose fastStringHash() is keyHash), added when new. */
    std::uint32_t groupNumber(std::string_view key, std::uint64_t keyHash);
    bool accepts(const RequestRecord& r) const;
    /** Adds r to group g (the number of its key in m_groupIndex), of model (its number in m_modelIndex). */
    void apply(const RequestRecord& r, std::uint32_t g, std::uint32_t model);
    void step(); ///< the pipeline of addDeferred(): every record in the ring ages by one; the oldest is added
    std::uint32_t modelIndex(std::string_view model);
    static void addToSeries(QList<BucketAcc>& series, std::int64_t start, const Totals& t);
    /** Adds series to into (both sorted by start). */
    static void addSeries(QList<BucketAcc>& into, const QList<BucketAcc>& series);

    std::shared_ptr<const AggregationSpec> m_spec;
    BucketIndex m_buckets;
    StringIndex m_groupIndex; ///< numbers the groups of m_groups
    std::vector<GroupAcc, HugePageAllocator<GroupAcc>> m_groups;
    StringIndex m_modelIndex;
    std::int64_t m_recordsSeen = 0;
    // addDeferred()'s records, in a ring: each is prefetched in steps as it ages, then added
    struct Pending
    {
        RequestRecord record;
        std::uint64_t hash;
        std::uint32_t group;
        std::uint32_t model;
    };
    void resolve(Pending& p); ///< finds (or adds) p's group and model
    void applyOldest(); ///< adds the oldest record of the ring
    static constexpr size_t kRing = 16; // a power of two above kApplyAge
    static constexpr size_t kPeekAge = 4; // the slot is in the cache: prefetch the name and the group
    static constexpr size_t kResolveAge = 8; // look the group up; prefetch its model and series entries
    static constexpr size_t kApplyAge = 12; // add
    std::array<Pending, kRing> m_ring;
    size_t m_ringNext = 0; // records ever added to the ring
    size_t m_ringDone = 0; // records ever applied from it
    // caches for the common case of consecutive records of one group or model
    std::uint32_t m_lastGroup = UINT32_MAX;
    std::uint32_t m_lastModel = UINT32_MAX;
};

} // namespace Usage
