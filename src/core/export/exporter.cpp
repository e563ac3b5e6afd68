// SPDX-License-Identifier: MIT
#include "core/export/exporter.h"

#include "core/export/csvexport.h"
#include "core/export/jsonexport.h"

namespace Usage::Export {

ResultParts partsFor(const Settings& settings)
{
    ResultParts parts = ResultParts::totalsOnly();
    parts.series = settings.format == Format::BucketCsv;
    parts.times = settings.columns.contains(Column::FirstRequest) || settings.columns.contains(Column::LastRequest);
    parts.duplicates = settings.format == Format::Json; // the meta's duplicate count
    return parts;
}

QString checkSettings(const Settings& settings)
{
    if (settings.columns.isEmpty())
        return QStringLiteral("no columns to export");
    switch (settings.format) {
    case Format::Csv:
        if (settings.columns.contains(Column::BucketStart))
            return QStringLiteral("bucket_start needs a per-bucket export");
        return {};
    case Format::BucketCsv:
        if (settings.columns.contains(Column::FirstRequest) || settings.columns.contains(Column::LastRequest))
            return QStringLiteral("first_request and last_request are per group and cannot be exported per bucket");
        return {};
    case Format::Json:
        if (settings.columns.contains(Column::BucketStart))
            return QStringLiteral("bucket_start needs a per-bucket export");
        if (settings.byteOrderMark)
            return QStringLiteral("a byte-order mark applies to CSV only (JSON must not start with one)");
        return {};
    }
    Q_UNREACHABLE();
}

std::optional<QByteArray> exportRows(
    const UsageResult& result, const QList<int>& rows, const Settings& settings, QString* error)
{
    const QString problem = checkSettings(settings);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    switch (settings.format) {
    case Format::Csv:
    case Format::BucketCsv: {
        CsvOptions csv;
        csv.columns = settings.columns;
        csv.byteOrderMark = settings.byteOrderMark;
        csv.formulaGuard = settings.formulaGuard;
        if (settings.format == Format::Csv)
            return toCsv(result, rows, csv);
        return toBucketCsv(result, rows, csv, error);
    }
    case Format::Json: {
        JsonOptions json;
        json.columns = settings.columns;
        json.exportedAt = settings.exportedAt;
        return toJson(result, rows, json);
    }
    }
    Q_UNREACHABLE();
}

std::optional<QByteArray> exportResult(const UsageResult& result, const Settings& settings, QString* error)
{
    return exportRows(result, allRows(result), settings, error);
}

QString fileSuffix(Format format)
{
    return format == Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

} // namespace Usage::Export
