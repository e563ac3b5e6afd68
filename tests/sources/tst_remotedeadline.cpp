// SPDX-License-Identifier: MIT
// The run's deadline (query --deadline): it bounds slow answers, retries and the server's waits.
#include "fakehelicone.h"
#include "sources/remoteusagesource.h"

#include <QSignalSpy>
#include <QTest>

namespace {

SourceRequest deadlineRequest(const FakeHelicone& server, qint64 deadlineMs)
{
    SourceRequest request;
    request.kind = Usage::SourceKind::HeliconeApi;
    request.api.baseUrl = server.url().toString();
    request.api.key = QString::fromLatin1(server.key);
    request.api.timeUnit = Usage::Net::TimeUnit::Milliseconds;
    request.api.series = ApiSettings::Series::None;
    request.api.deadlineMs = deadlineMs;
    request.query.userIds = { QStringLiteral("alice") };
    return request;
}

} // namespace

class TestRemoteDeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slowAnswerEndsAtTheDeadline()
    {
        FakeHelicone server;
        QVERIFY(server.listen());
        server.records.append({ QStringLiteral("alice"), 1767225600000, 10, 1, 1000 });
        server.slowMs = 20000; // far past the deadline and below the per-request timeout
        RemoteUsageSource source;
        QSignalSpy failed(&source, &UsageSource::failed);
        QSignalSpy finished(&source, &UsageSource::finished);
        QSignalSpy cancelled(&source, &UsageSource::cancelled);
        source.start(deadlineRequest(server, 1000));
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("no answer within the run's deadline of 1 s"));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(cancelled.size(), 0); // the deadline is a failure, not the user's cancel
    }

    void longerWaitThanTheDeadlineFailsAtOnce()
    {
        FakeHelicone server;
        QVERIFY(server.listen());
        server.records.append({ QStringLiteral("alice"), 1767225600000, 10, 1, 1000 });
        server.nextFaults = { FakeHelicone::Fault::RateLimited };
        server.retryAfter = "30"; // below the client's 120 s cap, above the 5 s deadline
        RemoteUsageSource source;
        QSignalSpy failed(&source, &UsageSource::failed);
        source.start(deadlineRequest(server, 5000));
        QVERIFY(failed.wait(4000)); // before the deadline itself could fire
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral(
                     "rate limited (HTTP 429); the server asks to wait 30 s, longer than the run's deadline leaves")),
            qPrintable(failed.first().first().toString()));
        QCOMPARE(server.received.size(), 1);
    }

    void withoutDeadlineTheWaitIsKept()
    {
        FakeHelicone server;
        QVERIFY(server.listen());
        server.records.append({ QStringLiteral("alice"), 1767225600000, 10, 1, 1000 });
        server.nextFaults = { FakeHelicone::Fault::RateLimited };
        server.retryAfter = "1";
        RemoteUsageSource source;
        QSignalSpy finished(&source, &UsageSource::finished);
        source.start(deadlineRequest(server, 0));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().first().value<Usage::UsageResult>().totals().costNanos, 1000);
        QCOMPARE(server.received.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRemoteDeadline)
#include "tst_remotedeadline.moc"
