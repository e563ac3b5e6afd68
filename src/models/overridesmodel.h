// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricesource.h"

#include <QAbstractTableModel>
#include <QStringList>

/**
 * The rows of an overrides price file as an editable table, one column per CSV field (provider ... reasoning_mtok).
 * Every cell is checked as the overrides file reader checks it, with its texts: an invalid cell has a background,
 * and its error ("row 3: start_date: \"June\" is not a YYYY-MM-DD date", rows counted as in the file, the header is
 * row 1) as tooltip and under ErrorRole. Cells hold their text trimmed.
 */
class OverridesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        ErrorRole = Qt::UserRole + 1, ///< QString: the cell's error; empty when it is valid
    };

    explicit OverridesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /** Inserts empty rows (their model cell is then invalid: "is empty"). */
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    /** The cells' text, row by row, kOverridesColumnCount fields each. */
    const QList<QStringList>& rows() const { return m_rows; }
    void setRows(const QList<QStringList>& rows);

    /** The table as an overrides CSV: the header, then one line per row (LF), fields quoted where needed. */
    QByteArray toCsv() const;
    /**
     * Replaces the rows with those of data, an overrides CSV named file. False when the reader refuses it: error
     * then names the file, row and field, and the rows stay as they were.
     */
    bool loadCsv(const QString& file, const QByteArray& data, Usage::Pricing::PriceError* error);

    QString cellError(int row, int column) const;
    /** The number of invalid cells. */
    int errorCount() const;
    /** The first invalid cell's error, by row then column; empty when every cell is valid. */
    QString firstError() const;

private:
    void validate();

    QList<QStringList> m_rows;
    QList<QStringList> m_errors; ///< per cell, beside m_rows
};
