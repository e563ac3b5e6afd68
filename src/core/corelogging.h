// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace Usage {

/** The readers and the engine that drives them ("ue.readers"): formats, mapping, fallbacks; never per record. */
Q_DECLARE_LOGGING_CATEGORY(lcReaders)

} // namespace Usage
