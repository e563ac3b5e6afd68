// SPDX-License-Identifier: MIT
#include "ui/languagemenu.h"

#include "i18n/languages.h"

#include <QActionGroup>
#include <QSettings>

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("menuLanguage"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(kLanguageKey).toString();
    auto addLanguage = [&](const QString& code, const QString& text) {
        QAction* action = addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        languages->addAction(action);
    };
    addLanguage(QString(), tr("System Language"));
    addSeparator();
    for (const QString& code : Usage::I18n::availableLanguages())
        addLanguage(code, Usage::I18n::nativeName(code));
    connect(languages, &QActionGroup::triggered, this, &LanguageMenu::choose);
}

void LanguageMenu::choose(QAction* action)
{
    const QString code = action->data().toString();
    QSettings().setValue(kLanguageKey, code);
    Q_EMIT message(tr("Usage Explorer will use %1 from its next start.")
                       .arg(code.isEmpty() ? tr("the system language") : Usage::I18n::nativeName(code)));
}
