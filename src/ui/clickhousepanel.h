// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"
#include "net/clickhouse/clickhousesettings.h"

#include <QWidget>

#include <functional>
#include <memory>

class QSettings;
class ClickHouseConnectionTest;

namespace Usage::Net {
class KeyStore;
}

namespace Ui {
class ClickHousePanel;
}

/**
 * The ClickHouse source's settings in the source panel: server URL, login, database, table, organization, and a
 * "Test connection" button. The password is kept in the system keychain (its own service, one entry per
 * user@host:port), never in the settings file.
 */
class ClickHousePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClickHousePanel(QWidget* parent = nullptr);
    ~ClickHousePanel() override;

    /** The settings with the password entered or read from the keychain; the URL is empty when none is entered. */
    Usage::ClickHouse::Settings settings() const;
    /** Everything but the password, which is read from the store for the new login. */
    void setSettings(const Usage::ClickHouse::Settings& settings);

    /** Where passwords are kept: the system keychain unless replaced (tests use a MemoryKeyStore); owned here. */
    void setPasswordStore(Usage::Net::KeyStore* store);
    /** Gives the range and time zone the connection test counts rows in (the query panel's). */
    void setQueryProvider(std::function<Usage::UsageQuery()> provider) { m_queryProvider = std::move(provider); }

    void testConnection();
    bool isTesting() const;
    /** The test's last answer, e.g. "ClickHouse 26.1.2 answers. Requests in the range: 1,234". */
    QString testResult() const;

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    void testFinished(bool ok, const QString& text);

private:
    QString passwordAccount() const;
    void loadPassword();
    void savePassword();
    void forgetPassword();
    void showTestResult(bool ok, const QString& text);

    std::unique_ptr<Ui::ClickHousePanel> ui;
    ClickHouseConnectionTest* m_test;
    Usage::Net::KeyStore* m_store = nullptr;
    std::function<Usage::UsageQuery()> m_queryProvider;
    QString m_loadedAccount;
    bool m_passwordTyped = false;
};
