// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/**
 * The languages the window speaks. Translations are compiled from the .ts files in translations/ into this library's
 * resources; the command line never loads them (scripts read its output).
 */
namespace Usage::I18n {

/** Language codes with a translation, plus "en" (the source language): {"de", "en", "fr"}. */
QStringList availableLanguages();

/** The language's name in that language ("Deutsch", "English", "Français"), for a menu. */
QString nativeName(const QString& code);

/**
 * The locale a language setting means: the system locale for an empty setting, otherwise the code's locale.
 * Numbers, dates and money are shown in it; exports never use it.
 */
QLocale localeFor(const QString& setting);

/**
 * Loads the app's and Qt's own translations for the setting (empty: follow the system locale) into the running
 * application and makes the matching locale the default. Safe to call again to switch; returns the code of the
 * language in use ("en" when nothing matched).
 */
QString install(const QString& setting);

} // namespace Usage::I18n
