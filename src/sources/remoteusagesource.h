// SPDX-License-Identifier: MIT
#pragma once

#include "net/heliconeclient.h"
#include "sources/usagesource.h"

#include <QDeadlineTimer>
#include <QTimer>

#include <functional>

/**
 * Helicone's REST API through the net library's client: the totals (POST /v1/user/query in batches, or every user
 * through the metrics endpoint), then, for a list of users and a bounded range, the cost-over-time series (one
 * request per bucket and 100 users), fetched once per run and merged into the result. ApiSettings::series chooses
 * totals only or the series alone instead. A probed time unit is remembered in TimeUnitStore.
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

    /** The client's settings for the panel's: base URL (or the key's region), key, time unit, limits. */
    static Usage::Net::ClientOptions clientOptions(const ApiSettings& api);

    /** Records that the user agreed to send the key over plain http:// to this base URL (this session only). */
    static void allowInsecure(const QString& baseUrl);
    static bool isInsecureAllowed(const QString& baseUrl);

    /**
     * Asked before a series that Usage::Net::seriesNeedsConfirmation() (the argument: its requests), unless the
     * request's largeSeriesConfirmed says yes already; true sends them. Without it a series after the totals is not
     * fetched and the result's warnings say why; a series alone fails.
     */
    void setLargeSeriesConfirmation(std::function<bool(int requests)> confirm) { m_confirm = std::move(confirm); }

    Usage::Net::HeliconeClient* client() const { return m_client; }

private:
    void onClientFinished(const Usage::UsageResult& result);
    void onTotals(const Usage::UsageResult& result);
    void onClientFailed(const QString& reason);
    /** The totals with the series of current (and of the comparison range, previous, when asked for) merged in. */
    void finishWithSeries(const Usage::UsageResult& current, const Usage::UsageResult* previous = nullptr);
    bool confirmSeries(int requests) const;

    enum class Phase { Idle, Totals, SeriesAfterTotals, SeriesOnly, PreviousTotals, PreviousSeries };
    /** The client's options for this run: the settings' and what is left of the run's deadline. */
    Usage::Net::ClientOptions runOptions() const;
    void onDeadline();

    Usage::Net::HeliconeClient* m_client;
    QDeadlineTimer m_runDeadline;
    QTimer m_deadlineTimer;
    bool m_deadlinePassed = false;
    std::function<bool(int)> m_confirm;
    Phase m_phase = Phase::Idle;
    SourceRequest m_request;
    Usage::UsageResult m_totals;
    Usage::UsageResult m_current; ///< the range's totals while the comparison range's are asked for
    Usage::UsageResult m_currentSeries; ///< the range's series while the comparison range's are asked for
    bool m_seriesConfirmed = false;
};
