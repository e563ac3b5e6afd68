// SPDX-License-Identifier: MIT
#include "cli/querycommand.h"

#include "cli/clicommon.h"
#include "cli/compareoptions.h"
#include "cli/exportoptions.h"
#include "cli/pricingoptions.h"
#include "cli/remoteoptions.h"
#include "cli/rowoptions.h"
#include "cli/sourcerun.h"
#include "net/heliconeapi.h"
#include "net/heliconeclient.h"
#include "sources/remoteusagesource.h"

#include <QCommandLineParser>

namespace Cli {

int runQuery(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Per-user totals from Helicone's REST API (POST /v1/user/query), printed exactly as "
                       "'aggregate' prints them. More than 100 users are asked in batches of 100 and merged; "
                       "without --users or --users-file every user is listed through POST "
                       "/v1/user/metrics/query, 1,000 a page (its time bounds are exclusive: bound_rule "
                       "exclusive).\n"
                       "The key is read from the environment (HELICONE_API_KEY unless --api-key-env names another "
                       "variable), never from the command line. The server's time bounds are whole seconds and "
                       "inclusive; the JSON meta says so (bound_rule inclusive-seconds).\n"
                       "Exit code 0 on success, 1 on any other failure (standard output then stays empty), 2 on a "
                       "usage error.")
        + QLatin1Char(' ') + alertExitCodeHelp());
    parser.addHelpOption();
    addQueryOptions(parser);
    addExportOptions(parser);
    addCompareOptions(parser);
    parser.addOption({ QStringLiteral("base-url"),
        QStringLiteral("The API: https://api.helicone.ai (default), https://eu.api.helicone.ai "
                       "(default for sk-helicone-eu- keys), or a self-hosted server such as "
                       "http://localhost:8585."),
        QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("api-key-env"),
        QStringLiteral("The environment variable holding the API key (default: HELICONE_API_KEY)."),
        QStringLiteral("VAR"), QStringLiteral("HELICONE_API_KEY") });
    parser.addOption({ QStringLiteral("time-unit"),
        QStringLiteral("What the time filter's ...UnixSeconds fields carry: auto (default: probe the "
                       "server once, over the last 365 days in both units, and remember the unit "
                       "that returns rows for this base URL; milliseconds when neither does), "
                       "milliseconds (what Helicone's server reads today) or seconds (what its "
                       "documentation says)."),
        QStringLiteral("UNIT"), QStringLiteral("auto") });
    parser.addOption({ QStringLiteral("concurrency"),
        QStringLiteral("Requests in flight at once, 1 to 64 (default 6)."), QStringLiteral("N"), QStringLiteral("6") });
    parser.addOption({ QStringLiteral("timeout"),
        QStringLiteral("Seconds without progress before a request is given up, 1 to 3600 (default "
                       "60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60") });
    parser.addOption({ QStringLiteral("max-answer-mb"),
        QStringLiteral("Largest answer accepted from the server, in MB, 1 to 1024 (default 32); a larger one is "
                       "refused."),
        QStringLiteral("MB"), QStringLiteral("32") });
    parser.addOption({ QStringLiteral("deadline"),
        QStringLiteral("Seconds the whole run may take, retries and waits included, 1 to 86400 (default 600); "
                       "a server's wait longer than what is left fails at once."),
        QStringLiteral("SECONDS"), QStringLiteral("600") });
    parser.addOption({ QStringLiteral("granularity"),
        QStringLiteral("Bucket width of --per-bucket: hour, day (default) or week, in --time-zone. "
                       "One request per bucket (at most 60) and per 100 users."),
        QStringLiteral("G"), QStringLiteral("day") });
    parser.addOption({ QStringLiteral("yes"),
        QStringLiteral("Send a --per-bucket series of more than 200 requests without asking.") });
    parser.addOption({ QStringLiteral("allow-insecure"),
        QStringLiteral("Allow sending the key over plain http:// to a host that is not loopback.") });
    parser.addOption({ QStringLiteral("allow-partial"),
        QStringLiteral("When some batches fail for good, still write the users that were answered "
                       "(the JSON meta says partial) and exit 0; the missing users are listed on "
                       "stderr either way.") });
    addPricingOptions(parser); // accepted only to say why they cannot apply
    if (const auto exit = parseOrHelp(parser, arguments, QStringLiteral("query")))
        return *exit;
    if (pricingOptionGiven(parser)) {
        printError(pricingNeedsRecordsMessage());
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("query takes no file arguments (see --help)"));
        return UsageError;
    }

    const QString overwritten = inputNamedBy(parser.value(QStringLiteral("output")), {}, parser);
    if (!overwritten.isEmpty()) {
        printError(QStringLiteral("-o: %1 is an input file; choose another output").arg(overwritten));
        return UsageError;
    }
    ExitCode code = UsageError;
    auto rows = rowOptionsFrom(parser, false, &code);
    if (!rows)
        return code;
    QString error;
    Usage::UsageQuery* const query = &rows->query;
    const Usage::Export::Settings* const exportSettings = &rows->exportSettings;
    const AlertSettings* const alerts = &rows->alerts;
    const bool series = parser.isSet(QStringLiteral("per-bucket"));
    if (series) {
        const int requests = Usage::Net::HeliconeClient::seriesRequestCount(*query, &error);
        if (requests < 0) {
            printError(QStringLiteral("--per-bucket: ") + error);
            return UsageError;
        }
        if (Usage::Net::seriesNeedsConfirmation(requests) && !parser.isSet(QStringLiteral("yes"))) {
            printError(QStringLiteral("--per-bucket: this series needs %1 requests (more than %2); add --yes to "
                                      "send them")
                           .arg(requests)
                           .arg(Usage::Net::kSeriesRequestsWithoutConfirmation));
            return UsageError;
        }
    }

    ApiSettings api;
    api.series = series ? ApiSettings::Series::Only : ApiSettings::Series::None;
    const QString unit = parser.value(QStringLiteral("time-unit"));
    if (!parseTimeUnit(unit, &api.timeUnit)) {
        printError(QStringLiteral("--time-unit: expected auto, seconds or milliseconds, not %1").arg(unit));
        return UsageError;
    }
    bool ok = false;
    api.concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
    if (!ok || api.concurrency < 1 || api.concurrency > 64) {
        printError(QStringLiteral("--concurrency: expected a number from 1 to 64, not %1")
                       .arg(parser.value(QStringLiteral("concurrency"))));
        return UsageError;
    }
    const auto deadline = secondsFromOption(parser, QStringLiteral("deadline"), 86400, &error);
    const auto timeout = deadline ? secondsFromOption(parser, QStringLiteral("timeout"), 3600, &error) : std::nullopt;
    if (!timeout) {
        printError(error);
        return UsageError;
    }
    api.deadlineMs = qint64(*deadline) * 1000;
    api.timeoutMs = *timeout * 1000;
    const int maxAnswerMb = parser.value(QStringLiteral("max-answer-mb")).toInt(&ok);
    if (!ok || maxAnswerMb < 1 || maxAnswerMb > 1024) {
        printError(QStringLiteral("--max-answer-mb: expected a number from 1 to 1024, not %1")
                       .arg(parser.value(QStringLiteral("max-answer-mb"))));
        return UsageError;
    }
    api.maxAnswerBytes = qint64(maxAnswerMb) << 20;

    if (parser.value(QStringLiteral("api-key-env")).isEmpty()) {
        printError(QStringLiteral("--api-key-env: expected a variable name"));
        return UsageError;
    }
    const auto key = apiKeyFromOptions(parser);
    const auto baseUrl = key ? baseUrlFromOptions(parser, *key) : std::nullopt;
    if (!baseUrl)
        return UsageError;
    api.key = *key;
    api.baseUrl = *baseUrl;
    api.largeSeriesConfirmed = parser.isSet(QStringLiteral("yes"));

    SourceRequest request;
    request.kind = Usage::SourceKind::HeliconeApi;
    request.api = api;
    request.query = *query;
    RemoteUsageSource source;
    // only waits are worth a line on stderr: scripts read stdout, people watch stderr
    QObject::connect(&source, &UsageSource::progressChanged, [](int, const QString& text) {
        if (text.contains(QLatin1String("retrying")))
            printError(text);
    });
    const SourceOutcome outcome = runSource(source, request);
    if (!outcome.result) {
        printError(outcome.failure);
        return Failure;
    }
    const Usage::UsageResult& result = *outcome.result;
    for (const QString& warning : result.warnings)
        printError(QStringLiteral("warning: ") + warning);
    for (const Usage::Diagnostic& d : result.errors)
        printError(d.toString());
    if (result.partial && !parser.isSet(QStringLiteral("allow-partial"))) {
        printError(QStringLiteral("%1 batch(es) failed; nothing written (--allow-partial writes the rest)")
                       .arg(result.errors.size()));
        return Failure;
    }
    return withAlerts(writeResult(result, *exportSettings, parser.value(QStringLiteral("output"))), result, *alerts);
}

} // namespace Cli
