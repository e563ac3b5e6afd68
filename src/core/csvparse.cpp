// SPDX-License-Identifier: MIT
#include "core/csvparse.h"

#include "core/bits.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Usage::Csv {
namespace {

    /** The first '"' in [p, end), or nullptr: inline and 16 bytes at a time, for the many short quoted fields. */
    inline const char* findQuote(const char* p, const char* end)
    {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        for (; p + 16 <= end; p += 16) {
            const int mask =
                _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), quote));
            if (mask != 0)
                return p + __builtin_ctz(unsigned(mask));
        }
#endif
        for (; p < end; ++p) {
            if (*p == '"')
                return p;
        }
        return nullptr;
    }

} // namespace

bool parseRecord(const char*& p, const char* end, std::vector<std::string_view>& fields, std::string& scratch,
    std::string* error, std::uint64_t wanted)
{
    fields.clear();
    scratch.clear();
    scratch.reserve(size_t(end - p)); // undoubled text is never longer: views into scratch stay valid
    auto skipLine = [&](const char* at, const char* reason) {
        const char* nl = static_cast<const char*>(memchr(at, '\n', size_t(end - at)));
        p = nl ? nl + 1 : end;
        if (error)
            *error = reason;
        return false;
    };
    const char* s = p;
    for (;;) {
        if (s < end && *s == '"') {
            // quoted field
            ++s;
            const char* start = s;
            bool undouble = false;
            for (;;) {
                const char* q = findQuote(s, end);
                if (!q)
                    return skipLine(p, "unterminated quoted field");
                if (q + 1 < end && q[1] == '"') {
                    undouble = true;
                    s = q + 2;
                    continue;
                }
                s = q + 1;
                const size_t index = fields.size();
                if (!undouble || (index < 64 && !(wanted >> index & 1))) {
                    fields.emplace_back(start, size_t(q - start));
                } else {
                    const size_t at = scratch.size();
                    // copy the runs between doubled quotes, keeping one quote of each pair
                    for (const char* c = start; c < q;) {
                        const char* next = findQuote(c, q);
                        if (!next) {
                            scratch.append(c, size_t(q - c));
                            break;
                        }
                        scratch.append(c, size_t(next - c) + 1);
                        c = next + 2;
                    }
                    fields.emplace_back(scratch.data() + at, scratch.size() - at);
                }
                break;
            }
            if (s < end && *s == '\r')
                ++s;
            if (s >= end || *s == '\n') {
                p = s < end ? s + 1 : end;
                return true;
            }
            if (*s != ',')
                return skipLine(s, "unexpected text after a closing quote");
            ++s;
            continue;
        }
        // unquoted field
        const char* start = s;
        while (s < end && *s != ',' && *s != '\n') {
            if (*s == '"')
                return skipLine(s, "quote inside an unquoted field");
            ++s;
        }
        const char* fieldEnd = s;
        if ((s >= end || *s == '\n') && fieldEnd > start && fieldEnd[-1] == '\r')
            --fieldEnd;
        fields.emplace_back(start, size_t(fieldEnd - start));
        if (s >= end || *s == '\n') {
            p = s < end ? s + 1 : end;
            return true;
        }
        ++s; // comma
    }
}

size_t lastRecordBoundary(std::string_view data)
{
    // (the reading thread's first look at the bytes, which come from memory the hardware prefetcher does not follow
    // across pages: they are asked for a little ahead)
    // Quotes toggle the quoted state (a doubled quote toggles twice); a record ends at a newline outside quotes.
    size_t boundary = 0;
    const char* b = data.data();
    const size_t n = data.size();
    size_t i = 0;
    bool inQuotes = false;
#if defined(__SSE2__)
    // 16 bytes at a time: the prefix XOR of the quote bits tells which bytes are inside quotes
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i newline = _mm_set1_epi8('\n');
    for (; i + 16 <= n; i += 16) {
        if ((i & 63) == 0)
            __builtin_prefetch(b + i + 2048);
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i));
        std::uint32_t q = std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)));
        const auto nl = std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newline)));
        if (q == 0 && nl == 0)
            continue;
        // inside[k]: the byte k is after an odd number of quotes (counting the carried state)
        auto inside = std::uint32_t(prefixXor(q));
        if (inQuotes)
            inside = ~inside;
        inside &= 0xFFFF;
        const std::uint32_t outside = nl & ~inside;
        if (outside)
            boundary = i + size_t(31 - __builtin_clz(outside)) + 1;
        inQuotes = (inside >> 15) & 1;
    }
#endif
    for (; i < n; ++i) {
        if (b[i] == '"')
            inQuotes = !inQuotes;
        else if (b[i] == '\n' && !inQuotes)
            boundary = i + 1;
    }
    return boundary;
}

std::string undoubleQuotes(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        out.push_back(text[i]);
        if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"')
            ++i;
    }
    return out;
}

} // namespace Usage::Csv
