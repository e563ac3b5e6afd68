// SPDX-License-Identifier: MIT
#pragma once

#include "usagesource.h"

#include <heliconeclient.h>

/** Helicone's REST API (POST /v1/user/query), through the net library's client. */
class RemoteUsageSource : public UsageSource
{
    Q_OBJECT
public:
    explicit RemoteUsageSource(QObject* parent = nullptr);
    ~RemoteUsageSource() override;

    QString validate(const SourceRequest& request) const override;
    void start(const SourceRequest& request) override;
    void cancel() override;

    /** The client's settings for the panel's: base URL (or the key's region), key, time unit. */
    static Usage::Net::ClientOptions clientOptions(const ApiSettings& api);

    /** Records that the user agreed to send the key over plain http:// to this base URL (this session only). */
    static void allowInsecure(const QString& baseUrl);
    static bool isInsecureAllowed(const QString& baseUrl);

    Usage::Net::HeliconeClient* client() const { return m_client; }

private:
    Usage::Net::HeliconeClient* m_client;
};
