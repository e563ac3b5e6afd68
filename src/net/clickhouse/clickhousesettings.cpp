// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhousesettings.h"

#include <QHostAddress>

namespace Usage::ClickHouse {

QString Settings::serverName() const
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 8443 : 8123);
    return url.host() + QLatin1Char(':') + QString::number(port);
}

bool Settings::isInsecure() const
{
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

} // namespace Usage::ClickHouse
