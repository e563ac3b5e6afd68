// SPDX-License-Identifier: MIT
#include "testclickhouse.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

namespace {

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

TestClickHouse::TestClickHouse(Kind kind, const QString& password)
    : m_kind(kind)
    , m_password(password)
{
}

TestClickHouse::~TestClickHouse()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(20000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString TestClickHouse::name() const
{
    return m_kind == Kind::Server1816 ? QStringLiteral("clickhouse-server 18.16") : QStringLiteral("chDB");
}

QUrl TestClickHouse::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

TestClickHouse::Started TestClickHouse::start(QString* message)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *message = QStringLiteral("no temporary folder");
        return Started::Failed;
    }
    return m_kind == Kind::Server1816 ? startServer(message) : startChdb(message);
}

TestClickHouse::Started TestClickHouse::startServer(QString* message)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("clickhouse-server"));
    if (program.isEmpty()) {
        *message = QStringLiteral("clickhouse-server is not installed (apt-get install clickhouse-server, or "
                                  "tests/support/clickhouse/install-engines.sh)");
        return Started::Missing;
    }
    const QString dir = m_dir->path();
    for (const char* sub : { "data", "tmp", "user_files", "format_schemas" })
        QDir(dir).mkpath(QLatin1String(sub));
    m_port = freePort();
    const QByteArray d = dir.toUtf8();
    const QByteArray config = "<?xml version=\"1.0\"?>\n<yandex>\n"
                              "  <logger><level>warning</level><log>"
        + d + "/server.log</log><errorlog>" + d + "/error.log</errorlog><console>0</console></logger>\n"
        + "  <http_port>" + QByteArray::number(m_port) + "</http_port>\n  <tcp_port>" + QByteArray::number(freePort())
        + "</tcp_port>\n  <listen_host>127.0.0.1</listen_host>\n  <path>" + d + "/data/</path>\n  <tmp_path>" + d
        + "/tmp/</tmp_path>\n  <user_files_path>" + d + "/user_files/</user_files_path>\n  <format_schema_path>" + d
        + "/format_schemas/</format_schema_path>\n  <users_config>" + d
        + "/users.xml</users_config>\n  <default_profile>default</default_profile>\n"
          "  <default_database>default</default_database>\n  <timezone>UTC</timezone>\n"
          "  <mark_cache_size>536870912</mark_cache_size>\n"
          "  <query_log><database>system</database><table>query_log</table>"
          "<flush_interval_milliseconds>500</flush_interval_milliseconds></query_log>\n</yandex>\n";
    const QByteArray users =
        "<?xml version=\"1.0\"?>\n<yandex>\n  <profiles><default><log_queries>1</log_queries></default></profiles>\n"
        "  <users><default><password>"
        + m_password.toHtmlEscaped().toUtf8()
        + "</password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile>"
          "<quota>default</quota></default></users>\n  <quotas><default></default></quotas>\n</yandex>\n";
    if (!writeFile(dir + QStringLiteral("/config.xml"), config)
        || !writeFile(dir + QStringLiteral("/users.xml"), users)) {
        *message = QStringLiteral("cannot write the server's configuration");
        return Started::Failed;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, { QStringLiteral("--config-file=") + dir + QStringLiteral("/config.xml") });
    if (!m_process.waitForStarted(20000)) {
        *message = QStringLiteral("clickhouse-server did not start: ") + m_process.errorString();
        return Started::Failed;
    }
    return waitForPing(message) ? Started::Yes : Started::Failed;
}

TestClickHouse::Started TestClickHouse::startChdb(QString* message)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString cache =
        qEnvironmentVariable("UE_CHDB_DIR", QDir::homePath() + QStringLiteral("/.cache/usage-explorer/chdb"));
    if (node.isEmpty() || !QFile::exists(cache + QStringLiteral("/node_modules/chdb/package.json"))) {
        *message = QStringLiteral("chDB is not installed in %1 (or node is missing): run "
                                  "tests/support/clickhouse/install-engines.sh")
                       .arg(cache);
        return Started::Missing;
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(node,
        { QStringLiteral(UE_SOURCE_DIR "/tests/support/clickhouse/chdb-http.js"), QStringLiteral("--password"),
            m_password });
    QDeadlineTimer deadline(60000);
    QByteArray line;
    while (!line.contains('\n') && !deadline.hasExpired() && m_process.waitForReadyRead(int(deadline.remainingTime())))
        line += m_process.readAllStandardOutput();
    if (!line.startsWith("listening ")) {
        *message = QStringLiteral("chdb-http.js did not start: ") + QString::fromUtf8(line);
        return Started::Failed;
    }
    m_port = line.mid(10).trimmed().toInt();
    return waitForPing(message) ? Started::Yes : Started::Failed;
}

bool TestClickHouse::waitForPing(QString* message)
{
    QNetworkAccessManager network;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            *message = name() + QStringLiteral(" exited: ") + QString::fromUtf8(m_process.readAll());
            return false;
        }
        QNetworkReply* reply = network.get(QNetworkRequest(QUrl(url().toString() + QStringLiteral("/ping"))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const bool ok = reply->error() == QNetworkReply::NoError && reply->readAll().startsWith("Ok.");
        delete reply;
        if (ok)
            return true;
        QThread::msleep(100);
    }
    *message = name() + QStringLiteral(" did not answer /ping within 60 s");
    return false;
}

bool TestClickHouse::exec(const QByteArray& sql, QByteArray* answer, QString* error,
    const QList<std::pair<QByteArray, QByteArray>>& parameters)
{
    QNetworkAccessManager network;
    QByteArray query;
    for (const auto& [name, value] : parameters)
        query += (query.isEmpty() ? "param_" : "&param_") + name + '=' + value.toPercentEncoding();
    QUrl target = url();
    target.setPath(QStringLiteral("/"));
    if (!query.isEmpty())
        target.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QNetworkRequest request(target);
    request.setRawHeader("X-ClickHouse-User", "default");
    request.setRawHeader("X-ClickHouse-Key", m_password.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply* reply = network.post(request, sql);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    const bool ok = reply->error() == QNetworkReply::NoError;
    delete reply;
    if (answer)
        *answer = body;
    if (!ok && error)
        *error = QString::fromUtf8(body);
    return ok;
}
