// SPDX-License-Identifier: MIT
#include "ui/clickhousepanel.h"

#include "net/keystore.h"
#include "sources/clickhouseconnectiontest.h"
#include "sources/clickhouseusagesource.h"
#include "ui_clickhousepanel.h"

#include <QLocale>
#include <QSettings>
#include <QTimer>

ClickHousePanel::ClickHousePanel(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ClickHousePanel>())
    , m_test(new ClickHouseConnectionTest(this))
{
    ui->setupUi(this);
    connect(ui->testButton, &QPushButton::clicked, this, &ClickHousePanel::testConnection);
    connect(ui->forgetPasswordButton, &QToolButton::clicked, this, &ClickHousePanel::forgetPassword);
    connect(ui->passwordEdit, &QLineEdit::textEdited, this, [this] { m_passwordTyped = true; });
    connect(ui->passwordEdit, &QLineEdit::editingFinished, this, &ClickHousePanel::savePassword);
    // another login, another password
    connect(ui->urlEdit, &QLineEdit::editingFinished, this, &ClickHousePanel::loadPassword);
    connect(ui->userEdit, &QLineEdit::editingFinished, this, &ClickHousePanel::loadPassword);
    connect(m_test, &ClickHouseConnectionTest::succeeded, this, [this](const QString& version, qint64 requests) {
        showTestResult(
            true, tr("ClickHouse %1 answers. Requests in the range: %2").arg(version, QLocale().toString(requests)));
    });
    connect(m_test, &ClickHouseConnectionTest::failed, this,
        [this](const QString& reason) { showTestResult(false, reason); });
    setPasswordStore(new Usage::Net::KeychainKeyStore(Usage::Net::clickHousePasswordService()));
}

ClickHousePanel::~ClickHousePanel() = default;

Usage::ClickHouse::Settings ClickHousePanel::settings() const
{
    Usage::ClickHouse::Settings s;
    const QString url = ui->urlEdit->text().trimmed();
    if (!url.isEmpty())
        s.url = QUrl(url, QUrl::StrictMode);
    s.user = ui->userEdit->text().trimmed();
    s.password = ui->passwordEdit->text();
    s.database = ui->databaseEdit->text().trimmed();
    s.table = ui->tableEdit->text().trimmed();
    s.organizationId = ui->organizationEdit->text().trimmed();
    s.allowInsecure = ui->insecureCheck->isChecked();
    return s;
}

void ClickHousePanel::setSettings(const Usage::ClickHouse::Settings& s)
{
    ui->urlEdit->setText(s.url.toString(QUrl::RemoveUserInfo));
    ui->userEdit->setText(s.user);
    ui->databaseEdit->setText(s.database);
    ui->tableEdit->setText(s.table);
    ui->organizationEdit->setText(s.organizationId);
    ui->insecureCheck->setChecked(s.allowInsecure);
    loadPassword();
}

void ClickHousePanel::setPasswordStore(Usage::Net::KeyStore* store)
{
    if (m_store == store)
        return;
    delete m_store;
    m_store = store;
    if (!m_store)
        return;
    m_store->setParent(this);
    connect(m_store, &Usage::Net::KeyStore::readFinished, this,
        [this](const QString& account, const QString& password, const QString& error) {
            // an answer for a login no longer chosen, or a password typed meanwhile, wins over the stored one
            if (account != passwordAccount() || m_passwordTyped || !error.isEmpty())
                return;
            ui->passwordEdit->setText(password);
        });
    m_loadedAccount.clear();
    loadPassword();
}

QString ClickHousePanel::passwordAccount() const
{
    const Usage::ClickHouse::Settings s = settings();
    if (!s.url.isValid() || s.url.host().isEmpty())
        return {};
    return Usage::Net::clickHousePasswordAccount(s.user, s.serverName());
}

void ClickHousePanel::loadPassword()
{
    const QString account = passwordAccount();
    if (account == m_loadedAccount)
        return;
    m_loadedAccount = account;
    m_passwordTyped = false;
    ui->passwordEdit->clear();
    if (m_store && !account.isEmpty())
        m_store->read(account);
}

void ClickHousePanel::savePassword()
{
    const QString account = passwordAccount();
    if (!m_passwordTyped || !m_store || account.isEmpty() || ui->passwordEdit->text().isEmpty())
        return;
    m_loadedAccount = account;
    m_store->write(account, ui->passwordEdit->text());
}

void ClickHousePanel::forgetPassword()
{
    ui->passwordEdit->clear();
    m_passwordTyped = false;
    const QString account = passwordAccount();
    if (m_store && !account.isEmpty())
        m_store->remove(account);
}

void ClickHousePanel::testConnection()
{
    const Usage::ClickHouse::Settings s = settings();
    const QString problem = ClickHouseUsageSource::checkSettings(s);
    if (!problem.isEmpty())
        return showTestResult(false, problem);
    ui->testButton->setEnabled(false);
    ui->testProgress->setVisible(true);
    ui->testResultLabel->setText(tr("Asking %1…").arg(s.serverName()));
    m_test->start(s, m_queryProvider ? m_queryProvider() : Usage::UsageQuery());
}

bool ClickHousePanel::isTesting() const
{
    return m_test->isRunning();
}

QString ClickHousePanel::testResult() const
{
    return ui->testResultLabel->text();
}

void ClickHousePanel::showTestResult(bool ok, const QString& text)
{
    ui->testButton->setEnabled(true);
    ui->testProgress->setVisible(false);
    ui->testResultLabel->setText(text);
    Q_EMIT testFinished(ok, text);
}

void ClickHousePanel::saveSettings(QSettings& settings) const
{
    const Usage::ClickHouse::Settings s = this->settings(); // the password stays out: it is never written here
    settings.setValue(QStringLiteral("clickhouse/url"), s.url.toString(QUrl::RemoveUserInfo));
    settings.setValue(QStringLiteral("clickhouse/user"), s.user);
    settings.setValue(QStringLiteral("clickhouse/database"), s.database);
    settings.setValue(QStringLiteral("clickhouse/table"), s.table);
    settings.setValue(QStringLiteral("clickhouse/organizationId"), s.organizationId);
    settings.setValue(QStringLiteral("clickhouse/allowInsecure"), s.allowInsecure);
}

void ClickHousePanel::restoreSettings(const QSettings& settings)
{
    // every value is checked: a hand-edited file falls back to the defaults, never to a URL with a password
    auto text = [&settings](const char* key, const QString& fallback) {
        const QString value = settings.value(QLatin1String(key)).toString().trimmed();
        return value.isEmpty() ? fallback : value;
    };
    Usage::ClickHouse::Settings s;
    const QUrl url(text("clickhouse/url", QString()), QUrl::StrictMode);
    if (url.isValid() && url.userInfo().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
        s.url = url;
    s.user = text("clickhouse/user", s.user);
    s.database = text("clickhouse/database", s.database);
    s.table = text("clickhouse/table", s.table);
    s.organizationId = text("clickhouse/organizationId", QString());
    s.allowInsecure = settings.value(QStringLiteral("clickhouse/allowInsecure")).toBool();
    setSettings(s);
}
