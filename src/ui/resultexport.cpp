// SPDX-License-Identifier: MIT
#include "resultexport.h"

#include <resultwriter.h>

#include <QCoreApplication>
#include <QSaveFile>

namespace ResultExport {

QString fileFilter(Format format)
{
    switch (format) {
    case Format::Csv:
        return QCoreApplication::translate("ResultExport", "CSV, API columns (*.csv)");
    case Format::Json:
        return QCoreApplication::translate("ResultExport", "JSON, API shape (*.json)");
    }
    Q_UNREACHABLE();
}

Format formatFor(const QString& selectedFilter, const QString& fileName)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return Format::Json;
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return selectedFilter == fileFilter(Format::Json) ? Format::Json : Format::Csv;
}

bool write(const Usage::UsageResult& result, Format format, const QString& path, QString* errorText)
{
    // the one place that turns a result into file bytes: switch to the core's exporters here
    const QByteArray bytes
        = format == Format::Json ? Usage::ResultWriter::apiJson(result) : Usage::ResultWriter::apiCsv(result);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (errorText)
            *errorText = QCoreApplication::translate("ResultExport", "Cannot write \"%1\": %2")
                             .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ResultExport
