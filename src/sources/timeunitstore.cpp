// SPDX-License-Identifier: MIT
#include "sources/timeunitstore.h"

#include "sources/sourceslog.h"

#include <QSettings>

namespace {

const QString kGroup = QStringLiteral("api/timeUnitOf");

QSettings settings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("UsageExplorer"),
        QStringLiteral("usage-explorer"));
}

std::optional<Usage::Net::TimeUnit> fixedUnit(const QString& text)
{
    TimeUnitChoice choice;
    if (!parseTimeUnit(text, &choice))
        return std::nullopt;
    return choice;
}

/** The command line's own file and key scheme: the percent-encoded URL under timeUnit/. */
std::optional<Usage::Net::TimeUnit> legacyUnit(const QUrl& baseUrl)
{
    const QSettings old(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("UsageExplorer"),
        QStringLiteral("usage-explorer-cli"));
    return fixedUnit(
        old.value(QStringLiteral("timeUnit/")
               + QString::fromLatin1(QUrl::toPercentEncoding(baseUrl.adjusted(QUrl::StripTrailingSlash).toString())))
            .toString());
}

} // namespace

QString timeUnitText(TimeUnitChoice choice)
{
    if (!choice)
        return QStringLiteral("auto");
    return *choice == Usage::Net::TimeUnit::Seconds ? QStringLiteral("s") : QStringLiteral("ms");
}

bool parseTimeUnit(const QString& text, TimeUnitChoice* choice)
{
    if (text == QLatin1String("auto"))
        *choice = std::nullopt;
    else if (text == QLatin1String("ms") || text == QLatin1String("milliseconds"))
        *choice = Usage::Net::TimeUnit::Milliseconds;
    else if (text == QLatin1String("s") || text == QLatin1String("seconds"))
        *choice = Usage::Net::TimeUnit::Seconds;
    else
        return false;
    return true;
}

QString TimeUnitStore::key(const QUrl& baseUrl)
{
    QString url = baseUrl.toString();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return kGroup + QLatin1Char('/') + QString::fromLatin1(url.toUtf8().toHex());
}

std::optional<Usage::Net::TimeUnit> TimeUnitStore::unit(const QUrl& baseUrl) const
{
    if (const auto known = fixedUnit(settings().value(key(baseUrl)).toString()))
        return known;
    return legacyUnit(baseUrl);
}

void TimeUnitStore::remember(const QUrl& baseUrl, Usage::Net::TimeUnit unit)
{
    QSettings s = settings();
    s.setValue(key(baseUrl), timeUnitText(unit));
    s.sync();
    qCInfo(lcSources) << "time unit of" << baseUrl.toString() << "remembered:" << timeUnitText(unit);
}

void TimeUnitStore::clear()
{
    QSettings s = settings();
    s.remove(kGroup);
}
