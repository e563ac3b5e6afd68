// SPDX-License-Identifier: MIT
#include "queryfixture.h"

#include "core/decimal.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

namespace QueryFixture {

QString userId(int i)
{
    if (i % 50 == 7)
        return QStringLiteral("jürgen,\"%1\"").arg(i); // needs CSV quoting
    return QStringLiteral("u%1").arg(i, 4, 10, QLatin1Char('0'));
}

QList<FakeRecord> makeRecords(int users)
{
    QList<FakeRecord> out;
    for (int i = 0; i < users; ++i) {
        for (int k = 0; k <= i % 4; ++k) {
            FakeRecord r;
            r.userId = userId(i);
            r.createdMs = kT0 + qint64(i) * 30000 + k * 7000;
            r.promptTokens = 50 + i * k;
            r.completionTokens = 3 * i + k;
            r.costNanos = qint64(i) * 777777 + qint64(k) * 1000000001 + 3;
            out.append(r);
        }
    }
    return out;
}

QByteArray dump(const QList<FakeRecord>& records)
{
    QByteArray out;
    int n = 0;
    for (const FakeRecord& r : records) {
        QJsonObject o;
        o.insert(QStringLiteral("request_id"), QStringLiteral("req-%1").arg(++n));
        o.insert(QStringLiteral("request_created_at"),
            QDateTime::fromMSecsSinceEpoch(r.createdMs, QTimeZone::utc()).toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("request_user_id"), r.userId);
        o.insert(QStringLiteral("prompt_tokens"), r.promptTokens);
        o.insert(QStringLiteral("completion_tokens"), r.completionTokens);
        QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        line.chop(1); // the cost as exact decimal text, not a double
        line += ",\"cost\":" + QByteArray::fromStdString(Usage::Decimal::formatNanos(r.costNanos)) + "}\n";
        out += line;
    }
    return out;
}

bool Fixture::setUp()
{
    m_server = std::make_unique<FakeHelicone>();
    if (!m_server->listen())
        return false;
    m_server->schema = std::make_unique<SchemaCheck>(QStringLiteral(UE_SHARED_DATA_DIR "/helicone-openapi.json"));
    m_dir = std::make_unique<QTemporaryDir>();
    return m_server->schema->isValid() && m_dir->isValid();
}

QStringList Fixture::tearDown()
{
    // every body sent validates (the server answers 422 otherwise, and the runs would have failed)
    QStringList problems;
    for (const auto& r : std::as_const(m_server->received)) {
        problems += m_server->schema->check(QJsonDocument::fromJson(r.body).object(),
            r.path == "/v1/user/metrics/query" ? QStringLiteral("UserMetricsQueryParams")
                                               : QStringLiteral("UserQueryParams"));
    }
    m_server.reset();
    m_dir.reset();
    return problems;
}

int Fixture::batchRequests() const
{
    int n = 0;
    for (const auto& r : std::as_const(m_server->received))
        n += r.path == "/v1/user/query" && r.body.contains("\"userIds\"");
    return n;
}

QStringList Fixture::base() const
{
    return { QStringLiteral("query"), QStringLiteral("--base-url"), m_server->url().toString() };
}

QString Fixture::writeFile(const QString& name, const QByteArray& data)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

CliRun Fixture::run(const QStringList& args, const QByteArray& key, bool withKey)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HELICONE_API_KEY"));
    env.remove(QStringLiteral("OTHER_KEY"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config"))); // --time-unit auto
    if (withKey)
        env.insert(QStringLiteral("HELICONE_API_KEY"), QString::fromLatin1(key.isEmpty() ? m_server->key : key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(UE_CLI_PATH), args);
    CliRun out;
    if (!process.waitForStarted())
        return out;
    // the server lives in this thread: keep its event loop running while the tool works
    QDeadlineTimer deadline(120000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(5);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return out;
    }
    out.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    out.out = process.readAllStandardOutput();
    out.err = process.readAllStandardError();
    return out;
}

} // namespace QueryFixture
