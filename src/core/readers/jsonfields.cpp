// SPDX-License-Identifier: MIT
#include "core/readers/jsonfields.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/decimal.h"
#include "core/timeparse.h"

namespace Usage::JsonFields {

using namespace simdjson;

namespace {

    /** The first '"' or '\\' at or after p, which exists; the input is padded for 16-byte reads. */
    inline const char* quoteOrBackslash(const char* p)
    {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        for (;; p += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
            if (mask != 0)
                return p + __builtin_ctz(unsigned(mask));
        }
#else
        while (*p != '"' && *p != '\\')
            ++p;
        return p;
#endif
    }

    std::string_view trimToken(std::string_view t)
    {
        while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n' || t.back() == '\r'))
            t.remove_suffix(1);
        return t;
    }

} // namespace

Read integer(ondemand::value value, std::int64_t& out)
{
    ondemand::json_type type;
    if (value.type().get(type))
        return Read::Error;
    switch (type) {
    case ondemand::json_type::null:
        return Read::Null;
    case ondemand::json_type::number: {
        std::int64_t v;
        if (!value.get_int64().get(v)) {
            out = v;
            return Read::Ok;
        }
        const std::string_view raw = value.raw_json_token();
        const auto parsed = Decimal::parseInteger(trimToken(raw));
        if (!parsed)
            return Read::Error;
        out = *parsed;
        return Read::Ok;
    }
    case ondemand::json_type::string: {
        std::string_view s;
        if (value.get_string().get(s))
            return Read::Error;
        const auto parsed = Decimal::parseInteger(s);
        if (!parsed)
            return Read::Error;
        out = *parsed;
        return Read::Ok;
    }
    default:
        return Read::Error;
    }
}

Read costNanos(ondemand::value value, std::int64_t& out)
{
    ondemand::json_type type;
    if (value.type().get(type))
        return Read::Error;
    std::string_view text;
    switch (type) {
    case ondemand::json_type::null:
        return Read::Null;
    case ondemand::json_type::number:
        text = trimToken(value.raw_json_token());
        break;
    case ondemand::json_type::string:
        if (value.get_string().get(text))
            return Read::Error;
        break;
    default:
        return Read::Error;
    }
    const auto parsed = Decimal::parseNanos(text);
    if (!parsed)
        return Read::Error;
    out = *parsed;
    return Read::Ok;
}

Read integerNanos(ondemand::value value, std::int64_t& out)
{
    return integer(value, out);
}

Read string(ondemand::value value, std::string_view& out)
{
    // most strings hold no escapes: take them from the input as they are, without unescaping into the parser
    const std::string_view token = value.raw_json_token();
    if (!token.empty() && token.front() == '"') {
        const char* begin = token.data() + 1;
        const char* p = quoteOrBackslash(begin);
        if (*p == '"') {
            out = std::string_view(begin, size_t(p - begin));
            return Read::Ok;
        }
    }
    ondemand::json_type type;
    if (value.type().get(type))
        return Read::Error;
    if (type == ondemand::json_type::null)
        return Read::Null;
    if (type != ondemand::json_type::string)
        return Read::Error;
    return value.get_string().get(out) ? Read::Error : Read::Ok;
}

Read timestampMs(ondemand::value value, std::int64_t& out, bool& invalid)
{
    invalid = false;
    std::string_view text;
    const Read res = string(value, text);
    if (res != Read::Ok)
        return res;
    const auto ms = Time::parseTimestampMs(text);
    if (!ms) {
        invalid = true;
        return Read::Error;
    }
    out = *ms;
    return Read::Ok;
}

std::optional<std::string_view> property(ondemand::value value, std::string_view key, bool& error)
{
    error = false;
    ondemand::json_type type;
    if (value.type().get(type)) {
        error = true;
        return std::nullopt;
    }
    if (type == ondemand::json_type::null)
        return std::nullopt;
    ondemand::object object;
    if (type != ondemand::json_type::object || value.get_object().get(object)) {
        error = true;
        return std::nullopt;
    }
    std::optional<std::string_view> found;
    for (auto field : object) {
        std::string_view name;
        if (field.unescaped_key().get(name)) {
            error = true;
            return std::nullopt;
        }
        if (name != key)
            continue;
        std::string_view v;
        ondemand::value fv;
        if (field.value().get(fv)) {
            error = true;
            return std::nullopt;
        }
        ondemand::json_type vt;
        if (fv.type().get(vt)) {
            error = true;
            return std::nullopt;
        }
        if (vt == ondemand::json_type::string) {
            if (fv.get_string().get(v)) {
                error = true;
                return std::nullopt;
            }
            found = v;
        } else if (vt != ondemand::json_type::null) {
            // numbers and booleans as written
            v = fv.raw_json_token();
            while (!v.empty() && (v.back() == ' ' || v.back() == '\n' || v.back() == '\r' || v.back() == '\t'))
                v.remove_suffix(1);
            found = v;
        }
    }
    return found;
}

bool key(simdjson_result<ondemand::field>& field, std::string_view& out)
{
    ondemand::raw_json_string raw;
    if (field.key().get(raw))
        return false;
    const char* begin = raw.raw();
    const char* p = quoteOrBackslash(begin);
    if (*p == '"') {
        out = std::string_view(begin, size_t(p - begin));
        return true;
    }
    return !field.unescaped_key().get(out);
}

std::string fieldError(std::string_view field, std::string_view reason)
{
    std::string s(field);
    s += ": ";
    s += reason;
    return s;
}

std::string valueError(std::string_view field, simdjson::ondemand::value& value)
{
    const std::string_view token = value.raw_json_token();
    const char c = token.empty() ? '\0' : token.front();
    const bool canStartValue =
        c == '"' || c == '{' || c == '[' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
    if (!canStartValue) {
        std::string s = "invalid JSON: unexpected '";
        s += token.substr(0, std::min<size_t>(token.find_first_of(",}] \t\r\n"), 20));
        s += "' as the value of ";
        s += field;
        return s;
    }
    return fieldError(field, "wrong type or not a number");
}

} // namespace Usage::JsonFields
