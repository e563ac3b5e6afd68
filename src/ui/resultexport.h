// SPDX-License-Identifier: MIT
#pragma once

#include <usageresult.h>

#include <QString>

/** Writing a result to a file, as the Export action offers it. */
namespace ResultExport {

enum class Format { Csv, Json };

/** The file dialog's filter for a format, and the format a chosen filter or file name means. */
QString fileFilter(Format format);
Format formatFor(const QString& selectedFilter, const QString& fileName);

/**
 * Writes result (the visible rows, in their order) to path atomically (QSaveFile). False, with a sentence in
 * errorText, when the file cannot be written.
 */
bool write(const Usage::UsageResult& result, Format format, const QString& path, QString* errorText);

} // namespace ResultExport
