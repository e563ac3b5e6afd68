// SPDX-License-Identifier: MIT
#pragma once

#include "usagesource.h"

#include <QWidget>

#include <memory>

class QMenu;

namespace Ui {
class SourcePanel;
}

/** Chooses the source and holds each source's settings: log files, or the Helicone API's URL, key and time unit. */
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

    /** The API settings; the key is whatever was entered in this session. */
    ApiSettings apiSettings() const;
    void setBaseUrl(const QString& url);
    void setTimeUnit(ApiSettings::TimeUnit unit);
    /** A text about the key, e.g. "Key from the system keychain"; empty restores the default wording. */
    void setKeyStatus(const QString& status);

    static constexpr int kMaxRecentFiles = 10;

Q_SIGNALS:
    void kindChanged(Usage::SourceKind kind);
    void filesChanged();
    void apiKeyEdited(const QString& key);

private:
    void chooseFiles();
    void rebuildRecentMenu();
    void updateKeyStatus();

    std::unique_ptr<Ui::SourcePanel> ui;
    QMenu* m_recentMenu;
    QStringList m_recent;
    QString m_keyStatus;
};
