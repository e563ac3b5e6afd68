// SPDX-License-Identifier: MIT
#include "models/useridlist.h"

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
