// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace Usage::Pricing {

/** UTF-8 text from a price file as a QString. */
inline QString utf8Text(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/** ASCII letters in lower case, as model and provider names are matched; other bytes unchanged. */
inline std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    return out;
}

} // namespace Usage::Pricing
