// SPDX-License-Identifier: MIT
#include "core/corelogging.h"

namespace Usage {

Q_LOGGING_CATEGORY(lcReaders, "ue.readers", QtWarningMsg)

} // namespace Usage
