// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QCoreApplication>

class MessageBar;

/** What the message bar says when a run ends: finished (with what went wrong on the way), failed or cancelled. */
class RunMessages
{
    Q_DECLARE_TR_FUNCTIONS(RunMessages)
public:
    /** A partial result, skipped lines or the source's warnings, with details; clears the bar when there are none. */
    static void showFinished(MessageBar* bar, const Usage::UsageResult& result);
    /** The reason's first line (the whole reason as details); tableHasResult adds that the previous rows stay. */
    static void showFailed(MessageBar* bar, const QString& reason, bool tableHasResult);
    static void showCancelled(MessageBar* bar, bool tableHasResult);

private:
    /** Why a result has no rows; for a range that missed the data, a "Show all" action (MessageBar::setAction). */
    static void showEmpty(MessageBar* bar, const Usage::UsageResult& result);
    /** The user ids the query asked for that have no row. */
    static QStringList missingUsers(const Usage::UsageResult& result);
};
