// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/exporter.h"
#include "core/usageresult.h"

#include <QString>

/** Writing a result to a file, as the Export action offers it; the bytes come from the core's exporters. */
namespace ResultExport {

/** The core's formats: Csv (the API's columns and the extra figures the source has), BucketCsv, Json. */
using Format = Usage::Export::Format;

/** The file dialog's filter for a format, and the format a chosen filter or file name means. */
QString fileFilter(Format format);
/** Every filter, for a file dialog, separated by ";;". */
QString fileFilters();
Format formatFor(const QString& selectedFilter, const QString& fileName);

/**
 * Writes result (the visible rows, in their order) to path atomically (QSaveFile): an existing file is only
 * replaced when every byte was written. False, with a sentence naming the file and the reason in errorText,
 * when the file cannot be written or the export cannot be made.
 */
bool write(const Usage::UsageResult& result, Format format, const QString& path, QString* errorText);

} // namespace ResultExport
