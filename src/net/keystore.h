// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace Usage::Net {

/**
 * Where the API key is kept between sessions, one key per account (the API's host). Asynchronous, as system
 * keychains are: each call answers with one signal. Never a plain-text file: a store that cannot keep a key
 * says so, and the caller keeps the key for the session only.
 */
class KeyStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~KeyStore() override;

    /** For the key status line, e.g. "the system keychain". */
    virtual QString displayName() const = 0;
    /** Answers with readFinished(); an account without a key gives an empty key and no error. */
    virtual void read(const QString& account) = 0;
    virtual void write(const QString& account, const QString& key) = 0;
    /** Removing a key that is not there is no error. */
    virtual void remove(const QString& account) = 0;

Q_SIGNALS:
    void readFinished(const QString& account, const QString& key, const QString& error);
    void writeFinished(const QString& account, const QString& error);
    void removeFinished(const QString& account, const QString& error);
};

/** The system keychain (Secret Service, macOS Keychain, Windows Credential Store) through QtKeychain. */
class KeychainKeyStore : public KeyStore
{
    Q_OBJECT
public:
    explicit KeychainKeyStore(const QString& service = QStringLiteral("UsageExplorer"), QObject* parent = nullptr);
    ~KeychainKeyStore() override;

    QString displayName() const override;
    void read(const QString& account) override;
    void write(const QString& account, const QString& key) override;
    void remove(const QString& account) override;

private:
    QString m_service;
};

/** Keys in memory for this process only: for tests, and where no keychain works. */
class MemoryKeyStore : public KeyStore
{
    Q_OBJECT
public:
    using KeyStore::KeyStore;
    ~MemoryKeyStore() override;

    QString displayName() const override;
    void read(const QString& account) override;
    void write(const QString& account, const QString& key) override;
    void remove(const QString& account) override;

    /** Makes every call fail with error, as a keychain that does not work would; empty: works again. */
    void setFailure(const QString& error) { m_failure = error; }
    QHash<QString, QString> keys() const { return m_keys; }

private:
    QHash<QString, QString> m_keys;
    QString m_failure;
};

/** The account a key is stored under for a base URL: its host, lower case, with a port other than the default. */
QString keyAccount(const QString& baseUrl);

/** The keychain service ClickHouse passwords are kept under, apart from the API keys ("UsageExplorer"). */
QString clickHousePasswordService();
/** The account a ClickHouse password is stored under: "user@host:port" (a password belongs to a login). */
QString clickHousePasswordAccount(const QString& user, const QString& serverName);

/** HELICONE_API_KEY from the environment, trimmed; empty when unset. */
QString keyFromEnvironment();

} // namespace Usage::Net
