// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Usage::Export {

/**
 * Writes data to path through QSaveFile: the file is replaced only when every byte reached the disk, so a failed
 * export leaves an existing file as it was. On failure returns false and sets error to
 * "cannot write PATH: REASON" (REASON from the system, e.g. "Permission denied"), untranslated.
 */
bool saveFile(const QString& path, const QByteArray& data, QString* error);

} // namespace Usage::Export
