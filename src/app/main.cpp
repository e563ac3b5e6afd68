// SPDX-License-Identifier: MIT
#include "charts/chartspanel.h"
#include "i18n/languages.h"
#include "models/usagetablemodel.h"
#include "ui/appearancemenu.h"
#include "ui/detailpanel.h"
#include "ui/mainwindow.h"
#include "ui/savedviewsmenu.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

const char* const kSampleDump = ":/sample/helicone-sample.jsonl";

/** Saves a PNG of the window (QSaveFile: all or nothing). Command-line output stays untranslated. */
bool saveScreenshot(QWidget* window, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !window->grab().save(&file, "PNG") || !file.commit()) {
        std::fprintf(stderr, "usage-explorer: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

/** True when the command line asks only for text (help or version), which needs no display. */
bool onlyText(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("UsageExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("usage-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UE_VERSION_STRING));
}

} // namespace

int main(int argc, char** argv)
{
    // help and version print and exit: a core application, so they work without a display
    std::unique_ptr<QCoreApplication> textApp;
    if (onlyText(argc, argv))
        textApp = std::make_unique<QCoreApplication>(argc, argv);
    else
        textApp = std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *textApp;
    setNames();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Shows what each end user of an LLM product costs, from Helicone's API or from log files.\n"
                       "Without files it opens the bundled sample dump."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Open the window, wait until the data is loaded, save a PNG of it to FILE and exit "
                       "(settings are neither read nor written)."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    const QCommandLineOption tab(QStringLiteral("tab"),
        QStringLiteral("Open the window on a view: table, charts, or a chart (cost, tokens, "
                       "time, share, movers, whatif)."),
        QStringLiteral("NAME"));
    parser.addOption(tab);
    const QCommandLineOption part(QStringLiteral("part"),
        QStringLiteral("With --screenshot: the part of the window to save, window (default) or detail (the selected "
                       "row's panel)."),
        QStringLiteral("NAME"));
    parser.addOption(part);
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("Show the window in a language: %1 (default: the one chosen in View > Language, else the "
                       "system's).")
            .arg(Usage::I18n::availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    parser.addOption(language);
    const QCommandLineOption savedView(QStringLiteral("view"),
        QStringLiteral("Apply a saved view (View > Saved Views) before loading the files."), QStringLiteral("NAME"));
    parser.addOption(savedView);
    const QCommandLineOption appearance(QStringLiteral("appearance"),
        QStringLiteral("Show the window in an appearance: system, light or dark (default: View > Appearance)."),
        QStringLiteral("MODE"));
    parser.addOption(appearance);
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Log files to open (JSONL, JSON or CSV)."),
        QStringLiteral("[FILE...]"));
    parser.process(app); // help and version exit here
    QApplication::setApplicationDisplayName(QStringLiteral("Usage Explorer"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/usage-explorer.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.usageexplorer.UsageExplorer"));

    // the language comes first: every widget translates its texts when it is built
    QString languageSetting = QSettings().value(QStringLiteral("ui/language")).toString();
    if (parser.isSet(screenshot))
        languageSetting.clear(); // settings are not read for pictures: the system's language
    if (parser.isSet(language)) {
        languageSetting = parser.value(language);
        if (!Usage::I18n::availableLanguages().contains(languageSetting)) {
            std::fprintf(stderr, "usage-explorer: unknown language for --language: %s (%s)\n",
                qPrintable(languageSetting), qPrintable(Usage::I18n::availableLanguages().join(QStringLiteral(", "))));
            return 2;
        }
    }
    Usage::I18n::install(languageSetting);

    const QString screenshotPath = parser.value(screenshot);
    const bool takeScreenshot = parser.isSet(screenshot);
    QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        files.append(QString::fromLatin1(kSampleDump));

    MainWindow window;
    if (!takeScreenshot)
        window.restoreSettings();
    if (parser.isSet(savedView) && !window.findChild<SavedViewsMenu*>()->apply(parser.value(savedView))) {
        std::fprintf(stderr, "usage-explorer: no saved view named %s\n", qPrintable(parser.value(savedView)));
        return 2;
    }
    if (parser.isSet(appearance))
        window.findChild<AppearanceMenu*>()->appearance()->setMode(Appearance::fromName(parser.value(appearance)));
    if (parser.isSet(tab) && !window.showView(parser.value(tab))) {
        std::fprintf(stderr,
            "usage-explorer: unknown view for --tab: %s (table, charts, cost, tokens, time, share, movers, whatif)\n",
            qPrintable(parser.value(tab)));
        return 2;
    }
    const bool detailOnly = parser.value(part) == QLatin1String("detail");
    if (parser.isSet(part) && !detailOnly && parser.value(part) != QLatin1String("window")) {
        std::fprintf(
            stderr, "usage-explorer: unknown part for --part: %s (window, detail)\n", qPrintable(parser.value(part)));
        return 2;
    }
    if (takeScreenshot) {
        // a fixed size and no settings, so pictures are the same on every machine whose screen holds it
        window.resize(QSize(1360, 860).boundedTo(window.screen()->availableGeometry().size()));
        QObject::connect(&window, &MainWindow::runEnded, &window, [&window, &screenshotPath, detailOnly] {
            // let the table lay out its rows before grabbing
            QTimer::singleShot(0, &window, [&window, &screenshotPath, detailOnly] {
                window.chartsPanel()->chart(); // the charts follow the new rows now, not on their next timer
                QWidget* shown = detailOnly ? static_cast<QWidget*>(window.findChild<DetailPanel*>()) : &window;
                const bool ok = saveScreenshot(shown, screenshotPath) && window.tableModel()->hasResult();
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
    }
    window.show();
    window.openFiles(files);
    return app.exec(); // closing the window saves the settings
}
