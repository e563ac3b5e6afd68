// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/** "ue.sources": runs started, cancelled and failed, time units remembered. Silent unless enabled by rules. */
Q_DECLARE_LOGGING_CATEGORY(lcSources)
