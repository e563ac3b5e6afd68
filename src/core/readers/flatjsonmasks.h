// SPDX-License-Identifier: MIT
#pragma once

// The byte classes of FlatJson's one pass, 64 bytes to a word. Kept apart from flatjson.h, and its inline code has
// internal linkage: flatjsonmasks_avx2.cpp is compiled for AVX2 and must not lend AVX2 copies of shared inline
// functions to the rest of the program.

#include "core/readers/bytemasks.h"

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

namespace { // NOLINT(google-build-namespaces, cert-dcl59-cpp): one copy per including file, by design

    /** The byte classes of maskWordsWith(), made of one instruction set's primitives (bytemasks.h). */
    template <typename Bytes> struct ByteClasses
    {
        static void of(const char* p, std::uint64_t& q, std::uint64_t& b, std::uint64_t& c, std::uint64_t& h)
        {
            q = Bytes::equal(p, '"');
            b = Bytes::equal(p, '\\');
            c = Bytes::controls(p);
            h = Bytes::high(p);
        }
        static std::uint64_t spaces(const char* p)
        {
            return Bytes::equal(p, '\n') | Bytes::equal(p, '\r') | Bytes::equal(p, '\t');
        }
    };

    /**
     * The loop of maskWords*(): Classes::of(p, quotes, backslashes, controls, high) classifies 64 bytes,
     * Classes::spaces(p) finds the white space among them (looked for only where there are control characters).
     */
    template <typename Classes> inline void maskWordsWith(const char* data, std::size_t size, WordMasks& masks)
    {
        const std::size_t count = (size + 63) / 64;
        for (std::size_t w = 0; w < count; ++w) {
            std::uint64_t q, b, c, h;
            Classes::of(data + w * 64, q, b, c, h);
            if (w + 1 == count && size % 64 != 0) {
                // the bytes past the end (the line break after a record, the next record) do not count
                const std::uint64_t valid = (std::uint64_t(1) << (size % 64)) - 1;
                q &= valid;
                b &= valid;
                c &= valid;
                h &= valid;
            }
            const std::uint64_t ws = c != 0 ? Classes::spaces(data + w * 64) & c : 0;
            masks.quotes[w] = q;
            masks.controls[w] = c;
            masks.spaces[w] = ws;
            masks.anyBackslash |= b;
            masks.anyHigh |= h;
        }
    }

} // namespace
#if defined(__x86_64__) && defined(__GNUC__)
#define UE_FLATJSON_AVX2 1
void maskWordsAvx2(const char* data, std::size_t size, WordMasks& masks);
#endif

} // namespace Usage::FlatJson::Detail
