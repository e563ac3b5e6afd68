// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"
#include "sources/usagesource.h"

#include <QString>

#include <optional>

namespace Cli {

/** How a run of a source ended: its result, or why it failed. */
struct SourceOutcome
{
    std::optional<Usage::UsageResult> result;
    QString failure;
};

/** Starts request on source and waits in a local event loop until it finishes, fails or is cancelled. */
SourceOutcome runSource(UsageSource& source, const SourceRequest& request);

} // namespace Cli
