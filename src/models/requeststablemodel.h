// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestrow.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <vector>

/**
 * The requests of one group, one row each: display text in the chosen zone and locale, raw values (numbers,
 * epoch milliseconds) through RawValueRole for sorting and the cost histogram.
 */
class RequestsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Time,
        Model,
        Provider,
        PromptTokens,
        CompletionTokens,
        CacheReadTokens,
        CacheWriteTokens,
        ReasoningTokens,
        Cost,
        Latency,
        Status,
        ComputedCost, ///< the price book's cost (shown when the listing is priced)
        PriceSource, ///< the price entry that priced it, or "unpriced"
        ColumnCount
    };
    enum Roles {
        RawValueRole = Qt::UserRole + 1, ///< qint64 for figures and times, QString for text; invalid when unknown
        RequestIdRole, ///< QString
        PropertiesRole, ///< QString: the request's properties as JSON text, empty when none
        RowRole, ///< int: the index into rows()
    };

    explicit RequestsTableModel(QObject* parent = nullptr);

    void setRows(std::vector<Usage::Requests::RequestRow> rows);
    const std::vector<Usage::Requests::RequestRow>& rows() const { return m_rows; }
    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_zone; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant raw(const Usage::Requests::RequestRow& row, int column) const;
    QString text(const Usage::Requests::RequestRow& row, int column) const;

    std::vector<Usage::Requests::RequestRow> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
};
