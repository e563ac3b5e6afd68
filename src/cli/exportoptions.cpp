// SPDX-License-Identifier: MIT
#include "cli/exportoptions.h"

namespace Cli {

void addExportOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("columns"),
        QStringLiteral("Columns to write, comma separated, in that order (default: "
                       "group,count,prompt_tokens,completion_tokens,cost). The group column is "
                       "\"group\" or its name (user_id, model, provider, the property). Also: "
                       "total_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, "
                       "requests_without_cost, first_request, last_request (ISO 8601 in --time-zone), "
                       "cost_share (fraction of the total cost, 9 decimals, half-to-even), "
                       "cost_per_request (cost / count, 9 decimals, half-to-even). Unknown values "
                       "are empty in CSV and null in JSON."),
        QStringLiteral("LIST") });
    parser.addOption(
        { QStringLiteral("bom"), QStringLiteral("Start CSV output with a UTF-8 byte-order mark (for Excel).") });
    parser.addOption({ QStringLiteral("no-formula-guard"),
        QStringLiteral("Do not prefix CSV text cells that start with = + - @ tab or CR with ' (the "
                       "guard that keeps spreadsheets from running them as formulas).") });
    parser.addOption({ QStringLiteral("per-bucket"),
        QStringLiteral("CSV with one line per group and --granularity bucket, bucket_start (ISO 8601 "
                       "with offset, in --time-zone) after the group column; the lines add up to "
                       "the totals.") });
}

std::optional<Usage::Export::Settings> exportSettingsFromOptions(
    const QCommandLineParser& parser, const Usage::GroupBy& groupBy, QString* error)
{
    using namespace Usage::Export;
    Settings settings;
    const bool json = parser.value(QStringLiteral("output-format")) == QLatin1String("json");
    const bool perBucket = parser.isSet(QStringLiteral("per-bucket"));
    if (json && perBucket) {
        *error = QStringLiteral("--per-bucket writes CSV; it cannot be combined with --output-format json");
        return std::nullopt;
    }
    if (json && parser.isSet(QStringLiteral("bom"))) {
        *error = QStringLiteral("--bom applies to CSV only (JSON must not start with a byte-order mark)");
        return std::nullopt;
    }
    settings.format = json ? Format::Json : perBucket ? Format::BucketCsv : Format::Csv;
    if (parser.isSet(QStringLiteral("columns"))) {
        const auto columns = parseColumns(parser.value(QStringLiteral("columns")), groupBy, error);
        if (!columns)
            return std::nullopt;
        settings.columns = *columns;
    }
    settings.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    settings.formulaGuard = !parser.isSet(QStringLiteral("no-formula-guard"));
    const QString problem = checkSettings(settings);
    if (!problem.isEmpty()) {
        *error = QStringLiteral("--columns: ") + problem;
        return std::nullopt;
    }
    return settings;
}

ExitCode writeResult(const Usage::UsageResult& result, const Usage::Export::Settings& settings, const QString& path)
{
    QString error;
    const auto bytes = Usage::Export::exportResult(result, settings, &error);
    if (!bytes || !writeOutput(path, *bytes, &error)) {
        printError(error);
        return Failure;
    }
    return Success;
}

} // namespace Cli
