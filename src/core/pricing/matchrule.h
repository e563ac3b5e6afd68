// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Usage::Pricing {

/**
 * A compiled match rule of a price source (genai-prices' "match", "provider_match", "model_match", the overrides'
 * match column): equals, starts_with, ends_with, contains, regex (searched anywhere, as written) on the text as
 * written (case sensitive), or an or/and of rules. Regular expressions are compiled once, when the rule is built.
 */
class MatchRule
{
public:
    enum class Kind { Equals, StartsWith, EndsWith, Contains, Regex, Or, And };

    /** The kind named name ("starts_with", "or", ...); nullopt when unknown. */
    static std::optional<Kind> kindFromName(std::string_view name);
    static const char* kindName(Kind kind);

    /** A rule on text; nullopt with a reason in error when kind is a regex that does not compile. */
    static std::optional<MatchRule> leaf(Kind kind, std::string text, QString* error);
    /** An or/and of rules. */
    static MatchRule group(Kind kind, std::vector<MatchRule> children);

    bool matches(std::string_view text) const;
    /** The rule as text: "starts_with:gpt-4o", "or(equals:o3,equals:o3-2025-04-16)". */
    QString describe() const;

private:
    Kind m_kind = Kind::Equals;
    std::string m_text;
    QRegularExpression m_regex;
    std::vector<MatchRule> m_children;
};

} // namespace Usage::Pricing
