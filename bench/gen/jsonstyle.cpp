// SPDX-License-Identifier: MIT
#include "jsonstyle.h"

#include <utility>
#include <vector>

namespace Bench {

namespace {

    /** The end of the string token that starts at json[i] (the opening quote): the index after its closing quote. */
    size_t stringEnd(std::string_view json, size_t i)
    {
        for (++i; json[i] != '"'; ++i)
            if (json[i] == '\\')
                ++i;
        return i + 1;
    }

    struct Member
    {
        std::string_view key; // with its quotes
        std::string_view value;
    };

    /** The top-level members of a compact JSON object, in order. */
    std::vector<Member> members(std::string_view json)
    {
        std::vector<Member> out;
        size_t i = 1;
        while (i < json.size() && json[i] == '"') {
            const size_t keyEnd = stringEnd(json, i);
            const std::string_view key = json.substr(i, keyEnd - i);
            size_t j = keyEnd + 1; // past ':'
            const size_t valueStart = j;
            int depth = 0;
            for (; j < json.size(); ++j) {
                const char c = json[j];
                if (c == '"') {
                    j = stringEnd(json, j) - 1;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (depth == 0)
                        break;
                    --depth;
                } else if (c == ',' && depth == 0) {
                    break;
                }
            }
            out.push_back({ key, json.substr(valueStart, j - valueStart) });
            i = j + 1;
        }
        return out;
    }

    bool isId(std::string_view key)
    {
        return key == "\"request_user_id\"" || key == "\"user_id\"" || key == "\"request_id\"";
    }

    bool isAmount(std::string_view key)
    {
        constexpr std::string_view tokens = "_tokens\"";
        return key == "\"cost\"" || (key.size() > tokens.size() && key.substr(key.size() - tokens.size()) == tokens);
    }

} // namespace

std::optional<JsonStyle::Kind> JsonStyle::fromName(std::string_view name)
{
    if (name == "compact")
        return Kind::Compact;
    if (name == "spaced")
        return Kind::Spaced;
    if (name == "mixed")
        return Kind::Mixed;
    return std::nullopt;
}

JsonStyle::JsonStyle(Kind kind, std::uint64_t seed)
    : m_kind(kind)
    , m_state(seed ^ 0x5bd1e9955bd1e995ULL)
{
}

std::uint64_t JsonStyle::next()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void JsonStyle::space(std::string_view json, std::string& out)
{
    for (size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            const size_t end = stringEnd(json, i);
            out.append(json.data() + i, end - i);
            i = end - 1;
        } else {
            out += c;
            if (c == ':' || c == ',')
                out += ' ';
        }
    }
}

void JsonStyle::append(std::string_view json, std::string& out)
{
    switch (m_kind) {
    case Kind::Compact:
        out += json;
        return;
    case Kind::Spaced:
        space(json, out);
        return;
    case Kind::Mixed:
        break;
    }
    const std::uint64_t bits = next();
    m_a.clear();
    if (bits & 3) // three records in four: another key order
        reorder(json, m_a);
    else
        m_a = json;
    m_b.clear();
    respell(m_a, (bits >> 2 & 3) == 0, (bits >> 4 & 3) == 0, m_b);
    if (bits >> 6 & 1)
        space(m_b, out);
    else
        out += m_b;
}

void JsonStyle::reorder(std::string_view json, std::string& out)
{
    std::vector<Member> m = members(json);
    for (size_t i = m.size(); i > 1; --i)
        std::swap(m[i - 1], m[next() % i]);
    out += '{';
    for (size_t i = 0; i < m.size(); ++i) {
        if (i)
            out += ',';
        out += m[i].key;
        out += ':';
        out += m[i].value;
    }
    out += '}';
}

void JsonStyle::respell(std::string_view json, bool escapeIds, bool quoteNumbers, std::string& out)
{
    if (!escapeIds && !quoteNumbers) {
        out += json;
        return;
    }
    static const char hex[] = "0123456789abcdef";
    out += '{';
    bool first = true;
    for (const Member& m : members(json)) {
        if (!first)
            out += ',';
        first = false;
        out += m.key;
        out += ':';
        const std::string_view v = m.value;
        if (escapeIds && isId(m.key) && !v.empty() && v[0] == '"') {
            std::uint64_t bits = next();
            for (size_t i = 0; i < v.size(); ++i) {
                const char c = v[i];
                const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                if (c == '\\') {
                    const size_t n = v[i + 1] == 'u' ? 6 : 2; // keep an escape whole
                    out.append(v.data() + i, n);
                    i += n - 1;
                } else if (alnum && i > 0 && i + 1 < v.size() && (bits & 3) == 0) {
                    out += "\\u00";
                    out += hex[(unsigned char)c >> 4];
                    out += hex[c & 15];
                } else {
                    out += c;
                }
                bits = bits >> 2 ? bits >> 2 : next();
            }
        } else if (quoteNumbers && isAmount(m.key) && !v.empty() && (v[0] == '-' || (v[0] >= '0' && v[0] <= '9'))) {
            out += '"';
            out += v;
            out += '"';
        } else {
            out += v;
        }
    }
    out += '}';
}

} // namespace Bench
