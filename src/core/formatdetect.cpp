// SPDX-License-Identifier: MIT
#include "core/formatdetect.h"

#include "core/readers/clickhousedump.h"
#include "core/readers/dashboardexport.h"
#include "core/readers/exportcsvreader.h"
#include "core/readers/heliconejsonarrayreader.h"
#include "core/readers/heliconejsonlreader.h"
#include "core/readers/heliconerequest.h"

#include <QCoreApplication>

#include <algorithm>

namespace Usage {
namespace {

    std::string_view firstLine(std::string_view text)
    {
        return text.substr(0, text.find('\n'));
    }

    std::string_view skipSpace(std::string_view s)
    {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
            s.remove_prefix(1);
        return s;
    }

    enum class JsonKind { None, HeliconeRequest, Dashboard, ClickHouse };

    /** Which record shape a JSON object's text has: judged from the names of its keys. */
    JsonKind jsonKind(std::string_view object)
    {
        if (DashboardExport::looksLike(object))
            return JsonKind::Dashboard;
        const bool created = object.find("\"request_created_at\"") != std::string_view::npos;
        if (created && object.find("\"request_user_id\"") == std::string_view::npos
            && ClickHouseDump::looksLike(object))
            return JsonKind::ClickHouse;
        if (HeliconeRequest::looksLike(object))
            return JsonKind::HeliconeRequest;
        return JsonKind::None;
    }

} // namespace

std::unique_ptr<FormatReader> detectFormat(std::string_view head, const ReaderOptions& options, QString* error)
{
    const std::string_view text = skipSpace(head);
    if (text.empty()) {
        if (error)
            *error = QCoreApplication::translate("Usage", "the file is empty");
        return nullptr;
    }
    if (text.front() == '[') {
        if (HeliconeRequest::looksLike(text) || skipSpace(text.substr(1)).starts_with(']'))
            return std::make_unique<HeliconeJsonArrayReader>(options);
    } else if (text.front() == '{') {
        // the first lines that look like records decide (a malformed first line must not hide the rest)
        std::string_view rest = text;
        for (int i = 0; i < 50 && !rest.empty(); ++i) {
            const std::string_view line = firstLine(rest);
            switch (jsonKind(line)) {
            case JsonKind::HeliconeRequest:
                return std::make_unique<HeliconeJsonlReader>(options);
            case JsonKind::Dashboard:
                return std::make_unique<DashboardJsonlReader>(options);
            case JsonKind::ClickHouse:
                return std::make_unique<ClickHouseJsonReader>(options);
            case JsonKind::None:
                break;
            }
            rest.remove_prefix(std::min(rest.size(), line.size() + 1));
        }
    } else {
        const std::string_view header = firstLine(text);
        if (header.find("heliconeMetadata") != std::string_view::npos)
            return std::make_unique<DashboardCsvReader>(options);
        if (ExportCsvReader::looksLike(text))
            return std::make_unique<ExportCsvReader>(options);
        if (header.find("request_created_at") != std::string_view::npos && ClickHouseDump::looksLike(header))
            return std::make_unique<ClickHouseCsvReader>(options);
    }
    if (error)
        *error = QCoreApplication::translate("Usage", "no recognisable records (not a format Usage Explorer reads)");
    return nullptr;
}

QStringList knownFormats()
{
    return { QStringLiteral("helicone-jsonl"), QStringLiteral("helicone-json"), QStringLiteral("helicone-export-csv"),
        QStringLiteral("dashboard-jsonl"), QStringLiteral("dashboard-csv"), QStringLiteral("clickhouse-jsoneachrow"),
        QStringLiteral("clickhouse-csvwithnames") };
}

} // namespace Usage
