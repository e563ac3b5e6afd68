// SPDX-License-Identifier: MIT
#include "net/keystore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Usage::Net;

class TestKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accounts();
    void environment();
    void memory();
    void memoryFailing();
    void keychain();
};

void TestKeyStore::accounts()
{
    QCOMPARE(keyAccount(QStringLiteral("https://api.helicone.ai")), QStringLiteral("api.helicone.ai"));
    QCOMPARE(keyAccount(QStringLiteral("https://EU.api.helicone.ai/")), QStringLiteral("eu.api.helicone.ai"));
    QCOMPARE(keyAccount(QStringLiteral("http://localhost:8585")), QStringLiteral("localhost:8585"));
    QCOMPARE(keyAccount(QStringLiteral("https://helicone.example:443/jawn")), QStringLiteral("helicone.example"));
}

void TestKeyStore::environment()
{
    qputenv("HELICONE_API_KEY", "  sk-helicone-env0001-env0002-env0003-env0004\n");
    QCOMPARE(keyFromEnvironment(), QStringLiteral("sk-helicone-env0001-env0002-env0003-env0004"));
    qunsetenv("HELICONE_API_KEY");
    QCOMPARE(keyFromEnvironment(), QString());
}

void TestKeyStore::memory()
{
    MemoryKeyStore store;
    QSignalSpy read(&store, &KeyStore::readFinished);
    QSignalSpy written(&store, &KeyStore::writeFinished);
    QSignalSpy removed(&store, &KeyStore::removeFinished);
    store.read(QStringLiteral("api.helicone.ai"));
    QCOMPARE(read.size(), 0); // answers come later, as a keychain's do
    QVERIFY(read.wait());
    QCOMPARE(read.first(), (QList<QVariant> { QStringLiteral("api.helicone.ai"), QString(), QString() }));
    store.write(QStringLiteral("api.helicone.ai"), QStringLiteral("sk-1"));
    QVERIFY(written.wait());
    QCOMPARE(written.first(), (QList<QVariant> { QStringLiteral("api.helicone.ai"), QString() }));
    store.read(QStringLiteral("api.helicone.ai"));
    QVERIFY(read.wait());
    QCOMPARE(read.at(1).at(1).toString(), QStringLiteral("sk-1"));
    store.remove(QStringLiteral("api.helicone.ai"));
    QVERIFY(removed.wait());
    QCOMPARE(removed.first().at(1).toString(), QString());
    QVERIFY(store.keys().isEmpty());
}

void TestKeyStore::memoryFailing()
{
    MemoryKeyStore store;
    store.setFailure(QStringLiteral("no system keychain is available"));
    QSignalSpy written(&store, &KeyStore::writeFinished);
    store.write(QStringLiteral("a"), QStringLiteral("sk-1"));
    QVERIFY(written.wait());
    QCOMPARE(written.first().at(1).toString(), QStringLiteral("no system keychain is available"));
    QVERIFY(store.keys().isEmpty());
}

void TestKeyStore::keychain()
{
    KeychainKeyStore store(QStringLiteral("UsageExplorerTest"));
    const QString account = QStringLiteral("test-%1.invalid").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString key = QStringLiteral("sk-helicone-kc00001-kc00002-kc00003-kc00004");
    QSignalSpy written(&store, &KeyStore::writeFinished);
    store.write(account, key);
    QVERIFY(written.wait(20000));
    const QString error = written.first().at(1).toString();
    if (!error.isEmpty() && qEnvironmentVariableIsSet("UE_REQUIRE_KEYCHAIN"))
        QFAIL(qPrintable(QStringLiteral("the secret service set up for this test does not work: ") + error));
    if (!error.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no working secret service here (run under dbus-run-session with "
                                        "gnome-keyring-daemon): ")
            + error));
    QSignalSpy read(&store, &KeyStore::readFinished);
    store.read(account);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first(), (QList<QVariant> { account, key, QString() }));
    QSignalSpy removed(&store, &KeyStore::removeFinished);
    store.remove(account);
    QVERIFY(removed.wait(20000));
    QCOMPARE(removed.first().at(1).toString(), QString());
    store.read(account);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.at(1), (QList<QVariant> { account, QString(), QString() })); // gone: no key, no error
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
