// SPDX-License-Identifier: MIT
#include "ui/sourcepanel.h"

#include "net/heliconeapi.h"
#include "net/keystore.h"
#include "sources/remoteusagesource.h"
#include "ui/clickhousepanel.h"
#include "ui_sourcepanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTimer>

namespace {

// combo order in sourcepanel.ui
constexpr int kFilesIndex = 0;
constexpr int kApiIndex = 1;
constexpr int kClickHouseIndex = 2;

} // namespace

SourcePanel::SourcePanel(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::SourcePanel>())
    , m_recentMenu(new QMenu(this))
{
    ui->setupUi(this);
    ui->recentButton->setMenu(m_recentMenu);
    // the stack as tall as its current page (the ClickHouse page is much taller than the files page), and as wide
    // as its widest page, so that the query dock's width does not change with the source
    auto fitStack = [this](int current) {
        for (int i = 0; i < ui->stack->count(); ++i)
            ui->stack->widget(i)->setSizePolicy(
                QSizePolicy::Preferred, i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    };
    connect(ui->stack, &QStackedWidget::currentChanged, this, fitStack);
    connect(ui->kindCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        ui->stack->setCurrentIndex(index); // the pages are in the combo's order
        Q_EMIT kindChanged(kind());
    });
    connect(ui->addFilesButton, &QPushButton::clicked, this, &SourcePanel::chooseFiles);
    connect(ui->removeFilesButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(ui->fileList->selectedItems());
        Q_EMIT filesChanged();
    });
    connect(ui->keyEdit, &QLineEdit::textEdited, this, [this](const QString& key) {
        m_origin = key.trimmed().isEmpty() ? KeyOrigin::None : KeyOrigin::Typed;
        updateKeyStatus();
        Q_EMIT apiKeyEdited(key);
    });
    connect(ui->keyEdit, &QLineEdit::editingFinished, this, &SourcePanel::saveTypedKey);
    connect(ui->forgetKeyButton, &QToolButton::clicked, this, &SourcePanel::forgetKey);
    connect(ui->baseUrlCombo, &QComboBox::activated, this, &SourcePanel::baseUrlCommitted);
    if (QLineEdit* edit = ui->baseUrlCombo->lineEdit())
        connect(edit, &QLineEdit::editingFinished, this, &SourcePanel::baseUrlCommitted);
    m_acceptedBaseUrl = ui->baseUrlCombo->currentText().trimmed();
    ui->stack->setCurrentIndex(0);
    fitStack(0);
    rebuildRecentMenu();
    setKeyStore(new Usage::Net::KeychainKeyStore);
    updateKeyStatus();
}

SourcePanel::~SourcePanel() = default;

Usage::SourceKind SourcePanel::kind() const
{
    switch (ui->kindCombo->currentIndex()) {
    case kApiIndex:
        return Usage::SourceKind::HeliconeApi;
    case kClickHouseIndex:
        return Usage::SourceKind::ClickHouse;
    default:
        return Usage::SourceKind::LogFiles;
    }
}

void SourcePanel::setKind(Usage::SourceKind kind)
{
    ui->kindCombo->setCurrentIndex(kind == Usage::SourceKind::HeliconeApi ? kApiIndex
            : kind == Usage::SourceKind::ClickHouse                       ? kClickHouseIndex
                                                                          : kFilesIndex);
}

ClickHousePanel* SourcePanel::clickHousePanel() const
{
    return ui->clickHousePage;
}

Usage::ClickHouse::Settings SourcePanel::clickHouseSettings() const
{
    return ui->clickHousePage->settings();
}

QStringList SourcePanel::files() const
{
    QStringList out;
    for (int i = 0; i < ui->fileList->count(); ++i)
        out.append(ui->fileList->item(i)->data(Qt::UserRole).toString());
    return out;
}

void SourcePanel::setFiles(const QStringList& files)
{
    ui->fileList->clear();
    addFiles(files);
}

void SourcePanel::addFiles(const QStringList& files)
{
    const QStringList present = this->files();
    for (const QString& file : files) {
        if (present.contains(file))
            continue;
        auto* item = new QListWidgetItem(QFileInfo(file).fileName(), ui->fileList);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
        if (!file.startsWith(QLatin1Char(':'))) { // embedded resources are not worth remembering
            m_recent.removeAll(file);
            m_recent.prepend(file);
        }
    }
    while (m_recent.size() > kMaxRecentFiles)
        m_recent.removeLast();
    rebuildRecentMenu();
    Q_EMIT filesChanged();
}

void SourcePanel::setRecentFiles(const QStringList& files)
{
    m_recent = files.mid(0, kMaxRecentFiles);
    rebuildRecentMenu();
}

void SourcePanel::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open log files"), QString(), tr("Helicone logs (*.jsonl *.json *.csv *.gz *.zst);;All files (*)"));
    if (!files.isEmpty())
        addFiles(files);
}

void SourcePanel::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& file : std::as_const(m_recent)) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { setFiles({ file }); });
    }
    if (m_recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    ui->recentButton->setEnabled(true);
}

ApiSettings SourcePanel::apiSettings() const
{
    ApiSettings settings;
    settings.baseUrl = ui->baseUrlCombo->currentText().trimmed();
    settings.key = ui->keyEdit->text().trimmed();
    // the combo's order: automatic, milliseconds, seconds
    switch (ui->timeUnitCombo->currentIndex()) {
    case 1:
        settings.timeUnit = Usage::Net::TimeUnit::Milliseconds;
        break;
    case 2:
        settings.timeUnit = Usage::Net::TimeUnit::Seconds;
        break;
    default:
        break; // automatic
    }
    return settings;
}

void SourcePanel::setBaseUrl(const QString& url)
{
    if (url.isEmpty() || url == ui->baseUrlCombo->currentText())
        return;
    ui->baseUrlCombo->setCurrentText(url);
    // an insecure address from the settings is confirmed when the user chooses it (validate() refuses till then)
    QString error;
    const auto parsed = Usage::Net::parseBaseUrl(url, &error);
    if (!parsed || !Usage::Net::isInsecure(*parsed) || RemoteUsageSource::isInsecureAllowed(url))
        m_acceptedBaseUrl = url.trimmed();
    if (m_origin != KeyOrigin::Typed && m_origin != KeyOrigin::Environment) {
        // another server, another key
        ui->keyEdit->clear();
        m_origin = KeyOrigin::None;
        updateKeyStatus();
        loadKey();
    }
}

void SourcePanel::setTimeUnit(TimeUnitChoice unit)
{
    ui->timeUnitCombo->setCurrentIndex(!unit ? 0 : *unit == Usage::Net::TimeUnit::Milliseconds ? 1 : 2);
}

void SourcePanel::setKeyStatus(const QString& status)
{
    m_keyStatus = status;
    updateKeyStatus();
}

QString SourcePanel::keyStatus() const
{
    return ui->keyStatusLabel->text();
}

void SourcePanel::setKeyStore(Usage::Net::KeyStore* store)
{
    if (m_store == store)
        return;
    delete m_store;
    m_store = store;
    m_storeError.clear();
    if (m_store) {
        m_store->setParent(this);
        connect(m_store, &Usage::Net::KeyStore::readFinished, this,
            [this](const QString& account, const QString& key, const QString& error) {
                if (account != keyAccountNow())
                    return; // an answer for a server no longer chosen
                m_storeError = error;
                if (error.isEmpty() && !key.isEmpty() && ui->keyEdit->text().trimmed().isEmpty()) {
                    ui->keyEdit->setText(key);
                    m_origin = KeyOrigin::Stored;
                }
                updateKeyStatus();
            });
        connect(
            m_store, &Usage::Net::KeyStore::writeFinished, this, [this](const QString& account, const QString& error) {
                if (account != keyAccountNow() || m_origin != KeyOrigin::Typed)
                    return;
                m_storeError = error;
                m_origin = error.isEmpty() ? KeyOrigin::Saved : KeyOrigin::SessionOnly;
                updateKeyStatus();
            });
        connect(m_store, &Usage::Net::KeyStore::removeFinished, this, [this](const QString&, const QString& error) {
            m_storeError = error;
            updateKeyStatus();
        });
    }
    // read once the event loop runs, so a caller can still replace the store right after construction
    if (!m_loadPending) {
        m_loadPending = true;
        QTimer::singleShot(0, this, [this] {
            m_loadPending = false;
            loadKey();
        });
    }
}

QString SourcePanel::keyAccountNow() const
{
    return Usage::Net::keyAccount(ui->baseUrlCombo->currentText());
}

void SourcePanel::loadKey()
{
    if (!ui->keyEdit->text().trimmed().isEmpty())
        return;
    const QString fromEnvironment = Usage::Net::keyFromEnvironment();
    if (!fromEnvironment.isEmpty()) {
        ui->keyEdit->setText(fromEnvironment);
        m_origin = KeyOrigin::Environment;
        updateKeyStatus();
        return;
    }
    if (m_store)
        m_store->read(keyAccountNow());
}

void SourcePanel::saveTypedKey()
{
    const QString key = ui->keyEdit->text().trimmed();
    if (m_origin != KeyOrigin::Typed || key.isEmpty() || !m_store)
        return;
    m_store->write(keyAccountNow(), key);
}

void SourcePanel::forgetKey()
{
    ui->keyEdit->clear();
    m_origin = KeyOrigin::None;
    if (m_store)
        m_store->remove(keyAccountNow());
    updateKeyStatus();
    Q_EMIT apiKeyEdited(QString());
}

void SourcePanel::baseUrlCommitted()
{
    const QString text = ui->baseUrlCombo->currentText().trimmed();
    if (text == m_acceptedBaseUrl)
        return;
    QString error;
    const auto url = Usage::Net::parseBaseUrl(text, &error);
    if (url && Usage::Net::isInsecure(*url) && !RemoteUsageSource::isInsecureAllowed(text)) {
        const auto answer = QMessageBox::warning(this, tr("Send the key unencrypted?"),
            tr("%1 is plain http:// to another computer: your API key and the figures would cross the network "
               "unencrypted, readable by anyone on the way.\n\nUse this address anyway?")
                .arg(url->toString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            ui->baseUrlCombo->setCurrentText(m_acceptedBaseUrl);
            return;
        }
        RemoteUsageSource::allowInsecure(text);
    }
    const QString previous = m_acceptedBaseUrl;
    m_acceptedBaseUrl = text;
    if (Usage::Net::keyAccount(previous) != keyAccountNow() && m_origin != KeyOrigin::Typed
        && m_origin != KeyOrigin::Environment) {
        ui->keyEdit->clear();
        m_origin = KeyOrigin::None;
        updateKeyStatus();
        loadKey();
    }
}

void SourcePanel::updateKeyStatus()
{
    const QString where = m_store ? m_store->displayName() : tr("memory");
    if (ui->keyEdit->text().trimmed().isEmpty())
        m_origin = KeyOrigin::None;
    QString text;
    switch (m_origin) {
    case KeyOrigin::Typed:
        text = tr("Key entered for this session");
        break;
    case KeyOrigin::Environment:
        text = tr("Key from the HELICONE_API_KEY environment variable");
        break;
    case KeyOrigin::Stored:
        text = tr("Key from %1").arg(where);
        break;
    case KeyOrigin::Saved:
        text = tr("Key saved in %1").arg(where);
        break;
    case KeyOrigin::SessionOnly:
        text = tr("Key kept for this session only: %1").arg(m_storeError);
        break;
    case KeyOrigin::None:
        text = !m_keyStatus.isEmpty() ? m_keyStatus : tr("No key entered");
        break;
    }
    ui->keyStatusLabel->setText(text);
    ui->keyStatusLabel->setToolTip(
        m_storeError.isEmpty() ? QString() : tr("The keychain cannot be used: %1").arg(m_storeError));
}
