// SPDX-License-Identifier: MIT
#pragma once

#include "core/aggregatorpricing.h"
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

/** The immutable part of an aggregation, shared by the aggregators of all threads. */
struct AggregationSpec
{
    explicit AggregationSpec(const UsageQuery& query);

    UsageQuery query;
    std::int64_t startMs;
    std::int64_t endMs;
    std::unordered_set<std::string, StringHash, std::equal_to<>> users; ///< empty: all users
    /** The comparison range's spec (its query without a comparison), when the query has one. */
    std::shared_ptr<const AggregationSpec> previous;
};

/** Sums records per group, per model and per time bucket; integer sums, so order and thread count never matter. */
class Aggregator final : public RecordSink
{
public:
    explicit Aggregator(std::shared_ptr<const AggregationSpec> spec);

    void add(const RequestRecord& record) override;
    /** The same, with keyHash = fastStringHash() of its group key (groupKeyOf()) already known. */
    void add(const RequestRecord& record, std::uint64_t keyHash);
    /** Adds a record some steps later, once its group's memory is prefetched; its views must last until flush(). */
    void addDeferred(const RequestRecord& record, std::uint64_t keyHash);
    /** Adds the records addDeferred() still holds. */
    void flush();
    /** Adds other's figures to this one's; other is left empty. */
    void merge(Aggregator& other);
    /** Adds the rows, series and counters of aggregators with disjoint groups to result, on up to `threads`. */
    static void finish(const std::vector<Aggregator*>& aggregators, UsageResult& result, int threads = 1);

    /** Sets each row's previous figures from the comparison range's aggregators; adds the rows only there. */
    static void finishPrevious(const std::vector<Aggregator*>& aggregators, UsageResult& result, int threads);

    std::int64_t recordsSeen() const { return m_recordsSeen; }
    bool empty() const { return m_groups.empty(); }

private:
    struct ModelAcc
    {
        std::uint32_t model;
        Totals totals;
    };
    using BucketAcc = BucketTotals;
    /** A group's figures in six cache lines (two 128-bit Totals); the current time bucket stays open beside them. */
    struct alignas(64) GroupAcc
    {
        Totals totals;
        Totals open;
        std::int64_t openStart = INT64_MIN; // INT64_MIN: no bucket open
        std::int64_t firstMs = INT64_MAX;
        std::int64_t lastMs = INT64_MIN;
        // the first models' numbers, so that most look-ups do not read models
        std::array<std::uint32_t, 8> firstModels { UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX,
            UINT32_MAX, UINT32_MAX, UINT32_MAX };
        std::vector<ModelAcc> models;
        QList<BucketAcc> series; // sorted by start, without the open bucket

        /** Where model is in models; models.size() when it is not. */
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
        /** Copies the first models' numbers to firstModels. */
        void syncFirstModels()
        {
            for (size_t i = 0; i < firstModels.size(); ++i)
                firstModels[i] = i < models.size() ? models[i].model : UINT32_MAX;
        }
        void closeBucket()
        {
            if (openStart != INT64_MIN)
                addToSeries(series, openStart, open);
            openStart = INT64_MIN;
        }
    };
    static_assert(sizeof(GroupAcc) == 384, "a group is six cache lines");

    /** Puts the pricing summary (sources, options, unpriced models) of the aggregators' records in result. */
    static void finishPricing(const std::vector<Aggregator*>& aggregators, UsageResult& result);

    GroupAcc& group(std::string_view id);
    /** The number of the group keyed key, added when new. */
    std::uint32_t groupNumber(std::string_view key, std::uint64_t keyHash);
    bool accepts(const RequestRecord& r) const;

    void apply(const RequestRecord& r, std::uint32_t g, std::uint32_t model);
    void step(); ///< every record in the ring ages by one; the oldest is added
    std::uint32_t modelIndex(std::string_view model);
    static void addToSeries(QList<BucketAcc>& series, std::int64_t start, const Totals& t);
    /** Adds series to into, both sorted by start. */
    static void addSeries(QList<BucketAcc>& into, const QList<BucketAcc>& series);

    std::shared_ptr<const AggregationSpec> m_spec;
    BucketIndex m_buckets;
    ResultParts m_parts; ///< the query's, copied: read for every record
    bool m_keepModels; ///< model names are kept: for the breakdown or the price book
    StringIndex m_groupIndex;
    std::vector<GroupAcc, HugePageAllocator<GroupAcc>> m_groups;
    StringIndex m_modelIndex;
    std::int64_t m_recordsSeen = 0;
    std::unique_ptr<AggregatorPricing> m_pricing; ///< only when the query prices records
    // addDeferred()'s records: each is prefetched in steps as it ages, then added
    struct Pending
    {
        RequestRecord record;
        std::uint64_t hash;
        std::uint32_t group;
        std::uint32_t model;
    };
    void resolve(Pending& p);
    void applyOldest();
    static constexpr size_t kRing = 16; // a power of two above kApplyAge
    static constexpr size_t kPeekAge = 4;
    static constexpr size_t kResolveAge = 8;
    static constexpr size_t kApplyAge = 12;
    std::array<Pending, kRing> m_ring;
    size_t m_ringNext = 0;
    size_t m_ringDone = 0;
    // consecutive records are often of one group or model
    std::uint32_t m_lastGroup = UINT32_MAX;
    std::uint32_t m_lastModel = UINT32_MAX;
    // the comparison range's figures, when the query has one: records outside the range are offered to it
    std::unique_ptr<Aggregator> m_previous;
    void offerPrevious(const RequestRecord& r, std::uint64_t keyHash)
    {
        if (m_previous && m_previous->accepts(r))
            m_previous->apply(r, m_previous->groupNumber(groupKeyOf(r, m_spec->query.groupBy.key), keyHash),
                m_previous->modelIndex(r.model));
    }
};

} // namespace Usage
