// SPDX-License-Identifier: MIT
#include "core/pricing/pricesource.h"

namespace Usage::Pricing {

QString PriceError::text() const
{
    QString out = file;
    if (!location.isEmpty())
        out += QStringLiteral(": ") + location;
    if (!field.isEmpty())
        out += QStringLiteral(": ") + field;
    return out + QStringLiteral(": ") + message;
}

QString priceSourceKindName(PriceSourceKind kind)
{
    switch (kind) {
    case PriceSourceKind::BuiltIn:
        return QStringLiteral("built-in");
    case PriceSourceKind::GenaiPrices:
        return QStringLiteral("genai-prices");
    case PriceSourceKind::LiteLlm:
        return QStringLiteral("litellm");
    case PriceSourceKind::Overrides:
        return QStringLiteral("overrides");
    }
    return {};
}

PriceSource::~PriceSource() = default;

} // namespace Usage::Pricing
