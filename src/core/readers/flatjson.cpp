// SPDX-License-Identifier: MIT
#include "core/readers/flatjson.h"

#include "core/bits.h"
#include "core/readers/flatjsonmasks.h"
#include "core/readers/jsonarrayscan.h"

#include <simdjson.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Usage::FlatJson {
namespace Detail {

    namespace {

        /** The first of " \\ { } [ ] in [p, end), or end. */
        const char* nextStructural(const char* p, const char* end)
        {
#if defined(__SSE2__)
            const __m128i quote = _mm_set1_epi8('"');
            const __m128i backslash = _mm_set1_epi8('\\');
            // '[' 0x5B and ']' 0x5D become '{' 0x7B and '}' 0x7D when bit 5 is set; no other byte does
            const __m128i open = _mm_set1_epi8('{');
            const __m128i close = _mm_set1_epi8('}');
            const __m128i bit5 = _mm_set1_epi8(0x20);
            for (; p < end; p += 16) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
                const __m128i folded = _mm_or_si128(v, bit5);
                const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                    _mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close)));
                const int mask = _mm_movemask_epi8(hit);
                if (mask != 0) {
                    const char* at = p + __builtin_ctz(unsigned(mask));
                    return at < end ? at : end;
                }
            }
            return end;
#else
            while (p < end && *p != '"' && *p != '\\' && *p != '{' && *p != '}' && *p != '[' && *p != ']')
                ++p;
            return p;
#endif
        }

        bool isDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        /** The open objects and arrays while a value is skipped, up to 64 levels. */
        class Nesting
        {
        public:
            /** Takes an opening or closing bracket; false when it does not match or nests too deep. */
            bool take(char bracket)
            {
                if (bracket == '{' || bracket == '[') {
                    if (m_depth == 64)
                        return false;
                    m_objects = (m_objects << 1) | (bracket == '{' ? 1 : 0);
                    ++m_depth;
                    return true;
                }
                if ((m_objects & 1) != (bracket == '}' ? 1u : 0u))
                    return false;
                m_objects >>= 1;
                --m_depth;
                return true;
            }
            bool closed() const { return m_depth == 0; }

        private:
            std::uint64_t m_objects = 0; // one bit per open level: 1 for an object, 0 for an array
            int m_depth = 0;
        };

    } // namespace

    const char* skipNested(const char* p, const char* end)
    {
        Nesting nesting;
        for (;;) {
            p = nextStructural(p, end);
            if (p == end)
                return nullptr;
            if (*p == '"') {
                bool escaped = false;
                p = stringEnd(p + 1, end, escaped);
                if (!p)
                    return nullptr;
                continue;
            }
            if (*p == '\\')
                return nullptr; // outside a string: simdjson would read it as escaping what follows
            if (!nesting.take(*p))
                return nullptr;
            if (nesting.closed())
                return p + 1;
            ++p;
        }
    }

    const char* numberEnd(const char* p, const char* end)
    {
        if (p < end && *p == '-')
            ++p;
        if (p == end || !isDigit(*p))
            return nullptr;
        if (*p == '0') {
            ++p;
        } else {
            while (p < end && isDigit(*p))
                ++p;
        }
        if (p < end && *p == '.') {
            ++p;
            if (p == end || !isDigit(*p))
                return nullptr;
            while (p < end && isDigit(*p))
                ++p;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < end && (*p == '+' || *p == '-'))
                ++p;
            if (p == end || !isDigit(*p))
                return nullptr;
            while (p < end && isDigit(*p))
                ++p;
        }
        return p;
    }

    void maskWordsSse2(const char* data, size_t size, WordMasks& masks)
    {
#if defined(__SSE2__)
        maskWordsWith<ByteClasses<Sse2Bytes>>(data, size, masks);
#else
        maskWordsWith<ByteClasses<ScalarBytes>>(data, size, masks);
#endif
    }

    Scan mapQuotes(const char* data, const char* end, QuoteMap& map)
    {
        const auto size = size_t(end - data);
        if (size > QuoteMap::kMaxWords * 64)
            return Scan::Reject;
        map.data = data;
        map.count = (size + 63) / 64;
        std::uint64_t controls[QuoteMap::kMaxWords];
        std::uint64_t spaces[QuoteMap::kMaxWords];
        WordMasks masks { map.words, controls, spaces };
#if defined(UE_FLATJSON_AVX2)
        static const auto maskWords = __builtin_cpu_supports("avx2") ? maskWordsAvx2 : maskWordsSse2;
        maskWords(data, size, masks);
#else
        maskWordsSse2(data, size, masks);
#endif
        std::uint64_t anyControl = 0; // other than white space
        std::uint64_t anySpace = 0; // line breaks and tabs
        std::uint64_t spaceInString = 0;
        std::uint64_t inStringCarry = 0; // all ones when the previous word ended inside a string
        for (size_t w = 0; w < map.count; ++w) {
            anyControl |= controls[w] & ~spaces[w];
            anySpace |= spaces[w];
            // white space is fine between tokens (pretty-printed JSON), not inside strings: the bytes after an odd
            // number of quotes (with no backslash in the text, every quote counts)
            std::uint64_t inString = prefixXor(map.words[w]);
            inString ^= inStringCarry;
            inStringCarry = std::uint64_t(std::int64_t(inString) >> 63);
            spaceInString |= spaces[w] & inString;
        }
        if (anyControl)
            return Scan::Reject;
        if (masks.anyHigh && !simdjson::validate_utf8(data, size))
            return Scan::Reject;
        if (masks.anyBackslash || inStringCarry != 0) {
            // backslashes, or a string left open: the scanning walk decides, on text without any control character
            // (with escapes the quotes do not tell which white space sits inside a string)
            return anySpace ? Scan::Reject : Scan::Escapes;
        }
        if (spaceInString != 0)
            return Scan::Reject; // a raw line break or tab in a string: simdjson names the error
        return Scan::Plain;
    }

    const char* skipNestedPlain(const char* p, const char* end)
    {
        size_t errorAt = 0;
        const size_t length = containerLength(p, size_t(end - p), errorAt);
        return length == 0 || length == SIZE_MAX ? nullptr : p + length;
    }

} // namespace Detail
} // namespace Usage::FlatJson
