// SPDX-License-Identifier: MIT
#include "core/aggregator.h"
#include "core/parallel.h"

#include <algorithm>

namespace Usage {

void Aggregator::finish(const std::vector<Aggregator*>& aggregators, UsageResult& result, int threads)
{
    // the parts rows are built in: each aggregator's groups, big ones split across the threads
    struct Part
    {
        Aggregator* from;
        size_t begin, end;
        std::vector<QString> modelNames;
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
            // a copy per part: their reference counts are not shared between cores
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
    const bool fresh = result.rows.isEmpty();
    auto build = [&](size_t part) {
        const auto& [from, begin, end, modelNames] = pieces[part];
        auto& groups = from->m_groups;
        const StringIndex& names = from->m_groupIndex;
        QList<GroupUsage>& out = rows[part];
        // the first part becomes the result's list (below), so it has room for every row from the start
        out.reserve(qsizetype(part == 0 && fresh ? count : end - begin));
        for (size_t i = begin; i < end; ++i) {
            // the groups' lists are all over the heap: fetch the next ones ahead
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
                    __builtin_prefetch(reinterpret_cast<const char*>(next.series.constData()) - 1);
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
                row.models.append({ modelNames[m.model], m.totals, {} });
            if (const AggregatorPricing* pricing = from->m_pricing.get()) {
                // the exact sums, rounded once, replace those of the records' rounded costs
                const CostBasis basis = pricing->setup().basis;
                row.pricing = pricing->group(std::uint32_t(i));
                row.totals.costNanos = row.pricing.costNanos(basis);
                for (size_t k = 0; k < g.models.size(); ++k) {
                    if (const PricingFigures* f = pricing->model(std::uint32_t(i), g.models[k].model)) {
                        row.models[qsizetype(k)].pricing = *f;
                        row.models[qsizetype(k)].totals.costNanos = f->costNanos(basis);
                    }
                }
            }
            std::sort(row.models.begin(), row.models.end(), [](const ModelTotals& a, const ModelTotals& b) {
                if (a.totals.costNanos != b.totals.costNanos)
                    return a.totals.costNanos > b.totals.costNanos;
                return codePointLess(a.model, b.model);
            });
            g.closeBucket();
            addSeries(overall[part], g.series);
            row.series = std::move(g.series);
            if (parts == 1) // the rows reuse the memory of the lists freed as it goes
                std::vector<ModelAcc>().swap(g.models);
            out.append(std::move(row));
        }
        std::sort(out.begin(), out.end(), costOrderLess); // each part sorted here, merged below
    };
    runParallel(parts, build);
    if (parts > 1) {
        // freed after the rows are built, so that no thread frees into an arena another one allocates from
        runParallel(parts, [&pieces](size_t part) {
            for (size_t i = pieces[part].begin; i < pieces[part].end; ++i)
                std::vector<ModelAcc>().swap(pieces[part].from->m_groups[i].models);
        });
    }

    // the parts' sorted runs, merged pairwise into cost order
    std::vector<qsizetype> bounds { result.rows.size() };
    size_t next = 0;
    if (fresh && !rows.empty()) { // moved, not copied: the rows are the largest part of the result
        result.rows = std::move(rows.front());
        rows.front() = {};
        bounds.push_back(result.rows.size());
        next = 1;
    } else {
        result.rows.reserve(result.rows.size() + qsizetype(count));
    }
    for (; next < rows.size(); ++next) {
        QList<GroupUsage>& part = rows[next];
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
        if (k + 1 < bounds.size()) // an odd run waits for the next round
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
    finishPrevious(aggregators, result, threads);
    finishPricing(aggregators, result);
}

} // namespace Usage
