// SPDX-License-Identifier: MIT
#include "ui/resultexport.h"

#include "core/export/exportfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ResultExport {
namespace {

    /** The API's five columns plus what the window's table shows for this source; the group column first. */
    QList<Usage::Export::Column> columnsFor(const Usage::UsageResult& result, Format format)
    {
        using Usage::Export::Column;
        QList<Column> columns = Usage::Export::defaultColumns();
        columns << Column::TotalTokens;
        if (result.hasCacheTokens)
            columns << Column::CacheReadTokens << Column::CacheWriteTokens;
        if (result.hasReasoningTokens)
            columns << Column::ReasoningTokens;
        columns << Column::RequestsWithoutCost;
        if (format != Format::BucketCsv) {
            if (result.hasRequestTimes)
                columns << Column::FirstRequest << Column::LastRequest;
            columns << Column::CostShare;
        }
        columns << Column::CostPerRequest;
        // the table's comparison columns; a bucket's figures have no comparison
        if (result.query.hasComparison() && format != Format::BucketCsv)
            columns << Column::PreviousCount << Column::PreviousCost << Column::CostChange << Column::CostChangeRatio
                    << Column::CountChange;
        if (result.pricing.enabled && format != Format::BucketCsv) {
            // the price book's columns, as the table shows them
            columns << Column::RecordedCost;
            if (result.pricing.hasSources)
                columns << Column::ComputedCost << Column::CostDifference;
            columns << Column::UnpricedRequests;
            if (result.pricing.hasSources && result.query.pricing && !result.query.pricing->whatIf.isDefault())
                columns << Column::WhatIfCost;
        }
        return columns;
    }

} // namespace

QString fileFilter(Format format)
{
    switch (format) {
    case Format::Csv:
        return QCoreApplication::translate("ResultExport", "CSV, one line per row (*.csv)");
    case Format::BucketCsv:
        return QCoreApplication::translate("ResultExport", "CSV, one line per row and time bucket (*.csv)");
    case Format::Json:
        return QCoreApplication::translate("ResultExport", "JSON, API shape with meta (*.json)");
    }
    Q_UNREACHABLE();
}

QString fileFilters()
{
    return fileFilter(Format::Csv) + QLatin1String(";;") + fileFilter(Format::BucketCsv) + QLatin1String(";;")
        + fileFilter(Format::Json);
}

Format formatFor(const QString& selectedFilter, const QString& fileName)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return Format::Json;
    if (selectedFilter == fileFilter(Format::BucketCsv))
        return Format::BucketCsv;
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return selectedFilter == fileFilter(Format::Json) ? Format::Json : Format::Csv;
}

bool write(const Usage::UsageResult& result, Format format, const QString& path, QString* errorText)
{
    using namespace Usage::Export;
    Settings settings;
    settings.format = format;
    settings.columns = columnsFor(result, format);
    QString error;
    const auto bytes = exportResult(result, settings, &error);
    if (!bytes) {
        if (errorText)
            *errorText = QCoreApplication::translate("ResultExport", "Cannot export to \"%1\": %2")
                             .arg(QFileInfo(path).fileName(), error);
        return false;
    }
    if (!saveFile(path, *bytes, &error)) {
        if (errorText)
            *errorText = QCoreApplication::translate("ResultExport", "The export was not saved: %1").arg(error);
        return false;
    }
    return true;
}

} // namespace ResultExport
