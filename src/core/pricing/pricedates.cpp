// SPDX-License-Identifier: MIT
#include "core/pricing/pricedates.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace Usage::Pricing {

std::optional<std::int64_t> parseStartDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const QDate date = QDate::fromString(QString::fromLatin1(text.data(), 10), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return QDate(1970, 1, 1).daysTo(date) * std::int64_t(86'400'000);
}

std::optional<int> parseTimeOfDay(std::string_view text)
{
    if (text.ends_with('Z'))
        text.remove_suffix(1);
    else if (text.ends_with("+00:00"))
        text.remove_suffix(6);
    if (text.size() < 5 || text[2] != ':')
        return std::nullopt;
    const QTime time = QTime::fromString(QString::fromLatin1(text.data(), qsizetype(text.size())), Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time.msecsSinceStartOfDay();
}

} // namespace Usage::Pricing
