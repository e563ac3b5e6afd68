// SPDX-License-Identifier: MIT
#include "core/timeparse.h"

#include <QDateTime>

namespace Usage::Time {
namespace {

    bool digits(std::string_view s, size_t pos, size_t n, int& out)
    {
        if (pos + n > s.size())
            return false;
        int v = 0;
        for (size_t i = pos; i < pos + n; ++i) {
            const char c = s[i];
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + (c - '0');
        }
        out = v;
        return true;
    }

    bool isLeap(std::int64_t y)
    {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    unsigned daysInMonth(std::int64_t y, unsigned m)
    {
        static constexpr unsigned kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
    }

} // namespace

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    // Howard Hinnant's days_from_civil algorithm
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::optional<std::int64_t> parseTimestampMs(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    int year, month, day, hour = 0, minute = 0, second = 0;
    if (!digits(s, 0, 4, year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-'
        || !digits(s, 8, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || unsigned(day) > daysInMonth(year, unsigned(month)))
        return std::nullopt;
    size_t pos = 10;
    int millis = 0;
    if (pos < s.size()) {
        if (s[pos] != 'T' && s[pos] != ' ' && s[pos] != 't')
            return std::nullopt;
        ++pos;
        if (!digits(s, pos, 2, hour) || pos + 2 >= s.size() || s[pos + 2] != ':' || !digits(s, pos + 3, 2, minute))
            return std::nullopt;
        pos += 5;
        if (pos < s.size() && s[pos] == ':') {
            if (!digits(s, pos + 1, 2, second))
                return std::nullopt;
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                int n = 0;
                while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                    if (n < 3)
                        millis = millis * 10 + (s[pos] - '0');
                    ++n;
                    ++pos;
                }
                if (n == 0)
                    return std::nullopt;
                for (; n < 3; ++n)
                    millis *= 10;
            }
        }
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
    }
    std::int64_t offsetMinutes = 0;
    if (pos < s.size()) {
        const char z = s[pos];
        if ((z == 'Z' || z == 'z') && pos + 1 == s.size()) {
            // UTC
        } else if (z == '+' || z == '-') {
            int oh, om = 0;
            if (!digits(s, pos + 1, 2, oh))
                return std::nullopt;
            size_t p = pos + 3;
            if (p < s.size() && s[p] == ':')
                ++p;
            if (p < s.size()) {
                if (!digits(s, p, 2, om) || p + 2 != s.size())
                    return std::nullopt;
            }
            if (oh > 23 || om > 59)
                return std::nullopt;
            offsetMinutes = (z == '+' ? 1 : -1) * (oh * 60 + om);
        } else {
            return std::nullopt;
        }
    }
    const std::int64_t days = daysFromCivil(year, unsigned(month), unsigned(day));
    const std::int64_t secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return secs * 1000 + millis;
}

QString formatIsoUtc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<std::int64_t> parseBoundMs(const QString& text, bool endOfDay)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = t.toLongLong(&isNumber);
    if (isNumber)
        return seconds * 1000;
    const QByteArray utf8 = t.toUtf8();
    const auto ms = parseTimestampMs(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!ms)
        return std::nullopt;
    if (endOfDay && utf8.size() == 10)
        return *ms + 86400 * 1000 - 1;
    return ms;
}

} // namespace Usage::Time
