// SPDX-License-Identifier: MIT
#include "core/usagequery.h"

#include "core/bucketindex.h"

namespace Usage {

QString GroupBy::columnName() const
{
    switch (key) {
    case GroupKey::User:
        return QStringLiteral("user_id");
    case GroupKey::Model:
        return QStringLiteral("model");
    case GroupKey::Provider:
        return QStringLiteral("provider");
    case GroupKey::Property:
        return property;
    }
    Q_UNREACHABLE();
}

std::optional<GroupBy> GroupBy::fromString(const QString& text)
{
    if (text == QLatin1String("user"))
        return GroupBy { GroupKey::User, {} };
    if (text == QLatin1String("model"))
        return GroupBy { GroupKey::Model, {} };
    if (text == QLatin1String("provider"))
        return GroupBy { GroupKey::Provider, {} };
    if (text.startsWith(QLatin1String("property:")) && text.size() > 9)
        return GroupBy { GroupKey::Property, text.mid(9) };
    return std::nullopt;
}

QString GroupBy::toString() const
{
    switch (key) {
    case GroupKey::User:
        return QStringLiteral("user");
    case GroupKey::Model:
        return QStringLiteral("model");
    case GroupKey::Provider:
        return QStringLiteral("provider");
    case GroupKey::Property:
        return QStringLiteral("property:") + property;
    }
    Q_UNREACHABLE();
}

QString granularityName(Granularity g)
{
    switch (g) {
    case Granularity::Hour:
        return QStringLiteral("hour");
    case Granularity::Day:
        return QStringLiteral("day");
    case Granularity::Week:
        return QStringLiteral("week");
    }
    Q_UNREACHABLE();
}

std::optional<Granularity> granularityFromString(const QString& text)
{
    if (text == QLatin1String("hour"))
        return Granularity::Hour;
    if (text == QLatin1String("day"))
        return Granularity::Day;
    if (text == QLatin1String("week"))
        return Granularity::Week;
    return std::nullopt;
}

std::pair<qint64, qint64> bucketBounds(const QTimeZone& zone, Granularity g, qint64 ms)
{
    return BucketIndex::bucketOf(zone, g, ms);
}

} // namespace Usage
