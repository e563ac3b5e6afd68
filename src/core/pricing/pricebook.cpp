// SPDX-License-Identifier: MIT
#include "core/pricing/pricebook.h"

#include "core/pricing/genaipricessource.h"
#include "core/pricing/litellmsource.h"
#include "core/pricing/overridessource.h"
#include "core/pricing/pricecalc.h"
#include "core/pricing/pricetext.h"

#include <QFile>
#include <QLoggingCategory>

namespace Usage {

Q_LOGGING_CATEGORY(lcPricing, "usage.pricing", QtWarningMsg)

using namespace Pricing;

namespace {
    const QString kBuiltInName = QStringLiteral("built-in");

    /** The cache key of (provider, model), built in a reused buffer. */
    const std::string& cacheKey(std::string_view provider, std::string_view model)
    {
        thread_local std::string key;
        key.assign(provider);
        key += '\x1f';
        key += model;
        return key;
    }

    std::unique_ptr<PriceSource> readBuiltIn(PriceError* error)
    {
        QFile file(QStringLiteral(":/prices/builtin-prices.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = PriceError { kBuiltInName, {}, {}, QStringLiteral("is missing from the program") };
            return nullptr;
        }
        return GenaiPricesSource::read(kBuiltInName, file.readAll(), PriceSourceKind::BuiltIn, error);
    }
} // namespace

std::unique_ptr<PriceSource> PriceBook::readSource(const QString& name, const QByteArray& data, PriceError* error)
{
    qsizetype at = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (at < data.size() && QByteArrayView(" \t\r\n").contains(data[at]))
        ++at;
    if (at < data.size() && data[at] == '[')
        return GenaiPricesSource::read(name, data, PriceSourceKind::GenaiPrices, error);
    if (at < data.size() && data[at] == '{')
        return LiteLlmSource::read(name, data, error);
    if (data.mid(at, 9).toLower() == "provider,")
        return OverridesSource::read(name, data, error);
    *error = PriceError { name, {}, {},
        QStringLiteral("is neither a genai-prices data.json, a LiteLLM price JSON nor an overrides CSV (header %1)")
            .arg(QLatin1String(OverridesSource::kHeader)) };
    return nullptr;
}

std::shared_ptr<const PriceBook> PriceBook::load(const QStringList& files, bool withBuiltIn, PriceError* error)
{
    PriceError ignored;
    error = error ? error : &ignored;
    std::vector<std::unique_ptr<PriceSource>> overrides;
    std::vector<std::unique_ptr<PriceSource>> imported;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = PriceError { path, {}, {}, QStringLiteral("cannot be read: %1").arg(file.errorString()) };
            return nullptr;
        }
        std::unique_ptr<PriceSource> source = readSource(path, file.readAll(), error);
        if (!source)
            return nullptr;
        for (const QString& warning : std::as_const(source->warnings))
            qCInfo(lcPricing) << warning;
        auto& group = source->kind == PriceSourceKind::Overrides ? overrides : imported;
        group.insert(group.begin(), std::move(source)); // the file named last comes first
    }
    std::vector<std::unique_ptr<PriceSource>> sources = std::move(overrides);
    for (auto& source : imported)
        sources.push_back(std::move(source));
    if (withBuiltIn) {
        std::unique_ptr<PriceSource> builtIn = readBuiltIn(error);
        if (!builtIn)
            return nullptr;
        sources.push_back(std::move(builtIn));
    }
    return fromSources(std::move(sources));
}

std::shared_ptr<const PriceBook> PriceBook::fromSources(std::vector<std::unique_ptr<PriceSource>> sources)
{
    std::shared_ptr<PriceBook> book(new PriceBook);
    book->m_sources = std::move(sources);
    return book;
}

std::shared_ptr<const PriceBook> PriceBook::builtIn()
{
    static const std::shared_ptr<const PriceBook> book = [] {
        PriceError error;
        std::shared_ptr<const PriceBook> loaded = load({}, true, &error);
        Q_ASSERT_X(loaded, "PriceBook::builtIn", qPrintable(error.text()));
        return loaded ? loaded : fromSources({});
    }();
    return book;
}

QString PriceBook::builtInDataDate()
{
    QFile file(QStringLiteral(":/prices/builtin-prices-date.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed()) : QString();
}

const ModelPrices* PriceBook::resolveUncached(std::string_view provider, std::string_view model) const
{
    if (model.empty())
        return nullptr;
    const std::string providerLower = asciiLower(provider);
    for (const auto& source : m_sources)
        if (const ModelPrices* found = source->find(providerLower, model))
            return found;
    return nullptr;
}

const ModelPrices* PriceBook::resolve(std::string_view provider, std::string_view model) const
{
    const std::string& key = cacheKey(provider, model);
    {
        std::shared_lock lock(m_cacheMutex);
        if (const auto hit = m_cache.find(key); hit != m_cache.end())
            return hit->second;
    }
    std::lock_guard resolving(m_resolveMutex);
    const ModelPrices* found = resolveUncached(provider, model);
    std::unique_lock lock(m_cacheMutex);
    m_cache.emplace(key, found);
    return found;
}

std::optional<PriceMatch> PriceBook::lookup(
    std::string_view provider, std::string_view model, std::int64_t timeMs) const
{
    const ModelPrices* entry = resolve(provider, model);
    const DatedPrice* dated = entry ? selectPrice(entry->history, timeMs) : nullptr;
    if (!dated)
        return std::nullopt;
    return PriceMatch { entry->source, entry->providerId, entry->modelId, entry->matchText,
        dated->hasStart() ? std::optional<std::int64_t>(dated->startMs) : std::nullopt, dated->prices };
}

std::optional<Atto> PriceBook::price(const PricedRequest& request, const PricingOptions& options) const
{
    const ModelPrices* entry = resolve(request.provider, options.effectiveModel(request.model));
    const DatedPrice* dated = entry ? selectPrice(entry->history, options.effectiveTimeMs(request.timeMs)) : nullptr;
    if (!dated)
        return std::nullopt;
    return costOf(dated->prices, request);
}

QList<PriceBook::SourceInfo> PriceBook::sources() const
{
    QList<SourceInfo> out;
    for (const auto& source : m_sources)
        out.append({ source->kind, source->file, source->sha256,
            source->kind == PriceSourceKind::BuiltIn ? builtInDataDate() : QString(), source->entryCount() });
    return out;
}

QStringList PriceBook::warnings() const
{
    QStringList out;
    for (const auto& source : m_sources)
        out += source->warnings;
    return out;
}

} // namespace Usage
