// SPDX-License-Identifier: MIT
#pragma once

#include "ui/savedview.h"

#include <QMenu>

class MainWindow;

/**
 * View › Saved Views: applies a saved view, saves the current one under a name, renames and deletes them. The views
 * are kept in the settings at once (views/saved).
 */
class SavedViewsMenu : public QMenu
{
    Q_OBJECT
public:
    explicit SavedViewsMenu(MainWindow* window);

    /** What the window shows now, under this name. */
    SavedView capture(const QString& name) const;
    /** Sets the window to a view; runs the query again when a result is shown. False for an unknown name. */
    bool apply(const QString& name);
    void apply(const SavedView& view);

    /** Saves the current view, replacing one of the same name. */
    void save(const QString& name);
    bool rename(const QString& from, const QString& to);
    bool remove(const QString& name);
    QStringList names() const;

Q_SIGNALS:
    void message(const QString& text);

private:
    void rebuild();
    void askSave();
    void askRename(const QString& name);

    MainWindow* m_window;
};
