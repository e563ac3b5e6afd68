// SPDX-License-Identifier: MIT
#pragma once

#include "cli/clicommon.h"
#include "core/export/exporter.h"
#include "core/usagequery.h"
#include "core/usageresult.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>

#include <optional>

/** The export options the commands share: --columns, --bom, --no-formula-guard, --per-bucket. */
namespace Cli {

/** Adds --columns, --bom, --no-formula-guard and --per-bucket (--output-format and -o come from addQueryOptions). */
void addExportOptions(QCommandLineParser& parser);

/**
 * Reads the options addExportOptions() and addQueryOptions() added (--output-format). Call it before any work so
 * a bad --columns list fails at once; nullopt and an error text is a usage error (exit 2).
 */
std::optional<Usage::Export::Settings> exportSettingsFromOptions(
    const QCommandLineParser& parser, const Usage::GroupBy& groupBy, QString* error);

/**
 * Exports result and writes it to path (standard output when empty or "-"): Success, or Failure with the reason
 * on stderr (a per-bucket export that would not add up, a file that cannot be written).
 */
ExitCode writeResult(const Usage::UsageResult& result, const Usage::Export::Settings& settings, const QString& path);

} // namespace Cli
