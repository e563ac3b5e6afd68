// SPDX-License-Identifier: MIT
#include "sources/useridlist.h"

#include <QTest>

namespace {

/** A QStringList from UTF-8 literals (the build forbids implicit casts from char*). */
QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}
} // namespace

class TestUserIdList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split()
    {
        QCOMPARE(
            UserIdList::split(QStringLiteral("a\nb,c\td e\r\n\n a ,, f")), strings({ "a", "b", "c", "d", "e", "f" }));
        QCOMPARE(UserIdList::split(QStringLiteral("  \n ,")), QStringList());
        QCOMPARE(UserIdList::split(QStringLiteral("jürgen@example.com")), strings({ "jürgen@example.com" }));
    }
    void merge()
    {
        int added = -1;
        QCOMPARE(UserIdList::merge(strings({ "a", "b" }), strings({ "b", "c", "c", "a", "d" }), &added),
            strings({ "a", "b", "c", "d" }));
        QCOMPARE(added, 2);
    }
    void fromTextFile()
    {
        QCOMPARE(UserIdList::fromFile("\xEF\xBB\xBFu1\r\nu2\n\nu1\n", false), strings({ "u1", "u2" }));
    }
    void fromLines_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QStringList>("ids");
        QTest::addRow("commas and spaces are part of an id")
            << QByteArray("ann\r\n\n  \nwith,comma\n") << strings({ "ann", "with,comma" });
        QTest::addRow("byte-order mark, duplicates, no final newline")
            << QByteArray("\xEF\xBB\xBFu1\nu2\nu1") << strings({ "u1", "u2" });
        QTest::addRow("inner spaces kept") << QByteArray(" a b \r\n") << strings({ " a b " });
        QTest::addRow("empty") << QByteArray() << QStringList();
    }
    void fromLines()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QStringList, ids);
        QCOMPARE(UserIdList::fromLines(contents), ids);
    }
    void fromCsvFile()
    {
        const QByteArray csv = "user_id,count,cost\n"
                               "alice@example.com,3,0.1\n"
                               "\"smith, john\",1,0\n"
                               "alice@example.com,1,0\n";
        QCOMPARE(UserIdList::fromFile(csv, true), strings({ "alice@example.com", "smith, john" }));
        QCOMPARE(UserIdList::fromFile("bob\ncarol\n", true), strings({ "bob", "carol" }));
    }
};

QTEST_GUILESS_MAIN(TestUserIdList)
#include "tst_useridlist.moc"
