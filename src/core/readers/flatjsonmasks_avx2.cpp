// SPDX-License-Identifier: MIT
// Compiled with -mavx2 and called only where the processor has AVX2 (see flatjson.cpp): nothing here may be inline
// code other files share.
#include "flatjsonmasks.h"

#if defined(UE_FLATJSON_AVX2)
#include <immintrin.h>

namespace Usage::FlatJson::Detail {

void maskWordsAvx2(const char* data, std::size_t size, WordMasks& masks)
{
    const __m256i quote = _mm256_set1_epi8('"');
    const __m256i backslash = _mm256_set1_epi8('\\');
    const __m256i below = _mm256_set1_epi8(0x20);
    const __m256i newline = _mm256_set1_epi8('\n');
    const __m256i carriageReturn = _mm256_set1_epi8('\r');
    const __m256i tab = _mm256_set1_epi8('\t');
    const std::size_t count = (size + 63) / 64;
    for (std::size_t w = 0; w < count; ++w) {
        std::uint64_t q = 0, b = 0, c = 0, h = 0;
        for (int k = 0; k < 2; ++k) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + w * 64 + std::size_t(k) * 32));
            const auto shift = unsigned(k * 32);
            q |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, quote)))) << shift;
            b |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, backslash)))) << shift;
            // a control character: unsigned v < 0x20, i.e. max(v, 0x20) != v
            c |= std::uint64_t(~std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_max_epu8(v, below), v))))
                << shift;
            h |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(v))) << shift;
        }
        std::uint64_t ws = 0;
        if (c != 0) {
            for (int k = 0; k < 2; ++k) {
                const __m256i v =
                    _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + w * 64 + std::size_t(k) * 32));
                const __m256i space =
                    _mm256_or_si256(_mm256_cmpeq_epi8(v, newline),
                                    _mm256_or_si256(_mm256_cmpeq_epi8(v, carriageReturn), _mm256_cmpeq_epi8(v, tab)));
                ws |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(space))) << unsigned(k * 32);
            }
        }
        if (w + 1 == count && size % 64 != 0) {
            const std::uint64_t valid = (std::uint64_t(1) << (size % 64)) - 1;
            q &= valid;
            b &= valid;
            c &= valid;
            h &= valid;
            ws &= valid;
        }
        masks.quotes[w] = q;
        masks.controls[w] = c;
        masks.spaces[w] = ws;
        masks.anyBackslash |= b;
        masks.anyHigh |= h;
    }
}

} // namespace Usage::FlatJson::Detail
#endif
