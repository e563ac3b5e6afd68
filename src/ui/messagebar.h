// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QFrame>

#include <memory>

namespace Ui {
class MessageBar;
}

/** A message inside the window (errors, warnings, notes) with an optional Details button; never modal. */
class QPushButton;

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit MessageBar(QWidget* parent = nullptr);
    ~MessageBar() override;

    /** Shows text; Details opens details (free text) and the diagnostics list, when there are any. */
    void showMessage(Level level, const QString& text, const QString& details = {},
        const QList<Usage::Diagnostic>& diagnostics = {});
    void clearMessage();
    /** Adds a button for what the user can do about the message shown (e.g. "Show all"); gone with the message. */
    void setAction(const QString& text);
    QString actionText() const;

    Level level() const { return m_level; }
    QString text() const;
    QString details() const { return m_details; }
    const QList<Usage::Diagnostic>& diagnostics() const { return m_diagnostics; }

Q_SIGNALS:
    void detailsRequested();
    /** The button of setAction() was clicked. */
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColors();
    void showDetails();

    std::unique_ptr<Ui::MessageBar> ui;
    QPushButton* m_actionButton;
    Level m_level = Level::Information;
    QString m_details;
    QList<Usage::Diagnostic> m_diagnostics;
};
