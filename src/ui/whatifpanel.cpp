// SPDX-License-Identifier: MIT
#include "ui/whatifpanel.h"

#include "ui/datetimetyping.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum SwapColumn { From, To };
} // namespace

WhatIfPanel::WhatIfPanel(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("What if"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* dateRow = new QHBoxLayout;
    m_dateCheck = new QCheckBox(tr("Price every request at the prices of"), this);
    m_dateCheck->setObjectName(QStringLiteral("priceDateCheck"));
    m_dateCheck->setToolTip(tr("Unchecked: each request at the prices of its own date"));
    m_dateEdit = new QDateEdit(QDate::currentDate(), this);
    m_dateEdit->setObjectName(QStringLiteral("priceDateEdit"));
    DateTimeTyping::install(m_dateEdit);
    m_dateEdit->setAccessibleName(tr("Price date"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setEnabled(false);
    // the date below its check box, in line with the box's text: the row stays as narrow as the query dock
    layout->addWidget(m_dateCheck);
    dateRow->addSpacing(style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_dateCheck)
        + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, m_dateCheck));
    dateRow->addWidget(m_dateEdit);
    dateRow->addStretch();
    layout->addLayout(dateRow);

    m_swaps = new QTableWidget(0, 2, this);
    m_swaps->setObjectName(QStringLiteral("swapTable"));
    m_swaps->setAccessibleName(tr("Model swaps"));
    m_swaps->setToolTip(tr("Price the requests of a model as another model"));
    m_swaps->setHorizontalHeaderLabels({ tr("Model"), tr("Priced as") });
    m_swaps->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_swaps->verticalHeader()->hide();
    m_swaps->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_swaps);

    auto* buttons = new QHBoxLayout;
    auto* add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addSwapButton"));
    add->setText(tr("Add swap"));
    add->setAccessibleName(tr("Add a model swap"));
    auto* remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeSwapButton"));
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove the selected model swaps"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_dateCheck, &QCheckBox::toggled, m_dateEdit, &QWidget::setEnabled);
    connect(m_dateCheck, &QCheckBox::toggled, this, &WhatIfPanel::notify);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &WhatIfPanel::notify);
    connect(add, &QToolButton::clicked, this, [this] { addSwap(); });
    connect(remove, &QToolButton::clicked, this, &WhatIfPanel::removeSelectedSwaps);
}

void WhatIfPanel::setModels(const QStringList& models)
{
    m_models = models;
    m_models.sort();
    m_models.removeDuplicates();
    for (int row = 0; row < m_swaps->rowCount(); ++row)
        for (int column : { From, To })
            fillCombo(swapCell(row, column));
}

Usage::PricingOptions WhatIfPanel::options() const
{
    Usage::PricingOptions out;
    if (m_dateCheck->isChecked())
        out.priceDateMs = m_dateEdit->date().startOfDay(Qt::UTC).toMSecsSinceEpoch();
    for (int row = 0; row < m_swaps->rowCount(); ++row) {
        const QString from = swapCell(row, From)->currentText().trimmed();
        const QString to = swapCell(row, To)->currentText().trimmed();
        if (!from.isEmpty() && !to.isEmpty() && from != to)
            out.modelSwaps.insert_or_assign(from.toStdString(), to.toStdString());
    }
    return out;
}

void WhatIfPanel::setOptions(const Usage::PricingOptions& options)
{
    const QSignalBlocker blockDate(m_dateEdit);
    const QSignalBlocker blockCheck(m_dateCheck);
    m_dateCheck->setChecked(options.priceDateMs.has_value());
    m_dateEdit->setEnabled(options.priceDateMs.has_value());
    if (options.priceDateMs)
        m_dateEdit->setDate(QDateTime::fromMSecsSinceEpoch(*options.priceDateMs, Qt::UTC).date());
    m_swaps->setRowCount(0);
    m_settingOptions = true; // one changed() for the whole set, not one per row
    for (const auto& swap : options.modelSwaps)
        addSwap(QString::fromStdString(swap.first), QString::fromStdString(swap.second));
    m_settingOptions = false;
    notify();
}

void WhatIfPanel::addSwap(const QString& from, const QString& to)
{
    const int row = m_swaps->rowCount();
    m_swaps->insertRow(row);
    const QString texts[] = { from, to };
    for (int column : { From, To }) {
        auto* combo = new QComboBox(m_swaps);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setAccessibleName(column == From ? tr("Model") : tr("Priced as"));
        fillCombo(combo);
        combo->setCurrentText(texts[column]);
        connect(combo, &QComboBox::currentTextChanged, this, &WhatIfPanel::notify);
        m_swaps->setCellWidget(row, column, combo);
    }
    notify();
}

void WhatIfPanel::removeSelectedSwaps()
{
    QList<int> rows;
    for (const QModelIndex& index : m_swaps->selectionModel()->selectedIndexes())
        if (!rows.contains(index.row()))
            rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_swaps->removeRow(row);
    notify();
}

int WhatIfPanel::swapCount() const
{
    return m_swaps->rowCount();
}

QComboBox* WhatIfPanel::swapCell(int row, int column) const
{
    return qobject_cast<QComboBox*>(m_swaps->cellWidget(row, column));
}

void WhatIfPanel::fillCombo(QComboBox* combo) const
{
    const QSignalBlocker block(combo);
    const QString text = combo->currentText();
    combo->clear();
    combo->addItems(m_models);
    combo->setCurrentText(text);
}

void WhatIfPanel::notify()
{
    if (m_settingOptions)
        return;
    const Usage::PricingOptions now = options();
    if (now.priceDateMs == m_lastDate && now.modelSwaps == m_lastSwaps)
        return;
    m_lastDate = now.priceDateMs;
    m_lastSwaps = now.modelSwaps;
    Q_EMIT changed();
}
