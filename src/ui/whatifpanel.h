// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricetypes.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QTableWidget;

/**
 * The what-if options: a price date (unchecked: each request at its own date's prices) and model swaps, "price
 * the requests of this model as that model". The swap cells offer the models of the current result and accept
 * any text. options() is what the aggregation prices the what-if figures with; changed() says it changed.
 */
class WhatIfPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WhatIfPanel(QWidget* parent = nullptr);

    /** The models the swap cells offer (the current result's), sorted and without duplicates. */
    void setModels(const QStringList& models);
    QStringList models() const { return m_models; }

    /**
     * The price date as UTC midnight when checked, and the swaps whose both cells are filled and differ (a later
     * row of the same model replaces an earlier one).
     */
    Usage::PricingOptions options() const;
    void setOptions(const Usage::PricingOptions& options);

    /** Appends a swap row; from and to may be empty (then the row is not used until both are filled). */
    void addSwap(const QString& from = {}, const QString& to = {});
    /** Removes the swap rows that have a selected cell. */
    void removeSelectedSwaps();
    int swapCount() const;

Q_SIGNALS:
    /** options() is not what it was at the last emission. */
    void changed();

private:
    QComboBox* swapCell(int row, int column) const;
    void fillCombo(QComboBox* combo) const;
    void notify();

    QCheckBox* m_dateCheck = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QTableWidget* m_swaps = nullptr;
    QStringList m_models;
    bool m_settingOptions = false;
    std::optional<std::int64_t> m_lastDate;
    std::map<std::string, std::string, std::less<>> m_lastSwaps;
};
