// SPDX-License-Identifier: MIT
#pragma once

#include "core/aggregator.h"
#include "core/dedupe.h"
#include "core/engine/idbuckets.h"
#include "core/engine/parcel.h"

#include <memory>
#include <vector>

namespace Usage {

/**
 * Where a worker's records go: its aggregator, or its de-duplication store; request ids are noted on the way.
 * With several workers and no de-duplication each worker owns the groups whose key hashes to it and hands the
 * records of other groups to their owner, so every group's figures are kept once, not once per worker.
 */
class WorkerSink final : public RecordSink
{
public:
    WorkerSink(std::shared_ptr<const AggregationSpec> spec, bool dedupe, size_t maxIds);
    /** Makes this sink worker `self` of mailboxes.size(), owning the groups that hash to it. */
    void shareGroups(size_t self, std::vector<Mailbox>* mailboxes);
    void add(const RequestRecord& r) override;
    /** Posts the records collected for other workers (after each chunk). */
    void post();
    /** Adds the records other workers posted to this one. */
    void collect();
    std::int64_t recordsSeen() const { return store ? store->recordsSeen() : aggregator->recordsSeen(); }
    bool sharesGroups() const { return !m_outgoing.empty(); }
    /** The run is over and its mailboxes go: nothing is posted or collected any more. */
    void leaveRun() { m_mailboxes = nullptr; }

    std::unique_ptr<Aggregator> aggregator;
    std::unique_ptr<DedupeStore> store;
    IdBuckets ids;
    bool idsOverflowed = false;

private:
    std::shared_ptr<const AggregationSpec> m_spec;
    size_t m_maxIds;
    bool m_countIds; ///< request ids are noted only when the duplicate count is wanted
    bool m_keepModel; ///< records handed on keep their model only when something reads it
    size_t m_self = 0;
    std::vector<Mailbox>* m_mailboxes = nullptr; // the run's, while it lasts
    std::vector<Parcel> m_outgoing;
};

} // namespace Usage
