// SPDX-License-Identifier: MIT
#include "core/pricing/matchrule.h"

#include <QStringList>

namespace Usage::Pricing {

namespace {
    struct KindName
    {
        MatchRule::Kind kind;
        const char* name;
    };
    constexpr KindName kKindNames[] = {
        { MatchRule::Kind::Equals, "equals" },
        { MatchRule::Kind::StartsWith, "starts_with" },
        { MatchRule::Kind::EndsWith, "ends_with" },
        { MatchRule::Kind::Contains, "contains" },
        { MatchRule::Kind::Regex, "regex" },
        { MatchRule::Kind::Or, "or" },
        { MatchRule::Kind::And, "and" },
    };
} // namespace

std::optional<MatchRule::Kind> MatchRule::kindFromName(std::string_view name)
{
    for (const KindName& entry : kKindNames)
        if (name == entry.name)
            return entry.kind;
    return std::nullopt;
}

const char* MatchRule::kindName(Kind kind)
{
    for (const KindName& entry : kKindNames)
        if (entry.kind == kind)
            return entry.name;
    return "";
}

std::optional<MatchRule> MatchRule::leaf(Kind kind, std::string text, QString* error)
{
    MatchRule rule;
    rule.m_kind = kind;
    rule.m_text = std::move(text);
    if (kind == Kind::Regex) {
        rule.m_regex.setPattern(QString::fromStdString(rule.m_text));
        if (!rule.m_regex.isValid()) {
            if (error)
                *error = QStringLiteral("invalid regular expression \"%1\": %2")
                             .arg(QString::fromStdString(rule.m_text), rule.m_regex.errorString());
            return std::nullopt;
        }
        rule.m_regex.optimize();
    }
    return rule;
}

MatchRule MatchRule::group(Kind kind, std::vector<MatchRule> children)
{
    MatchRule rule;
    rule.m_kind = kind;
    rule.m_children = std::move(children);
    return rule;
}

bool MatchRule::matches(std::string_view text) const
{
    switch (m_kind) {
    case Kind::Equals:
        return text == m_text;
    case Kind::StartsWith:
        return text.substr(0, m_text.size()) == m_text;
    case Kind::EndsWith:
        return text.size() >= m_text.size() && text.substr(text.size() - m_text.size()) == m_text;
    case Kind::Contains:
        return text.find(m_text) != std::string_view::npos;
    case Kind::Regex:
        return m_regex.match(QString::fromUtf8(text.data(), qsizetype(text.size()))).hasMatch();
    case Kind::Or:
        for (const MatchRule& child : m_children)
            if (child.matches(text))
                return true;
        return false;
    case Kind::And:
        for (const MatchRule& child : m_children)
            if (!child.matches(text))
                return false;
        return !m_children.empty();
    }
    return false;
}

QString MatchRule::describe() const
{
    const QString name = QString::fromLatin1(kindName(m_kind));
    if (m_kind != Kind::Or && m_kind != Kind::And)
        return name + QLatin1Char(':') + QString::fromStdString(m_text);
    QStringList parts;
    for (const MatchRule& child : m_children)
        parts << child.describe();
    return name + QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace Usage::Pricing
