// SPDX-License-Identifier: MIT
// Reads genai-prices' data.json layout into a GenaiPricesSource: providers, models and dated prices, walked once.
#include "core/pricing/genaipricesreader.h"

#include "core/pricing/pricedates.h"

#include <QCryptographicHash>

namespace Usage::Pricing {

namespace Genai {

    using namespace simdjson;

    Outcome Reader::constraint(ondemand::value value, const QString& where, DatedPrice& out)
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
                unusable =
                    PriceError { file, where, QStringLiteral("constraint"), QStringLiteral("unsupported constraint") }
                        .text();
                return Outcome::Unusable;
            }
            const QString field = QStringLiteral("constraint.") + utf8Text(key);
            if (key == "start_date") {
                const auto start = parseStartDate(text);
                if (!start)
                    return fail(where, field, QStringLiteral("\"%1\" is not a YYYY-MM-DD date").arg(utf8Text(text))),
                           Outcome::Error;
                out.startMs = *start;
            } else if (key == "start_time" || key == "end_time") {
                const auto ofDay = parseTimeOfDay(text);
                if (!ofDay)
                    return fail(where, field, QStringLiteral("\"%1\" is not a time of day").arg(utf8Text(text))),
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

    bool Reader::history(ondemand::value value, const QString& where, std::vector<DatedPrice>& out)
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
            simdjson::error_code e = element.get_object().get(item);
            if (e)
                return fail(
                    at, QStringLiteral("prices"), isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is missing"));
            // {constraint, prices} in the order written: the lazy parser must not rewind over a malformed object
            DatedPrice dated;
            Outcome got = Outcome::Ok;
            bool hasPrices = false;
            for (auto member : item) {
                std::string_view key;
                ondemand::value inner;
                if ((e = member.unescaped_key().get(key)) || (e = member.value().get(inner)))
                    return fail(at, QStringLiteral("prices"), invalidJson(e));
                if (key == "prices")
                    hasPrices = true;
                else if (key != "constraint")
                    continue;
                got = key == "prices" ? priceSet(inner, at, dated.prices) : constraint(inner, at, dated);
                if (got != Outcome::Ok)
                    break;
            }
            if (got == Outcome::Error)
                return false;
            if (got == Outcome::Ok && !hasPrices)
                return fail(at, QStringLiteral("prices"), QStringLiteral("is missing"));
            if (got == Outcome::Unusable)
                warnings->append(unusable);
            else
                out.push_back(std::move(dated));
        }
        return true;
    }

    bool Reader::provider(simdjson_result<ondemand::value> element, QString where, Provider& out)
    {
        ondemand::object object;
        simdjson::error_code e = element.get_object().get(object);
        if (e)
            return fail(where, QStringLiteral("id"), isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is missing"));
        bool hasId = false;
        bool hasModels = false;
        for (auto member : object) {
            std::string_view key;
            ondemand::value inner;
            if ((e = member.unescaped_key().get(key)) || (e = member.value().get(inner)))
                return fail(where, {}, invalidJson(e));
            const QString field = utf8Text(key);
            if (key == "id") {
                std::string_view id;
                if ((e = inner.get_string().get(id)))
                    return fail(where, field, isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is missing"));
                out.id = std::string(id);
                hasId = true;
                where += QStringLiteral(" (%1)").arg(utf8Text(id));
            } else if (key == "provider_match" || key == "model_match") {
                auto& target = key == "provider_match" ? out.providerMatch : out.modelMatch;
                if (!(target = rule(inner, where, field)))
                    return false;
            } else if (key == "models") {
                ondemand::array models;
                if ((e = inner.get_array().get(models)))
                    return fail(where, field, isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is not a list"));
                int index = 0;
                for (auto modelElement : models) {
                    if (!model(modelElement, where + QStringLiteral(".models[%1]").arg(index++), out))
                        return false;
                }
                hasModels = true;
            }
        }
        if (!hasId)
            return fail(where, QStringLiteral("id"), QStringLiteral("is missing"));
        if (!hasModels)
            return fail(where, QStringLiteral("models"), QStringLiteral("is not a list"));
        for (GenaiPricesSource::Model& m : out.models) // the id may come after the models
            m.prices.providerId = utf8Text(out.id);
        return true;
    }

    bool Reader::model(simdjson_result<ondemand::value> element, QString at, Provider& provider)
    {
        ondemand::object object;
        simdjson::error_code e = element.get_object().get(object);
        if (e)
            return fail(at, QStringLiteral("id"), isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is missing"));
        std::optional<std::string> id;
        std::optional<MatchRule> match;
        std::optional<std::vector<DatedPrice>> prices;
        for (auto member : object) {
            std::string_view key;
            ondemand::value inner;
            if ((e = member.unescaped_key().get(key)) || (e = member.value().get(inner)))
                return fail(at, {}, invalidJson(e));
            std::string_view text;
            if (key == "id") {
                if ((e = inner.get_string().get(text)))
                    return fail(at, utf8Text(key), isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is missing"));
                id = std::string(text);
                at += QStringLiteral(" (%1)").arg(utf8Text(text));
            } else if (key == "match") {
                if (!(match = rule(inner, at, utf8Text(key))))
                    return false;
            } else if (key == "prices") {
                prices.emplace();
                if (!history(inner, at, *prices))
                    return false;
            }
        }
        if (!id || !match || !prices)
            return fail(at,
                !id          ? QStringLiteral("id")
                    : !match ? QStringLiteral("match")
                             : QStringLiteral("prices"),
                QStringLiteral("is missing"));
        if (prices->empty())
            return true;
        GenaiPricesSource::Model entry { std::move(*match), {} };
        entry.prices.source = file;
        entry.prices.modelId = QString::fromStdString(*id);
        entry.prices.matchText = entry.match.describe();
        entry.prices.history = std::move(*prices);
        provider.models.push_back(std::move(entry));
        return true;
    }

} // namespace Genai

std::unique_ptr<GenaiPricesSource> GenaiPricesSource::read(
    const QString& file, const QByteArray& data, PriceSourceKind kind, PriceError* error)
{
    auto source = std::make_unique<GenaiPricesSource>();
    source->kind = kind;
    source->file = file;
    source->sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    Genai::Reader reader { file, error, &source->warnings, {} };
    const simdjson::padded_string json(data.constData(), size_t(data.size()));
    // one lazy walk: it meets syntax errors only where it walks and may not walk on after one, so it stops there
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document document;
    simdjson::ondemand::array providers;
    if (const auto e = parser.iterate(json).get(document))
        return reader.fail({}, {}, invalidJson(e)), nullptr;
    if (const auto e = document.get_array().get(providers))
        return reader.fail({}, {},
                   isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is not a genai-prices list of providers")),
               nullptr;
    int providerIndex = 0;
    for (auto element : providers) {
        Provider provider;
        if (!reader.provider(element, QStringLiteral("[%1]").arg(providerIndex++), provider))
            return nullptr;
        source->addProvider(std::move(provider));
    }
    if (!atDocumentEnd(document))
        return reader.fail({}, {}, QStringLiteral("has more after its list of providers")), nullptr;
    return source;
}

} // namespace Usage::Pricing
