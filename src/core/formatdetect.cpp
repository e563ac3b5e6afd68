// SPDX-License-Identifier: MIT
#include "formatdetect.h"

#include "readers/exportcsvreader.h"
#include "readers/heliconejsonarrayreader.h"
#include "readers/heliconejsonlreader.h"
#include "readers/heliconerequest.h"

#include <QCoreApplication>

namespace Usage {
namespace {

std::string_view firstLine(std::string_view head)
{
    const size_t nl = head.find('\n');
    return head.substr(0, nl);
}

std::string_view skipSpace(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    return s;
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
            if (HeliconeRequest::looksLike(line))
                return std::make_unique<HeliconeJsonlReader>(options);
            rest.remove_prefix(std::min(rest.size(), line.size() + 1));
        }
    } else if (ExportCsvReader::looksLike(text)) {
        return std::make_unique<ExportCsvReader>(options);
    }
    if (error)
        *error = QCoreApplication::translate("Usage", "no recognisable records (not a format Usage Explorer reads)");
    return nullptr;
}

QStringList knownFormats()
{
    return {QStringLiteral("helicone-jsonl"), QStringLiteral("helicone-json"), QStringLiteral("helicone-export-csv")};
}

} // namespace Usage
