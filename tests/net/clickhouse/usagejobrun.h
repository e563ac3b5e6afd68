// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"
#include "core/usageresult.h"
#include "net/clickhouse/clickhousesettings.h"

#include <QString>
#include <QStringList>

/** What a ClickHouse UsageJob ended with. */
struct Outcome
{
    bool ok = false;
    Usage::UsageResult result;
    QString error;
    bool authentication = false;
};

/** Runs a UsageJob to its end in a local event loop. */
Outcome runJob(const Usage::ClickHouse::Settings& settings, const Usage::UsageQuery& query, bool dedupe);
/** Every figure of a result as lines, so that a difference shows where it is. */
QStringList lines(const Usage::UsageResult& r);
