// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/** One request as the tests store it in a ClickHouse table and in the dump that `aggregate` reads. */
struct TestRow
{
    QString requestId; ///< text id; the table's UUID is derived from it (a random one when empty)
    QString organizationId;
    qint64 createdMs = 0;
    QString user;
    QString model;
    QString provider;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 reasoningTokens = 0;
    std::optional<qint64> costNanos; ///< nullopt: a request without cost
    QString environment; ///< the custom property "environment"; empty: not set
    qint64 updatedMs = 0;
};

namespace TestRecords {

/** The organization of the rows that the organization filter keeps. */
QString organizationA();
QString organizationB();

/** A fixture of tests/data read by the project's own readers (any format), as rows of organization A. */
QList<TestRow> readFixture(const QString& path, QString* error);
/**
 * Rows around the end of summer time in Europe and America (2025-10-26 and 11-02), with user ids and property
 * values that attack SQL quoting, sub-second times, duplicate request ids and a few rows of organization B.
 */
QList<TestRow> synthetic();
/** synthetic() and the rows of tests/data/helicone.jsonl, their ids prefixed "fixture:". */
QList<TestRow> syntheticAndFixture();

/** Helicone's table (DateTime64(3), Map, LowCardinality, UUID, ReplacingMergeTree) or the old one (18.16). */
QByteArray createTable(bool legacy);
/**
 * The rows as ClickHouse JSONEachRow: the INSERT's data and, written to a file, a dump `aggregate` reads. The old
 * table keeps whole seconds, no cache or reasoning columns, no properties and a nullable cost.
 */
QByteArray jsonEachRow(const QList<TestRow>& rows, bool legacy);

} // namespace TestRecords
