// SPDX-License-Identifier: MIT
// The Query dock at 1024x700 (set by the ctest entry), in each language: as narrow as its panel allows, the same
// width on every source page, and with a keychain that fails with a long raw error every button still in view.
#include "i18n/languages.h"
#include "net/keystore.h"
#include "ui/mainwindow.h"
#include "ui/querypanel.h"
#include "ui/sourcepanel.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTest>

namespace {

/** The visible buttons of the Query panel not wholly across the dock's viewport, as "name (text)" lines. */
QStringList buttonsOutOfView(const MainWindow& window)
{
    const auto* dock = window.findChild<QDockWidget*>(QStringLiteral("queryDock"));
    const auto* scroll = dock->findChild<QScrollArea*>();
    const QRect viewport = scroll->viewport()->rect();
    QStringList out;
    for (const QAbstractButton* button : window.findChild<QueryPanel*>()->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(dock))
            continue;
        const QRect r(button->mapTo(scroll->viewport(), QPoint(0, 0)), button->size());
        if (r.left() < viewport.left() || r.right() > viewport.right())
            out.append(QStringLiteral("%1 (%2) at x %3-%4 of %5")
                           .arg(button->objectName(), button->text())
                           .arg(r.left())
                           .arg(r.right())
                           .arg(viewport.right()));
    }
    return out;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

class TestQueryDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_querydock"));
    }

    void everySourcePageFitsTheDock_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : { "en", "de", "fr" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void everySourcePageFitsTheDock()
    {
        QFETCH(QString, language);
        Usage::I18n::install(language);
        MainWindow window;
        // no usable keychain: the error names a D-Bus path, longer than the dock is wide
        auto* store = new Usage::Net::MemoryKeyStore;
        store->setFailure(QStringLiteral("no system keychain is available (Object does not exist at path "
                                         "\u201c/org/freedesktop/secrets/collection/login\u201d)"));
        window.findChild<SourcePanel*>()->setKeyStore(store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settle();
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("queryDock"));
        QVERIFY(dock);
        const int width = dock->width();
        // the results keep most of the window
        QVERIFY2(width * 5 <= window.width() * 2, qPrintable(QStringLiteral("dock %1 px").arg(width)));

        auto* panel = window.findChild<SourcePanel*>();
        for (Usage::SourceKind kind :
            { Usage::SourceKind::HeliconeApi, Usage::SourceKind::ClickHouse, Usage::SourceKind::LogFiles }) {
            panel->setKind(kind);
            if (kind == Usage::SourceKind::HeliconeApi) {
                auto* key = panel->findChild<QLineEdit*>(QStringLiteral("keyEdit"));
                QTest::keyClicks(key, QStringLiteral("sk-helicone-0123456789abcdef"));
                QTest::keyClick(key, Qt::Key_Return);
                QTRY_COMPARE(panel->keyOrigin(), SourcePanel::KeyOrigin::SessionOnly);
                // the status wraps within the dock; the whole error is in its tooltip
                auto* status = panel->findChild<QLabel*>(QStringLiteral("keyStatusLabel"));
                QVERIFY(status->wordWrap());
                QVERIFY(status->toolTip().contains(QStringLiteral("/org/freedesktop/secrets/collection/login")));
            }
            settle();
            QCOMPARE(dock->width(), width);
            const QStringList out = buttonsOutOfView(window);
            QVERIFY2(out.isEmpty(), qPrintable(out.join(QStringLiteral("; "))));
        }
    }
};

QTEST_MAIN(TestQueryDock)
#include "tst_querydock.moc"
