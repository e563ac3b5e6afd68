// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

class SourcePanel;

/** File › Open Recent: the source panel's recent files, newest first, and Clear List. */
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    /** Lists panel's recent files each time it opens; panel is not owned. */
    explicit RecentFilesMenu(SourcePanel* panel, QWidget* parent = nullptr);

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void rebuild();

    SourcePanel* m_panel;
};
