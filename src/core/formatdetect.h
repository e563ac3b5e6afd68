// SPDX-License-Identifier: MIT
#pragma once

#include "core/formatreader.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <string_view>

namespace Usage {

/**
 * Chooses a reader from a file's first bytes (a leading UTF-8 byte-order mark already removed), never from its
 * name. Returns nullptr and sets error when the content is no format we know.
 */
std::unique_ptr<FormatReader> detectFormat(std::string_view head, const ReaderOptions& options, QString* error);

/** Names of the formats detectFormat() knows, for --help and the documentation. */
QStringList knownFormats();

} // namespace Usage
