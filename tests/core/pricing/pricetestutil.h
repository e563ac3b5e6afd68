// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricebook.h"

#include <QDateTime>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <string>

namespace PriceTest {

/** An exact amount of 1e-18 USD as exact USD text ("0.03", "0.0000000004"), or "unpriced". */
inline QByteArray usd(std::optional<Usage::Pricing::Atto> amount)
{
    if (!amount)
        return QByteArrayLiteral("unpriced");
    __extension__ typedef unsigned __int128 U128;
    const bool negative = *amount < 0;
    U128 magnitude = negative ? U128(-*amount) : U128(*amount);
    std::string digits;
    do {
        digits.insert(digits.begin(), char('0' + int(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude > 0);
    while (digits.size() < 19)
        digits.insert(digits.begin(), '0');
    std::string text = digits.substr(0, digits.size() - 18) + '.' + digits.substr(digits.size() - 18);
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return QByteArray::fromStdString((negative ? "-" : "") + text);
}

/** Epoch ms of an ISO 8601 UTC time. */
inline std::int64_t ms(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

inline Usage::PricedRequest request(std::string_view provider, std::string_view model, std::int64_t timeMs,
    std::int64_t prompt, std::int64_t completion, std::int64_t cacheRead = 0, std::int64_t cacheWrite = 0,
    std::int64_t reasoning = 0)
{
    return Usage::PricedRequest { provider, model, timeMs, prompt, completion, cacheRead, cacheWrite, reasoning };
}

/** Writes price files into a temporary folder and loads them in the order given. */
class Files
{
public:
    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

/** A book of one source read from content; nullptr when it does not load. */
inline std::shared_ptr<const Usage::PriceBook> bookOf(const QByteArray& content, QString* errorText = nullptr)
{
    Usage::Pricing::PriceError error;
    std::unique_ptr<Usage::Pricing::PriceSource> source =
        Usage::PriceBook::readSource(QStringLiteral("prices"), content, &error);
    if (!source) {
        if (errorText)
            *errorText = error.text();
        return nullptr;
    }
    std::vector<std::unique_ptr<Usage::Pricing::PriceSource>> sources;
    sources.push_back(std::move(source));
    return Usage::PriceBook::fromSources(std::move(sources));
}

inline QString sharedGenaiPrices()
{
    return QStringLiteral(UE_SHARED_DATA_DIR "/genai-prices.json");
}

} // namespace PriceTest
