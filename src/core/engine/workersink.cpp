// SPDX-License-Identifier: MIT
#include "core/engine/workersink.h"

namespace Usage {

WorkerSink::WorkerSink(std::shared_ptr<const AggregationSpec> spec, bool dedupe, size_t maxIds)
    : aggregator(std::make_unique<Aggregator>(spec))
    , store(dedupe ? std::make_unique<DedupeStore>(spec) : nullptr)
    , m_spec(std::move(spec))
    , m_maxIds(maxIds)
    , m_countIds(m_spec->query.parts.duplicates)
    , m_keepModel(m_spec->query.parts.models || m_spec->query.pricing || m_spec->query.groupBy.key == GroupKey::Model)
{
}

void WorkerSink::shareGroups(size_t self, std::vector<Mailbox>* mailboxes)
{
    m_self = self;
    m_mailboxes = mailboxes;
    m_outgoing.assign(mailboxes->size(), Parcel {});
}

void WorkerSink::add(const RequestRecord& r)
{
    if (store) {
        store->add(r);
        return;
    }
    if (m_countIds && !r.requestId.empty() && !idsOverflowed) {
        if (ids.size() < m_maxIds) {
            ids.add(requestIdHash(r.requestId));
        } else {
            idsOverflowed = true;
            ids.clear();
        }
    }
    const std::uint64_t hash = fastStringHash(groupKeyOf(r, m_spec->query.groupBy.key));
    if (m_mailboxes) {
        // the owner comes from the high half: the aggregator's table uses the low bits of the same hash
        const auto owner = size_t(((hash >> 32) * m_outgoing.size()) >> 32);
        if (owner != m_self) {
            m_outgoing[owner].add(r, m_spec->query.groupBy.key, hash, m_spec->query.pricing != nullptr, m_keepModel);
            return;
        }
    }
    if (r.viewsLastForChunk)
        aggregator->addDeferred(r, hash);
    else
        aggregator->add(r, hash);
}

void WorkerSink::post()
{
    aggregator->flush(); // before the chunk's buffer is reused
    if (!m_mailboxes)
        return;
    Mailbox& own = (*m_mailboxes)[m_self];
    for (size_t i = 0; i < m_outgoing.size(); ++i) {
        if (m_outgoing[i].empty())
            continue;
        m_outgoing[i].from = m_self;
        {
            Mailbox& box = (*m_mailboxes)[i];
            std::lock_guard lock(box.mutex);
            box.parcels.push_back(std::move(m_outgoing[i]));
        }
        m_outgoing[i] = Parcel {};
        std::lock_guard lock(own.mutex);
        if (!own.spares.empty()) {
            m_outgoing[i] = std::move(own.spares.back());
            own.spares.pop_back();
        }
    }
}

void WorkerSink::collect()
{
    if (!m_mailboxes)
        return;
    std::vector<Parcel> parcels;
    {
        Mailbox& box = (*m_mailboxes)[m_self];
        std::lock_guard lock(box.mutex);
        parcels.swap(box.parcels);
    }
    for (Parcel& p : parcels) {
        p.replay(*aggregator);
        aggregator->flush(); // before the parcel is emptied
        p.clear();
        Mailbox& sender = (*m_mailboxes)[p.from];
        std::lock_guard lock(sender.mutex);
        sender.spares.push_back(std::move(p));
    }
}

} // namespace Usage
