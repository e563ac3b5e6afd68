// SPDX-License-Identifier: MIT
#pragma once

#include "net/heliconeapi.h"

#include <QString>
#include <QUrl>

#include <optional>

/** The unit a user chose for the time filter: a fixed one, or nullopt to probe the server and remember it. */
using TimeUnitChoice = std::optional<Usage::Net::TimeUnit>;

/** "s", "ms" or "auto": the one spelling settings and the command line use. */
QString timeUnitText(TimeUnitChoice choice);
/** Reads timeUnitText()'s spellings and the long ones ("seconds", "milliseconds"); false for anything else. */
bool parseTimeUnit(const QString& text, TimeUnitChoice* choice);

/**
 * The time unit each server reads, as a probe found it, kept across sessions for the window and the command line
 * alike: in the window's settings file (organisation UsageExplorer, application usage-explorer), one key per base
 * URL. The command line's own file (usage-explorer-cli.ini, keys timeUnit/<percent-encoded URL>) is read as well,
 * so a unit remembered there is not probed again.
 */
class TimeUnitStore
{
public:
    std::optional<Usage::Net::TimeUnit> unit(const QUrl& baseUrl) const;
    void remember(const QUrl& baseUrl, Usage::Net::TimeUnit unit);
    /** Forgets every remembered unit (for tests). */
    void clear();

    /** The settings key of a base URL: hex of the URL without a trailing slash (keys cannot hold '/' or ':'). */
    static QString key(const QUrl& baseUrl);
};
