// SPDX-License-Identifier: MIT
// RowFilter: plain text anywhere in the id and regular expressions, both case-insensitive, a minimum cost, and
// invalid expressions that accept nothing and say why.
#include "core/usageresult.h"
#include "models/rowfilter.h"

#include <QTest>

namespace {

Usage::GroupUsage row(const QString& id, qint64 costNanos)
{
    Usage::GroupUsage g;
    g.id = id;
    g.totals.costNanos = costNanos;
    return g;
}

} // namespace

class TestRowFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isRegex");
        QTest::addColumn<qint64>("minCost");
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("cost");
        QTest::addColumn<bool>("accepted");
        const QString alice = QStringLiteral("Alice@Example.com");
        QTest::addRow("empty accepts all") << QString() << false << qint64(0) << alice << qint64(0) << true;
        QTest::addRow("text inside") << QStringLiteral("example") << false << qint64(0) << alice << qint64(0) << true;
        QTest::addRow("text, other case")
            << QStringLiteral("ALICE@") << false << qint64(0) << alice << qint64(0) << true;
        QTest::addRow("text not there") << QStringLiteral("bob") << false << qint64(0) << alice << qint64(0) << false;
        QTest::addRow("text is not a pattern")
            << QStringLiteral("a.*") << false << qint64(0) << alice << qint64(0) << false;
        QTest::addRow("regex, anchored") << QStringLiteral("^alice@") << true << qint64(0) << alice << qint64(0)
                                         << true;
        QTest::addRow("regex, anchored elsewhere")
            << QStringLiteral("^example") << true << qint64(0) << alice << qint64(0) << false;
        QTest::addRow("regex, non-ASCII, other case") << QStringLiteral("zo\u00cb") << true << qint64(0)
                                                      << QStringLiteral("Zo\u00eb M\u00fcller") << qint64(0) << true;
        QTest::addRow("cost at the minimum") << QString() << false << qint64(1000) << alice << qint64(1000) << true;
        QTest::addRow("cost below the minimum") << QString() << false << qint64(1000) << alice << qint64(999) << false;
        QTest::addRow("text matches, cost too low")
            << QStringLiteral("alice") << false << qint64(1000) << alice << qint64(10) << false;
        QTest::addRow("invalid regex accepts nothing")
            << QStringLiteral("(unclosed") << true << qint64(0) << QStringLiteral("(unclosed") << qint64(0) << false;
    }
    void accepts()
    {
        QFETCH(QString, text);
        QFETCH(bool, isRegex);
        QFETCH(qint64, minCost);
        QFETCH(QString, id);
        QFETCH(qint64, cost);
        QFETCH(bool, accepted);
        QCOMPARE(RowFilter(text, isRegex, minCost).accepts(row(id, cost)), accepted);
    }

    void validityAndError()
    {
        const RowFilter bad(QStringLiteral("(unclosed"), true, 0);
        QVERIFY(!bad.isValid());
        QCOMPARE(bad.errorString(), QStringLiteral("missing closing parenthesis"));
        const RowFilter plain(QStringLiteral("(unclosed"), false, 0);
        QVERIFY(plain.isValid());
        QCOMPARE(plain.errorString(), QString());
        QVERIFY(RowFilter(QString(), true, 0).isValid());
    }

    void emptiness()
    {
        QVERIFY(RowFilter().isEmpty());
        QVERIFY(RowFilter(QString(), true, 0).isEmpty());
        QVERIFY(!RowFilter(QStringLiteral("a"), false, 0).isEmpty());
        QVERIFY(!RowFilter(QString(), false, 1).isEmpty());
    }

    void equality()
    {
        const RowFilter a(QStringLiteral("x"), true, 5);
        QCOMPARE(a, RowFilter(QStringLiteral("x"), true, 5));
        QVERIFY(!(a == RowFilter(QStringLiteral("x"), false, 5)));
        QVERIFY(!(a == RowFilter(QStringLiteral("x"), true, 6)));
        QVERIFY(!(a == RowFilter(QStringLiteral("y"), true, 5)));
        QCOMPARE(a.text(), QStringLiteral("x"));
        QVERIFY(a.isRegex());
        QCOMPARE(a.minCostNanos(), 5);
    }
};

QTEST_GUILESS_MAIN(TestRowFilter)
#include "tst_rowfilter.moc"
