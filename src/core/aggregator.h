// SPDX-License-Identifier: MIT
#pragma once

#include "bucketindex.h"
#include "requestrecord.h"
#include "stringindex.h"
#include "usageresult.h"

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
    /** Adds other's figures to this one's; other is left empty. */
    void merge(Aggregator& other);
    /** Rows (sorted by cost), overall series and the read counter of a result; frees its figures on the way. */
    void finish(UsageResult& result);

    std::int64_t recordsSeen() const { return m_recordsSeen; }
    bool empty() const { return m_groups.empty(); }

private:
    struct ModelAcc
    {
        std::uint32_t model;
        Totals totals;
    };
    struct BucketAcc
    {
        std::int64_t start;
        Totals totals;
    };
    struct GroupAcc
    {
        Totals totals;
        std::int64_t firstMs = INT64_MAX;
        std::int64_t lastMs = INT64_MIN;
        std::vector<ModelAcc> models;
        std::vector<BucketAcc> series; // sorted by start
    };

    GroupAcc& group(std::string_view id);
    std::uint32_t modelIndex(std::string_view model);
    static void addToSeries(std::vector<BucketAcc>& series, std::int64_t start, const Totals& t);

    std::shared_ptr<const AggregationSpec> m_spec;
    BucketIndex m_buckets;
    StringIndex m_groupIndex; ///< numbers the groups of m_groups
    std::vector<GroupAcc> m_groups;
    StringIndex m_modelIndex;
    std::int64_t m_recordsSeen = 0;
    // caches for the common case of consecutive records of one group or model
    std::uint32_t m_lastGroup = UINT32_MAX;
    std::uint32_t m_lastModel = UINT32_MAX;
};

} // namespace Usage
