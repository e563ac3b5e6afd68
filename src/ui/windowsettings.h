// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <functional>

class QSettings;

/**
 * The window's settings file: each part of the window writes and reads its own keys through it, so the window does
 * not reach into its parts. Every value read must be checked: a damaged or hand-edited file must not break the window.
 */
class WindowSettings
{
public:
    using Save = std::function<void(QSettings&)>;
    using Restore = std::function<void(const QSettings&)>;

    /** Adds a part; parts are saved and restored in the order added. */
    void add(Save save, Restore restore);
    /** Adds a part with saveSettings(QSettings&) const and restoreSettings(const QSettings&). */
    template <typename Part> void add(Part* part)
    {
        add([part](QSettings& settings) { part->saveSettings(settings); },
            [part](const QSettings& settings) { part->restoreSettings(settings); });
    }

    void save() const;
    /** False when the file cannot be read: it is cleared, the parts keep their defaults and the next save replaces it.
     */
    bool restore() const;

private:
    struct Part
    {
        Save save;
        Restore restore;
    };
    QList<Part> m_parts;
};
