// SPDX-License-Identifier: MIT
#pragma once

#include "core/sum.h"
#include "core/usageresult.h"

#include <QList>
#include <QString>

/** One group's move between the comparison range and the current one, for the "Movers" chart. */
struct Mover
{
    QString id;
    Usage::Sum costNanos = 0;
    Usage::Sum previousNanos = 0;
    Usage::Sum changeNanos() const { return costNanos - previousNanos; }
    friend bool operator==(const Mover&, const Mover&) = default;
};

/**
 * The n largest cost increases (largest first) and the n largest decreases (most negative first) of a result's
 * rows; ties by id in code point order; groups whose cost did not change are neither.
 */
struct Movers
{
    QList<Mover> increases;
    QList<Mover> decreases;

    static Movers of(const Usage::UsageResult& result, int n);
};
