// SPDX-License-Identifier: MIT
#include "sources/sourceslog.h"

Q_LOGGING_CATEGORY(lcSources, "ue.sources", QtWarningMsg)
