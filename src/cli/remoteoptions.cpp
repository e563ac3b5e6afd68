// SPDX-License-Identifier: MIT
#include "cli/remoteoptions.h"

#include "cli/clicommon.h"
#include "net/heliconeapi.h"

namespace Cli {

std::optional<QString> apiKeyFromOptions(const QCommandLineParser& parser)
{
    const QString keyVariable = parser.value(QStringLiteral("api-key-env"));
    const QString key = qEnvironmentVariable(keyVariable.toLocal8Bit().constData()).trimmed();
    if (key.isEmpty()) {
        printError(QStringLiteral("no API key: set %1 in the environment (or name another variable with "
                                  "--api-key-env)")
                       .arg(keyVariable));
        return std::nullopt;
    }
    return key;
}

std::optional<QString> baseUrlFromOptions(const QCommandLineParser& parser, const QString& key)
{
    QString error;
    const QString baseText = parser.isSet(QStringLiteral("base-url")) ? parser.value(QStringLiteral("base-url"))
                                                                      : Usage::Net::defaultBaseUrl(key);
    const auto baseUrl = Usage::Net::parseBaseUrl(baseText, &error);
    if (!baseUrl) {
        printError(QStringLiteral("--base-url: ") + error);
        return std::nullopt;
    }
    if (Usage::Net::isInsecure(*baseUrl) && !parser.isSet(QStringLiteral("allow-insecure"))) {
        printError(QStringLiteral("refusing to send the API key unencrypted to %1: use https://, or "
                                  "--allow-insecure if this network is trusted")
                       .arg(baseUrl->toString()));
        return std::nullopt;
    }
    return baseUrl->toString();
}

std::optional<int> secondsFromOption(const QCommandLineParser& parser, const QString& name, int max, QString* error)
{
    bool ok = false;
    const int seconds = parser.value(name).toInt(&ok);
    if (!ok || seconds < 1 || seconds > max) {
        *error = QStringLiteral("--%1: expected a number of seconds from 1 to %2, not %3")
                     .arg(name)
                     .arg(max)
                     .arg(parser.value(name));
        return std::nullopt;
    }
    return seconds;
}

} // namespace Cli
