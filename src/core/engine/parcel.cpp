// SPDX-License-Identifier: MIT
#include "core/engine/parcel.h"

#include "core/aggregator.h"

namespace Usage {

void Parcel::replay(Aggregator& aggregator) const
{
    RequestRecord r;
    for (const Entry& e : entries) {
        r.userId = std::string_view(text.data() + e.user, e.userSize);
        r.model = std::string_view(text.data() + e.model, e.modelSize);
        r.provider = std::string_view(text.data() + e.provider, e.providerSize);
        r.property = std::string_view(text.data() + e.property, e.propertySize);
        r.figures() = e.figures;
        aggregator.addDeferred(r, e.keyHash);
    }
}

} // namespace Usage
