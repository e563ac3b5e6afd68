// SPDX-License-Identifier: MIT
// The source panel's part of the settings file: which source, the API's base URL and time unit, recent files.
#include "sources/remoteusagesource.h"
#include "sources/timeunitstore.h"
#include "ui/sourcepanel.h"

#include <QSettings>

namespace {

QString sourceKey(Usage::SourceKind kind)
{
    return kind == Usage::SourceKind::HeliconeApi ? QStringLiteral("api")
        : kind == Usage::SourceKind::ClickHouse   ? QStringLiteral("clickhouse")
                                                  : QStringLiteral("files");
}

} // namespace

void SourcePanel::saveSettings(QSettings& settings) const
{
    const ApiSettings api = apiSettings(); // the key stays out: it is never written here
    settings.setValue(QStringLiteral("source/kind"), sourceKey(kind()));
    settings.setValue(QStringLiteral("api/baseUrl"), api.baseUrl);
    settings.setValue(QStringLiteral("api/timeUnit"), timeUnitText(api.timeUnit));
    settings.setValue(QStringLiteral("files/recent"), recentFiles());
}

void SourcePanel::restoreSettings(const QSettings& settings)
{
    const QString kind = settings.value(QStringLiteral("source/kind")).toString();
    setKind(kind == QLatin1String("api")          ? Usage::SourceKind::HeliconeApi
            : kind == QLatin1String("clickhouse") ? Usage::SourceKind::ClickHouse
                                                  : Usage::SourceKind::LogFiles);
    const QString baseUrl = settings.value(QStringLiteral("api/baseUrl")).toString();
    if (baseUrl.startsWith(QLatin1String("http://")) || baseUrl.startsWith(QLatin1String("https://")))
        setBaseUrl(baseUrl);
    TimeUnitChoice timeUnit; // anything unknown: automatic
    parseTimeUnit(settings.value(QStringLiteral("api/timeUnit")).toString(), &timeUnit);
    setTimeUnit(timeUnit);
    setRecentFiles(settings.value(QStringLiteral("files/recent")).toStringList());
}
