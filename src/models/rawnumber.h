// SPDX-License-Identifier: MIT
#pragma once

#include "core/sum.h"

#include <QVariant>

/** A total as the raw number of a model's sort and chart roles: exact up to 2^63 - 1, held at the bounds beyond. */
inline QVariant rawNumber(Usage::Sum value)
{
    return QVariant::fromValue(Usage::clampToInt64(value));
}
