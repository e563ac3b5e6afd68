// SPDX-License-Identifier: MIT
#include "ui/useridseditor.h"

#include "sources/useridlist.h"
#include "ui_useridseditor.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QKeyEvent>
#include <QShortcut>

UserIdsEditor::UserIdsEditor(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::UserIdsEditor>())
{
    ui->setupUi(this);
    connect(ui->addEdit, &QLineEdit::returnPressed, this, &UserIdsEditor::addFromEdit);
    connect(ui->addButton, &QToolButton::clicked, this, &UserIdsEditor::addFromEdit);
    connect(ui->pasteButton, &QToolButton::clicked, this, &UserIdsEditor::paste);
    connect(ui->importButton, &QToolButton::clicked, this, &UserIdsEditor::chooseFile);
    connect(ui->removeButton, &QToolButton::clicked, this, [this] {
        qDeleteAll(ui->idList->selectedItems());
        updateCount();
    });
    connect(ui->clearButton, &QToolButton::clicked, this, [this] {
        ui->idList->clear();
        updateCount();
    });
    // Ctrl+V on the list pastes ids too (the line edit handles its own paste)
    auto* pasteShortcut = new QShortcut(QKeySequence::Paste, ui->idList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(pasteShortcut, &QShortcut::activated, this, &UserIdsEditor::paste);
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, ui->idList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, ui->removeButton, &QToolButton::click);
    updateCount();
}

UserIdsEditor::~UserIdsEditor() = default;

QStringList UserIdsEditor::ids() const
{
    QStringList out;
    out.reserve(ui->idList->count());
    for (int i = 0; i < ui->idList->count(); ++i)
        out.append(ui->idList->item(i)->text());
    return out;
}

void UserIdsEditor::setIds(const QStringList& ids)
{
    ui->idList->clear();
    ui->idList->addItems(UserIdList::merge({}, ids));
    updateCount();
}

int UserIdsEditor::addText(const QString& text)
{
    int pieces = 0;
    const QStringList ids = UserIdList::split(text, &pieces);
    return addIds(ids, pieces);
}

int UserIdsEditor::addIds(const QStringList& newIds, int pieces)
{
    int added = 0;
    const QStringList merged = UserIdList::merge(ids(), newIds, &added);
    ui->idList->addItems(merged.mid(merged.size() - added));
    updateCount();
    if (pieces > 0) {
        const int dropped = pieces - added;
        Q_EMIT message(dropped > 0 ? tr("Added %Ln user ID(s) (%1 already in the list).", nullptr, added).arg(dropped)
                                   : tr("Added %Ln user ID(s).", nullptr, added));
    }
    return added;
}

int UserIdsEditor::paste()
{
    return addText(QApplication::clipboard()->text());
}

bool UserIdsEditor::importFile(const QString& path, QString* errorText)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString text = tr("Cannot read \"%1\": %2").arg(path, file.errorString());
        if (errorText)
            *errorText = text;
        Q_EMIT message(text);
        return false;
    }
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QStringList imported = UserIdList::fromFile(file.readAll(), csv);
    addIds(imported, int(imported.size()));
    return true;
}

void UserIdsEditor::addFromEdit()
{
    addText(ui->addEdit->text());
    ui->addEdit->clear();
}

void UserIdsEditor::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import user IDs"), QString(), tr("Text or CSV files (*.txt *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void UserIdsEditor::updateCount()
{
    const int n = ui->idList->count();
    ui->countLabel->setText(n == 0 ? tr("All users") : tr("%Ln user(s)", nullptr, n));
    ui->removeButton->setEnabled(n > 0);
    ui->clearButton->setEnabled(n > 0);
    Q_EMIT idsChanged();
}
