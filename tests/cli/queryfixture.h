// SPDX-License-Identifier: MIT
#pragma once

#include "fakehelicone.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/** What the query command's tests share: records on the loopback server, the same as a dump, and a run of the tool. */
namespace QueryFixture {

inline constexpr qint64 kT0 = 1767225600000; // 2026-01-01T00:00:00Z

/** The i-th user's id; every 50th needs CSV quoting. */
QString userId(int i);
/** One to four requests for each of users users, with figures that tell them apart. */
QList<FakeRecord> makeRecords(int users);
/** The same records as a Helicone JSON Lines dump, for `aggregate`. */
QByteArray dump(const QList<FakeRecord>& records);

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/** A loopback server checking every body against the OpenAPI schema, a temporary folder, and runs of the tool. */
class Fixture
{
protected:
    /** Before each test: false when the server or the folder cannot be set up. */
    bool setUp();
    /** After each test: the schema problems of the bodies sent (empty: all valid); frees the server. */
    QStringList tearDown();

    CliRun run(const QStringList& args, const QByteArray& key = {}, bool withKey = true);
    QStringList base() const;
    QString writeFile(const QString& name, const QByteArray& data);
    /** Requests to /v1/user/query that name users: the batches, not the time-unit probes. */
    int batchRequests() const;

    std::unique_ptr<FakeHelicone> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace QueryFixture
