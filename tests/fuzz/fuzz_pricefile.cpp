// SPDX-License-Identifier: MIT
// libFuzzer target: a price file of any kind (genai-prices data.json, LiteLLM JSON, overrides CSV; the kind is
// detected from the content), then a few requests priced by the source it yields.
#include "core/pricing/pricebook.h"
#include "core/pricing/pricetypes.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    Usage::Pricing::PriceError error;
    auto source = Usage::PriceBook::readSource(QStringLiteral("fuzz"), bytes, &error);
    if (!source)
        return 0;
    std::vector<std::unique_ptr<Usage::Pricing::PriceSource>> sources;
    sources.push_back(std::move(source));
    const auto book = Usage::PriceBook::fromSources(std::move(sources));
    for (const char* model : { "gpt-4o", "o3", "claude-3-5-sonnet-20241022", "deepseek-chat", "" }) {
        Usage::PricedRequest request;
        request.provider = "openai";
        request.model = model;
        request.timeMs = 1748000000000;
        request.promptTokens = 1000;
        request.completionTokens = 200;
        request.cacheReadTokens = 300;
        request.cacheWriteTokens = 40;
        request.reasoningTokens = 5;
        (void)book->price(request);
    }
    return 0;
}
