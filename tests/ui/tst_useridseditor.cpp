// SPDX-License-Identifier: MIT
#include "ui/useridseditor.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestUserIdsEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pasteMany()
    {
        UserIdsEditor editor;
        auto* count = editor.findChild<QLabel*>(QStringLiteral("countLabel"));
        QCOMPARE(count->text(), QStringLiteral("All users"));
        QSignalSpy messages(&editor, &UserIdsEditor::message);
        QApplication::clipboard()->setText(QStringLiteral("alice\nbob,carol\tdave erin\r\nalice\n\n"));
        QCOMPARE(editor.paste(), 5);
        QCOMPARE(editor.ids(),
            (QStringList { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                QStringLiteral("dave"), QStringLiteral("erin") }));
        QCOMPARE(count->text(), QStringLiteral("5 user(s)"));
        QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Added 5 user ID(s) (1 already in the list)."));
        // pasting again adds nothing new
        QCOMPARE(editor.paste(), 0);
        QCOMPARE(editor.ids().size(), 5);
    }

    void typeAndEnter()
    {
        UserIdsEditor editor;
        auto* edit = editor.findChild<QLineEdit*>(QStringLiteral("addEdit"));
        QTest::keyClicks(edit, QStringLiteral("u1, u2 u1"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(editor.ids(), (QStringList { QStringLiteral("u1"), QStringLiteral("u2") }));
        QVERIFY(edit->text().isEmpty());
    }

    void importCsv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user_id,cost\nx@example.com,1\n\"y, z\",2\n");
        file.close();
        UserIdsEditor editor;
        editor.setIds({ QStringLiteral("x@example.com") });
        QVERIFY(editor.importFile(path));
        QCOMPARE(editor.ids(), (QStringList { QStringLiteral("x@example.com"), QStringLiteral("y, z") }));
        QString error;
        QVERIFY(!editor.importFile(dir.filePath(QStringLiteral("missing.txt")), &error));
        QVERIFY(error.startsWith(QStringLiteral("Cannot read")));
    }
};

QTEST_MAIN(TestUserIdsEditor)
#include "tst_useridseditor.moc"
