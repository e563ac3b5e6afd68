// SPDX-License-Identifier: MIT
// Compiled with -mavx2 and called only where the processor has AVX2 (see heliconejsonarrayreader.cpp): nothing
// here may be inline code other files share, hence jsonarrayscan.h's internal linkage.
#include "jsonarrayscan.h"

#if defined(UE_JSONARRAY_AVX2)
#include <immintrin.h>

namespace Usage {
namespace {

/** The masks of 64 bytes with AVX2: quotes, backslashes, brackets. */
struct Avx2Masks
{
    static void of(const char* p, std::uint64_t& q, std::uint64_t& bs, std::uint64_t& brackets)
    {
        const __m256i quote = _mm256_set1_epi8('"');
        const __m256i backslash = _mm256_set1_epi8('\\');
        // '[' 0x5B and ']' 0x5D become '{' 0x7B and '}' 0x7D when bit 5 is set; no other byte does
        const __m256i open = _mm256_set1_epi8('{');
        const __m256i close = _mm256_set1_epi8('}');
        const __m256i bit5 = _mm256_set1_epi8(0x20);
        q = bs = brackets = 0;
        for (int k = 0; k < 2; ++k) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * std::size_t(k)));
            const auto shift = unsigned(32 * k);
            q |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, quote)))) << shift;
            bs |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, backslash)))) << shift;
            const __m256i folded = _mm256_or_si256(v, bit5);
            const __m256i br = _mm256_or_si256(_mm256_cmpeq_epi8(folded, open), _mm256_cmpeq_epi8(folded, close));
            brackets |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(br))) << shift;
        }
    }
};

} // namespace

std::size_t containerLengthAvx2(const char* b, std::size_t n, std::size_t& errorAt)
{
    return scanContainer<Avx2Masks>(b, n, errorAt);
}

} // namespace Usage
#endif
