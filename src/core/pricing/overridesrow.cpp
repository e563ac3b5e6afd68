// SPDX-License-Identifier: MIT
#include "core/pricing/overridesrow.h"

#include "core/pricing/pricedates.h"
#include "core/pricing/pricetext.h"

namespace Usage::Pricing {

namespace {
    constexpr const char* kColumnNames[kOverridesColumnCount] = { "provider", "model", "match", "start_date",
        "input_mtok", "output_mtok", "cache_read_mtok", "cache_write_mtok", "reasoning_mtok" };
    constexpr std::optional<TieredPrice> PriceSet::*kPriceMembers[] = { &PriceSet::input, &PriceSet::output,
        &PriceSet::cacheRead, &PriceSet::cacheWrite, &PriceSet::reasoning };
    constexpr int kFirstPrice = int(OverridesColumn::Input);

    std::string_view cell(const std::vector<std::string_view>& fields, OverridesColumn column)
    {
        return overridesTrimmed(fields[size_t(column)]);
    }

    std::string_view matchName(const std::vector<std::string_view>& fields)
    {
        const std::string_view text = cell(fields, OverridesColumn::Match);
        return text.empty() ? std::string_view("equals") : text;
    }

    // The rule kinds an overrides row may name; nullopt with the message otherwise.
    std::optional<MatchRule::Kind> matchKind(std::string_view name, QString* why)
    {
        const auto kind = MatchRule::kindFromName(name);
        if (!kind || *kind == MatchRule::Kind::Or || *kind == MatchRule::Kind::And
            || *kind == MatchRule::Kind::EndsWith) {
            *why = QStringLiteral("\"%1\" is not equals, starts_with, contains or regex").arg(utf8Text(name));
            return std::nullopt;
        }
        return kind;
    }

    // The start date's ms, DatedPrice::kNoStart when empty; nullopt with the message when malformed.
    std::optional<std::int64_t> startMs(std::string_view text, QString* why)
    {
        if (text.empty())
            return DatedPrice::kNoStart;
        const auto ms = parseStartDate(text);
        if (!ms)
            *why = QStringLiteral("\"%1\" is not a YYYY-MM-DD date").arg(utf8Text(text));
        return ms;
    }
} // namespace

const char* overridesColumnName(int column)
{
    return column >= 0 && column < kOverridesColumnCount ? kColumnNames[column] : "";
}

std::string_view overridesTrimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

std::optional<OverridesRow> parseOverridesRow(
    const std::vector<std::string_view>& fields, QString* field, QString* message)
{
    const auto fail = [&](OverridesColumn column, const QString& why) {
        *field = QLatin1String(kColumnNames[int(column)]);
        *message = why;
        return std::nullopt;
    };
    QString why;
    if (cell(fields, OverridesColumn::Model).empty())
        return fail(OverridesColumn::Model, QStringLiteral("is empty"));
    const auto kind = matchKind(matchName(fields), &why);
    if (!kind)
        return fail(OverridesColumn::Match, why);
    OverridesRow row;
    const auto start = startMs(cell(fields, OverridesColumn::StartDate), &why);
    if (!start)
        return fail(OverridesColumn::StartDate, why);
    row.dated.startMs = *start;
    for (int column = kFirstPrice; column < kOverridesColumnCount; ++column) {
        const std::string_view text = cell(fields, OverridesColumn(column));
        if (text.empty())
            continue;
        const auto units = parsePrice(text, PriceScale::PerMillionTokens, &why);
        if (!units)
            return fail(OverridesColumn(column), why);
        row.dated.prices.*kPriceMembers[column - kFirstPrice] = TieredPrice { *units, {} };
    }
    std::optional<MatchRule> rule = MatchRule::leaf(*kind, std::string(cell(fields, OverridesColumn::Model)), &why);
    if (!rule)
        return fail(OverridesColumn::Model, why);
    row.provider = asciiLower(cell(fields, OverridesColumn::Provider));
    row.model = std::string(cell(fields, OverridesColumn::Model));
    row.match = std::string(matchName(fields));
    row.rule = std::move(*rule);
    return row;
}

QString overridesFieldError(const std::vector<std::string_view>& fields, int column)
{
    QString why;
    switch (OverridesColumn(column)) {
    case OverridesColumn::Provider:
        return {};
    case OverridesColumn::Model: {
        const std::string_view model = cell(fields, OverridesColumn::Model);
        if (model.empty())
            return QStringLiteral("is empty");
        QString ignored;
        if (const auto kind = matchKind(matchName(fields), &ignored))
            MatchRule::leaf(*kind, std::string(model), &why);
        return why;
    }
    case OverridesColumn::Match:
        matchKind(matchName(fields), &why);
        return why;
    case OverridesColumn::StartDate:
        startMs(cell(fields, OverridesColumn::StartDate), &why);
        return why;
    default:
        break;
    }
    const std::string_view text = cell(fields, OverridesColumn(column));
    if (!text.empty())
        parsePrice(text, PriceScale::PerMillionTokens, &why);
    return why;
}

QString overridesRepeatedDateMessage()
{
    return QStringLiteral("repeats a start date of the same model");
}

} // namespace Usage::Pricing
