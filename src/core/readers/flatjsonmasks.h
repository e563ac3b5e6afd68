// SPDX-License-Identifier: MIT
#pragma once

// The byte classes of FlatJson's one pass, 64 bytes to a word. Kept apart from flatjson.h and free of inline code
// shared with other files: flatjsonmasks_avx2.cpp is compiled for AVX2 and must not lend AVX2 copies of common
// inline functions to the rest of the program.

#include <cstddef>
#include <cstdint>

namespace Usage::FlatJson::Detail {

/** Per word: quotes, control characters (below 0x20) and white space among them (\n \r \t, in words with control
 *  characters only); over all words: whether any backslash or any byte above 0x7F. Bits past size are clear. */
struct WordMasks
{
    std::uint64_t* quotes;
    std::uint64_t* controls;
    std::uint64_t* spaces;
    std::uint64_t anyBackslash = 0;
    std::uint64_t anyHigh = 0;
};

void maskWordsSse2(const char* data, std::size_t size, WordMasks& masks);
#if defined(__x86_64__) && defined(__GNUC__)
#define UE_FLATJSON_AVX2 1
void maskWordsAvx2(const char* data, std::size_t size, WordMasks& masks);
#endif

} // namespace Usage::FlatJson::Detail
