// SPDX-License-Identifier: MIT
// StringIndex: numbers strings in the order first seen, finds them again through growth, keeps colliding keys
// apart; fastStringHash() over every length class of its loads.
#include "core/stringindex.h"

#include <QTest>

#include <set>

using namespace Usage;

namespace {

std::string key(int i)
{
    return "user-" + std::to_string(i) + (i % 3 == 0 ? "@example.com" : "");
}

} // namespace

class TestStringIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersInFirstSeenOrder()
    {
        StringIndex index;
        QVERIFY(index.empty());
        QCOMPARE(index.insert("bob"), 0u);
        QCOMPARE(index.insert("ann"), 1u);
        QCOMPARE(index.insert("bob"), 0u);
        QCOMPARE(index.insert("cid"), 2u);
        QCOMPARE(index.insert("ann"), 1u);
        QCOMPARE(index.size(), size_t(3));
        QVERIFY(!index.empty());
        QCOMPARE(index.name(0), std::string_view("bob"));
        QCOMPARE(index.name(1), std::string_view("ann"));
        QCOMPARE(index.name(2), std::string_view("cid"));
    }

    void emptyKeyIsAKeyOfItsOwn()
    {
        StringIndex index;
        QCOMPARE(index.insert(""), 0u);
        QCOMPARE(index.insert(std::string_view("\0", 1)), 1u); // one NUL byte is not the empty key
        QCOMPARE(index.insert("a"), 2u);
        QCOMPARE(index.insert(""), 0u);
        QCOMPARE(index.name(0), std::string_view());
        QCOMPARE(index.name(1).size(), size_t(1));
        QCOMPARE(index.size(), size_t(3));
    }

    void keysSurviveGrowth_data()
    {
        QTest::addColumn<int>("count");
        // the table starts at 64 slots and doubles past three quarters full
        QTest::addRow("below the first growth") << 47;
        QTest::addRow("at the first growth") << 48;
        QTest::addRow("one past") << 49;
        QTest::addRow("many keys") << 200'000;
    }
    void keysSurviveGrowth()
    {
        QFETCH(int, count);
        StringIndex index;
        for (int i = 0; i < count; ++i)
            QCOMPARE(index.insert(key(i)), std::uint32_t(i));
        QCOMPARE(index.size(), size_t(count));
        for (int i = count - 1; i >= 0; --i) {
            QCOMPARE(index.insert(key(i)), std::uint32_t(i));
            QCOMPARE(index.name(std::uint32_t(i)), std::string_view(key(i)));
        }
        QCOMPARE(index.size(), size_t(count));
    }

    void collidingHashesStayApart_data()
    {
        QTest::addColumn<quint64>("step");
        // the same slot and the same tag: only the names tell the keys apart
        QTest::addRow("same hash") << quint64(0);
        // the same first slot, different tags
        QTest::addRow("same slot, other tag") << quint64(1);
    }
    void collidingHashesStayApart()
    {
        QFETCH(quint64, step);
        StringIndex index;
        const std::uint64_t base = 0x0000'1234'0000'0007ull;
        // 40 keys stay below the first growth, which would rehash with the real hashes
        for (int i = 0; i < 40; ++i)
            QCOMPARE(index.insert(key(i), base + (step << 32) * std::uint64_t(i)), std::uint32_t(i));
        for (int i = 0; i < 40; ++i)
            QCOMPARE(index.insert(key(i), base + (step << 32) * std::uint64_t(i)), std::uint32_t(i));
        QCOMPARE(index.size(), size_t(40));
    }

    void peekFindsProbableNumbers()
    {
        StringIndex index;
        QCOMPARE(index.peek(fastStringHash("ann")), StringIndex::npos); // no table yet
        index.insert("ann");
        index.insert("bob");
        const std::uint64_t h = fastStringHash("bob");
        index.prefetch(h);
        QCOMPARE(index.peek(h), 1u);
        QCOMPARE(index.peek(fastStringHash("ann")), 0u);
        QCOMPARE(index.peek(fastStringHash("nobody")), StringIndex::npos);
        index.prefetchName(0);
    }

    void clearForgetsEverything()
    {
        StringIndex index;
        for (int i = 0; i < 100; ++i)
            index.insert(key(i));
        index.clear();
        QVERIFY(index.empty());
        QCOMPARE(index.peek(fastStringHash(key(5))), StringIndex::npos);
        QCOMPARE(index.insert(key(5)), 0u);
        QCOMPARE(index.insert(key(6)), 1u);
    }

    void hashTellsLengthsAndBytesApart()
    {
        // every length class of the loads (1-3 bytes, 4-7, 8 and more with an overlapping last word)
        const std::string text = "abcdefghijklmnopqrstuvwxyz0123456789";
        std::set<std::uint64_t> hashes;
        for (size_t n = 0; n <= text.size(); ++n) {
            const std::string_view s(text.data(), n);
            QCOMPARE(fastStringHash(s), fastStringHash(std::string(s)));
            hashes.insert(fastStringHash(s));
        }
        QCOMPARE(hashes.size(), text.size() + 1);
        // one changed byte anywhere changes the hash
        for (size_t n : { size_t(1), size_t(3), size_t(5), size_t(8), size_t(13) }) {
            for (size_t at = 0; at < n; ++at) {
                std::string changed = text.substr(0, n);
                changed[at] = '#';
                QVERIFY(fastStringHash(changed) != fastStringHash(text.substr(0, n)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStringIndex)
#include "tst_stringindex.moc"
