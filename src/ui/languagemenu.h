// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

/** View › Language: the system's language or a chosen one (the ui/language setting), applied at the next start. */
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

Q_SIGNALS:
    /** A language was chosen; text says when it applies. */
    void message(const QString& text);

private:
    void choose(QAction* action);
};
