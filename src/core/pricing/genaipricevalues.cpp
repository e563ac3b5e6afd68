// SPDX-License-Identifier: MIT
// The values of a genai-prices file: match rules, prices (plain or tiered) and price sets.
#include "core/pricing/genaipricesreader.h"

namespace Usage::Pricing::Genai {

using namespace simdjson;

namespace {

    constexpr PriceField kPriceFields[] = {
        { "input_mtok", &PriceSet::input },
        { "output_mtok", &PriceSet::output },
        { "cache_read_mtok", &PriceSet::cacheRead },
        { "cache_write_mtok", &PriceSet::cacheWrite },
        { "output_reasoning_mtok", &PriceSet::reasoning },
    };

} // namespace

std::optional<MatchRule> Reader::rule(ondemand::value value, const QString& where, const QString& field)
{
    ondemand::object object;
    if (value.get_object().get(object)) {
        fail(where, field, QStringLiteral("is not a match object"));
        return std::nullopt;
    }
    std::optional<MatchRule> result;
    for (auto member : object) {
        std::string_view key;
        ondemand::value inner;
        simdjson::error_code e = member.unescaped_key().get(key);
        if (e || (e = member.value().get(inner))) {
            fail(where, field, invalidJson(e));
            return std::nullopt;
        }
        const auto kind = MatchRule::kindFromName(key);
        if (!kind || result) {
            fail(where, field,
                kind ? QStringLiteral("has more than one rule")
                     : QStringLiteral("unknown match \"%1\"").arg(utf8Text(key)));
            return std::nullopt;
        }
        if (*kind == MatchRule::Kind::Or || *kind == MatchRule::Kind::And) {
            ondemand::array array;
            if (inner.get_array().get(array)) {
                fail(where, field, QStringLiteral("\"%1\" is not a list").arg(utf8Text(key)));
                return std::nullopt;
            }
            std::vector<MatchRule> children;
            for (auto element : array) {
                ondemand::value child;
                if (const auto e = element.get(child)) {
                    fail(where, field, invalidJson(e));
                    return std::nullopt;
                }
                std::optional<MatchRule> parsed = rule(child, where, field);
                if (!parsed)
                    return std::nullopt;
                children.push_back(std::move(*parsed));
            }
            result = MatchRule::group(*kind, std::move(children));
        } else {
            std::string_view text;
            QString why;
            if (inner.get_string().get(text)) {
                fail(where, field, QStringLiteral("\"%1\" is not a string").arg(utf8Text(key)));
                return std::nullopt;
            }
            result = MatchRule::leaf(*kind, std::string(text), &why);
            if (!result) {
                fail(where, field, why);
                return std::nullopt;
            }
        }
    }
    if (!result)
        fail(where, field, QStringLiteral("is empty"));
    return result;
}

Outcome Reader::price(ondemand::value value, const QString& where, const QString& field, TieredPrice& out)
{
    std::string_view text;
    QString why;
    bool precise = false;
    const auto e = jsonNumberText(value, text);
    if (isSyntaxError(e))
        return fail(where, field, invalidJson(e)), Outcome::Error;
    if (!e) {
        const auto units = parsePrice(text, PriceScale::PerMillionTokens, &why, &precise);
        if (!units)
            return badPrice(precise, why, where, field);
        out.base = *units;
        return Outcome::Ok;
    }
    // {base, tiers}, read in the order written: the lazy parser must not rewind over a malformed object
    ondemand::object object;
    const QString notTiered = QStringLiteral("is neither a number nor {base, tiers}");
    if (const auto oe = value.get_object().get(object))
        return fail(where, field, isSyntaxError(oe) ? invalidJson(oe) : notTiered), Outcome::Error;
    bool hasBase = false;
    bool hasTiers = false;
    for (auto member : object) {
        std::string_view key;
        ondemand::value inner;
        simdjson::error_code me = member.unescaped_key().get(key);
        if (me || (me = member.value().get(inner)))
            return fail(where, field, invalidJson(me)), Outcome::Error;
        if (key == "base") {
            if (const auto be = jsonNumberText(inner, text))
                return fail(where, field, isSyntaxError(be) ? invalidJson(be) : notTiered), Outcome::Error;
            const auto units = parsePrice(text, PriceScale::PerMillionTokens, &why, &precise);
            if (!units)
                return badPrice(precise, why, where, field + QStringLiteral(".base"));
            out.base = *units;
            hasBase = true;
        } else if (key == "tiers") {
            const Outcome got = tiers(inner, where, field, out);
            if (got != Outcome::Ok)
                return got;
            hasTiers = true;
        }
    }
    if (!hasBase || !hasTiers)
        return fail(where, field, hasBase ? QStringLiteral("has no list of tiers") : notTiered), Outcome::Error;
    return Outcome::Ok;
}

Outcome Reader::tiers(ondemand::value value, const QString& where, const QString& field, TieredPrice& out)
{
    const auto bad = [&](simdjson::error_code e, const QString& message) {
        return fail(where, field, isSyntaxError(e) ? invalidJson(e) : message), Outcome::Error;
    };
    ondemand::array array;
    if (const auto e = value.get_array().get(array))
        return bad(e, QStringLiteral("has no list of tiers"));
    const QString incomplete = QStringLiteral("has a tier without start and price");
    for (auto element : array) {
        ondemand::object tier;
        std::optional<std::int64_t> start;
        std::optional<std::int64_t> units;
        if (const auto e = element.get_object().get(tier))
            return bad(e, incomplete);
        for (auto member : tier) {
            std::string_view key;
            ondemand::value inner;
            std::string_view text;
            std::int64_t number = 0;
            simdjson::error_code e = member.unescaped_key().get(key);
            if (e || (e = member.value().get(inner)))
                return bad(e, incomplete);
            if (key == "start") {
                if ((e = inner.get_int64().get(number)))
                    return bad(e, incomplete);
                start = number;
            } else if (key == "price") {
                if ((e = jsonNumberText(inner, text)))
                    return bad(e, incomplete);
                QString why;
                bool precise = false;
                if (!(units = parsePrice(text, PriceScale::PerMillionTokens, &why, &precise)))
                    return badPrice(precise, why, where, field + QStringLiteral(".tiers"));
            }
        }
        if (!start || !units)
            return bad(simdjson::SUCCESS, incomplete);
        if (!out.tiers.empty() && *start <= out.tiers.back().start)
            return fail(where, field, QStringLiteral("tiers are not in ascending order")), Outcome::Error;
        out.tiers.push_back({ *start, *units });
    }
    return Outcome::Ok;
}

Outcome Reader::badPrice(bool tooPrecise, const QString& why, const QString& where, const QString& field)
{
    if (tooPrecise) {
        unusable = PriceError { file, where, field, why }.text();
        return Outcome::Unusable;
    }
    fail(where, field, why);
    return Outcome::Error;
}

Outcome Reader::priceSet(ondemand::value value, const QString& where, PriceSet& out)
{
    ondemand::object object;
    if (value.get_object().get(object))
        return fail(where, QStringLiteral("prices"), QStringLiteral("is not an object")), Outcome::Error;
    Outcome outcome = Outcome::Ok;
    for (auto member : object) {
        std::string_view key;
        ondemand::value inner;
        simdjson::error_code e = member.unescaped_key().get(key);
        if (e || (e = member.value().get(inner)))
            return fail(where, QStringLiteral("prices"), invalidJson(e)), Outcome::Error;
        const QString field = utf8Text(key);
        if (key == "requests_kcount") {
            std::string_view text;
            QString why;
            bool precise = false;
            if (const auto e = jsonNumberText(inner, text))
                return fail(where, field, isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is not a number")),
                       Outcome::Error;
            const auto units = parsePrice(text, PriceScale::PerThousandRequests, &why, &precise);
            const Outcome got = units ? Outcome::Ok : badPrice(precise, why, where, field);
            if (got == Outcome::Error)
                return got;
            outcome = got == Outcome::Unusable ? got : outcome;
            out.perRequest = units;
            continue;
        }
        for (const PriceField& known : kPriceFields) {
            if (key != known.name)
                continue; // audio, image and other prices are not used
            TieredPrice tiered;
            const Outcome got = price(inner, where, field, tiered);
            if (got == Outcome::Error)
                return got;
            outcome = got == Outcome::Unusable ? got : outcome;
            out.*known.member = std::move(tiered);
        }
    }
    return outcome;
}

} // namespace Usage::Pricing::Genai
