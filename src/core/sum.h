// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <limits>

namespace Usage {

/** A total (requests, tokens or nano-USD): summed in 128 bits, so no sum of 64-bit figures can wrap. */
__extension__ typedef __int128 Sum;

/** v as a 64-bit number, held at the bounds: for roles and charts that need one, never for written figures. */
inline qint64 clampToInt64(Sum v)
{
    if (v > std::numeric_limits<qint64>::max())
        return std::numeric_limits<qint64>::max();
    if (v < std::numeric_limits<qint64>::min())
        return std::numeric_limits<qint64>::min();
    return qint64(v);
}

} // namespace Usage
