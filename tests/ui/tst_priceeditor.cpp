// SPDX-License-Identifier: MIT
// The price editor: Save under the user's data folder (byte for byte, then saved()), refusals while a cell is
// invalid, imports that keep the table on an error naming file, row and field, export, and removing rows.
#include "models/overridesfile.h"
#include "models/overridesmodel.h"
#include "ui/priceeditor.h"

#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kHeader =
    "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,reasoning_mtok\n";

QStringList fields(const char* csvLine)
{
    return QString::fromUtf8(csvLine).split(QLatin1Char(','));
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

class TestPriceEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QFile::remove(OverridesFile::defaultPath()); }

    void saveWritesTheDataFolder()
    {
        PriceEditor editor;
        QCOMPARE(editor.savePath(), OverridesFile::defaultPath());
        QSignalSpy saved(&editor, &PriceEditor::saved);
        editor.model()->setRows(
            { fields("openai,gpt-4o,,,2.5,10,1.25,,"), fields(",my-model,starts_with,2025-06-01,1,2,,,") });
        QVERIFY(editor.save());
        QCOMPARE(contents(OverridesFile::defaultPath()),
            kHeader + "openai,gpt-4o,,,2.5,10,1.25,,\n,my-model,starts_with,2025-06-01,1,2,,,\n");
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.constFirst().constFirst().toString(), OverridesFile::defaultPath());
        QCOMPARE(editor.statusText(),
            QStringLiteral("Saved 2 price row(s) to ") + QDir::toNativeSeparators(OverridesFile::defaultPath()));
        // a new editor finds them again
        PriceEditor again;
        QVERIFY(again.loadSaved());
        QCOMPARE(again.model()->rows(), editor.model()->rows());
    }

    void saveRefusedWhileInvalid()
    {
        PriceEditor editor;
        QSignalSpy saved(&editor, &PriceEditor::saved);
        editor.addRow();
        QCOMPARE(editor.statusText(), QStringLiteral("1 invalid cell(s); the first: row 2: model: is empty"));
        QVERIFY(editor.model()->setData(editor.model()->index(0, 4), QStringLiteral("x")));
        QCOMPARE(editor.statusText(), QStringLiteral("2 invalid cell(s); the first: row 2: model: is empty"));
        QVERIFY(!editor.save());
        QCOMPARE(
            editor.statusText(), QStringLiteral("Not saved: 2 invalid cell(s); the first: row 2: model: is empty"));
        QVERIFY(!QFile::exists(OverridesFile::defaultPath()));
        QCOMPARE(saved.count(), 0);
        QTemporaryDir dir;
        QVERIFY(!editor.exportFile(dir.filePath(QStringLiteral("out.csv"))));
        QCOMPARE(
            editor.statusText(), QStringLiteral("Not exported: 2 invalid cell(s); the first: row 2: model: is empty"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.csv"))));
    }

    void importAndExport()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(
            writeFile(good, kHeader + "anthropic,claude-3,starts_with,,3,15,0.3,3.75,\r\nopenai,\"o3\",,,2,8,,,\r\n"));
        QVERIFY(writeFile(bad, kHeader + "openai,o3,,,2,8,,,\nopenai,o4,,,1,,,,abc\n"));
        PriceEditor editor;
        QVERIFY(editor.importFile(good));
        QCOMPARE(editor.statusText(), QStringLiteral("Imported 2 price row(s) from ") + QDir::toNativeSeparators(good));
        QCOMPARE(editor.model()->rowCount(), 2);
        QVERIFY(!editor.importFile(bad));
        QCOMPARE(editor.statusText(),
            QStringLiteral("Not imported: ") + QDir::toNativeSeparators(bad)
                + QStringLiteral(": row 3: reasoning_mtok: \"abc\" is not a decimal number"));
        QCOMPARE(editor.model()->rows().constLast(), fields("openai,o3,,,2,8,,,"));
        QVERIFY(!editor.importFile(dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY(editor.statusText().startsWith(QStringLiteral("Not imported: Cannot read ")));
        QCOMPARE(editor.model()->rowCount(), 2);
        QVERIFY(editor.exportFile(out));
        QCOMPARE(contents(out), kHeader + "anthropic,claude-3,starts_with,,3,15,0.3,3.75,\nopenai,o3,,,2,8,,,\n");
        QCOMPARE(editor.statusText(), QStringLiteral("Exported 2 price row(s) to ") + QDir::toNativeSeparators(out));
    }

    void loadSavedRefusesABadFile()
    {
        QVERIFY(OverridesFile::write(OverridesFile::defaultPath(), "model,price\n", nullptr));
        PriceEditor editor;
        QVERIFY(!editor.loadSaved());
        QCOMPARE(editor.statusText(),
            QStringLiteral("Your saved prices were not loaded: ")
                + QDir::toNativeSeparators(OverridesFile::defaultPath())
                + QStringLiteral(": row 1: the header must be ") + QString::fromLatin1(kHeader.trimmed()));
        QCOMPARE(editor.model()->rowCount(), 0);
    }

    void removeSelectedRows()
    {
        PriceEditor editor;
        editor.model()->setRows({ fields("a,m1,,,1,,,,"), fields("b,m2,,,1,,,,"), fields("c,m3,,,1,,,,") });
        auto* view = editor.findChild<QTableView*>(QStringLiteral("tableView"));
        QVERIFY(view);
        view->selectionModel()->select(editor.model()->index(0, 2), QItemSelectionModel::Select);
        view->selectionModel()->select(editor.model()->index(2, 5), QItemSelectionModel::Select);
        editor.removeSelectedRows();
        QCOMPARE(editor.model()->rows(), QList<QStringList> { fields("b,m2,,,1,,,,") });
        // Delete in the table does the same
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        view->setFocus();
        view->selectionModel()->select(editor.model()->index(0, 0), QItemSelectionModel::Select);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(editor.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestPriceEditor)
#include "tst_priceeditor.moc"
