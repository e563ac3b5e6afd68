// SPDX-License-Identifier: MIT
#include "ui/filterbar.h"

#include "models/displayformat.h"
#include "models/rowfilter.h"
#include "models/usagetablemodel.h"
#include "ui_filterbar.h"

#include <QRegularExpression>
#include <QTimer>

#include <cmath>

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::FilterBar>())
    , m_timer(new QTimer(this))
{
    ui->setupUi(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(300); // debounce typing
    connect(m_timer, &QTimer::timeout, this, &FilterBar::apply);
    connect(ui->filterEdit, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(ui->regexCheck, &QCheckBox::toggled, this, &FilterBar::apply);
    connect(ui->minCostSpin, &QDoubleSpinBox::valueChanged, m_timer, qOverload<>(&QTimer::start));
    const auto [dollarBefore, dollarAfter] = DisplayFormat::dollarAffixes(); // "$0.00", "0,00 $"
    ui->minCostSpin->setPrefix(dollarBefore);
    ui->minCostSpin->setSuffix(dollarAfter);
}

FilterBar::~FilterBar() = default;

void FilterBar::setModel(UsageTableModel* model)
{
    m_model = model;
}

void FilterBar::focusFilter()
{
    ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    ui->filterEdit->selectAll();
}

void FilterBar::filterToId(const QString& id)
{
    ui->regexCheck->setChecked(true);
    ui->filterEdit->setText(QLatin1Char('^') + QRegularExpression::escape(id) + QLatin1Char('$'));
    apply();
}

void FilterBar::setFilter(const RowFilter& filter)
{
    const QSignalBlocker blockEdit(ui->filterEdit);
    const QSignalBlocker blockRegex(ui->regexCheck);
    const QSignalBlocker blockCost(ui->minCostSpin);
    ui->filterEdit->setText(filter.text());
    ui->regexCheck->setChecked(filter.isRegex());
    ui->minCostSpin->setValue(double(filter.minCostNanos()) / 1e9);
    apply();
}

void FilterBar::apply()
{
    m_timer->stop();
    if (!m_model)
        return;
    const qint64 minNanos = qint64(std::llround(ui->minCostSpin->value() * 1e9));
    const RowFilter filter(ui->filterEdit->text(), ui->regexCheck->isChecked(), minNanos);
    if (!m_model->setFilter(filter)) {
        ui->filterEdit->setToolTip(tr("Not a valid regular expression: %1").arg(filter.errorString()));
        QPalette palette = ui->filterEdit->palette();
        const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
        palette.setColor(QPalette::Text, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
        ui->filterEdit->setPalette(palette);
        return;
    }
    ui->filterEdit->setPalette(QPalette());
    ui->filterEdit->setToolTip(tr("Show only the rows whose id contains this text (case-insensitive), or matches "
                                  "it as a regular expression"));
}
