// SPDX-License-Identifier: MIT
#include "ui/recentfilesmenu.h"

#include "ui/sourcepanel.h"

#include <QDir>
#include <QFileInfo>

RecentFilesMenu::RecentFilesMenu(SourcePanel* panel, QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_panel(panel)
{
    setObjectName(QStringLiteral("menuRecent"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList recent = m_panel->recentFiles();
    for (const QString& path : recent) {
        QAction* action = addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (recent.isEmpty())
        addAction(tr("No recent files"))->setEnabled(false);
    addSeparator();
    QAction* clearList = addAction(tr("&Clear List"));
    clearList->setEnabled(!recent.isEmpty());
    connect(clearList, &QAction::triggered, m_panel, [this] { m_panel->setRecentFiles({}); });
}
