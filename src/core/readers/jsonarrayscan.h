// SPDX-License-Identifier: MIT
#pragma once

// The scan of one JSON object or array, 64 bytes at a time: containerLength() for the JSON array splitter and the
// JSON fast path. The template below is instantiated by heliconejsonarrayreader.cpp (SSE2) and
// jsonarrayscan_avx2.cpp (compiled for AVX2); it has internal linkage (an unnamed namespace), so each of the two
// files keeps its own copy and the AVX2 one never stands in for the other.

#include "core/bits.h"
#include "core/readers/bytemasks.h"

#include <cstddef>
#include <cstdint>

namespace Usage {

/**
 * The length of the object or array at b[0] (which must be '{' or '['), 0 when the buffer ends first, SIZE_MAX with
 * errorAt set on a bracket that does not match. With AVX2 where the processor has it. Reads up to 63 bytes past
 * b + n.
 */
std::size_t containerLength(const char* b, std::size_t n, std::size_t& errorAt);

/** scanContainer() with SSE2 masks (heliconejsonarrayreader.cpp; where there is no SSE2, a byte at a time). */
std::size_t containerLengthSse2(const char* b, std::size_t n, std::size_t& errorAt);

#if defined(__x86_64__) && defined(__GNUC__)
#define UE_JSONARRAY_AVX2 1
/** scanContainer() with AVX2 masks (jsonarrayscan_avx2.cpp): call it only where the processor has AVX2. */
std::size_t containerLengthAvx2(const char* b, std::size_t n, std::size_t& errorAt);
#endif

namespace { // NOLINT(google-build-namespaces, cert-dcl59-cpp): one copy per including file, by design

    /** The masks of scanContainer(), made of one instruction set's primitives (bytemasks.h). */
    template <typename Bytes> struct ContainerMasks
    {
        static void of(const char* p, std::uint64_t& q, std::uint64_t& bs, std::uint64_t& brackets)
        {
            q = Bytes::equal(p, '"');
            bs = Bytes::equal(p, '\\');
            brackets = Bytes::brackets(p);
        }
    };

    /**
     * scanContainer() 64 bytes at a time: escaped bytes and the bytes inside strings are masked out, and only the
     * brackets outside strings are looked at one by one.
     */
    template <typename Masks> inline std::size_t scanContainer(const char* b, std::size_t n, std::size_t& errorAt)
    {
        char stack[256];
        std::size_t depth = 0;
        std::uint64_t prevEscaped = 0;
        std::uint64_t prevInString = 0;
        for (std::size_t i = 0; i < n; i += 64) {
            // the file is read once, front to back, from memory the hardware prefetcher does not follow across pages
            __builtin_prefetch(b + i + 2048);
            std::uint64_t q, bs, brackets;
            Masks::of(b + i, q, bs, brackets);
            if (n - i < 64) {
                const std::uint64_t valid = (std::uint64_t(1) << (n - i)) - 1;
                q &= valid;
                bs &= valid;
                brackets &= valid;
            }
            // bytes escaped by a backslash: the second, fourth, … byte after the start of each backslash run
            std::uint64_t escaped;
            if (bs == 0) {
                escaped = prevEscaped;
                prevEscaped = 0;
            } else {
                bs &= ~prevEscaped;
                const std::uint64_t followsEscape = bs << 1 | prevEscaped;
                const std::uint64_t evenBits = 0x5555555555555555ull;
                const std::uint64_t oddStarts = bs & ~evenBits & ~followsEscape;
                std::uint64_t evenStarts;
                prevEscaped = __builtin_add_overflow(oddStarts, bs, &evenStarts) ? 1 : 0;
                escaped = (evenBits ^ (evenStarts << 1)) & followsEscape;
            }
            // inside a string: after an odd number of unescaped quotes
            std::uint64_t inString = prefixXor(q & ~escaped);
            inString ^= prevInString;
            prevInString = std::uint64_t(std::int64_t(inString) >> 63);
            for (std::uint64_t structural = brackets & ~inString; structural != 0; structural &= structural - 1) {
                const std::size_t at = i + std::size_t(__builtin_ctzll(structural));
                const char c = b[at];
                if (c == '{' || c == '[') {
                    if (depth == sizeof(stack)) {
                        errorAt = at;
                        return SIZE_MAX;
                    }
                    stack[depth++] = c == '{' ? '}' : ']';
                } else {
                    if (depth == 0 || stack[depth - 1] != c) {
                        errorAt = at;
                        return SIZE_MAX;
                    }
                    if (--depth == 0)
                        return at + 1;
                }
            }
        }
        return 0;
    }

} // namespace
} // namespace Usage
