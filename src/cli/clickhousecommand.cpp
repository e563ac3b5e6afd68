// SPDX-License-Identifier: MIT
#include "cli/clickhousecommand.h"

#include "cli/clicommon.h"
#include "cli/compareoptions.h"
#include "cli/exportoptions.h"
#include "cli/pricingoptions.h"
#include "cli/remoteoptions.h"
#include "cli/rowoptions.h"
#include "cli/sourcerun.h"
#include "sources/clickhouseusagesource.h"

#include <QCommandLineParser>

namespace Cli {

namespace {

    void addClickHouseOptions(QCommandLineParser& parser)
    {
        parser.addOption({ QStringLiteral("url"),
            QStringLiteral("The ClickHouse server's HTTP interface, http(s)://host:8123 (required)."),
            QStringLiteral("URL") });
        parser.addOption({ { QStringLiteral("user"), QStringLiteral("clickhouse-user") },
            QStringLiteral("The ClickHouse login (default: default)."), QStringLiteral("U"),
            QStringLiteral("default") });
        parser.addOption({ QStringLiteral("password-env"),
            QStringLiteral("The environment variable holding the password (default: no password)."),
            QStringLiteral("VAR") });
        parser.addOption({ QStringLiteral("database"), QStringLiteral("The database (default: default)."),
            QStringLiteral("D"), QStringLiteral("default") });
        parser.addOption({ QStringLiteral("table"), QStringLiteral("The table (default: request_response_rmt)."),
            QStringLiteral("T"), QStringLiteral("request_response_rmt") });
        parser.addOption({ QStringLiteral("organization-id"),
            QStringLiteral("Only this Helicone organization (a UUID; default: every organization)."),
            QStringLiteral("ID") });
        parser.addOption(
            { QStringLiteral("timeout"), QStringLiteral("Seconds the whole run may take, 1 to 86400 (default 300)."),
                QStringLiteral("S"), QStringLiteral("300") });
        parser.addOption({ QStringLiteral("allow-insecure"),
            QStringLiteral("Allow sending the password over plain http:// to a host that is not loopback.") });
        addGroupingOptions(parser);
        parser.addOption({ QStringLiteral("dedupe"),
            QStringLiteral("Count each request_id once, keeping the row with the newest updated_at (rows "
                           "ClickHouse has not merged yet); without it rows count as stored.") });
        // the price book recomputes each request's cost: that needs the requests themselves, not a server's sums
        addPricingOptions(parser);
    }

    /** The connection settings from the options; nullopt and the error (a usage error) when they are wrong. */
    std::optional<Usage::ClickHouse::Settings> settingsFromOptions(const QCommandLineParser& parser, QString* error)
    {
        Usage::ClickHouse::Settings s;
        if (!parser.isSet(QStringLiteral("url"))) {
            *error = QStringLiteral("--url is required (http(s)://host:8123)");
            return std::nullopt;
        }
        s.url = QUrl(parser.value(QStringLiteral("url")), QUrl::StrictMode);
        if (!s.url.isValid() || s.url.host().isEmpty()
            || (s.url.scheme() != QLatin1String("http") && s.url.scheme() != QLatin1String("https"))
            || !s.url.userInfo().isEmpty() || s.url.hasQuery()) {
            *error = QStringLiteral("--url: expected http(s)://host:port without user, password or query, not %1")
                         .arg(s.url.toString(QUrl::RemoveUserInfo));
            return std::nullopt;
        }
        s.allowInsecure = parser.isSet(QStringLiteral("allow-insecure"));
        if (s.isInsecure() && !s.allowInsecure) {
            *error = QStringLiteral("refusing to send the password unencrypted to %1: use https://, or "
                                    "--allow-insecure if this network is trusted")
                         .arg(s.url.toString());
            return std::nullopt;
        }
        s.user = parser.value(QStringLiteral("user"));
        s.database = parser.value(QStringLiteral("database"));
        s.table = parser.value(QStringLiteral("table"));
        s.organizationId = parser.value(QStringLiteral("organization-id"));
        if (s.user.isEmpty() || s.database.isEmpty() || s.table.isEmpty()) {
            *error = QStringLiteral("--user, --database and --table cannot be empty");
            return std::nullopt;
        }
        const auto timeout = secondsFromOption(parser, QStringLiteral("timeout"), 86400, error);
        if (!timeout)
            return std::nullopt;
        s.timeoutMs = *timeout * 1000;
        if (parser.isSet(QStringLiteral("password-env"))) {
            const QString variable = parser.value(QStringLiteral("password-env"));
            const QByteArray name = variable.toLocal8Bit();
            if (variable.isEmpty() || !qEnvironmentVariableIsSet(name.constData())) {
                *error = QStringLiteral("--password-env: the environment variable %1 is not set").arg(variable);
                return std::nullopt;
            }
            s.password = qEnvironmentVariable(name.constData());
        }
        return s;
    }

} // namespace

int runClickHouse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Per-group totals computed by a ClickHouse server from Helicone's request table "
                       "(request_response_rmt), written as aggregate writes them. The exit code is 0 on success, "
                       "1 when the server cannot be reached, refuses the login or fails the query (standard "
                       "output then stays empty), 2 on a usage error.")
        + QLatin1Char(' ') + alertExitCodeHelp());
    parser.addHelpOption();
    addQueryOptions(parser);
    addExportOptions(parser);
    addClickHouseOptions(parser);
    addCompareOptions(parser);
    if (const auto exit = parseOrHelp(parser, arguments, QStringLiteral("clickhouse")))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("clickhouse takes no file arguments (see --help)"));
        return UsageError;
    }
    if (pricingOptionGiven(parser)) {
        printError(pricingNeedsRecordsMessage());
        return UsageError;
    }

    ExitCode code = UsageError;
    const auto rows = rowOptionsFrom(parser, true, &code);
    if (!rows)
        return code;
    QString error;
    const auto settings = settingsFromOptions(parser, &error);
    if (!settings) {
        printError(error);
        return UsageError;
    }

    SourceRequest request;
    request.kind = Usage::SourceKind::ClickHouse;
    request.clickhouse = *settings;
    request.query = rows->query;
    request.dedupe = parser.isSet(QStringLiteral("dedupe"));
    ClickHouseUsageSource source;
    const SourceOutcome outcome = runSource(source, request);
    if (!outcome.result) {
        printError(outcome.failure);
        return Failure;
    }
    return withAlerts(writeResult(*outcome.result, rows->exportSettings, parser.value(QStringLiteral("output"))),
        *outcome.result, rows->alerts);
}

} // namespace Cli
