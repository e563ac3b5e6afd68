// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Usage::Csv {

/**
 * Reads one RFC 4180 record starting at p (quoted fields may hold commas, quotes and line breaks; CRLF or LF).
 * Fields point into the input, or into scratch where quotes had to be undoubled. Advances p past the record's
 * line break. Returns false when the record is malformed (a quote inside an unquoted field, text after a closing
 * quote, or an unterminated quote); p is then moved to the next line.
 */
bool parseRecord(const char*& p, const char* end, std::vector<std::string_view>& fields, std::string& scratch,
                 std::string* error = nullptr);

/** Offset just past the last record boundary (a line break outside quotes) in data; 0 when there is none. */
size_t lastRecordBoundary(std::string_view data);

/** Undoubles "" to " (the export CLI escapes quotes in JSON cells twice). */
std::string undoubleQuotes(std::string_view text);

} // namespace Usage::Csv
