// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

class OverridesModel;

namespace Ui {
class PriceEditor;
}

/**
 * The analyst's own prices: an editable table of overrides rows (the overrides CSV's columns) with invalid cells
 * marked, rows added and removed, CSV import and export, and Save to the user's data folder. saved() tells the
 * window the file to price with from now on.
 */
class PriceEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PriceEditor(QWidget* parent = nullptr);
    ~PriceEditor() override;

    OverridesModel* model() const;
    /** The file Save writes: OverridesFile::defaultPath() unless set otherwise. */
    QString savePath() const { return m_savePath; }
    void setSavePath(const QString& path);
    /** The last outcome, e.g. "Saved 3 price rows to …" or why nothing was saved. */
    QString statusText() const;

    /** Loads the saved file when there is one; false with the reason shown when it cannot be used. */
    bool loadSaved();
    /** Writes the table to savePath(), then emits saved(); refused while a cell is invalid. */
    bool save();
    /** Replaces the table with an overrides CSV's rows; on an error (file, row, field) the table is kept. */
    bool importFile(const QString& path);
    /** Writes the table as an overrides CSV to path; refused while a cell is invalid. */
    bool exportFile(const QString& path);
    /** Appends an empty row and starts editing its model cell. */
    void addRow();
    /** Removes the rows that have a selected cell. */
    void removeSelectedRows();

Q_SIGNALS:
    /** The table was written to path: price with that file from now on. */
    void saved(const QString& path);

private:
    void setStatus(const QString& text);
    void showValidity();
    bool refuseInvalid(const QString& action);
    void chooseImport();
    void chooseExport();

    std::unique_ptr<Ui::PriceEditor> ui;
    OverridesModel* m_model = nullptr;
    QString m_savePath;
};
