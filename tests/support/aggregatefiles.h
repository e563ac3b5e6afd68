// SPDX-License-Identifier: MIT
#pragma once

#include "core/logaggregation.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QTemporaryDir;

/** Log files for the aggregation tests, and aggregation that checks read() and mapped files agree. */
namespace TestAggregate {

/** Writes content to name in dir; a test fixture that cannot be written ends the test. */
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content);

/** One Helicone JSON Lines record. */
QByteArray line(
    const char* user, int prompt, int completion, const char* cost, const char* at, const char* model = "gpt-4o");

/**
 * Aggregates the files by read() (the default below the mapping threshold), and checks that mapping them into
 * memory gives the same outcome, with the default blocks and with blocks of 4 KiB (many chunks, records across
 * their edges).
 */
Usage::AggregateOutcome aggregate(const QStringList& files, const Usage::UsageQuery& query = {}, int threads = 2);

} // namespace TestAggregate
