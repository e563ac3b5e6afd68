// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhouseresultbuilder.h"

#include "core/decimal.h"

#include <algorithm>
#include <limits>

namespace Usage::ClickHouse {

namespace {
    // fields 2..9: count, prompt, completion, cache read, cache write, reasoning, cost, without cost
    constexpr int kTotalsFirst = 2;
    constexpr int kTotalsFields = 8;
} // namespace

GroupUsage& ResultBuilder::group(const QString& id)
{
    auto it = m_index.find(id);
    if (it == m_index.end()) {
        it = m_index.insert(id, m_rows.size());
        GroupUsage row;
        row.id = id;
        row.firstMs = std::numeric_limits<qint64>::max();
        m_rows.append(row);
    }
    return m_rows[*it];
}

bool ResultBuilder::readTotals(const QStringList& fields, Totals& t)
{
    Sum* const targets[kTotalsFields] = { &t.requests, &t.promptTokens, &t.completionTokens, &t.cacheReadTokens,
        &t.cacheWriteTokens, &t.reasoningTokens, &t.costNanos, &t.requestsWithoutCost };
    for (int i = 0; i < kTotalsFields; ++i) {
        // Int128 sums (or an older server's 64-bit ones, see QueryBuilder::sums()), read exactly
        const auto value = Decimal::parseSum(fields.at(kTotalsFirst + i).toStdString());
        if (!value) {
            m_error = QStringLiteral("unexpected answer: %1 is not a 128-bit integer").arg(fields.at(kTotalsFirst + i));
            return false;
        }
        *targets[i] = *value;
    }
    return true;
}

bool ResultBuilder::addModelRow(const QStringList& fields)
{
    if (fields.size() != kTotalsFirst + kTotalsFields + 2) {
        m_error = QStringLiteral("unexpected answer: a row of %1 fields").arg(fields.size());
        return false;
    }
    Totals t;
    if (!readTotals(fields, t))
        return false;
    bool okFirst = false;
    bool okLast = false;
    const qint64 first = fields.at(kTotalsFirst + kTotalsFields).toLongLong(&okFirst);
    const qint64 last = fields.at(kTotalsFirst + kTotalsFields + 1).toLongLong(&okLast);
    if (!okFirst || !okLast) {
        m_error = QStringLiteral("unexpected answer: request times are not integers");
        return false;
    }
    GroupUsage& g = group(fields.at(0));
    g.totals.add(t);
    const auto model = std::find_if(
        g.models.begin(), g.models.end(), [&fields](const ModelTotals& m) { return m.model == fields.at(1); });
    if (model == g.models.end())
        g.models.append(ModelTotals { fields.at(1), t, {} });
    else
        model->totals.add(t);
    g.firstMs = std::min(g.firstMs, first);
    g.lastMs = std::max(g.lastMs, last);
    return true;
}

bool ResultBuilder::addSeriesRow(const QStringList& fields)
{
    if (fields.size() != kTotalsFirst + kTotalsFields) {
        m_error = QStringLiteral("unexpected answer: a row of %1 fields").arg(fields.size());
        return false;
    }
    Totals t;
    bool ok = false;
    const qint64 startSeconds = fields.at(1).toLongLong(&ok);
    // a bucket start in seconds that milliseconds can hold (about 292 million years either way)
    ok = ok && startSeconds >= std::numeric_limits<qint64>::min() / 1000
        && startSeconds <= std::numeric_limits<qint64>::max() / 1000;
    const qint64 startMs = ok ? startSeconds * 1000 : 0;
    if (!ok || !readTotals(fields, t)) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("unexpected answer: %1 is not a bucket start").arg(fields.at(1));
        return false;
    }
    group(fields.at(0));
    m_groupSeries[fields.at(0)][startMs].add(t);
    m_series[startMs].add(t);
    return true;
}

UsageResult ResultBuilder::take(const UsageQuery& query)
{
    UsageResult result;
    result.query = query;
    for (GroupUsage& g : m_rows) {
        std::sort(g.models.begin(), g.models.end(), [](const ModelTotals& a, const ModelTotals& b) {
            if (a.totals.costNanos != b.totals.costNanos)
                return a.totals.costNanos > b.totals.costNanos;
            return codePointLess(a.model, b.model);
        });
        const QMap<qint64, Totals> series = m_groupSeries.value(g.id);
        for (auto it = series.cbegin(); it != series.cend(); ++it)
            g.series.append({ it.key(), it.value() });
    }
    result.rows = std::move(m_rows);
    result.sortRows();
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
        result.series.append({ it.key(), it.value() });
    m_rows.clear();
    m_index.clear();
    m_series.clear();
    m_groupSeries.clear();
    return result;
}

} // namespace Usage::ClickHouse
