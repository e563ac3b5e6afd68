// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class UserIdsEditor;
}

/** The user ids a query is limited to: add, paste many at once, import, remove; duplicates dropped. */
class UserIdsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit UserIdsEditor(QWidget* parent = nullptr);
    ~UserIdsEditor() override;

    QStringList ids() const;
    void setIds(const QStringList& ids);
    /** Adds the ids in text (newline, comma, tab or space separated); returns how many were new. */
    int addText(const QString& text);
    /** Adds the ids on the clipboard. */
    int paste();
    /** Adds the ids of a text or CSV file; false with errorText when it cannot be read. */
    bool importFile(const QString& path, QString* errorText = nullptr);

Q_SIGNALS:
    void idsChanged();
    /** A sentence for the message bar, e.g. "Added 12 ids (3 duplicates dropped)". */
    void message(const QString& text);

private:
    int addIds(const QStringList& ids, int pieces);
    void addFromEdit();
    void chooseFile();
    void updateCount();

    std::unique_ptr<Ui::UserIdsEditor> ui;
};
