// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QDateTimeEdit;

/**
 * Lets a whole date-time be typed into a QDateTimeEdit as it reads ("2024-03-05 07:45:30"): typing over a field that
 * is all selected, or from its start, begins at the first section, and a separator typed right after a section
 * filled itself and moved on is skipped instead of moving one section further.
 */
class DateTimeTyping : public QObject
{
    Q_OBJECT
public:
    /** Installs on edit; the helper is the edit's child and lives as long as it. */
    static void install(QDateTimeEdit* edit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit DateTimeTyping(QDateTimeEdit* edit);

    QDateTimeEdit* m_edit;
    int m_sectionAtDigit = -1; ///< the section the last digit was typed into
    bool m_lastWasDigit = false;
};
