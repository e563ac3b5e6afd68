// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Usage::Requests {

/** What a long record (a HeliconeRequest object, or an export CSV row) holds beyond the figures the readers keep. */
struct RequestDetails
{
    QByteArray requestBody; ///< JSON text as found (an object, or a string's contents); empty when absent
    QByteArray responseBody;
    QByteArray propertiesJson; ///< a JSON object, empty when absent
    std::optional<std::int64_t> latencyMs; ///< delay_ms
    std::optional<int> status; ///< response_status
};

/**
 * The details of the records whose request_id is in ids, from JSON-lines, JSON-array and CSV dumps (see
 * DetailsScanner); records that are no JSON object are passed over. The later record wins for a repeated id.
 */
QHash<QString, RequestDetails> readRequestDetails(
    const QStringList& files, const QSet<QString>& ids, const std::atomic<bool>* cancel = nullptr);

/** A body as indented JSON when it is JSON (or a string holding JSON); the text as it is otherwise. */
QString prettyBody(const QByteArray& body);

} // namespace Usage::Requests
