// SPDX-License-Identifier: MIT
#pragma once

#include "export/exporter.h"
#include "usagequery.h"
#include "usageresult.h"

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
std::optional<Usage::Export::Settings> exportSettingsFromOptions(const QCommandLineParser& parser,
                                                                 const Usage::GroupBy& groupBy, QString* error);

/** The bytes to write for result; nullopt and an error (exit 1) when a per-bucket export would not add up. */
std::optional<QByteArray> exportBytes(const Usage::UsageResult& result, const Usage::Export::Settings& settings,
                                      QString* error);

} // namespace Cli
