// SPDX-License-Identifier: MIT
#include "core/export/exportcell.h"

#include "core/decimal.h"
#include "core/export/pricingcell.h"

#include <QDateTime>

#include <charconv>
#include <limits>

namespace Usage::Export {
namespace {

    Cell::Kind appendNumber(QByteArray& out, Sum n)
    {
        char text[Decimal::kMaxIntegerText];
        out.append(text, qsizetype(Decimal::formatInteger(n, text)));
        return Cell::Kind::Number;
    }

    Cell::Kind appendNanos(QByteArray& out, Sum n)
    {
        char text[Decimal::kMaxNanosText];
        out.append(text, qsizetype(Decimal::formatNanos(n, text)));
        return Cell::Kind::Number;
    }

    Cell::Kind appendOptionalNumber(QByteArray& out, bool known, Sum n)
    {
        return known ? appendNumber(out, n) : Cell::Kind::Null;
    }

    /** Appends s in UTF-8: ids are mostly ASCII, copied here without a QByteArray of their own. */
    Cell::Kind appendText(QByteArray& out, const QString& s)
    {
        const qsizetype at = out.size();
        out.resize(at + s.size());
        char* to = out.data() + at;
        for (const QChar c : s) {
            if (c.unicode() >= 0x80) {
                out.truncate(at);
                out += s.toUtf8();
                return Cell::Kind::Text;
            }
            *to++ = char(c.unicode());
        }
        return Cell::Kind::Text;
    }

    void appendPadded(QByteArray& out, int value, int width)
    {
        char digits[16];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        for (auto n = end - digits; n < width; ++n)
            out += '0';
        out.append(digits, qsizetype(end - digits));
    }

} // namespace

CellContext::CellContext(const UsageResult& r)
    : result(r)
    , totalCostNanos(r.totals().costNanos)
{
}

std::optional<Sum> divideRounded(Sum num, Sum den, std::int64_t scale)
{
    Sum n = 0;
    if (den == 0 || __builtin_mul_overflow(num, Sum(scale), &n))
        return std::nullopt;
    const bool negative = (n < 0) != (den < 0);
    const Sum an = n < 0 ? -n : n;
    const Sum ad = den < 0 ? -Sum(den) : Sum(den);
    Sum q = an / ad;
    const Sum r = an % ad;
    if (2 * r > ad || (2 * r == ad && (q & 1) != 0))
        ++q;
    return negative ? -q : q;
}

std::optional<Sum> costChangeRatio(Sum costNanos, Sum previousNanos)
{
    if (previousNanos == 0)
        return std::nullopt;
    return divideRounded(costNanos - previousNanos, previousNanos, 1'000'000'000);
}

void appendIsoWithOffset(QByteArray& out, std::int64_t ms, const QTimeZone& zone, bool withMs)
{
    // Built from numbers rather than QDateTime::toString so no locale or calendar setting can change it.
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QDate d = dt.date();
    const QTime t = dt.time();
    appendPadded(out, d.year(), 4);
    out += '-';
    appendPadded(out, d.month(), 2);
    out += '-';
    appendPadded(out, d.day(), 2);
    out += 'T';
    appendPadded(out, t.hour(), 2);
    out += ':';
    appendPadded(out, t.minute(), 2);
    out += ':';
    appendPadded(out, t.second(), 2);
    if (withMs) {
        out += '.';
        appendPadded(out, t.msec(), 3);
    }
    int offset = dt.offsetFromUtc();
    out += offset < 0 ? '-' : '+';
    offset = offset < 0 ? -offset : offset;
    appendPadded(out, offset / 3600, 2);
    out += ':';
    appendPadded(out, offset / 60 % 60, 2);
}

QByteArray isoWithOffset(std::int64_t ms, const QTimeZone& zone, bool withMs)
{
    QByteArray out;
    out.reserve(29);
    appendIsoWithOffset(out, ms, zone, withMs);
    return out;
}

Cell::Kind appendCell(QByteArray& out, const CellContext& context, const GroupUsage& row, const Totals& t,
    Column column, std::optional<std::int64_t> bucketStartMs)
{
    const UsageResult& result = context.result;
    switch (column) {
    case Column::Group:
        return appendText(out, row.id);
    case Column::BucketStart:
        if (!bucketStartMs)
            return Cell::Kind::Null;
        appendIsoWithOffset(out, *bucketStartMs, result.query.zone, false);
        return Cell::Kind::Text;
    case Column::Count:
        return appendNumber(out, t.requests);
    case Column::PromptTokens:
        return appendNumber(out, t.promptTokens);
    case Column::CompletionTokens:
        return appendNumber(out, t.completionTokens);
    case Column::Cost:
        return appendNanos(out, t.costNanos);
    case Column::TotalTokens:
        return appendNumber(out, t.totalTokens());
    case Column::CacheReadTokens:
        return appendOptionalNumber(out, result.hasCacheTokens, t.cacheReadTokens);
    case Column::CacheWriteTokens:
        return appendOptionalNumber(out, result.hasCacheTokens, t.cacheWriteTokens);
    case Column::ReasoningTokens:
        return appendOptionalNumber(out, result.hasReasoningTokens, t.reasoningTokens);
    case Column::RequestsWithoutCost:
        return appendNumber(out, t.requestsWithoutCost);
    case Column::FirstRequest:
        if (!result.hasRequestTimes || !row.hasTimes())
            return Cell::Kind::Null;
        appendIsoWithOffset(out, row.firstMs, result.query.zone, true);
        return Cell::Kind::Text;
    case Column::LastRequest:
        if (!result.hasRequestTimes || !row.hasTimes())
            return Cell::Kind::Null;
        appendIsoWithOffset(out, row.lastMs, result.query.zone, true);
        return Cell::Kind::Text;
    case Column::CostShare: {
        // a fraction of 1 in units of 1e-9, so formatNanos prints it exactly as rounded
        const auto share = divideRounded(t.costNanos, context.totalCostNanos, 1'000'000'000);
        return share ? appendNanos(out, *share) : Cell::Kind::Null;
    }
    case Column::CostPerRequest: {
        const auto perRequest = divideRounded(t.costNanos, t.requests);
        return perRequest ? appendNanos(out, *perRequest) : Cell::Kind::Null;
    }
    case Column::PreviousCount:
        return appendNumber(out, row.previous.requests);
    case Column::PreviousPromptTokens:
        return appendNumber(out, row.previous.promptTokens);
    case Column::PreviousCompletionTokens:
        return appendNumber(out, row.previous.completionTokens);
    case Column::PreviousCost:
        return appendNanos(out, row.previous.costNanos);
    case Column::CostChange:
        return appendNanos(out, t.costNanos - row.previous.costNanos);
    case Column::CostChangeRatio: {
        const auto ratio = costChangeRatio(t.costNanos, row.previous.costNanos);
        return ratio ? appendNanos(out, *ratio) : Cell::Kind::Null;
    }
    case Column::CountChange:
        return appendNumber(out, t.requests - row.previous.requests);
    case Column::RecordedCost:
    case Column::ComputedCost:
    case Column::CostDifference:
    case Column::UnpricedRequests:
    case Column::WhatIfCost:
        return appendPricingCell(out, result, row, t, column, bucketStartMs.has_value());
    }
    Q_UNREACHABLE();
}

Cell cell(const CellContext& context, const GroupUsage& row, const Totals& t, Column column,
    std::optional<std::int64_t> bucketStartMs)
{
    Cell c;
    c.kind = appendCell(c.utf8, context, row, t, column, bucketStartMs);
    return c;
}

} // namespace Usage::Export
