// SPDX-License-Identifier: MIT
#include "cli/rowoptions.h"

#include "cli/exportoptions.h"

namespace Cli {

std::optional<ExitCode> parseOrHelp(QCommandLineParser& parser, const QStringList& arguments, const QString& command)
{
    QStringList args = arguments;
    args.prepend(QStringLiteral("usage-explorer-cli ") + command);
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser, command);
        return Success;
    }
    return std::nullopt;
}

std::optional<RowOptions> rowOptionsFrom(const QCommandLineParser& parser, bool groupBy, ExitCode* code)
{
    QString error;
    *code = UsageError;
    auto query = queryFromOptions(parser, &error, code);
    if (!query) {
        printError(error);
        return std::nullopt;
    }
    *code = UsageError;
    if (!groupingFromOptions(parser, *query, &error, groupBy)) {
        printError(error);
        return std::nullopt;
    }
    auto exportSettings = exportSettingsFromOptions(parser, query->groupBy, &error);
    if (!exportSettings) {
        printError(error);
        return std::nullopt;
    }
    const auto alerts = compareFromOptions(parser, *query, *exportSettings, &error);
    if (!alerts) {
        printError(error);
        return std::nullopt;
    }
    query->parts = Usage::Export::partsFor(*exportSettings); // the engine computes only what is written
    return RowOptions { std::move(*query), std::move(*exportSettings), *alerts };
}

} // namespace Cli
