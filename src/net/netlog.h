// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/** The network layer's log: retries, waits, refused redirects and answers. Silent unless enabled; never the key. */
Q_DECLARE_LOGGING_CATEGORY(lcNet)
