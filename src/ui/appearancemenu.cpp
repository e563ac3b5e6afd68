// SPDX-License-Identifier: MIT
#include "ui/appearancemenu.h"

#include <QActionGroup>
#include <QSettings>

namespace {
const QString settingsKey = QStringLiteral("window/appearance");
} // namespace

AppearanceMenu::AppearanceMenu(QWidget* parent)
    : QMenu(tr("&Appearance"), parent)
    , m_appearance(new Appearance(this))
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("appearanceMenu"));
    const std::pair<Appearance::Mode, QString> modes[] = {
        { Appearance::Mode::System, tr("&System") },
        { Appearance::Mode::Light, tr("&Light") },
        { Appearance::Mode::Dark, tr("&Dark") },
    };
    for (const auto& [mode, text] : modes) {
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("appearance_") + Appearance::name(mode));
        action->setCheckable(true);
        action->setData(int(mode));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] { m_appearance->setMode(mode); });
    }
    m_group->actions().constFirst()->setToolTip(tr("The colours of the desktop"));
    connect(m_appearance, &Appearance::changed, this, &AppearanceMenu::check);
    check(m_appearance->mode());
}

void AppearanceMenu::check(Appearance::Mode mode)
{
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toInt() == int(mode));
}

void AppearanceMenu::saveSettings(QSettings& settings) const
{
    settings.setValue(settingsKey, Appearance::name(m_appearance->mode()));
}

void AppearanceMenu::restoreSettings(const QSettings& settings)
{
    m_appearance->setMode(Appearance::fromName(settings.value(settingsKey).toString()));
}
