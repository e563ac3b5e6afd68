// SPDX-License-Identifier: MIT
#include "net/retryafter.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace Usage::Net {

namespace {

    /** Whole seconds of a header made of digits only, clamped; nullopt when it is not such a number. */
    std::optional<qint64> clampedSeconds(QByteArrayView text)
    {
        if (text.isEmpty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        qint64 seconds = 0;
        for (const char c : text) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > kMaxRetryAfterSeconds)
                return kMaxRetryAfterSeconds;
        }
        return seconds;
    }

} // namespace

qint64 retryAfterMs(
    const QByteArray& retryAfter, const QByteArray& rateLimitReset, const QByteArray& rateLimit, const QDateTime& now)
{
    const QByteArray after = retryAfter.trimmed();
    if (!after.isEmpty()) {
        if (const auto seconds = clampedSeconds(after))
            return *seconds * 1000;
        // an HTTP date ends in "GMT", which Qt's RFC 2822 reader does not take as a zone
        QString date = QString::fromLatin1(after);
        if (date.endsWith(QLatin1String(" GMT")))
            date = date.chopped(3) + QLatin1String("+0000");
        const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
        if (when.isValid())
            return std::clamp<qint64>(now.msecsTo(when), 0, kMaxRetryAfterSeconds * 1000);
    }
    if (const auto seconds = clampedSeconds(rateLimitReset.trimmed()))
        return *seconds * 1000;
    if (!rateLimit.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("reset\\s*=\\s*(\\d+)"));
        const auto m = re.match(QString::fromLatin1(rateLimit));
        if (m.hasMatch())
            return *clampedSeconds(m.captured(1).toLatin1()) * 1000;
    }
    return -1;
}

qint64 backoffMs(int attempt, int baseMs)
{
    const qint64 base = std::max(0, baseMs);
    return (base << std::clamp(attempt - 1, 0, 10)) + QRandomGenerator::global()->bounded(base / 2 + 1);
}

} // namespace Usage::Net
