// SPDX-License-Identifier: MIT
#include "cli/pricescommand.h"

#include "cli/clicommon.h"
#include "cli/pricingoptions.h"
#include "core/decimal.h"
#include "core/logaggregation.h"
#include "core/pricing/pricerow.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <cstdio>

namespace Cli {

namespace {

    QString csvField(const QString& text)
    {
        if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
            return text;
        return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    }

    void printLine(const QStringList& fields)
    {
        QStringList quoted;
        for (const QString& f : fields)
            quoted.append(csvField(f));
        const QByteArray line = quoted.join(QLatin1Char(',')).toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    }

    int printUnpriced(const QCommandLineParser& parser, const QStringList& files)
    {
        QString error;
        auto setup = std::make_shared<Usage::PricingSetup>();
        setup->book = priceBookFromOptions(parser, &error);
        if (!setup->book) {
            printError(error);
            return UsageError;
        }
        Usage::UsageQuery query;
        query.groupBy.key = Usage::GroupKey::Model;
        query.pricing = setup;
        const Usage::AggregateOutcome outcome = Usage::aggregateFiles(files, query, {});
        for (const Usage::Diagnostic& d : outcome.result.errors)
            printError(d.toString());
        if (outcome.failed())
            return Failure;
        printLine({ QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("requests"),
            QStringLiteral("prompt_tokens"), QStringLiteral("completion_tokens") });
        for (const Usage::UnpricedModel& u : outcome.result.pricing.unpricedModels) {
            printLine({ u.provider, u.model, Usage::Decimal::formatIntegerQString(u.requests),
                Usage::Decimal::formatIntegerQString(u.promptTokens),
                Usage::Decimal::formatIntegerQString(u.completionTokens) });
        }
        return Success;
    }

} // namespace

int runPrices(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the price entry that applies to a model (--model), as CSV, or the models of dumps that "
                       "no price source prices (--unpriced FILE...). Exit code 1 when no entry applies, 2 on a usage "
                       "error or a malformed price file."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("model"), QStringLiteral("The model, as recorded."), QStringLiteral("M") });
    parser.addOption({ QStringLiteral("provider"), QStringLiteral("The provider, as recorded."), QStringLiteral("P") });
    parser.addOption({ QStringLiteral("at"),
        QStringLiteral("The date (YYYY-MM-DD, UTC) or instant (ISO 8601); now "
                       "by default."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("unpriced"), QStringLiteral("List the unpriced models of the dumps FILE...") });
    addPricingOptions(parser, false);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("Dumps, with --unpriced."), QStringLiteral("[FILE...]"));
    QStringList args = arguments;
    args.prepend(QStringLiteral("usage-explorer-cli prices"));
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser, QStringLiteral("prices"));
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("unpriced"))) {
        if (files.isEmpty()) {
            printError(QStringLiteral("--unpriced: no input files"));
            return UsageError;
        }
        return printUnpriced(parser, files);
    }
    if (!parser.isSet(QStringLiteral("model")) || !files.isEmpty()) {
        printError(QStringLiteral("expected --model M or --unpriced FILE... (see --help)"));
        return UsageError;
    }
    qint64 atMs = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(QStringLiteral("at"))) {
        const QString at = parser.value(QStringLiteral("at"));
        std::optional<qint64> ms = parseDay(at);
        if (!ms) {
            const QDateTime instant = QDateTime::fromString(at, Qt::ISODateWithMs);
            if (instant.isValid())
                ms = instant.toMSecsSinceEpoch();
        }
        if (!ms) {
            printError(QStringLiteral("--at: expected YYYY-MM-DD or an ISO 8601 instant, not %1").arg(at));
            return UsageError;
        }
        atMs = *ms;
    }
    QString error;
    const auto book = priceBookFromOptions(parser, &error);
    if (!book) {
        printError(error);
        return UsageError;
    }
    const QString model = parser.value(QStringLiteral("model"));
    const std::string modelText = model.toStdString();
    const std::string provider = parser.value(QStringLiteral("provider")).toStdString();
    const auto match = book->lookup(provider, modelText, atMs);
    if (!match) {
        printError(QStringLiteral("no price for %1").arg(model));
        return Failure;
    }
    printLine(QString::fromLatin1(Usage::Pricing::kPriceRowHeader).split(QLatin1Char(',')));
    printLine(Usage::Pricing::priceRowFields(*match));
    return Success;
}

} // namespace Cli
