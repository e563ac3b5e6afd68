// SPDX-License-Identifier: MIT
#include "remoteusagesource.h"

#include <heliconeapi.h>

#include <QSet>

namespace {

QSet<QString>& insecureAllowed()
{
    static QSet<QString> urls;
    return urls;
}

QString normalised(const QString& baseUrl)
{
    QString error;
    const auto url = Usage::Net::parseBaseUrl(baseUrl, &error);
    return url ? url->toString() : baseUrl.trimmed();
}

} // namespace

RemoteUsageSource::RemoteUsageSource(QObject* parent)
    : UsageSource(parent)
    , m_client(new Usage::Net::HeliconeClient(this))
{
    connect(m_client, &Usage::Net::HeliconeClient::progressChanged, this, &UsageSource::progressChanged);
    connect(m_client, &Usage::Net::HeliconeClient::finished, this, &UsageSource::finished);
    connect(m_client, &Usage::Net::HeliconeClient::failed, this, &UsageSource::failed);
    connect(m_client, &Usage::Net::HeliconeClient::cancelled, this, &UsageSource::cancelled);
}

RemoteUsageSource::~RemoteUsageSource() = default;

Usage::Net::ClientOptions RemoteUsageSource::clientOptions(const ApiSettings& api)
{
    Usage::Net::ClientOptions options;
    options.key = api.key.trimmed();
    QString error;
    const QString base = api.baseUrl.trimmed().isEmpty() ? Usage::Net::defaultBaseUrl(options.key) : api.baseUrl;
    if (const auto url = Usage::Net::parseBaseUrl(base, &error))
        options.baseUrl = *url;
    options.timeUnit = api.timeUnit == ApiSettings::TimeUnit::Seconds ? Usage::Net::TimeUnit::Seconds
                                                                      : Usage::Net::TimeUnit::Milliseconds;
    return options;
}

void RemoteUsageSource::allowInsecure(const QString& baseUrl)
{
    insecureAllowed().insert(normalised(baseUrl));
}

bool RemoteUsageSource::isInsecureAllowed(const QString& baseUrl)
{
    return insecureAllowed().contains(normalised(baseUrl));
}

QString RemoteUsageSource::validate(const SourceRequest& request) const
{
    if (request.api.key.trimmed().isEmpty())
        return tr("Enter your Helicone API key first (Source › API key), or set HELICONE_API_KEY.");
    QString error;
    const QString base = request.api.baseUrl.trimmed();
    if (!base.isEmpty()) {
        const auto url = Usage::Net::parseBaseUrl(base, &error);
        if (!url)
            return tr("The base URL is not usable: %1.").arg(base);
        if (Usage::Net::isInsecure(*url) && !isInsecureAllowed(base))
            return tr("%1 is plain http:// to another computer: the API key would travel unencrypted. Use "
                      "https://, or choose the URL again and confirm.")
                .arg(url->toString());
    }
    if (request.query.groupBy.key != Usage::GroupKey::User)
        return tr("Helicone's API groups by user only: choose “User”, or open log files to group by model, "
                  "provider or a property.");
    return {};
}

void RemoteUsageSource::start(const SourceRequest& request)
{
    m_client->setOptions(clientOptions(request.api));
    m_client->start(request.query);
}

void RemoteUsageSource::cancel()
{
    m_client->cancel();
}
