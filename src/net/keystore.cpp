// SPDX-License-Identifier: MIT
#include "net/keystore.h"

#include <qt6keychain/keychain.h>
#include <QTimer>
#include <QUrl>

namespace Usage::Net {

KeyStore::~KeyStore() = default;

namespace {

    QString jobError(const QKeychain::Job* job)
    {
        switch (job->error()) {
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            return QObject::tr("no system keychain is available (%1)").arg(job->errorString());
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            return QObject::tr("the system keychain refused access (%1)").arg(job->errorString());
        default:
            return job->errorString();
        }
    }

} // namespace

KeychainKeyStore::KeychainKeyStore(const QString& service, QObject* parent)
    : KeyStore(parent)
    , m_service(service)
{
}

KeychainKeyStore::~KeychainKeyStore() = default;

QString KeychainKeyStore::displayName() const
{
    return tr("the system keychain");
}

// Jobs have no parent: a keychain answer may still arrive after this store is gone (libsecret calls back into
// the job), so each job lives until its own answer and deletes itself; the connection ends with the store.
void KeychainKeyStore::read(const QString& account)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job* done) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(done);
        if (done->error() == QKeychain::EntryNotFound)
            Q_EMIT readFinished(account, {}, {});
        else if (done->error() != QKeychain::NoError)
            Q_EMIT readFinished(account, {}, jobError(done));
        else
            Q_EMIT readFinished(account, read->textData(), {});
    });
    job->start();
}

void KeychainKeyStore::write(const QString& account, const QString& key)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job* done) {
        Q_EMIT writeFinished(account, done->error() == QKeychain::NoError ? QString() : jobError(done));
    });
    job->start();
}

void KeychainKeyStore::remove(const QString& account)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job* done) {
        const bool ok = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
        Q_EMIT removeFinished(account, ok ? QString() : jobError(done));
    });
    job->start();
}

MemoryKeyStore::~MemoryKeyStore() = default;

QString MemoryKeyStore::displayName() const
{
    return tr("memory (this session only)");
}

// answers come from the event loop, as a real keychain's do
void MemoryKeyStore::read(const QString& account)
{
    QTimer::singleShot(0, this, [this, account] {
        if (!m_failure.isEmpty())
            Q_EMIT readFinished(account, {}, m_failure);
        else
            Q_EMIT readFinished(account, m_keys.value(account), {});
    });
}

void MemoryKeyStore::write(const QString& account, const QString& key)
{
    QTimer::singleShot(0, this, [this, account, key] {
        if (m_failure.isEmpty())
            m_keys.insert(account, key);
        Q_EMIT writeFinished(account, m_failure);
    });
}

void MemoryKeyStore::remove(const QString& account)
{
    QTimer::singleShot(0, this, [this, account] {
        if (m_failure.isEmpty())
            m_keys.remove(account);
        Q_EMIT removeFinished(account, m_failure);
    });
}

QString keyAccount(const QString& baseUrl)
{
    const QUrl url(baseUrl.trimmed());
    QString account = url.host().toLower();
    if (account.isEmpty())
        account = baseUrl.trimmed().toLower();
    const int port = url.port();
    const int defaultPort = url.scheme() == QLatin1String("http") ? 80 : 443;
    if (port > 0 && port != defaultPort)
        account += QLatin1Char(':') + QString::number(port);
    return account;
}

QString keyFromEnvironment()
{
    return qEnvironmentVariable("HELICONE_API_KEY").trimmed();
}

QString clickHousePasswordService()
{
    return QStringLiteral("UsageExplorer ClickHouse");
}

QString clickHousePasswordAccount(const QString& user, const QString& serverName)
{
    return user + QLatin1Char('@') + serverName.toLower();
}

} // namespace Usage::Net
