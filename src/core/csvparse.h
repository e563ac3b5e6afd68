// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Usage::Csv {

/** Every field of a record is wanted. */
inline constexpr std::uint64_t kAllFields = ~std::uint64_t(0);

/**
 * Reads one RFC 4180 record starting at p (quoted fields may hold commas, quotes and line breaks; CRLF or LF).
 * Fields point into the input, or into scratch where quotes had to be undoubled. Advances p past the record's
 * line break. Returns false when the record is malformed (a quote inside an unquoted field, text after a closing
 * quote, or an unterminated quote); p is then moved to the next line. Quoted fields whose bit in wanted is clear
 * (bit i for field i; fields from the 64th on are always wanted) are not undoubled: their views hold the text as
 * it is written, doubled quotes and all, which is enough to tell whether they are empty.
 */
bool parseRecord(const char*& p, const char* end, std::vector<std::string_view>& fields, std::string& scratch,
    std::string* error = nullptr, std::uint64_t wanted = kAllFields);

/** Offset just past the last record boundary (a line break outside quotes) in data; 0 when there is none. */
size_t lastRecordBoundary(std::string_view data);

/** Undoubles "" to " (the export CLI escapes quotes in JSON cells twice). */
std::string undoubleQuotes(std::string_view text);

} // namespace Usage::Csv
