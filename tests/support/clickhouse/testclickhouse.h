// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <utility>

/**
 * A ClickHouse engine on a loopback port, started for a test and stopped with it: Debian's clickhouse-server 18.16
 * with a temporary config and data folder, or chDB behind chdb-http.js (ClickHouse's HTTP interface from Node).
 * start() reports an engine that is not installed as a reason to skip, and any other failure as an error.
 */
class TestClickHouse
{
public:
    enum class Kind { Server1816, Chdb };
    enum class Started { Yes, Missing, Failed };

    TestClickHouse(Kind kind, const QString& password);
    ~TestClickHouse();
    TestClickHouse(const TestClickHouse&) = delete;
    TestClickHouse& operator=(const TestClickHouse&) = delete;

    /** Starts the engine and waits until it answers; why it did not in message. */
    Started start(QString* message);
    QUrl url() const;
    QString password() const { return m_password; }
    QString name() const;
    /** Runs one statement as default with param_NAME values (escaped); false and the error text when it fails. */
    bool exec(const QByteArray& sql, QByteArray* answer, QString* error,
        const QList<std::pair<QByteArray, QByteArray>>& parameters = {});

private:
    Started startServer(QString* message);
    Started startChdb(QString* message);
    bool waitForPing(QString* message);

    Kind m_kind;
    QString m_password;
    int m_port = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
};
