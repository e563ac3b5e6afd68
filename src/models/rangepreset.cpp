// SPDX-License-Identifier: MIT
#include "models/rangepreset.h"

#include "models/wallclock.h"

#include <QCoreApplication>

namespace RangePreset {

namespace {

    QDateTime startOfDay(QDate date)
    {
        return WallClock::wall(date, QTime(0, 0));
    }

    QDateTime endOfDay(QDate date)
    {
        return WallClock::wall(date, QTime(23, 59, 59));
    }

} // namespace

WallRange compute(Preset preset, qint64 nowMs, const QTimeZone& zone)
{
    nowMs -= nowMs % 1000; // the pickers show whole seconds
    const QDateTime now = WallClock::fromUtcMs(nowMs, zone);
    const QDate today = now.date();
    switch (preset) {
    case Custom:
    case AllTime:
    case Count:
        return {};
    case LastHour:
        return { WallClock::fromUtcMs(nowMs - 3600 * 1000, zone), now };
    case Last24Hours:
        return { WallClock::fromUtcMs(nowMs - 24 * 3600 * 1000, zone), now };
    case Today:
        return { startOfDay(today), endOfDay(today) };
    case Last7Days:
        return { now.addDays(-7), now };
    case Last30Days:
        return { now.addDays(-30), now };
    case ThisMonth: {
        const QDate first(today.year(), today.month(), 1);
        return { startOfDay(first), endOfDay(first.addMonths(1).addDays(-1)) };
    }
    case LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return { startOfDay(first), endOfDay(first.addMonths(1).addDays(-1)) };
    }
    }
    Q_UNREACHABLE();
}

QString displayName(Preset preset)
{
    switch (preset) {
    case Custom:
        return QCoreApplication::translate("RangePreset", "Custom");
    case LastHour:
        return QCoreApplication::translate("RangePreset", "Last hour");
    case Today:
        return QCoreApplication::translate("RangePreset", "Today");
    case Last24Hours:
        return QCoreApplication::translate("RangePreset", "Last 24 hours");
    case Last7Days:
        return QCoreApplication::translate("RangePreset", "Last 7 days");
    case Last30Days:
        return QCoreApplication::translate("RangePreset", "Last 30 days");
    case ThisMonth:
        return QCoreApplication::translate("RangePreset", "This month");
    case LastMonth:
        return QCoreApplication::translate("RangePreset", "Last month");
    case AllTime:
        return QCoreApplication::translate("RangePreset", "All time");
    case Count:
        break;
    }
    return {};
}

QString key(Preset preset)
{
    static const char* const keys[] = { "custom", "last-hour", "today", "last-24-hours", "last-7-days", "last-30-days",
        "this-month", "last-month", "all-time" };
    static_assert(std::size(keys) == Count);
    return preset >= 0 && preset < Count ? QString::fromLatin1(keys[preset]) : QString();
}

Preset fromKey(const QString& text, Preset fallback)
{
    for (int p = 0; p < Count; ++p) {
        if (key(Preset(p)) == text)
            return Preset(p);
    }
    return fallback;
}

} // namespace RangePreset
