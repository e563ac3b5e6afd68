// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/exportcolumn.h"
#include "core/pricing/pricingsetup.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>
#include <optional>

/** The price book options of aggregate and prices: --prices, --no-builtin-prices, --cost, --price-date, --reprice. */
namespace Cli {

/** Adds --prices and --no-builtin-prices, and with aggregate's options also --cost, --price-date and --reprice. */
void addPricingOptions(QCommandLineParser& parser, bool aggregateOptions = true);

/** Adds --cost BASIS alone. */
void addCostBasisOption(QCommandLineParser& parser);
/** The basis --cost names; nullopt with error set when it names none. */
std::optional<Usage::CostBasis> costBasisFromOptions(const QCommandLineParser& parser, QString* error);

/** True when one of the options addPricingOptions() added is given. */
bool pricingOptionGiven(const QCommandLineParser& parser);

/** The message of a command whose source aggregates elsewhere when a pricing option is given. */
QString pricingNeedsRecordsMessage();

/**
 * Reads --prices (loading the book; a bad file is an error naming file, row or key, and field), --no-builtin-prices,
 * --cost, --price-date and --reprice. nullptr when pricing is not asked (no option, no pricing column); nullopt with
 * error set on a usage error (exit 2).
 */
std::optional<std::shared_ptr<const Usage::PricingSetup>> pricingFromOptions(
    const QCommandLineParser& parser, const QList<Usage::Export::Column>& columns, QString* error);

/** The book of --prices and --no-builtin-prices alone; nullptr with error set when a file is bad. */
std::shared_ptr<const Usage::PriceBook> priceBookFromOptions(const QCommandLineParser& parser, QString* error);

/** "YYYY-MM-DD" as UTC midnight in ms; nullopt when malformed. */
std::optional<qint64> parseDay(const QString& text);

} // namespace Cli
