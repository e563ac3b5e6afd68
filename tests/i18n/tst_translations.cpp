// SPDX-License-Identifier: MIT
// Every visible string of the main window goes through tr(): a pseudo-translation that changes every string must
// leave no English text in any action, menu, label, button, tooltip, placeholder, tab or header. German and French
// really translate every one of them, in whichever of the window's classes it lives.
#include "i18n/languages.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

namespace {

/** Wraps every translated string in ⟦ ⟧, so a string without them never went through tr(). */
class PseudoTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!source || !*source)
            return {};
        return QStringLiteral("⟦") + QString::fromUtf8(source) + QStringLiteral("⟧");
    }
};

struct VisibleText
{
    QString where;
    QString text;
};

/** Every user-visible string of a window: object path and text. */
QList<VisibleText> visibleTexts(QWidget* window)
{
    QList<VisibleText> out;
    auto add = [&out](const QObject* o, const char* what, const QString& text) {
        QString path = o->objectName();
        if (path.isEmpty())
            path = QString::fromLatin1(o->metaObject()->className());
        out.append({ path + QLatin1Char('.') + QLatin1String(what), text });
    };
    add(window, "windowTitle", window->windowTitle());
    QList<QAction*> actions = window->findChildren<QAction*>();
    for (QMenu* menu : window->findChildren<QMenu*>()) {
        add(menu, "title", menu->title());
        actions += menu->actions();
    }
    for (QAction* action : actions) {
        if (action->isSeparator())
            continue;
        add(action, "text", action->text());
        if (action->toolTip() != action->text().remove(QLatin1Char('&')))
            add(action, "toolTip", action->toolTip());
    }
    for (QWidget* w : window->findChildren<QWidget*>()) {
        add(w, "toolTip", w->toolTip());
        add(w, "whatsThis", w->whatsThis());
        if (auto* label = qobject_cast<QLabel*>(w))
            add(w, "text", label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(w, "text", button->text());
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            add(w, "placeholderText", edit->placeholderText());
        if (auto* group = qobject_cast<QGroupBox*>(w))
            add(w, "title", group->title());
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            add(w, "windowTitle", dock->windowTitle());
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, "tabText", tabs->tabText(i));
                add(w, "tabToolTip", tabs->tabToolTip(i));
            }
        }
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, "item", combo->itemText(i));
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(w, "header", model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
                add(w, "headerToolTip", model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
    }
    return out;
}

/**
 * Text that is data, not wording: empty, numbers and money, time zone ids, format names, the product's name,
 * languages' own names, keyboard shortcuts and the close button's cross. Everything else must be translated.
 */
bool isData(const QString& text)
{
    static const QRegularExpression data(QStringLiteral(
        "^(|[\\s\\d.,:$%+\\-–—/()]*|[A-Za-z]+/[A-Za-z_/+\\-0-9]+|UTC|UTC[+-]\\d\\d:\\d\\d|CSV|JSON|PNG|SVG|"
        "Usage Explorer|ClickHouse|Helicone|sk-helicone-…|Deutsch|English|Français|✕|"
        "https?://\\S*|…|\\.\\.\\.|[A-Z][a-z]*\\+[A-Z0-9]+|F\\d+|Esc)$"));
    return data.match(text.trimmed()).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pseudoTranslationLeavesNoEnglish()
    {
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        {
            MainWindow window;
            window.show();
            QStringList untranslated;
            for (const VisibleText& t : visibleTexts(&window)) {
                if (!t.text.contains(QStringLiteral("⟦")) && !isData(t.text))
                    untranslated.append(t.where + QStringLiteral(": ") + t.text);
            }
            untranslated.removeDuplicates();
            QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("\n") + untranslated.join(QLatin1Char('\n'))));
        }
        QCoreApplication::removeTranslator(&pseudo);
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("French") << QStringLiteral("fr");
    }
    void languages()
    {
        QFETCH(QString, language);
        QCOMPARE(Usage::I18n::install(QStringLiteral("en")), QStringLiteral("en"));
        QList<VisibleText> english;
        {
            MainWindow window;
            english = visibleTexts(&window);
        }
        QCOMPARE(Usage::I18n::install(language), language);
        QCOMPARE(QLocale().name().left(2), language);
        QList<VisibleText> translated;
        {
            MainWindow window;
            translated = visibleTexts(&window);
        }
        Usage::I18n::install(QStringLiteral("en"));
        QCOMPARE(translated.size(), english.size());
        // every visible text reads differently from the English one
        QStringList same;
        for (int i = 0; i < english.size(); ++i) {
            const VisibleText& e = english.at(i);
            QCOMPARE(translated.at(i).where, e.where);
            if (!isData(e.text) && translated.at(i).text == e.text)
                same.append(e.where + QStringLiteral(": ") + e.text);
        }
        // words that really are the same in the language (checked by hand)
        static const QStringList germanSameWords { QStringLiteral("Prompt"), QStringLiteral("Tokens"),
            QStringLiteral("&Details…"), QStringLiteral("&System") };
        static const QStringList frenchSameWords { QStringLiteral("Source") };
        const QStringList sameWord = language == QLatin1String("de") ? germanSameWords : frenchSameWords;
        for (auto it = same.begin(); it != same.end();) {
            const QString text = it->section(QStringLiteral(": "), 1);
            it = sameWord.contains(text) ? same.erase(it) : it + 1;
        }
        QVERIFY2(same.isEmpty(), qPrintable(QStringLiteral("\n") + same.join(QLatin1Char('\n'))));
        QCOMPARE(Usage::I18n::nativeName(language),
            language == QLatin1String("de") ? QStringLiteral("Deutsch") : QStringLiteral("Français"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
