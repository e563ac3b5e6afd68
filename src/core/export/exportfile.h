// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Usage::Export {

/**
 * Writes data to path through QSaveFile: the file is replaced only when every byte reached the disk, so a failed
 * export leaves an existing file as it was. A path that exists but is no regular file (a FIFO, /dev/null, a
 * terminal) is written through instead, as a shell redirect would, never replaced. On failure returns false and
 * sets error to "cannot write PATH: REASON" (REASON from the system, e.g. "No space left on device").
 */
bool saveFile(const QString& path, const QByteArray& data, QString* error);

} // namespace Usage::Export
