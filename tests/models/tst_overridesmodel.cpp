// SPDX-License-Identifier: MIT
// The overrides editor's model: per-cell checks with the reader's texts, rows added and removed, the CSV it
// writes byte for byte, imports that keep the table when refused, and saving under the user's data folder.
#include "core/pricing/overridessource.h"
#include "models/overridesfile.h"
#include "models/overridesmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Usage::Pricing::PriceError;

namespace {
const QByteArray kHeader =
    "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,reasoning_mtok\n";

QStringList fields(const char* csvLine)
{
    return QString::fromUtf8(csvLine).split(QLatin1Char(','));
}
} // namespace

class TestOverridesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Each cell's error is the reader's text for the same row, with the same row number.
    void cellErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("error");
        QTest::addRow("price") << "openai,gpt-4o,,,abc,,,," << 4
                               << "row 2: input_mtok: \"abc\" is not a decimal number";
        QTest::addRow("precision") << "openai,gpt-4o,,,,0.0000000000001,,," << 5
                                   << "row 2: output_mtok: \"0.0000000000001\" has more precision than 1e-18 USD";
        QTest::addRow("negative") << "openai,gpt-4o,,,1,,,,-2" << 8 << "row 2: reasoning_mtok: \"-2\" is negative";
        QTest::addRow("match") << "openai,gpt-4o,fuzzy,,1,,,," << 2
                               << "row 2: match: \"fuzzy\" is not equals, starts_with, contains or regex";
        QTest::addRow("date") << "openai,gpt-4o,,2025-13-01,1,,,," << 3
                              << "row 2: start_date: \"2025-13-01\" is not a YYYY-MM-DD date";
        QTest::addRow("model") << ",,,,1,,,," << 1 << "row 2: model: is empty";
        QTest::addRow("regex") << ",(,regex,,1,,,," << 1
                               << "row 2: model: invalid regular expression \"(\": missing closing parenthesis";
    }

    void cellErrors()
    {
        QFETCH(QString, line);
        QFETCH(int, column);
        QFETCH(QString, error);
        OverridesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({ line.split(QLatin1Char(',')) });
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.firstError(), error);
        const QModelIndex bad = model.index(0, column);
        QCOMPARE(bad.data(OverridesModel::ErrorRole).toString(), error);
        QCOMPARE(bad.data(Qt::ToolTipRole).toString(), error);
        QVERIFY(bad.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        const QModelIndex good = model.index(0, column == 0 ? 1 : 0);
        QVERIFY(!good.data(Qt::BackgroundRole).isValid());
        QVERIFY(!good.data(Qt::ToolTipRole).isValid());
        // the reader says the same of the same row
        PriceError readerError;
        QVERIFY(!Usage::Pricing::OverridesSource::read(
            QStringLiteral("prices"), kHeader + line.toUtf8() + '\n', &readerError));
        QCOMPARE(readerError.text(), QStringLiteral("prices: ") + error);
    }

    // Edits re-check the whole table: a repeated start date, a pattern that a changed match makes invalid.
    void editsRecheck()
    {
        OverridesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({ fields("openai,gpt-4o,,2025-01-01,2.5,10,,,"), fields("OpenAI,gpt-4o,,2025-02-01,2,8,,,") });
        QCOMPARE(model.errorCount(), 0);
        QVERIFY(model.setData(model.index(1, 3), QStringLiteral(" 2025-01-01 ")));
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("2025-01-01"));
        QCOMPARE(model.firstError(), QStringLiteral("row 3: start_date: repeats a start date of the same model"));
        QCOMPARE(model.cellError(0, 3), QString());
        QVERIFY(model.setData(model.index(1, 2), QStringLiteral("starts_with")));
        QCOMPARE(model.errorCount(), 0);
        QVERIFY(model.setData(model.index(1, 1), QStringLiteral("gpt-(")));
        QCOMPARE(model.errorCount(), 0);
        QVERIFY(model.setData(model.index(1, 2), QStringLiteral("regex")));
        QCOMPARE(model.firstError(),
            QStringLiteral("row 3: model: invalid regular expression \"gpt-(\": missing closing parenthesis"));
        // removing the first row renumbers the error
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.firstError(),
            QStringLiteral("row 2: model: invalid regular expression \"gpt-(\": missing closing parenthesis"));
        QVERIFY(model.insertRows(0, 1));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.errorCount(), 2);
        QCOMPARE(model.firstError(), QStringLiteral("row 2: model: is empty"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 2);
        QCOMPARE(model.headerData(7, Qt::Horizontal).toString(), QStringLiteral("cache_write_mtok"));
    }

    void csvBytes()
    {
        OverridesModel model;
        model.setRows({ fields("openai,gpt-4o,,2025-01-01,2.5,10,1.25,,"),
            QStringList { QString(), QStringLiteral("a,\"b\""), QStringLiteral("contains"), QString(),
                QStringLiteral("1"), QString(), QString(), QString(), QStringLiteral("3") } });
        const QByteArray expected = kHeader
            + "openai,gpt-4o,,2025-01-01,2.5,10,1.25,,\n"
              ",\"a,\"\"b\"\"\",contains,,1,,,,3\n";
        QCOMPARE(model.toCsv(), expected);
        // and it reads back to the same rows
        OverridesModel again;
        PriceError error;
        QVERIFY(again.loadCsv(QStringLiteral("x.csv"), expected, &error));
        QCOMPARE(again.rows(), model.rows());
        QCOMPARE(again.toCsv(), expected);
    }

    void importKeepsTableWhenRefused()
    {
        OverridesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PriceError error;
        QVERIFY(model.loadCsv(QStringLiteral("good.csv"),
            "\xEF\xBB\xBF" + kHeader + " anthropic , claude-3 ,starts_with,,3,15,,,\n\nopenai,o3,,,2,8,,,\n", &error));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rows().constFirst(), fields("anthropic,claude-3,starts_with,,3,15,,,"));
        const QByteArray before = model.toCsv();
        QVERIFY(
            !model.loadCsv(QStringLiteral("bad.csv"), kHeader + "openai,o3,,,2,8,,,\nopenai,o4,,June,1,,,,\n", &error));
        QCOMPARE(error.text(), QStringLiteral("bad.csv: row 3: start_date: \"June\" is not a YYYY-MM-DD date"));
        QCOMPARE(model.toCsv(), before);
    }

    void fileSaveAndRead()
    {
        const QString path = OverridesFile::defaultPath();
        QVERIFY(path.endsWith(QStringLiteral("/prices/overrides.csv")));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QFile::remove(path);
        QString error;
        const QByteArray data = kHeader + "openai,gpt-4o,,,2.5,10,,,\n";
        QVERIFY2(OverridesFile::write(path, data, &error), qPrintable(error));
        const std::optional<QByteArray> back = OverridesFile::read(path, &error);
        QVERIFY(back);
        QCOMPARE(*back, data);
        QFile::remove(path);
        QVERIFY(!OverridesFile::read(path, &error));
        QVERIFY(
            error.startsWith(QStringLiteral("Cannot read ") + QDir::toNativeSeparators(path) + QStringLiteral(": ")));
    }
};

QTEST_GUILESS_MAIN(TestOverridesModel)
#include "tst_overridesmodel.moc"
