// SPDX-License-Identifier: MIT
// Compiled with -mavx2 and called only where the processor has AVX2 (see flatjson.cpp): nothing here may be inline
// code other files share.
#include "flatjsonmasks.h"

#if defined(UE_FLATJSON_AVX2)
#include <immintrin.h>

namespace Usage::FlatJson::Detail {
namespace {

/** The byte classes of 64 bytes with AVX2. */
struct Avx2Classes
{
    static void of(const char* p, std::uint64_t& q, std::uint64_t& b, std::uint64_t& c, std::uint64_t& h)
    {
        const __m256i quote = _mm256_set1_epi8('"');
        const __m256i backslash = _mm256_set1_epi8('\\');
        const __m256i below = _mm256_set1_epi8(0x20);
        q = b = c = h = 0;
        for (int k = 0; k < 2; ++k) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + std::size_t(k) * 32));
            const auto shift = unsigned(k * 32);
            q |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, quote)))) << shift;
            b |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, backslash)))) << shift;
            // a control character: unsigned v < 0x20, i.e. max(v, 0x20) != v
            c |= std::uint64_t(~std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_max_epu8(v, below), v))))
                << shift;
            h |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(v))) << shift;
        }
    }
    static std::uint64_t spaces(const char* p)
    {
        const __m256i newline = _mm256_set1_epi8('\n');
        const __m256i carriageReturn = _mm256_set1_epi8('\r');
        const __m256i tab = _mm256_set1_epi8('\t');
        std::uint64_t ws = 0;
        for (int k = 0; k < 2; ++k) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + std::size_t(k) * 32));
            const __m256i crOrTab = _mm256_or_si256(_mm256_cmpeq_epi8(v, carriageReturn), _mm256_cmpeq_epi8(v, tab));
            const __m256i space = _mm256_or_si256(_mm256_cmpeq_epi8(v, newline), crOrTab);
            ws |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(space))) << unsigned(k * 32);
        }
        return ws;
    }
};

} // namespace

void maskWordsAvx2(const char* data, std::size_t size, WordMasks& masks)
{
    maskWordsWith<Avx2Classes>(data, size, masks);
}

} // namespace Usage::FlatJson::Detail
#endif
