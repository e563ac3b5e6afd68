// SPDX-License-Identifier: MIT
#pragma once

#include "cli/clicommon.h"
#include "core/alertrule.h"
#include "core/export/exporter.h"
#include "core/usagequery.h"
#include "core/usageresult.h"

#include <QCommandLineParser>
#include <QString>

#include <cstdint>
#include <optional>

/** The comparison and alert options every command that writes rows shares (aggregate, query, clickhouse). */
namespace Cli {

/** Thresholds of --alert-cost-above (nano-USD) and --alert-change-above (ratio in units of 1e-9). */
using AlertSettings = Usage::AlertRule;

/** Adds --compare, --compare-from, --compare-to, --alert-cost-above and --alert-change-above. */
void addCompareOptions(QCommandLineParser& parser);

/** The help text's sentence on exit code 3, for the commands' descriptions. */
QString alertExitCodeHelp();

/**
 * Reads those options into query (after queryFromOptions(): it needs the range and the time zone) and settings
 * (the comparison's default columns when --columns is not set); nullopt and an error text is a usage error.
 */
std::optional<AlertSettings> compareFromOptions(
    const QCommandLineParser& parser, Usage::UsageQuery& query, Usage::Export::Settings& settings, QString* error);

/** True when row crosses one of the thresholds. */
bool crosses(const Usage::GroupUsage& row, const AlertSettings& alerts);

/**
 * Writes one "alert: <group>=<id> cost=… previous_cost=… cost_change_ratio=…" line to stderr per crossing row, in
 * row order; true when any crossed.
 */
bool reportAlerts(const Usage::UsageResult& result, const AlertSettings& alerts);

/** The exit code after the output was written: written itself unless it is Success and an alert was raised. */
ExitCode withAlerts(ExitCode written, const Usage::UsageResult& result, const AlertSettings& alerts);

} // namespace Cli
