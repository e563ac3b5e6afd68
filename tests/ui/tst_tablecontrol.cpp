// SPDX-License-Identifier: MIT
#include "models/rangepreset.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "ui/appearance.h"
#include "ui/appearancemenu.h"
#include "ui/columnlayout.h"
#include "ui/compareselector.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/rangeselector.h"
#include "ui/resultsview.h"
#include "ui/savedviewsmenu.h"
#include "ui/useridseditor.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

/** The window's table controls: appearance and saved views. */
class TestTableControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void appearanceSwitchesThePalette()
    {
        MainWindow window;
        window.show();
        auto* menu = window.findChild<AppearanceMenu*>();
        QVERIFY(menu);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("appearance_system"))->isChecked());
        window.findChild<QAction*>(QStringLiteral("appearance_dark"))->trigger();
        QCOMPARE(menu->appearance()->mode(), Appearance::Mode::Dark);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("appearance_dark"))->isChecked());
        QVERIFY(Appearance::isDark());
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("tableView"));
        // the cost bar delegate draws with the view's highlight colour; the message bar picks dark colours
        QTRY_COMPARE(table->palette().color(QPalette::Highlight), Appearance::darkPalette().color(QPalette::Highlight));
        QTRY_VERIFY(window.messageBar()->palette().color(QPalette::Window).lightnessF() < 0.5);
        window.findChild<QAction*>(QStringLiteral("appearance_light"))->trigger();
        QVERIFY(!Appearance::isDark());
        QTRY_VERIFY(window.messageBar()->palette().color(QPalette::Window).lightnessF() > 0.5);
        QTRY_COMPARE(table->palette().color(QPalette::Base), Appearance::lightPalette().color(QPalette::Base));
        {
            QSettings settings;
            menu->saveSettings(settings);
            QCOMPARE(settings.value(QStringLiteral("window/appearance")).toString(), QStringLiteral("light"));
        }
        window.findChild<QAction*>(QStringLiteral("appearance_system"))->trigger();
        QCOMPARE(menu->appearance()->mode(), Appearance::Mode::System);
    }

    void savedViewRoundTrips()
    {
        QSettings().remove(QStringLiteral("views"));
        MainWindow window;
        auto* views = window.findChild<SavedViewsMenu*>();
        QVERIFY(views);
        auto* groupBy = window.findChild<QComboBox*>(QStringLiteral("groupByCombo"));
        auto* results = window.findChild<ResultsView*>();
        window.rangeSelector()->setZone("Europe/Berlin");
        window.rangeSelector()->setPreset(RangePreset::Last30Days);
        window.userIdsEditor()->setIds({ QStringLiteral("alice"), QStringLiteral("bob") });
        groupBy->setCurrentIndex(1);
        window.findChild<FilterBar*>()->setFilter(RowFilter(QStringLiteral("^a"), true, 1500000000));
        auto* compare = window.findChild<CompareSelector*>();
        compare->setCustomWallRange(
            QDateTime(QDate(2025, 8, 1), QTime(0, 0)), QDateTime(QDate(2025, 8, 31), QTime(23, 59, 59)));
        compare->setMode(Usage::CompareMode::Custom);
        results->columnLayout()->setColumnShown(UsageColumn::Requests, false);
        views->save(QStringLiteral("Monthly"));
        const SavedView saved = views->capture(QStringLiteral("Monthly"));
        QCOMPARE(saved.zone, QByteArray("Europe/Berlin"));
        QCOMPARE(saved.rangePreset, RangePreset::key(RangePreset::Last30Days));
        QCOMPARE(saved.minCostNanos, 1500000000);
        QCOMPARE(saved.hiddenColumns, QList<int> { UsageColumn::Requests });
        QCOMPARE(saved.compare, int(Usage::CompareMode::Custom));
        QCOMPARE(saved.compareStartWall, QDateTime(QDate(2025, 8, 1), QTime(0, 0)));

        // everything changed, then the view applied again
        window.rangeSelector()->setZone("UTC");
        window.rangeSelector()->setPreset(RangePreset::AllTime);
        window.userIdsEditor()->setIds({});
        groupBy->setCurrentIndex(0);
        window.findChild<FilterBar*>()->setFilter(RowFilter());
        compare->setMode(Usage::CompareMode::None);
        results->columnLayout()->showAll();
        QVERIFY(views->apply(QStringLiteral("Monthly")));
        QCOMPARE(groupBy->currentIndex(), 1);
        QCOMPARE(compare->mode(), Usage::CompareMode::Custom);
        QCOMPARE(window.tableModel()->filter(), RowFilter(QStringLiteral("^a"), true, 1500000000));
        SavedView again = views->capture(QStringLiteral("Monthly"));
        again.header = saved.header; // the model grouping's layout comes with its next result
        again.hiddenColumns = saved.hiddenColumns;
        QCOMPARE(again, saved);
        QCOMPARE(SavedViews::load(QSettings()).value(0), saved);
        QVERIFY(!views->apply(QStringLiteral("Nope")));

        // stored as plain values: no key, whatever the source
        const QString stored =
            QSettings().value(QStringLiteral("views/saved")).toList().value(0).toMap().keys().join(QLatin1Char(','));
        QCOMPARE(stored,
            QStringLiteral("compare,compareEnd,compareStart,end,filter,groupBy,header,hiddenColumns,minCostNanos,name,"
                           "property,range,regex,start,users,zone"));

        QVERIFY(views->rename(QStringLiteral("Monthly"), QStringLiteral("Month")));
        QVERIFY(!views->rename(QStringLiteral("Monthly"), QStringLiteral("X")));
        views->save(QStringLiteral("Other"));
        QVERIFY(!views->rename(QStringLiteral("Month"), QStringLiteral("Other")));
        QCOMPARE(views->names(), QStringList({ QStringLiteral("Month"), QStringLiteral("Other") }));
        QVERIFY(views->remove(QStringLiteral("Month")));
        QCOMPARE(views->names(), QStringList { QStringLiteral("Other") });
    }
};

QTEST_MAIN(TestTableControl)
#include "tst_tablecontrol.moc"
