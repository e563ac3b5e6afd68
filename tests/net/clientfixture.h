// SPDX-License-Identifier: MIT
#pragma once

#include "fakehelicone.h"
#include "net/heliconeclient.h"
#include "schemacheck.h"

#include <QSignalSpy>
#include <QStringList>

#include <map>
#include <memory>

/** Shared pieces of the Helicone client tests: data on the fake server, expected totals, a run's spies. */
namespace ClientTesting {

inline constexpr qint64 kT0 = 1767225600000; // 2026-01-01T00:00:00Z

/** Ids with a few awkward ones: spaces, quotes, non-ASCII, an e-mail address. */
QString userId(int i);
QStringList firstIds(int n);
/** n users, user i with (i % 3) + 1 requests at whole seconds; costs chosen to test exactness. */
QList<FakeRecord> makeRecords(int users);
std::map<QString, Usage::Totals> expectedTotals(const QList<FakeRecord>& records, const QStringList& ids,
    std::optional<qint64> startMs = {}, std::optional<qint64> endMs = {});
std::map<QString, Usage::Totals> totalsOf(const Usage::UsageResult& result);
QString openApiPath();

/** Runs the client until it reports; the spies tell how. */
struct Run
{
    explicit Run(Usage::Net::HeliconeClient* client);
    bool wait(int timeoutMs = 30000);
    Usage::UsageResult result() const;
    QString failure() const;
    QStringList progressTexts() const;
    QSignalSpy finished, failed, cancelled, progress;
};

/**
 * A fake server checking bodies against the OpenAPI schema, and a client pointed at it. Test classes call init()
 * and cleanup() from their slots; cleanup() checks every body sent.
 */
class Fixture
{
protected:
    void initFixture();
    void cleanupFixture();
    Usage::Net::ClientOptions options() const;
    /** Every body received validates; expectedRequests >= 0: exactly that many. */
    void checkBodies(int expectedRequests = -1);

    std::unique_ptr<SchemaCheck> m_schema;
    std::unique_ptr<FakeHelicone> m_server;
    std::unique_ptr<Usage::Net::HeliconeClient> m_client;
};

} // namespace ClientTesting
