// SPDX-License-Identifier: MIT
#pragma once

#include "ui/appearance.h"

#include <QMenu>

class QActionGroup;
class QSettings;

/** View › Appearance: System, Light or Dark, applied at once and kept in the settings (window/appearance). */
class AppearanceMenu : public QMenu
{
    Q_OBJECT
public:
    explicit AppearanceMenu(QWidget* parent = nullptr);

    /** The look it sets; its changed() signal is for parts with colours of their own (the charts' theme). */
    Appearance* appearance() const { return m_appearance; }

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

private:
    void check(Appearance::Mode mode);

    Appearance* m_appearance;
    QActionGroup* m_group;
};
