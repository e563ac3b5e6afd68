// SPDX-License-Identifier: MIT
#include "core/formatreader.h"

#include "core/usageresult.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace Usage {

void ChunkReport::skip(std::int64_t line, std::string reason, std::int64_t column)
{
    ++skipped;
    if (diagnostics.size() < size_t(UsageResult::kMaxDiagnostics))
        diagnostics.push_back({ line, column, std::move(reason) });
}

std::int64_t countNewlines(const char* b, size_t n)
{
    std::int64_t count = 0;
    size_t i = 0;
#if defined(__SSE2__) && defined(__x86_64__)
    // 16 bytes at a time; the per-byte counters are flushed before they can overflow
    const __m128i newline = _mm_set1_epi8('\n');
    while (i + 16 <= n) {
        __m128i acc = _mm_setzero_si128();
        const size_t stop = std::min(n - (n - i) % 16, i + 255 * 16);
        for (; i < stop; i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i));
            acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(v, newline));
        }
        const __m128i sums = _mm_sad_epu8(acc, _mm_setzero_si128());
        count += _mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
    }
#endif
    for (; i < n; ++i)
        count += b[i] == '\n';
    return count;
}

SplitResult splitAtLastNewline(std::string_view buffer, bool atEof)
{
    SplitResult r;
    if (atEof) {
        r.consumed = buffer.size();
        return r;
    }
    const void* p = memrchr(buffer.data(), '\n', buffer.size());
    r.consumed = p ? size_t(static_cast<const char*>(p) - buffer.data()) + 1 : 0;
    return r;
}

} // namespace Usage
