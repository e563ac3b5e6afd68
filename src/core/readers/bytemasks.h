// SPDX-License-Identifier: MIT
#pragma once

// The masks of 64 bytes, one bit per byte (byte i is bit i), for the JSON scanners: one set of primitives per
// instruction set, from which the JSON fast path's byte classes (flatjsonmasks.h) and the JSON array splitter's
// masks (jsonarrayscan.h) are made. Internal linkage (an unnamed namespace): the files compiled for AVX2 include this
// too, and must not lend their copies to the rest of the program.

#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__AVX2__)
#include <immintrin.h>
#endif

namespace Usage {
namespace { // NOLINT(google-build-namespaces, cert-dcl59-cpp): one copy per including file, by design

    /** A byte at a time, where there is no SSE2. */
    struct ScalarBytes
    {
        template <typename Test> static std::uint64_t mask(const char* p, Test test)
        {
            std::uint64_t bits = 0;
            for (int i = 0; i < 64; ++i)
                bits |= test(static_cast<unsigned char>(p[i])) ? std::uint64_t(1) << i : 0;
            return bits;
        }
        static std::uint64_t equal(const char* p, char c)
        {
            return mask(p, [c](unsigned char b) { return b == static_cast<unsigned char>(c); });
        }
        static std::uint64_t brackets(const char* p)
        {
            return mask(p, [](unsigned char b) { return b == '{' || b == '}' || b == '[' || b == ']'; });
        }
        static std::uint64_t controls(const char* p)
        {
            return mask(p, [](unsigned char b) { return b < 0x20; });
        }
        static std::uint64_t high(const char* p)
        {
            return mask(p, [](unsigned char b) { return b >= 0x80; });
        }
    };

#if defined(__SSE2__)
    /** With SSE2: four 16-byte vectors. */
    struct Sse2Bytes
    {
        /** The bits of movemask(test(v)) over the four vectors. */
        template <typename Test> static std::uint64_t mask(const char* p, Test test)
        {
            std::uint64_t bits = 0;
            for (int k = 0; k < 4; ++k) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + std::size_t(k) * 16));
                bits |= std::uint64_t(unsigned(_mm_movemask_epi8(test(v))) & 0xFFFFu) << (k * 16);
            }
            return bits;
        }
        static std::uint64_t equal(const char* p, char c)
        {
            const __m128i x = _mm_set1_epi8(c);
            return mask(p, [x](__m128i v) { return _mm_cmpeq_epi8(v, x); });
        }
        static std::uint64_t brackets(const char* p)
        {
            // '[' 0x5B and ']' 0x5D become '{' 0x7B and '}' 0x7D when bit 5 is set; no other byte does
            const __m128i open = _mm_set1_epi8('{');
            const __m128i close = _mm_set1_epi8('}');
            const __m128i bit5 = _mm_set1_epi8(0x20);
            return mask(p, [=](__m128i v) {
                const __m128i folded = _mm_or_si128(v, bit5);
                return _mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close));
            });
        }
        static std::uint64_t controls(const char* p)
        {
            // below 0x20 (unsigned): max(v, 0x20) != v
            const __m128i below = _mm_set1_epi8(0x20);
            return ~mask(p, [below](__m128i v) { return _mm_cmpeq_epi8(_mm_max_epu8(v, below), v); });
        }
        static std::uint64_t high(const char* p)
        {
            return mask(p, [](__m128i v) { return v; });
        }
    };
#endif

#if defined(__AVX2__)
    /** With AVX2: two 32-byte vectors (only in the files compiled for AVX2). */
    struct Avx2Bytes
    {
        template <typename Test> static std::uint64_t mask(const char* p, Test test)
        {
            std::uint64_t bits = 0;
            for (int k = 0; k < 2; ++k) {
                const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + std::size_t(k) * 32));
                bits |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(test(v)))) << (k * 32);
            }
            return bits;
        }
        static std::uint64_t equal(const char* p, char c)
        {
            const __m256i x = _mm256_set1_epi8(c);
            return mask(p, [x](__m256i v) { return _mm256_cmpeq_epi8(v, x); });
        }
        static std::uint64_t brackets(const char* p)
        {
            const __m256i open = _mm256_set1_epi8('{');
            const __m256i close = _mm256_set1_epi8('}');
            const __m256i bit5 = _mm256_set1_epi8(0x20);
            return mask(p, [=](__m256i v) {
                const __m256i folded = _mm256_or_si256(v, bit5);
                return _mm256_or_si256(_mm256_cmpeq_epi8(folded, open), _mm256_cmpeq_epi8(folded, close));
            });
        }
        static std::uint64_t controls(const char* p)
        {
            const __m256i below = _mm256_set1_epi8(0x20);
            return ~mask(p, [below](__m256i v) { return _mm256_cmpeq_epi8(_mm256_max_epu8(v, below), v); });
        }
        static std::uint64_t high(const char* p)
        {
            return mask(p, [](__m256i v) { return v; });
        }
    };
#endif

} // namespace
} // namespace Usage
