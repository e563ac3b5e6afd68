// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <string>

/**
 * Seeded records for the round-trip tests, their dumps in every format (written by the shared dump writer,
 * bench/gen's ue_dumpformats), and the totals a reader must find, worked out independently from the records.
 */
namespace TestRecords {

struct Record
{
    std::string requestId;
    std::string responseId;
    std::optional<std::string> user; // nullopt: null / unset
    int model = 0; // into a small table of models and providers
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    bool tokensNull = false;
    qint64 prompt = 0;
    qint64 completion = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite = 0;
    qint64 reasoning = 0;
    std::optional<qint64> costNanos; // nullopt: null cost
    std::string environment; // the custom property "environment"; empty: none
};

enum class Format {
    HeliconeJsonl,
    HeliconeJson,
    ExportCsv,
    DashboardJsonl,
    DashboardCsv,
    ClickHouseJson,
    ClickHouseCsv
};
/** The name the reader reports (provenance), e.g. "clickhouse-jsoneachrow". */
QString formatName(Format f);

enum class Bodies { Short, Long }; // long: with request and response bodies and every token column

struct Expected
{
    qint64 count = 0, prompt = 0, completion = 0, cacheRead = 0, cacheWrite = 0, reasoning = 0, cost = 0,
           withoutCost = 0;
    friend bool operator==(const Expected&, const Expected&) = default;
};

/** Seeded random records, with odd user ids, null users, null costs and null token counts. */
QList<Record> randomRecords(quint32 seed, int count);

/** The records as a dump of the format; seed picks the spellings each record takes. */
QByteArray write(Format format, const QList<Record>& records, quint32 seed, Bodies bodies = Bodies::Long);

/** Totals per user as the format can express them (e.g. the export CSV has no cache tokens). */
std::map<QString, Expected> expectedByUser(Format format, const QList<Record>& records, Bodies bodies = Bodies::Long);
std::map<QString, Expected> expectedByEnvironment(
    Format format, const QList<Record>& records, Bodies bodies = Bodies::Long);

} // namespace TestRecords
