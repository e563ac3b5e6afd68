// SPDX-License-Identifier: MIT
#pragma once

#include "net/heliconeclient.h"
#include "sources/usagesource.h"

#include <functional>

/**
 * Helicone's REST API through the net library's client: the totals (POST /v1/user/query in batches, or every user
 * through the metrics endpoint), then, for a list of users and a bounded range, the cost-over-time series (one
 * request per bucket and 100 users), fetched once per run and merged into the result.
 */
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

    /**
     * Asked before a series of more than 200 requests (the argument); true sends them. Without it such a series
     * is not fetched and the result's warnings say why.
     */
    void setLargeSeriesConfirmation(std::function<bool(int requests)> confirm) { m_confirm = std::move(confirm); }

    Usage::Net::HeliconeClient* client() const { return m_client; }

private:
    void onClientFinished(const Usage::UsageResult& result);
    void onClientFailed(const QString& reason);
    void finishWithSeries(const Usage::UsageResult& series);

    enum class Phase { Idle, Totals, Series };
    Usage::Net::HeliconeClient* m_client;
    std::function<bool(int)> m_confirm;
    Phase m_phase = Phase::Idle;
    SourceRequest m_request;
    Usage::UsageResult m_totals;
};
