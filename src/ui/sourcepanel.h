// SPDX-License-Identifier: MIT
#pragma once

#include "sources/usagesource.h"

#include <QWidget>

#include <memory>

class QSettings;

class ClickHousePanel;
class QMenu;

namespace Usage::Net {
class KeyStore;
}

namespace Ui {
class SourcePanel;
}

/**
 * Chooses the source and holds each source's settings: log files, the Helicone API's URL, key and time unit, or a
 * ClickHouse server (ClickHousePanel).
 */
class SourcePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SourcePanel(QWidget* parent = nullptr);
    ~SourcePanel() override;

    Usage::SourceKind kind() const;
    void setKind(Usage::SourceKind kind);

    QStringList files() const;
    void setFiles(const QStringList& files);
    /** Adds files not in the list yet and remembers them as recent. */
    void addFiles(const QStringList& files);

    QStringList recentFiles() const { return m_recent; }
    void setRecentFiles(const QStringList& files);

    /** The ClickHouse source's fields (URL, login, password from the keychain, table, ...). */
    ClickHousePanel* clickHousePanel() const;
    Usage::ClickHouse::Settings clickHouseSettings() const;

    /** The API settings; the key is whatever was entered in this session. */
    ApiSettings apiSettings() const;
    /** The source kind, the API's base URL and time unit and the recent files; never the key (sourcesettings.cpp). */
    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);
    void setBaseUrl(const QString& url);
    void setTimeUnit(TimeUnitChoice unit);
    /** A text about the key, e.g. "Key from the system keychain"; empty restores the default wording. */
    void setKeyStatus(const QString& status);
    QString keyStatus() const;

    /**
     * Where keys are kept: the system keychain unless replaced (tests use a MemoryKeyStore); the panel owns it.
     * The key for the current base URL is read from it (or taken from HELICONE_API_KEY) once the event loop runs,
     * and a key typed in is written to it when editing ends. The key never goes to QSettings.
     */
    void setKeyStore(Usage::Net::KeyStore* store);
    Usage::Net::KeyStore* keyStore() const { return m_store; }

    /** Where the key in use came from. */
    enum class KeyOrigin { None, Typed, Environment, Stored, Saved, SessionOnly };
    KeyOrigin keyOrigin() const { return m_origin; }

    static constexpr int kMaxRecentFiles = 10;

Q_SIGNALS:
    void kindChanged(Usage::SourceKind kind);
    void filesChanged();
    void apiKeyEdited(const QString& key);

private:
    void chooseFiles();
    void rebuildRecentMenu();
    void updateKeyStatus();
    void loadKey();
    void saveTypedKey();
    void forgetKey();
    void baseUrlCommitted();
    QString keyAccountNow() const;

    std::unique_ptr<Ui::SourcePanel> ui;
    QMenu* m_recentMenu;
    QStringList m_recent;
    QString m_keyStatus;
    Usage::Net::KeyStore* m_store = nullptr;
    KeyOrigin m_origin = KeyOrigin::None;
    QString m_account; ///< the account of the last read or write
    QString m_storeError;
    QString m_acceptedBaseUrl;
    bool m_loadPending = false;
};
