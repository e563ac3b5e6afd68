// SPDX-License-Identifier: MIT
#include "i18n/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Usage::I18n {
namespace {

    struct Installed
    {
        std::unique_ptr<QTranslator> app;
        std::unique_ptr<QTranslator> qt;
    };

    Installed& installed()
    {
        static Installed instance;
        return instance;
    }

    void remove(std::unique_ptr<QTranslator>& translator)
    {
        if (translator) {
            QCoreApplication::removeTranslator(translator.get());
            translator.reset();
        }
    }

} // namespace

QStringList availableLanguages()
{
    return { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr") };
}

QString nativeName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English"); // not "American English": the source texts are plain English
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name.at(0).toUpper(); // "français" in a menu reads "Français"
    return name;
}

QLocale localeFor(const QString& setting)
{
    return setting.isEmpty() ? QLocale::system() : QLocale(setting);
}

QString install(const QString& setting)
{
    Installed& current = installed();
    remove(current.app);
    remove(current.qt);

    const QLocale locale = localeFor(setting);
    QLocale::setDefault(locale);

    auto app = std::make_unique<QTranslator>();
    // ":/i18n/usage-explorer_de.qm" for de_DE, de_AT, ...; nothing for English, the source language
    if (!app->load(locale, QStringLiteral("usage-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return QStringLiteral("en");
    QCoreApplication::installTranslator(app.get());
    current.app = std::move(app);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        current.qt = std::move(qt);
    }
    return current.app->language().left(2);
}

} // namespace Usage::I18n
