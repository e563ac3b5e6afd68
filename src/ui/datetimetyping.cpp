// SPDX-License-Identifier: MIT
#include "ui/datetimetyping.h"

#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>

DateTimeTyping::DateTimeTyping(QDateTimeEdit* edit)
    : QObject(edit)
    , m_edit(edit)
{
}

void DateTimeTyping::install(QDateTimeEdit* edit)
{
    edit->installEventFilter(new DateTimeTyping(edit));
}

bool DateTimeTyping::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool afterDigit = m_lastWasDigit;
    m_lastWasDigit = false;
    const QString text = key->text();
    if (text.size() != 1 || !text.front().isPrint() || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return false;
    const QLineEdit* line = m_edit->findChild<QLineEdit*>();
    if (!line)
        return false;
    // Qt inserts a digit typed over the whole text, or before the year, in front of the old one and refuses it
    const bool allSelected = line->hasSelectedText() && line->selectedText() == line->text();
    if (allSelected || (!line->hasSelectedText() && line->cursorPosition() == 0))
        m_edit->setSelectedSection(m_edit->sectionAt(0));
    if (text.front().isDigit()) {
        m_lastWasDigit = true;
        m_sectionAtDigit = int(m_edit->currentSection());
        return false;
    }
    // the digit before filled its section and moved on: this separator is the one the user meant by that
    return afterDigit && int(m_edit->currentSection()) != m_sectionAtDigit;
}
