// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Bench {

/**
 * Rewrites one compact JSON record in another shape with the same values, so that readers are measured on more
 * than the one shape the dump formats write. compact: unchanged. spaced: a space after every ':' and ',' outside
 * strings. mixed: per record, at random from a seed, the top-level keys in another order, spaced or compact, some
 * characters of the ids written as \u escapes, and the token counts and cost as strings.
 */
class JsonStyle
{
public:
    enum class Kind { Compact, Spaced, Mixed };

    static std::optional<Kind> fromName(std::string_view name);

    JsonStyle(Kind kind, std::uint64_t seed);
    Kind kind() const { return m_kind; }
    /** Appends `json` (one compact JSON object) to out in this style. */
    void append(std::string_view json, std::string& out);

private:
    std::uint64_t next();
    void reorder(std::string_view json, std::string& out);
    void respell(std::string_view json, bool escapeIds, bool quoteNumbers, std::string& out);
    static void space(std::string_view json, std::string& out);

    Kind m_kind;
    std::uint64_t m_state;
    std::string m_a;
    std::string m_b;
};

} // namespace Bench
