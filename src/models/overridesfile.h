// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/** Where the price editor keeps its overrides, and reading and writing such files whole. */
namespace OverridesFile {

/** The user's overrides: prices/overrides.csv in the application's data folder. */
QString defaultPath();

/** Writes data to path atomically (QSaveFile), creating its folder; false with a translated error (when error is
 * given). */
bool write(const QString& path, const QByteArray& data, QString* error);

/** The bytes of path; nullopt with a translated error naming the file when it cannot be read. */
std::optional<QByteArray> read(const QString& path, QString* error);

} // namespace OverridesFile
