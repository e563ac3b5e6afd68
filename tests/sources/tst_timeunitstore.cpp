// SPDX-License-Identifier: MIT
#include "sources/timeunitstore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using Usage::Net::TimeUnit;

class TestTimeUnitStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { TimeUnitStore().clear(); }
    void cleanupTestCase() { TimeUnitStore().clear(); }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("known");
        QTest::addColumn<TimeUnitChoice>("choice");
        QTest::addColumn<QString>("written");
        QTest::addRow("auto") << QStringLiteral("auto") << true << TimeUnitChoice() << QStringLiteral("auto");
        QTest::addRow("ms") << QStringLiteral("ms") << true << TimeUnitChoice(TimeUnit::Milliseconds)
                            << QStringLiteral("ms");
        QTest::addRow("milliseconds") << QStringLiteral("milliseconds") << true
                                      << TimeUnitChoice(TimeUnit::Milliseconds) << QStringLiteral("ms");
        QTest::addRow("s") << QStringLiteral("s") << true << TimeUnitChoice(TimeUnit::Seconds) << QStringLiteral("s");
        QTest::addRow("seconds") << QStringLiteral("seconds") << true << TimeUnitChoice(TimeUnit::Seconds)
                                 << QStringLiteral("s");
        QTest::addRow("unknown") << QStringLiteral("minutes") << false << TimeUnitChoice() << QString();
        QTest::addRow("empty") << QString() << false << TimeUnitChoice() << QString();
    }
    void text()
    {
        QFETCH(QString, text);
        QFETCH(bool, known);
        QFETCH(TimeUnitChoice, choice);
        QFETCH(QString, written);
        TimeUnitChoice parsed = TimeUnit::Seconds;
        QCOMPARE(parseTimeUnit(text, &parsed), known);
        if (!known)
            return;
        QVERIFY(parsed == choice);
        QCOMPARE(timeUnitText(parsed), written);
    }

    void key()
    {
        // hex of the URL without a trailing slash: "http://h:1" is 687474703a2f2f683a31
        QCOMPARE(TimeUnitStore::key(QUrl(QStringLiteral("http://h:1/"))),
            QStringLiteral("api/timeUnitOf/687474703a2f2f683a31"));
        QCOMPARE(TimeUnitStore::key(QUrl(QStringLiteral("http://h:1"))),
            TimeUnitStore::key(QUrl(QStringLiteral("http://h:1/"))));
    }

    void rememberedPerServer()
    {
        const QUrl a(QStringLiteral("https://a.example"));
        const QUrl b(QStringLiteral("http://localhost:8585"));
        TimeUnitStore store;
        QVERIFY(!store.unit(a));
        store.remember(a, TimeUnit::Seconds);
        store.remember(b, TimeUnit::Milliseconds);
        QVERIFY(TimeUnitStore().unit(a) == TimeUnit::Seconds);
        QVERIFY(TimeUnitStore().unit(b) == TimeUnit::Milliseconds);
        // the window's file, the one QSettings() of the window opens
        const QSettings window(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("UsageExplorer"),
            QStringLiteral("usage-explorer"));
        QCOMPARE(window.value(TimeUnitStore::key(a)).toString(), QStringLiteral("s"));
        store.clear();
        QVERIFY(!store.unit(a));
    }

    void commandLineFileStillRead()
    {
        const QUrl url(QStringLiteral("http://localhost:9"));
        QSettings old(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("UsageExplorer"),
            QStringLiteral("usage-explorer-cli"));
        old.setValue(QStringLiteral("timeUnit/http%3A%2F%2Flocalhost%3A9"), QStringLiteral("s"));
        old.sync();
        QVERIFY(TimeUnitStore().unit(url) == TimeUnit::Seconds);
        TimeUnitStore().remember(url, TimeUnit::Milliseconds); // the shared file wins
        QVERIFY(TimeUnitStore().unit(url) == TimeUnit::Milliseconds);
        old.clear();
    }
};

QTEST_GUILESS_MAIN(TestTimeUnitStore)
#include "tst_timeunitstore.moc"
