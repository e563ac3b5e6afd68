// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>

/** Test-side writers of every log format, and independent expected totals, for the round-trip tests. */
namespace FormatWriters {

struct Record
{
    QString requestId;
    std::optional<QString> user; // nullopt: null / unset
    QString model;
    QString provider;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 prompt = 0;
    qint64 completion = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite = 0;
    qint64 reasoning = 0;
    std::optional<qint64> costNanos; // nullopt: null cost
    QString environment; // the custom property "environment"
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
QString formatName(Format f);

struct Expected
{
    qint64 count = 0, prompt = 0, completion = 0, cacheRead = 0, cacheWrite = 0, reasoning = 0, cost = 0,
           withoutCost = 0;
    friend bool operator==(const Expected&, const Expected&) = default;
};

/** Seeded random records, with odd ids, null users, null costs, numbers written as strings. */
QList<Record> randomRecords(quint32 seed, int count);

QByteArray write(Format format, const QList<Record>& records, quint32 seed);

/** Totals per user as the format can express them (e.g. the export CSV has no cache tokens). */
std::map<QString, Expected> expectedByUser(Format format, const QList<Record>& records);
std::map<QString, Expected> expectedByEnvironment(Format format, const QList<Record>& records);

QByteArray gzip(const QByteArray& data);
QByteArray zstd(const QByteArray& data);

} // namespace FormatWriters
