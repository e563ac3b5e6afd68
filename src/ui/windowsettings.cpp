// SPDX-License-Identifier: MIT
#include "ui/windowsettings.h"

#include <QSettings>

void WindowSettings::add(Save save, Restore restore)
{
    m_parts.append({ std::move(save), std::move(restore) });
}

void WindowSettings::save() const
{
    QSettings settings;
    for (const Part& part : m_parts)
        part.save(settings);
    settings.sync();
}

bool WindowSettings::restore() const
{
    QSettings settings;
    if (settings.status() != QSettings::NoError) {
        settings.clear();
        return false;
    }
    for (const Part& part : m_parts)
        part.restore(settings);
    return true;
}
