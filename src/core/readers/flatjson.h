// SPDX-License-Identifier: MIT
#pragma once

#include "core/decimal.h"

#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Usage::FlatJson {

/**
 * A fast path for the common record: the fields of one JSON object read straight from the text. It takes only what
 * it fully understands and gives up on anything else, which the caller then reads with the full parser.
 */
struct Value
{
    enum class Kind : std::uint8_t { String, Number, Null, True, False, Object, Array };
    Kind kind = Kind::Null;
    bool escaped = false; ///< String: holds a backslash escape, so text is not the string's value
    std::string_view text; ///< String: between the quotes; Number: the token; Object, Array: the whole value
    bool isInteger = false; ///< Number: a plain integer of at most 18 digits, read into integer
    std::int64_t integer = 0;
    /// Number: at most 9 integer and 1 to 9 fraction digits, no exponent, read exactly into nanos (value x 10^9)
    bool isFixed = false;
    std::int64_t nanos = 0;
};

namespace Detail {

    /** The first '"' or '\\' in [p, end), or end; reads up to 15 bytes past end. */
    inline const char* quoteOrBackslash(const char* p, const char* end)
    {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        for (; p < end; p += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
            if (mask != 0) {
                const char* at = p + __builtin_ctz(unsigned(mask));
                return at < end ? at : end;
            }
        }
        return end;
#else
        while (p < end && *p != '"' && *p != '\\')
            ++p;
        return p;
#endif
    }

    /** Just past the string whose opening quote is before p, or nullptr when it is not closed before end. */
    inline const char* stringEnd(const char* p, const char* end, bool& escaped)
    {
        escaped = false;
        for (;;) {
            p = quoteOrBackslash(p, end);
            if (p == end)
                return nullptr;
            if (*p == '"')
                return p + 1;
            escaped = true;
            p += 2; // the backslash and the character it escapes
            if (p > end)
                return nullptr;
        }
    }
    /** Just past the object or array that starts at p, or nullptr when it is not balanced before end. */
    const char* skipNested(const char* p, const char* end);
    /** Just past the JSON number that starts at p, or nullptr when it is not one. */
    const char* numberEnd(const char* p, const char* end);

    /** Just past the white space at p; reads *end (the text is padded). */
    inline const char* skipSpaces(const char* p, const char* end)
    {
        if (static_cast<unsigned char>(*p) > ' ') [[likely]]
            return p; // compact JSON: no white space between tokens
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
        return p;
    }

    /** The quotes of a text without backslashes, one bit per byte: the walk jumps from string to string. */
    struct QuoteMap
    {
        static constexpr size_t kMaxWords = 64; // texts of up to 4 KiB
        const char* data = nullptr;
        size_t count = 0; ///< words in use
        std::uint64_t words[kMaxWords];

        /** The first quote at or after p, or nullptr. */
        const char* next(const char* p) const
        {
            const auto at = size_t(p - data);
            size_t w = at / 64;
            if (w >= count)
                return nullptr;
            std::uint64_t bits = words[w] & (~std::uint64_t(0) << (at % 64));
            while (bits == 0) {
                if (++w == count)
                    return nullptr;
                bits = words[w];
            }
            return data + w * 64 + size_t(__builtin_ctzll(bits));
        }
    };

    enum class Scan { Plain, Escapes, Reject };
    /**
     * One pass over [data, end): Plain (quote map filled in) for valid UTF-8 without backslashes or control characters
     * in strings; Escapes for the scanning walk; Reject for anything else and texts over 4 KiB. Reads up to 63 bytes
     * past end.
     */
    Scan mapQuotes(const char* data, const char* end, QuoteMap& map);

    /** Just past the object or array at p in a Plain text, or nullptr when it is not balanced before end. */
    const char* skipNestedPlain(const char* p, const char* end);

    /** Just past the value at p (v filled in), or nullptr; strings end at next(quote) in a Plain text. */
    template <typename NextQuote, typename SkipNested>
    const char* readValue(const char* p, const char* end, Value& v, NextQuote&& nextQuote, SkipNested&& skipNested)
    {
        const char* valueBegin = p;
        switch (*p) {
        case '"':
            p = nextQuote(p + 1, v.escaped);
            if (!p)
                return nullptr;
            v.kind = Value::Kind::String;
            v.text = std::string_view(valueBegin + 1, size_t(p - 2 - valueBegin));
            return p;
        case '{':
        case '[':
            v.kind = *p == '{' ? Value::Kind::Object : Value::Kind::Array;
            p = skipNested(p);
            if (!p)
                return nullptr;
            v.text = std::string_view(valueBegin, size_t(p - valueBegin));
            return p;
        case 't':
        case 'f':
        case 'n': {
            const std::string_view rest(p, size_t(end - p));
            if (rest.substr(0, 4) == "true") {
                v.kind = Value::Kind::True;
                p += 4;
            } else if (rest.substr(0, 5) == "false") {
                v.kind = Value::Kind::False;
                p += 5;
            } else if (rest.substr(0, 4) == "null") {
                v.kind = Value::Kind::Null;
                p += 4;
            } else {
                return nullptr;
            }
            v.text = std::string_view(valueBegin, size_t(p - valueBegin));
            return p;
        }
        default: {
            v.kind = Value::Kind::Number;
            // plain integers and short decimals are read on the way; anything else by the whole number grammar
            const auto stops = [end](const char* at) {
                return at == end || *at == ',' || *at == '}' || *at == ']' || *at == ' ' || *at == '\n' || *at == '\r'
                    || *at == '\t';
            };
            const bool negative = *p == '-';
            const char* digits = negative ? p + 1 : p;
            const char* q = digits;
            std::int64_t value = 0;
            while (q < end && q - digits < 18 && *q >= '0' && *q <= '9')
                value = value * 10 + (*q++ - '0');
            const bool leadingDigits = q > digits && (*digits != '0' || q == digits + 1); // no leading zeros
            if (leadingDigits && stops(q)) {
                v.isInteger = true;
                v.integer = negative ? -value : value;
                v.text = std::string_view(valueBegin, size_t(q - valueBegin));
                return q;
            }
            if (leadingDigits && q - digits <= 9 && q < end && *q == '.') {
                std::int64_t fraction = 0;
                const char* f = Decimal::fractionNanos(q + 1, end, fraction);
                if (f > q + 1 && stops(f)) {
                    const std::int64_t nanos = value * 1'000'000'000 + fraction;
                    v.isFixed = true;
                    v.nanos = negative ? -nanos : nanos;
                    v.text = std::string_view(valueBegin, size_t(f - valueBegin));
                    return f;
                }
            }
            p = numberEnd(p, end);
            if (!p)
                return nullptr;
            v.text = std::string_view(valueBegin, size_t(p - valueBegin));
            return p;
        }
        }
    }

    /** The object walk of forEachField(), over strings found by nextQuote(afterOpeningQuote, escaped). */
    template <typename NextQuote, typename SkipNested, typename F>
    bool walkObject(const char* p, const char* end, NextQuote&& nextQuote, SkipNested&& skipNested, F& f)
    {
        p = skipSpaces(p, end);
        if (p == end || *p != '{')
            return false;
        p = skipSpaces(p + 1, end);
        if (p < end && *p == '}')
            return skipSpaces(p + 1, end) == end;
        for (;;) {
            if (p == end || *p != '"')
                return false;
            const char* keyBegin = p + 1;
            bool escaped = false;
            p = nextQuote(keyBegin, escaped);
            if (!p || escaped)
                return false;
            const std::string_view key(keyBegin, size_t(p - 1 - keyBegin));
            p = skipSpaces(p, end);
            if (p == end || *p != ':')
                return false;
            p = skipSpaces(p + 1, end);
            if (p == end)
                return false;
            Value v;
            p = readValue(p, end, v, nextQuote, skipNested);
            if (!p)
                return false;
            if (!f(key, static_cast<const Value&>(v)))
                return false;
            p = skipSpaces(p, end);
            if (p == end)
                return false;
            if (*p == '}')
                return skipSpaces(p + 1, end) == end;
            if (*p != ',')
                return false;
            p = skipSpaces(p + 1, end);
        }
    }

} // namespace Detail

/**
 * Calls f(key, value) -> bool for every top-level field of the object in [data, data + size), in order; false when
 * the fast path does not take the text or f returned false. At least 64 readable bytes must follow the text.
 */
template <typename F> bool forEachField(const char* data, size_t size, F&& f)
{
    using namespace Detail;
    const char* end = data + size;
    while (end > data && (end[-1] == ' ' || end[-1] == '\r' || end[-1] == '\t' || end[-1] == '\n'))
        --end;
    QuoteMap map;
    switch (mapQuotes(data, end, map)) {
    case Scan::Plain:
        return walkObject(
            data, end,
            [&map](const char* p, bool& escaped) -> const char* {
                escaped = false;
                const char* quote = map.next(p);
                return quote ? quote + 1 : nullptr;
            },
            [end](const char* p) { return skipNestedPlain(p, end); }, f);
    case Scan::Reject:
        return false;
    case Scan::Escapes:
        break;
    }
    return walkObject(
        data, end, [end](const char* p, bool& escaped) { return stringEnd(p, end, escaped); },
        [end](const char* p) { return skipNested(p, end); }, f);
}

/** A string field's plain text: false for escaped strings (and other kinds), whose value needs unescaping. */
inline bool plainString(const Value& v, std::string_view& out)
{
    if (v.kind != Value::Kind::String || v.escaped)
        return false;
    // pointer and size apart: one 16-byte copy would stall on the two 8-byte stores readValue just made
    out = std::string_view(v.text.data(), v.text.size());
    return true;
}

} // namespace Usage::FlatJson
