// SPDX-License-Identifier: MIT
#include "core/aggregator.h"
#include "core/comparerange.h"

namespace Usage {

void Aggregator::finishPrevious(const std::vector<Aggregator*>& aggregators, UsageResult& result, int threads)
{
    std::vector<Aggregator*> previous;
    for (Aggregator* a : aggregators) {
        if (a->m_previous)
            previous.push_back(a->m_previous.get());
    }
    if (previous.empty())
        return;
    UsageResult earlier;
    finish(previous, earlier, threads);
    attachPrevious(result, earlier);
}

} // namespace Usage
