// SPDX-License-Identifier: MIT
#pragma once

#include "cli/clicommon.h"
#include "cli/compareoptions.h"
#include "core/export/exporter.h"
#include "core/usagequery.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

/** The options every command that writes rows reads the same way (aggregate, query, clickhouse). */
namespace Cli {

struct RowOptions
{
    Usage::UsageQuery query;
    Usage::Export::Settings exportSettings;
    AlertSettings alerts;
};

/**
 * Parses arguments for command; nullopt when the command goes on, else the exit code after the usage error or the
 * help was printed.
 */
std::optional<ExitCode> parseOrHelp(QCommandLineParser& parser, const QStringList& arguments, const QString& command);

/**
 * The query (range, users, zone; --group-by when groupBy), the export settings and the comparison and alerts, in
 * that order; nullopt with the error printed and code set to its exit code.
 */
std::optional<RowOptions> rowOptionsFrom(const QCommandLineParser& parser, bool groupBy, ExitCode* code);

} // namespace Cli
