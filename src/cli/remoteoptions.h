// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

/** The options the remote sources share: the Helicone API's key and base URL, and seconds-valued limits. */
namespace Cli {

/** The API key from the variable --api-key-env names; nullopt after printing why there is none. */
std::optional<QString> apiKeyFromOptions(const QCommandLineParser& parser);
/** --base-url (or the key's default API), refused over plain http:// without --allow-insecure; nullopt after
 * printing why. */
std::optional<QString> baseUrlFromOptions(const QCommandLineParser& parser, const QString& key);
/** The option's whole seconds from 1 to max; nullopt and the usage error naming the option otherwise. */
std::optional<int> secondsFromOption(const QCommandLineParser& parser, const QString& name, int max, QString* error);

} // namespace Cli
