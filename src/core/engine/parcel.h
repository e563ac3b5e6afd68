// SPDX-License-Identifier: MIT
#pragma once

#include "core/requestrecord.h"
#include "core/usagequery.h"

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace Usage {

class Aggregator;

/** Records of groups another worker owns, with their strings, to be added by that worker. */
struct Parcel
{
    struct Entry
    {
        std::uint32_t user, userSize, model, modelSize, provider, providerSize, property, propertySize;
        RecordFigures figures;
        std::uint64_t keyHash; ///< fastStringHash() of the group key, computed once by the sender
    };
    std::string text;
    std::vector<Entry> entries;
    size_t from = 0; ///< the worker that sent it, which gets it back empty to fill again

    void clear()
    {
        text.clear();
        entries.clear();
    }
    /** Keeps r; its provider, property and model only when the groups are keyed by them or something reads them. */
    void add(
        const RequestRecord& r, GroupKey key, std::uint64_t keyHash, bool keepProvider = false, bool keepModel = true)
    {
        const std::string_view model = keepModel ? r.model : std::string_view();
        const std::string_view provider = keepProvider || key == GroupKey::Provider ? r.provider : std::string_view();
        const std::string_view property = key == GroupKey::Property ? r.property : std::string_view();
        entries.push_back(
            { keep(r.userId), std::uint32_t(r.userId.size()), keep(model), std::uint32_t(model.size()), keep(provider),
                std::uint32_t(provider.size()), keep(property), std::uint32_t(property.size()), r.figures(), keyHash });
    }
    /** Hands the entries to aggregator; their views last until the parcel is emptied. */
    void replay(Aggregator& aggregator) const;
    bool empty() const { return entries.empty(); }

private:
    std::uint32_t keep(std::string_view s)
    {
        const auto at = std::uint32_t(text.size());
        text.append(s);
        return at;
    }
};

/** The parcels waiting for one worker, and the empty ones it gets back to reuse. */
struct Mailbox
{
    std::mutex mutex;
    std::vector<Parcel> parcels;
    std::vector<Parcel> spares;
};

} // namespace Usage
