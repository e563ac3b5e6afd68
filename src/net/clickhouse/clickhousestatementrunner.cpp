// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhousestatementrunner.h"

#include "net/clickhouse/clickhouseescape.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcClickHouse, "usageexplorer.clickhouse", QtWarningMsg)

namespace Usage::ClickHouse {

namespace {
    constexpr qsizetype kMaxErrorBody = 4096;

    /** A POST to the server's root with the user and password as headers (never in the URL). */
    QNetworkRequest requestTo(QUrl url, const Settings& settings)
    {
        if (url.path().isEmpty())
            url.setPath(QStringLiteral("/"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=UTF-8"));
        request.setRawHeader("X-ClickHouse-User", settings.user.toUtf8());
        if (!settings.password.isEmpty())
            request.setRawHeader("X-ClickHouse-Key", settings.password.toUtf8());
        return request;
    }
} // namespace

StatementRunner::StatementRunner(const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &StatementRunner::timedOut);
}

StatementRunner::~StatementRunner()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void StatementRunner::startDeadline()
{
    m_deadline.start(m_settings.timeoutMs);
}

void StatementRunner::readSchema(std::function<void(bool versionKnown)> onDone)
{
    Statement version;
    version.sql = "SELECT version() FORMAT TabSeparated";
    auto text = std::make_shared<QString>();
    run(
        version,
        [text](const QStringList& fields) {
            *text = fields.value(0);
            return true;
        },
        [this, text, onDone] {
            m_version = *text;
            if (!m_schema.setVersion(*text))
                return onDone(false);
            Statement describe;
            describe.sql = "DESCRIBE TABLE " + Escape::identifier(m_settings.database) + '.'
                + Escape::identifier(m_settings.table) + " FORMAT TabSeparated";
            auto columns = std::make_shared<QList<QStringList>>();
            run(
                describe,
                [columns](const QStringList& fields) {
                    columns->append(fields);
                    return true;
                },
                [this, columns, onDone] {
                    m_schema.setColumns(*columns);
                    onDone(true);
                });
        });
}

void StatementRunner::run(const Statement& statement, RowHandler onRow, std::function<void()> onDone)
{
    if (m_stopped)
        return;
    m_queryId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QByteArray query = "database=" + QUrl::toPercentEncoding(m_settings.database) + "&query_id=" + m_queryId;
    for (const auto& [name, value] : statement.parameters)
        query += "&param_" + name + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    QUrl url = m_settings.url.adjusted(QUrl::RemoveUserInfo);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QNetworkRequest request = requestTo(url, m_settings);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcClickHouse) << "query" << m_queryId << "on" << m_settings.serverName();

    m_onRow = std::move(onRow);
    m_onDone = std::move(onDone);
    m_refused = false;
    m_refusedRow.clear();
    m_errorBody.clear();
    m_reader = std::make_unique<TsvReader>(m_maxRows, [this](const QStringList& fields) {
        if (!m_refused && !m_onRow(fields)) {
            m_refused = true;
            m_refusedRow = fields;
        }
    });
    m_reply = m_network.post(request, statement.sql);
    connect(m_reply, &QNetworkReply::readyRead, this, &StatementRunner::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &StatementRunner::onFinished);
}

void StatementRunner::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        m_errorBody += m_reply->read(kMaxErrorBody - m_errorBody.size());
        m_reply->readAll();
        return;
    }
    if (!m_reader->feed(m_reply->readAll()) || m_refused) {
        killRunningQuery();
        fail({ false, {}, m_refusedRow, m_reader->error(), true });
    }
}

void StatementRunner::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (m_stopped)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        return fail({ true, { reply->error(), status, m_errorBody + reply->read(kMaxErrorBody), reply->errorString() },
            {}, {}, false });
    }
    m_reader->feed(reply->readAll());
    if (m_refused || !m_reader->finish())
        return fail({ false, {}, m_refusedRow, m_reader->error(), false });
    const auto done = std::move(m_onDone);
    done();
}

void StatementRunner::killRunningQuery()
{
    if (!m_reply || m_queryId.isEmpty())
        return;
    // a server of any version stops the query: newer ones also on the closed connection, 18.16 only this way
    const QNetworkRequest request =
        requestTo(m_settings.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery), m_settings);
    QNetworkReply* kill = m_network.post(
        request, "KILL QUERY WHERE query_id = " + Escape::stringLiteral(QString::fromLatin1(m_queryId)) + " ASYNC");
    connect(kill, &QNetworkReply::finished, kill, &QObject::deleteLater);
}

void StatementRunner::stop()
{
    m_stopped = true;
    m_deadline.stop();
    if (m_reply)
        m_reply->abort();
}

void StatementRunner::fail(const RunFailure& failure)
{
    if (m_stopped)
        return;
    stop();
    Q_EMIT failed(failure);
}

} // namespace Usage::ClickHouse
