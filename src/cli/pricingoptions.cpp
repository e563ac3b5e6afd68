// SPDX-License-Identifier: MIT
#include "cli/pricingoptions.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Cli {

namespace {

    const QString kPrices = QStringLiteral("prices");
    const QString kNoBuiltIn = QStringLiteral("no-builtin-prices");
    const QString kCost = QStringLiteral("cost");
    const QString kPriceDate = QStringLiteral("price-date");
    const QString kReprice = QStringLiteral("reprice");

} // namespace

void addPricingOptions(QCommandLineParser& parser, bool aggregateOptions)
{
    parser.addOption({ kPrices,
        QStringLiteral("A price file (genai-prices data.json, LiteLLM's model prices JSON or an overrides CSV); "
                       "repeatable, the one named last wins among files of one kind."),
        QStringLiteral("FILE") });
    parser.addOption({ kNoBuiltIn, QStringLiteral("Do not use the built-in price book.") });
    if (!aggregateOptions)
        return;
    addCostBasisOption(parser);
    parser.addOption({ kPriceDate,
        QStringLiteral("What if: price every request at the prices in force on DATE (YYYY-MM-DD, UTC); the "
                       "whatif_cost column."),
        QStringLiteral("DATE") });
    parser.addOption({ kReprice,
        QStringLiteral("What if: price the requests of MODEL as OTHER (repeatable); the whatif_cost column."),
        QStringLiteral("MODEL=OTHER") });
}

void addCostBasisOption(QCommandLineParser& parser)
{
    parser.addOption({ kCost,
        QStringLiteral("What cost is: recorded (the records' own, default), computed (the price book's) or auto "
                       "(recorded where the record has one, else computed)."),
        QStringLiteral("BASIS"), QStringLiteral("recorded") });
}

std::optional<Usage::CostBasis> costBasisFromOptions(const QCommandLineParser& parser, QString* error)
{
    const auto basis = Usage::costBasisFromString(parser.value(kCost));
    if (!basis)
        *error = QStringLiteral("--cost: expected recorded, computed or auto, not %1").arg(parser.value(kCost));
    return basis;
}

bool pricingOptionGiven(const QCommandLineParser& parser)
{
    for (const QString& name : { kPrices, kNoBuiltIn, kCost, kPriceDate, kReprice }) {
        if (parser.optionNames().contains(name))
            return true;
    }
    return false;
}

QString pricingNeedsRecordsMessage()
{
    return QStringLiteral("pricing needs per-request records: use a dump");
}

std::optional<qint64> parseDay(const QString& text)
{
    static const QRegularExpression kDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!kDay.match(text).hasMatch() || !day.isValid())
        return std::nullopt;
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

std::shared_ptr<const Usage::PriceBook> priceBookFromOptions(const QCommandLineParser& parser, QString* error)
{
    Usage::Pricing::PriceError priceError;
    auto book = Usage::PriceBook::load(parser.values(kPrices), !parser.isSet(kNoBuiltIn), &priceError);
    if (!book)
        *error = priceError.text();
    return book;
}

std::optional<std::shared_ptr<const Usage::PricingSetup>> pricingFromOptions(
    const QCommandLineParser& parser, const QList<Usage::Export::Column>& columns, QString* error)
{
    const bool pricingColumn = std::any_of(columns.begin(), columns.end(), Usage::Export::isPricingColumn);
    if (!pricingOptionGiven(parser) && !pricingColumn)
        return std::shared_ptr<const Usage::PricingSetup>();
    auto setup = std::make_shared<Usage::PricingSetup>();
    const auto basis = costBasisFromOptions(parser, error);
    if (!basis)
        return std::nullopt;
    setup->basis = *basis;
    if (parser.isSet(kPriceDate)) {
        const auto day = parseDay(parser.value(kPriceDate));
        if (!day) {
            *error = QStringLiteral("--price-date: expected YYYY-MM-DD, not %1").arg(parser.value(kPriceDate));
            return std::nullopt;
        }
        setup->whatIf.priceDateMs = *day;
    }
    for (const QString& swap : parser.values(kReprice)) {
        const qsizetype at = swap.indexOf(QLatin1Char('='));
        if (at <= 0 || at == swap.size() - 1) {
            *error = QStringLiteral("--reprice: expected MODEL=OTHER, not %1").arg(swap);
            return std::nullopt;
        }
        setup->whatIf.modelSwaps[swap.left(at).toStdString()] = swap.mid(at + 1).toStdString();
    }
    setup->book = priceBookFromOptions(parser, error);
    if (!setup->book)
        return std::nullopt;
    return std::shared_ptr<const Usage::PricingSetup>(std::move(setup));
}

} // namespace Cli
