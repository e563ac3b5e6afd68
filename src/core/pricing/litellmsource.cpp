// SPDX-License-Identifier: MIT
#include "core/pricing/litellmsource.h"

#include "core/pricing/jsonprice.h"
#include "core/pricing/pricetext.h"

#include <QCryptographicHash>

namespace Usage::Pricing {

namespace {
    using namespace simdjson;

    constexpr PriceField kPriceFields[] = {
        { "input_cost_per_token", &PriceSet::input },
        { "output_cost_per_token", &PriceSet::output },
        { "cache_read_input_token_cost", &PriceSet::cacheRead },
        { "cache_creation_input_token_cost", &PriceSet::cacheWrite },
        { "output_cost_per_reasoning_token", &PriceSet::reasoning },
    };
} // namespace

std::unique_ptr<LiteLlmSource> LiteLlmSource::read(const QString& file, const QByteArray& data, PriceError* error)
{
    const auto fail = [&](const QString& location, const QString& field, const QString& message) {
        if (error)
            *error = PriceError { file, location, field, message };
        return nullptr;
    };
    auto source = std::make_unique<LiteLlmSource>();
    source->kind = PriceSourceKind::LiteLlm;
    source->file = file;
    source->sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    const padded_string json(data.constData(), size_t(data.size()));
    // one lazy walk: it meets syntax errors only where it walks and may not walk on after one, so it stops there
    ondemand::parser parser;
    ondemand::document document;
    ondemand::object top;
    if (const auto e = parser.iterate(json).get(document))
        return fail({}, {}, invalidJson(e));
    if (const auto e = document.get_object().get(top))
        return fail({}, {}, isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is not a LiteLLM object of models"));
    for (auto member : top) {
        std::string_view rawKey;
        if (const auto e = member.unescaped_key().get(rawKey))
            return fail({}, {}, invalidJson(e));
        const std::string key(rawKey);
        const QString where = QStringLiteral("key \"%1\"").arg(utf8Text(key));
        if (key == "sample_spec")
            continue;
        ondemand::object object;
        if (const auto e = member.value().get_object().get(object))
            return fail(where, {}, isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is not an object"));
        Entry entry;
        PriceSet prices;
        bool usable = true;
        for (auto field : object) {
            std::string_view name;
            ondemand::value value;
            if (const auto e = field.unescaped_key().get(name))
                return fail(where, {}, invalidJson(e));
            if (const auto e = field.value().get(value))
                return fail(where, utf8Text(name), invalidJson(e));
            if (name == "litellm_provider") {
                std::string_view provider;
                if (const auto e = value.get_string().get(provider))
                    return fail(
                        where, utf8Text(name), isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is not a string"));
                entry.provider = asciiLower(provider);
                continue;
            }
            for (const PriceField& known : kPriceFields) {
                if (name != known.name)
                    continue; // other fields are not prices
                bool isNull = false;
                if (const auto e = value.is_null().get(isNull))
                    return fail(where, utf8Text(name), invalidJson(e));
                if (isNull)
                    continue; // not set
                std::string_view text;
                QString why;
                bool tooPrecise = false;
                if (const auto e = jsonNumberText(value, text))
                    return fail(
                        where, utf8Text(name), isSyntaxError(e) ? invalidJson(e) : QStringLiteral("is not a number"));
                const auto units = parsePrice(text, PriceScale::PerToken, &why, &tooPrecise);
                if (!units && !tooPrecise)
                    return fail(where, utf8Text(name), why);
                if (!units) { // too precise: the entry is left out, not the file
                    source->warnings << PriceError { file, where, utf8Text(name), why }.text();
                    usable = false;
                } else {
                    prices.*known.member = TieredPrice { *units, {} };
                }
            }
        }
        if (!usable)
            continue;
        const size_t slash = key.find('/');
        if (slash != std::string::npos) {
            entry.prefix = asciiLower(std::string_view(key).substr(0, slash));
            source->m_byModel[key.substr(slash + 1)].push_back(source->m_entries.size());
        }
        entry.prices.source = file;
        entry.prices.providerId = QString::fromStdString(entry.provider);
        entry.prices.modelId = utf8Text(key);
        entry.prices.matchText = QStringLiteral("litellm_key:") + utf8Text(key);
        entry.prices.history.push_back(DatedPrice { DatedPrice::kNoStart, -1, -1, std::move(prices) });
        source->m_exact.emplace(key, source->m_entries.size());
        source->m_entries.push_back(std::move(entry));
    }
    if (!atDocumentEnd(document))
        return fail({}, {}, QStringLiteral("has more after its object of models"));
    return source;
}

const ModelPrices* LiteLlmSource::find(std::string_view providerLower, std::string_view model) const
{
    const std::string key(model);
    if (const auto exact = m_exact.find(key); exact != m_exact.end())
        return &m_entries[exact->second].prices;
    const auto prefixed = m_byModel.find(key);
    if (prefixed == m_byModel.end() || providerLower.empty())
        return nullptr;
    for (size_t index : prefixed->second) {
        const Entry& entry = m_entries[index];
        if (entry.prefix == providerLower || entry.provider == providerLower)
            return &entry.prices;
    }
    return nullptr;
}

} // namespace Usage::Pricing
