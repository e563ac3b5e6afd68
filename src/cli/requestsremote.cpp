// SPDX-License-Identifier: MIT
#include "cli/requestsremote.h"

#include "cli/clicommon.h"
#include "cli/remoteoptions.h"
#include "net/clickhouse/clickhousesettings.h"
#include "net/heliconeapi.h"
#include "sources/requestssource.h"

#include <QEventLoop>

namespace Cli {
namespace {

    /** Lists through the shared facade, waiting for its end; returns the exit code. */
    int runListing(const SourceRequest& run, const Usage::Requests::RequestsQuery& query,
        std::vector<Usage::Requests::RequestRow>& rows)
    {
        RequestsSource source;
        QEventLoop loop;
        QString failure;
        QObject::connect(&source, &RequestsSource::progressChanged, [](int, const QString& text) {
            if (text.contains(QLatin1String("retrying")))
                printError(text);
        });
        QObject::connect(&source, &RequestsSource::rowsReady, &loop, &QEventLoop::quit);
        QObject::connect(&source, &RequestsSource::failed, &loop, [&](const QString& reason) {
            failure = reason;
            loop.quit();
        });
        source.start(run, query);
        loop.exec();
        if (!failure.isEmpty()) {
            printError(failure);
            return Failure;
        }
        rows = source.rows();
        return Success;
    }

} // namespace

void addRemoteRequestOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("base-url"),
        QStringLiteral("--source api: the API (default https://api.helicone.ai, or the EU one for EU keys)."),
        QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("api-key-env"),
        QStringLiteral("--source api: the environment variable holding the API key (default: HELICONE_API_KEY)."),
        QStringLiteral("VAR"), QStringLiteral("HELICONE_API_KEY") });
    parser.addOption({ QStringLiteral("timeout"),
        QStringLiteral("Seconds without progress before a request is given up (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60") });
    parser.addOption({ QStringLiteral("allow-insecure"),
        QStringLiteral("Allow sending the key or password over plain http:// to a host that is not loopback.") });
    parser.addOption({ QStringLiteral("url"),
        QStringLiteral("--source clickhouse: the server's HTTP interface, http(s)://host:8123."),
        QStringLiteral("URL") });
    parser.addOption(
        { QStringLiteral("clickhouse-user"), QStringLiteral("--source clickhouse: the login (default: default)."),
            QStringLiteral("U"), QStringLiteral("default") });
    parser.addOption({ QStringLiteral("password-env"),
        QStringLiteral("--source clickhouse: the environment variable holding the password."), QStringLiteral("VAR") });
    parser.addOption({ QStringLiteral("database"), QStringLiteral("--source clickhouse: the database."),
        QStringLiteral("D"), QStringLiteral("default") });
    parser.addOption({ QStringLiteral("table"), QStringLiteral("--source clickhouse: the table."), QStringLiteral("T"),
        QStringLiteral("request_response_rmt") });
    parser.addOption({ QStringLiteral("organization-id"),
        QStringLiteral("--source clickhouse: only this Helicone organization."), QStringLiteral("ID") });
}

int fetchApiRequests(const QCommandLineParser& parser, const Usage::Requests::RequestsQuery& query,
    std::vector<Usage::Requests::RequestRow>& rows)
{
    const auto key = apiKeyFromOptions(parser);
    const auto baseUrl = key ? baseUrlFromOptions(parser, *key) : std::nullopt;
    if (!baseUrl)
        return UsageError;
    QString error;
    const auto timeout = secondsFromOption(parser, QStringLiteral("timeout"), 3600, &error);
    if (!timeout) {
        printError(error);
        return UsageError;
    }
    SourceRequest run;
    run.kind = Usage::SourceKind::HeliconeApi;
    run.api.key = *key;
    run.api.baseUrl = *baseUrl;
    run.api.timeoutMs = *timeout * 1000;
    return runListing(run, query, rows);
}

int fetchClickHouseRequests(const QCommandLineParser& parser, const Usage::Requests::RequestsQuery& query,
    std::vector<Usage::Requests::RequestRow>& rows)
{
    Usage::ClickHouse::Settings s;
    s.url = QUrl(parser.value(QStringLiteral("url")), QUrl::StrictMode);
    if (!parser.isSet(QStringLiteral("url")) || !s.url.isValid() || s.url.host().isEmpty()
        || (s.url.scheme() != QLatin1String("http") && s.url.scheme() != QLatin1String("https"))
        || !s.url.userInfo().isEmpty() || s.url.hasQuery()) {
        printError(QStringLiteral("--url: expected http(s)://host:port without user, password or query"));
        return UsageError;
    }
    s.allowInsecure = parser.isSet(QStringLiteral("allow-insecure"));
    if (s.isInsecure() && !s.allowInsecure) {
        printError(QStringLiteral("refusing to send the password unencrypted to %1: use https://, or "
                                  "--allow-insecure if this network is trusted")
                       .arg(s.url.toString()));
        return UsageError;
    }
    s.user = parser.value(QStringLiteral("clickhouse-user"));
    s.database = parser.value(QStringLiteral("database"));
    s.table = parser.value(QStringLiteral("table"));
    s.organizationId = parser.value(QStringLiteral("organization-id"));
    bool ok = false;
    const int timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (s.user.isEmpty() || s.database.isEmpty() || s.table.isEmpty() || !ok || timeout < 1 || timeout > 86400) {
        printError(QStringLiteral("--clickhouse-user, --database and --table cannot be empty; --timeout is 1 to "
                                  "86400 seconds"));
        return UsageError;
    }
    s.timeoutMs = timeout * 1000;
    if (parser.isSet(QStringLiteral("password-env"))) {
        const QByteArray name = parser.value(QStringLiteral("password-env")).toLocal8Bit();
        if (name.isEmpty() || !qEnvironmentVariableIsSet(name.constData())) {
            printError(QStringLiteral("--password-env: the environment variable %1 is not set")
                           .arg(QString::fromLocal8Bit(name)));
            return UsageError;
        }
        s.password = qEnvironmentVariable(name.constData());
    }
    SourceRequest run;
    run.kind = Usage::SourceKind::ClickHouse;
    run.clickhouse = s;
    return runListing(run, query, rows);
}

} // namespace Cli
