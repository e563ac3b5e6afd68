// SPDX-License-Identifier: MIT
#include "csvparse.h"

#include <cstring>

namespace Usage::Csv {

bool parseRecord(const char*& p, const char* end, std::vector<std::string_view>& fields, std::string& scratch,
                 std::string* error)
{
    fields.clear();
    scratch.clear();
    scratch.reserve(size_t(end - p)); // undoubled text is never longer: views into scratch stay valid
    auto skipLine = [&](const char* at, const char* reason) {
        const char* nl = static_cast<const char*>(memchr(at, '\n', size_t(end - at)));
        p = nl ? nl + 1 : end;
        if (error)
            *error = reason;
        return false;
    };
    const char* s = p;
    for (;;) {
        if (s < end && *s == '"') {
            // quoted field
            ++s;
            const char* start = s;
            bool undouble = false;
            for (;;) {
                const char* q = static_cast<const char*>(memchr(s, '"', size_t(end - s)));
                if (!q)
                    return skipLine(p, "unterminated quoted field");
                if (q + 1 < end && q[1] == '"') {
                    undouble = true;
                    s = q + 2;
                    continue;
                }
                s = q + 1;
                if (!undouble) {
                    fields.emplace_back(start, size_t(q - start));
                } else {
                    const size_t at = scratch.size();
                    for (const char* c = start; c < q; ++c) {
                        scratch.push_back(*c);
                        if (*c == '"')
                            ++c;
                    }
                    fields.emplace_back(scratch.data() + at, scratch.size() - at);
                }
                break;
            }
            if (s < end && *s == '\r')
                ++s;
            if (s >= end || *s == '\n') {
                p = s < end ? s + 1 : end;
                return true;
            }
            if (*s != ',')
                return skipLine(s, "unexpected text after a closing quote");
            ++s;
            continue;
        }
        // unquoted field
        const char* start = s;
        while (s < end && *s != ',' && *s != '\n') {
            if (*s == '"')
                return skipLine(s, "quote inside an unquoted field");
            ++s;
        }
        const char* fieldEnd = s;
        if ((s >= end || *s == '\n') && fieldEnd > start && fieldEnd[-1] == '\r')
            --fieldEnd;
        fields.emplace_back(start, size_t(fieldEnd - start));
        if (s >= end || *s == '\n') {
            p = s < end ? s + 1 : end;
            return true;
        }
        ++s; // comma
    }
}

size_t lastRecordBoundary(std::string_view data)
{
    bool inQuotes = false;
    size_t boundary = 0;
    const char* b = data.data();
    const size_t n = data.size();
    size_t i = 0;
    while (i < n) {
        if (inQuotes) {
            const void* q = memchr(b + i, '"', n - i);
            if (!q)
                break;
            i = size_t(static_cast<const char*>(q) - b) + 1;
            inQuotes = false; // a doubled quote re-enters at once below
            continue;
        }
        const char c = b[i];
        if (c == '"')
            inQuotes = true;
        else if (c == '\n')
            boundary = i + 1;
        ++i;
    }
    return boundary;
}

std::string undoubleQuotes(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        out.push_back(text[i]);
        if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"')
            ++i;
    }
    return out;
}

} // namespace Usage::Csv
