// SPDX-License-Identifier: MIT
// Reads genai-prices' data.json layout into a GenaiPricesSource (simdjson On Demand: numbers stay text).
#include "core/pricing/genaipricessource.h"
#include "core/pricing/jsonprice.h"
#include "core/pricing/pricedates.h"

#include <QCryptographicHash>

namespace Usage::Pricing {

namespace {
    using namespace simdjson;

    QString str(std::string_view text)
    {
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }

    struct PriceField
    {
        const char* name;
        std::optional<TieredPrice> PriceSet::*member;
    };
    constexpr PriceField kPriceFields[] = {
        { "input_mtok", &PriceSet::input },
        { "output_mtok", &PriceSet::output },
        { "cache_read_mtok", &PriceSet::cacheRead },
        { "cache_write_mtok", &PriceSet::cacheWrite },
        { "output_reasoning_mtok", &PriceSet::reasoning },
    };

    /** Outcome of reading a part that may be left out: fine, left out with a warning, or a file error. */
    enum class Outcome { Ok, Unusable, Error };

    struct Reader
    {
        QString file;
        PriceError* error;
        QStringList* warnings;
        QString unusable; ///< why the current price entry cannot be used

        bool fail(const QString& location, const QString& field, const QString& message)
        {
            if (error)
                *error = PriceError { file, location, field, message };
            return false;
        }

        std::optional<MatchRule> rule(ondemand::value value, const QString& where, const QString& field)
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
                             : QStringLiteral("unknown match \"%1\"").arg(str(key)));
                    return std::nullopt;
                }
                if (*kind == MatchRule::Kind::Or || *kind == MatchRule::Kind::And) {
                    ondemand::array array;
                    if (inner.get_array().get(array)) {
                        fail(where, field, QStringLiteral("\"%1\" is not a list").arg(str(key)));
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
                        fail(where, field, QStringLiteral("\"%1\" is not a string").arg(str(key)));
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

        /** One price value in USD per million tokens: a number or {base, tiers: [{start, price}]}. */
        Outcome price(ondemand::value value, const QString& where, const QString& field, TieredPrice& out)
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
            ondemand::object object;
            ondemand::value base;
            ondemand::array tiers;
            if (value.get_object().get(object) || object["base"].get(base) || jsonNumberText(base, text))
                return fail(where, field, QStringLiteral("is neither a number nor {base, tiers}")), Outcome::Error;
            const auto baseUnits = parsePrice(text, PriceScale::PerMillionTokens, &why, &precise);
            if (!baseUnits)
                return badPrice(precise, why, where, field + QStringLiteral(".base"));
            out.base = *baseUnits;
            if (object["tiers"].get(tiers))
                return fail(where, field, QStringLiteral("has no list of tiers")), Outcome::Error;
            for (auto element : tiers) {
                ondemand::object tier;
                ondemand::value tierPrice;
                std::int64_t start = 0;
                if (element.get_object().get(tier) || tier["start"].get_int64().get(start)
                    || tier["price"].get(tierPrice) || jsonNumberText(tierPrice, text))
                    return fail(where, field, QStringLiteral("has a tier without start and price")), Outcome::Error;
                const auto units = parsePrice(text, PriceScale::PerMillionTokens, &why, &precise);
                if (!units)
                    return badPrice(precise, why, where, field + QStringLiteral(".tiers"));
                if (!out.tiers.empty() && start <= out.tiers.back().start)
                    return fail(where, field, QStringLiteral("tiers are not in ascending order")), Outcome::Error;
                out.tiers.push_back({ start, *units });
            }
            return Outcome::Ok;
        }

        /** Too precise a price makes the entry unusable; any other bad price is an error. */
        Outcome badPrice(bool tooPrecise, const QString& why, const QString& where, const QString& field)
        {
            if (tooPrecise) {
                unusable = PriceError { file, where, field, why }.text();
                return Outcome::Unusable;
            }
            fail(where, field, why);
            return Outcome::Error;
        }

        Outcome priceSet(ondemand::value value, const QString& where, PriceSet& out)
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
                const QString field = str(key);
                if (key == "requests_kcount") {
                    std::string_view text;
                    QString why;
                    bool precise = false;
                    if (const auto e = jsonNumberText(inner, text))
                        return fail(
                                   where, field, isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is not a number")),
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

        Outcome constraint(ondemand::value value, const QString& where, DatedPrice& out)
        {
            ondemand::object object;
            if (value.get_object().get(object))
                return fail(where, QStringLiteral("constraint"), QStringLiteral("is not an object")), Outcome::Error;
            for (auto member : object) {
                std::string_view key;
                std::string_view text;
                simdjson::error_code e = member.unescaped_key().get(key);
                if (e || (e = member.value().get_string().get(text))) {
                    if (isSyntaxError(e))
                        return fail(where, QStringLiteral("constraint"), invalidJson(e)), Outcome::Error;
                    unusable = PriceError { file, where, QStringLiteral("constraint"),
                        QStringLiteral("unsupported constraint") }
                                   .text();
                    return Outcome::Unusable;
                }
                const QString field = QStringLiteral("constraint.") + str(key);
                if (key == "start_date") {
                    const auto start = parseStartDate(text);
                    if (!start)
                        return fail(where, field, QStringLiteral("\"%1\" is not a YYYY-MM-DD date").arg(str(text))),
                               Outcome::Error;
                    out.startMs = *start;
                } else if (key == "start_time" || key == "end_time") {
                    const auto ofDay = parseTimeOfDay(text);
                    if (!ofDay)
                        return fail(where, field, QStringLiteral("\"%1\" is not a time of day").arg(str(text))),
                               Outcome::Error;
                    (key == "start_time" ? out.dayStartMs : out.dayEndMs) = *ofDay;
                } else {
                    unusable = PriceError { file, where, field, QStringLiteral("unknown constraint") }.text();
                    return Outcome::Unusable;
                }
            }
            if ((out.dayStartMs < 0) != (out.dayEndMs < 0))
                return fail(where, QStringLiteral("constraint"), QStringLiteral("needs both start_time and end_time")),
                       Outcome::Error;
            return Outcome::Ok;
        }

        /** "prices": one price set, or a list of {constraint, prices}. */
        bool history(ondemand::value value, const QString& where, std::vector<DatedPrice>& out)
        {
            ondemand::json_type type;
            if (const auto e = value.type().get(type))
                return fail(where, QStringLiteral("prices"), invalidJson(e));
            if (type == ondemand::json_type::object) {
                DatedPrice dated;
                const Outcome got = priceSet(value, where, dated.prices);
                if (got == Outcome::Unusable)
                    warnings->append(unusable);
                else if (got == Outcome::Ok)
                    out.push_back(std::move(dated));
                return got != Outcome::Error;
            }
            ondemand::array array;
            if (value.get_array().get(array))
                return fail(where, QStringLiteral("prices"), QStringLiteral("is neither an object nor a list"));
            int index = 0;
            for (auto element : array) {
                const QString at = where + QStringLiteral(".prices[%1]").arg(index++);
                ondemand::object item;
                ondemand::value inner;
                simdjson::error_code e = element.get_object().get(item);
                if (e || (e = item["prices"].get(inner)))
                    return fail(
                        at, QStringLiteral("prices"), isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is missing"));
                DatedPrice dated;
                Outcome got = priceSet(inner, at, dated.prices);
                ondemand::value limits;
                if (got == Outcome::Ok) {
                    e = item["constraint"].get(limits);
                    if (isSyntaxError(e))
                        return fail(at, QStringLiteral("constraint"), invalidJson(e));
                    if (!e)
                        got = constraint(limits, at, dated);
                }
                if (got == Outcome::Error)
                    return false;
                if (got == Outcome::Unusable)
                    warnings->append(unusable);
                else
                    out.push_back(std::move(dated));
            }
            return true;
        }
    };
} // namespace

std::unique_ptr<GenaiPricesSource> GenaiPricesSource::read(
    const QString& file, const QByteArray& data, PriceSourceKind kind, PriceError* error)
{
    auto source = std::make_unique<GenaiPricesSource>();
    source->kind = kind;
    source->file = file;
    source->sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    Reader reader { file, error, &source->warnings, {} };
    const padded_string json(data.constData(), size_t(data.size()));
    // one lazy walk: it meets syntax errors only where it walks and may not walk on after one, so it stops there
    ondemand::parser parser;
    ondemand::document document;
    ondemand::array providers;
    if (const auto e = parser.iterate(json).get(document))
        return reader.fail({}, {}, invalidJson(e)), nullptr;
    if (const auto e = document.get_array().get(providers))
        return reader.fail({}, {},
                   isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is not a genai-prices list of providers")),
               nullptr;
    int providerIndex = 0;
    for (auto element : providers) {
        QString where = QStringLiteral("[%1]").arg(providerIndex++);
        ondemand::object object;
        std::string_view id;
        simdjson::error_code e = element.get_object().get(object);
        if (e || (e = object["id"].get_string().get(id)))
            return reader.fail(
                       where, QStringLiteral("id"), isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is missing")),
                   nullptr;
        Provider provider;
        provider.id = std::string(id);
        where += QStringLiteral(" (%1)").arg(str(id));
        ondemand::value value;
        for (const auto& [name, rule] : { std::pair { "provider_match", &provider.providerMatch },
                 std::pair { "model_match", &provider.modelMatch } }) {
            e = object[name].get(value);
            if (isSyntaxError(e))
                return reader.fail(where, QLatin1String(name), invalidJson(e)), nullptr;
            if (!e && !(*rule = reader.rule(value, where, QLatin1String(name))))
                return nullptr;
        }
        ondemand::array models;
        if (object["models"].get_array().get(models))
            return reader.fail(where, QStringLiteral("models"), QStringLiteral("is not a list")), nullptr;
        int modelIndex = 0;
        for (auto modelElement : models) {
            QString at = where + QStringLiteral(".models[%1]").arg(modelIndex++);
            ondemand::object model;
            std::string_view modelId;
            if (modelElement.get_object().get(model) || model["id"].get_string().get(modelId))
                return reader.fail(at, QStringLiteral("id"), QStringLiteral("is missing")), nullptr;
            at += QStringLiteral(" (%1)").arg(str(modelId));
            if (model["match"].get(value))
                return reader.fail(at, QStringLiteral("match"), QStringLiteral("is missing")), nullptr;
            std::optional<MatchRule> match = reader.rule(value, at, QStringLiteral("match"));
            if (!match)
                return nullptr;
            Model entry { std::move(*match), {} };
            entry.prices.source = file;
            entry.prices.providerId = str(id);
            entry.prices.modelId = str(modelId);
            entry.prices.matchText = entry.match.describe();
            if (model["prices"].get(value))
                return reader.fail(at, QStringLiteral("prices"), QStringLiteral("is missing")), nullptr;
            if (!reader.history(value, at, entry.prices.history))
                return nullptr;
            if (!entry.prices.history.empty())
                provider.models.push_back(std::move(entry));
        }
        source->addProvider(std::move(provider));
    }
    if (!atDocumentEnd(document))
        return reader.fail({}, {}, QStringLiteral("has more after its list of providers")), nullptr;
    return source;
}

} // namespace Usage::Pricing
