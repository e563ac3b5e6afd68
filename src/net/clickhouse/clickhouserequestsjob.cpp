// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhouserequestsjob.h"

#include "net/clickhouse/clickhouseerror.h"
#include "net/clickhouse/clickhouseescape.h"
#include "net/clickhouse/clickhouserequestsql.h"
#include "net/clickhouse/clickhousetsv.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <memory>

namespace Usage::ClickHouse {

RequestsJob::RequestsJob(const Settings& settings, const Requests::RequestsQuery& query, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_query(query)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(tr("ClickHouse server %1 did not answer within %2 s")
                   .arg(m_settings.serverName())
                   .arg(m_settings.timeoutMs / 1000.0));
    });
}

RequestsJob::~RequestsJob()
{
    if (m_reply)
        m_reply->abort();
}

void RequestsJob::start()
{
    m_deadline.start(m_settings.timeoutMs);
    Statement version;
    version.sql = "SELECT version() FORMAT TabSeparated";
    auto text = std::make_shared<QString>();
    run(
        version,
        [text](const QStringList& fields) {
            *text = fields.value(0);
            return true;
        },
        [this, text] {
            if (!m_schema.setVersion(*text))
                return finish(tr("ClickHouse server %1 answered no version").arg(m_settings.serverName()));
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
                [this, columns] {
                    m_schema.setColumns(*columns);
                    const QStringList missing = m_schema.missingRequired();
                    if (!missing.isEmpty())
                        return finish(tr("table %1 lacks the columns %2")
                                          .arg(m_settings.table, missing.join(QLatin1String(", "))));
                    nextPage();
                });
        });
}

void RequestsJob::nextPage()
{
    const qint64 offset = qint64(m_rows.size());
    qint64 want = kPageSize;
    if (m_query.limit > 0)
        want = std::min<qint64>(want, m_query.limit - offset);
    if (want <= 0)
        return finish(QString());
    auto got = std::make_shared<qint64>(0);
    run(
        requestsPage(m_settings, m_schema, m_query, want, offset),
        [this, got](const QStringList& fields) {
            auto row = requestRowOf(fields);
            if (!row)
                return false;
            m_rows.push_back(std::move(*row));
            ++*got;
            return true;
        },
        [this, got, want] {
            if (*got < want)
                return finish(QString());
            nextPage();
        });
}

void RequestsJob::run(const Statement& statement, RowHandler onRow, std::function<void()> onDone)
{
    if (m_done)
        return;
    QByteArray query = "database=" + QUrl::toPercentEncoding(m_settings.database);
    for (const auto& [name, value] : statement.parameters)
        query += "&param_" + name + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    QUrl url = m_settings.url.adjusted(QUrl::RemoveUserInfo);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=UTF-8"));
    request.setRawHeader("X-ClickHouse-User", m_settings.user.toUtf8());
    if (!m_settings.password.isEmpty())
        request.setRawHeader("X-ClickHouse-Key", m_settings.password.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network.post(request, statement.sql);
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, onRow, onDone] {
        reply->deleteLater();
        m_reply = nullptr;
        if (m_done)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError || status != 200)
            return finish(describeFailure(
                { reply->error(), status, body.left(4096), reply->errorString() }, m_settings.serverName()));
        bool rowsOk = true;
        TsvReader reader(kPageSize + 1, [&](const QStringList& fields) { rowsOk = rowsOk && onRow(fields); });
        if (!reader.feed(body) || !reader.finish() || !rowsOk)
            return finish(tr("ClickHouse server %1: an answer that is no list of requests (%2)")
                              .arg(m_settings.serverName(), reader.error()));
        onDone();
    });
}

void RequestsJob::finish(const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_reply)
        m_reply->abort();
    Q_EMIT finished(error);
}

} // namespace Usage::ClickHouse
