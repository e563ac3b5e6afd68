// SPDX-License-Identifier: MIT
// libFuzzer target: RFC 4180 records read one after another, as the CSV readers do, with every field wanted or only
// some (the fuzzer's first byte picks the mask).
#include "core/csvparse.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint64_t wanted = (data[0] & 1) ? Usage::Csv::kAllFields : std::uint64_t(data[0]);
    // a copy without padding, so reads past the end are caught
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    (void)Usage::Csv::lastRecordBoundary(text);
    std::vector<std::string_view> fields;
    std::string scratch;
    std::string error;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        const char* before = p;
        Usage::Csv::parseRecord(p, end, fields, scratch, &error, wanted);
        if (p <= before)
            __builtin_trap(); // no progress: the readers would loop forever
    }
    (void)Usage::Csv::undoubleQuotes(text);
    return 0;
}
