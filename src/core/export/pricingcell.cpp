// SPDX-License-Identifier: MIT
#include "core/export/pricingcell.h"

#include "core/decimal.h"
#include "core/export/jsonexport.h"
#include "core/timeparse.h"

namespace Usage::Export {

namespace {

    Cell::Kind appendNanos(QByteArray& out, Sum nanos)
    {
        char text[Decimal::kMaxNanosText];
        out.append(text, qsizetype(Decimal::formatNanos(nanos, text)));
        return Cell::Kind::Number;
    }

    Cell::Kind appendAtto(QByteArray& out, Pricing::Atto amount)
    {
        return appendNanos(out, Pricing::roundToNanos(amount));
    }

    QByteArray number(Sum n)
    {
        char text[Decimal::kMaxIntegerText];
        return QByteArray(text, qsizetype(Decimal::formatInteger(n, text)));
    }

} // namespace

Cell::Kind appendPricingCell(
    QByteArray& out, const UsageResult& result, const GroupUsage& row, const Totals& t, Column column, bool bucket)
{
    const PricingSummary& pricing = result.pricing;
    if (column == Column::RecordedCost && (!pricing.enabled || (bucket && pricing.basis == CostBasis::Recorded)))
        return appendNanos(out, t.costNanos); // without pricing, cost is the recorded cost
    if (!pricing.enabled || bucket)
        return Cell::Kind::Null;
    const PricingFigures& f = row.pricing;
    switch (column) {
    case Column::RecordedCost:
        return appendNanos(out, f.recordedNanos);
    case Column::UnpricedRequests:
        out += number(f.unpriced);
        return Cell::Kind::Number;
    default:
        break;
    }
    if (!pricing.hasSources)
        return Cell::Kind::Null;
    switch (column) {
    case Column::ComputedCost:
        return appendAtto(out, f.computed);
    case Column::CostDifference:
        return appendAtto(out, f.computed - Pricing::Atto(f.pricedRecordedNanos) * 1'000'000'000);
    case Column::WhatIfCost:
        return appendAtto(out, f.whatIf);
    default:
        return Cell::Kind::Null;
    }
}

QList<QPair<const char*, QByteArray>> pricingMeta(const UsageResult& result)
{
    const PricingSummary& pricing = result.pricing;
    QList<QPair<const char*, QByteArray>> members;
    if (!pricing.enabled)
        return members;
    members.append({ "cost_basis", jsonString(costBasisName(pricing.basis)) });
    QByteArray sources = "[";
    for (const PriceBook::SourceInfo& s : pricing.sources) {
        if (sources.size() > 1)
            sources += ',';
        sources += "{\"kind\":" + jsonString(Pricing::priceSourceKindName(s.kind));
        sources += ",\"file\":" + jsonString(s.file);
        sources += ",\"sha256\":" + (s.sha256.isEmpty() ? QByteArray("null") : '"' + s.sha256.toHex() + '"');
        sources += ",\"date\":" + (s.dataDate.isEmpty() ? QByteArray("null") : jsonString(s.dataDate));
        sources += ",\"entries\":" + number(qint64(s.entries)) + '}';
    }
    members.append({ "price_sources", sources + ']' });
    QByteArray unpriced = "[";
    for (const UnpricedModel& u : pricing.unpricedModels) {
        if (unpriced.size() > 1)
            unpriced += ',';
        unpriced += "{\"provider\":" + jsonString(u.provider) + ",\"model\":" + jsonString(u.model)
            + ",\"requests\":" + number(u.requests) + ",\"prompt_tokens\":" + number(u.promptTokens)
            + ",\"completion_tokens\":" + number(u.completionTokens) + '}';
    }
    members.append({ "unpriced_models", unpriced + ']' });
    QByteArray whatIf = "{\"price_date\":";
    whatIf += pricing.priceDateMs ? '"' + Time::formatIsoUtc(*pricing.priceDateMs).left(10).toUtf8() + '"'
                                  : QByteArray("null");
    whatIf += ",\"reprice\":{";
    for (qsizetype i = 0; i < pricing.modelSwaps.size(); ++i) {
        if (i > 0)
            whatIf += ',';
        whatIf += jsonString(pricing.modelSwaps.at(i).first) + ':' + jsonString(pricing.modelSwaps.at(i).second);
    }
    members.append({ "what_if", whatIf + "}}" });
    return members;
}

} // namespace Usage::Export
