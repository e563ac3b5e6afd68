// SPDX-License-Identifier: MIT
#include "sources/pricingchoices.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace PricingLoad {

QString checkFiles(const PricingChoices& choices)
{
    if (!choices.enabled)
        return {};
    for (const QString& file : choices.files) {
        if (!QFileInfo(file).isReadable())
            return QCoreApplication::translate("PricingLoad", "Cannot read the price file %1.")
                .arg(QDir::toNativeSeparators(file));
    }
    return {};
}

std::shared_ptr<const Usage::PricingSetup> load(const PricingChoices& choices, QString* error)
{
    if (!choices.enabled)
        return {};
    Usage::Pricing::PriceError priceError;
    auto book = Usage::PriceBook::load(choices.files, choices.builtIn, &priceError);
    if (!book) {
        *error = QCoreApplication::translate("PricingLoad", "Price file not loaded: %1").arg(priceError.text());
        return {};
    }
    auto setup = std::make_shared<Usage::PricingSetup>();
    setup->book = std::move(book);
    setup->basis = choices.basis;
    setup->whatIf = choices.whatIf;
    return setup;
}

} // namespace PricingLoad
