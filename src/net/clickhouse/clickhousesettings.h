// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace Usage::ClickHouse {

/** Where and how to reach a ClickHouse server holding Helicone's request table. */
struct Settings
{
    QUrl url; ///< http(s)://host:8123, without user or password
    QString user = QStringLiteral("default");
    QString password; ///< sent only as the X-ClickHouse-Key header, never in a URL or a message
    QString database = QStringLiteral("default");
    QString table = QStringLiteral("request_response_rmt");
    QString organizationId; ///< empty: every organization
    int timeoutMs = 300000; ///< for the whole run
    bool allowInsecure = false;

    /** "host:port", the server's name in messages. */
    QString serverName() const;
    /** True for plain http:// to a host that is not loopback (the password would travel in clear). */
    bool isInsecure() const;
};

} // namespace Usage::ClickHouse
