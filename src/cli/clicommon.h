// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

/** Pieces shared by the command-line tool's commands. Its output is never translated: scripts read it. */
namespace Cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2, AlertRaised = 3 };

/** Prints "usage-explorer-cli: <message>" to stderr. */
void printError(const QString& message);

/**
 * For --stats: the process's resident and peak memory in MiB (from /proc/self/status; -1 where it cannot be read),
 * after handing the allocator's free memory back to the system when returnFreeMemory is set.
 */
struct MemoryUse
{
    double residentMiB = -1;
    double peakMiB = -1;
};
MemoryUse memoryUse(bool returnFreeMemory = false);

/**
 * Writes data to FILE (see Usage::Export::saveFile: atomically, or through when it is no regular file) or to stdout
 * when path is empty or "-"; false and the system's reason in error when a byte could not be written.
 */
bool writeOutput(const QString& path, const QByteArray& data, QString* error);

/**
 * The entry of inputs (as given) that output names, by any path (a symbolic or hard link too), and with it the
 * --users-file of parser when set; empty when none does or output is standard output. Writing over an input loses it.
 */
QString inputNamedBy(const QString& output, const QStringList& inputs, const QCommandLineParser& parser);

/** Prints the parser's help to stdout, its first line naming "usage-explorer-cli COMMAND". */
void printHelp(const QCommandLineParser& parser, const QString& command);

/** Adds --from, --to, --users, --users-file, --time-zone, --output-format and -o to a parser. */
void addQueryOptions(QCommandLineParser& parser);

/** Builds the query from the options addQueryOptions() added; nullopt, error and the exit code when it cannot. */
/** Largest --users-file read, in bytes: a list of ids, never a device or an endless stream. */
inline constexpr qint64 kMaxUsersFileSize = qint64(64) << 20;

std::optional<Usage::UsageQuery> queryFromOptions(const QCommandLineParser& parser, QString* error, ExitCode* code);

/** Adds --group-by (default user) and --granularity (default day; granularityHelp describes it for this command). */
void addGroupingOptions(QCommandLineParser& parser, const QString& granularityHelp = {});
/** The group-by key of a --group-by value; nullopt and the usage error's text when it names none. */
std::optional<Usage::GroupBy> groupByFromOption(const QString& value, QString* error);
/** Reads --group-by (unless groupBy is false) and --granularity into query; false and the error text on a bad value. */
bool groupingFromOptions(
    const QCommandLineParser& parser, Usage::UsageQuery& query, QString* error, bool groupBy = true);

} // namespace Cli
