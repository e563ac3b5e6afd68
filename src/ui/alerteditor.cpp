// SPDX-License-Identifier: MIT
#include "ui/alerteditor.h"

#include "models/displayformat.h"
#include "ui_alerteditor.h"

#include <QSettings>

#include <cmath>

namespace {

const QString costKey = QStringLiteral("alerts/costAbove");
const QString changeKey = QStringLiteral("alerts/changeAbove");

qint64 toNanos(double value)
{
    return qint64(std::llround(value * 1e9));
}

} // namespace

AlertEditor::AlertEditor(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::AlertEditor>())
{
    ui->setupUi(this);
    const auto [dollarBefore, dollarAfter] = DisplayFormat::dollarAffixes();
    ui->costSpin->setPrefix(dollarBefore);
    ui->costSpin->setSuffix(dollarAfter);
    connect(ui->costCheck, &QCheckBox::toggled, this, &AlertEditor::onEdited);
    connect(ui->changeCheck, &QCheckBox::toggled, this, &AlertEditor::onEdited);
    connect(ui->costSpin, &QDoubleSpinBox::valueChanged, this, &AlertEditor::onEdited);
    connect(ui->changeSpin, &QDoubleSpinBox::valueChanged, this, &AlertEditor::onEdited);
    ui->costSpin->setEnabled(false);
    ui->changeSpin->setEnabled(false);
}

AlertEditor::~AlertEditor() = default;

Usage::AlertRule AlertEditor::rule() const
{
    Usage::AlertRule rule;
    if (ui->costCheck->isChecked())
        rule.costAboveNanos = toNanos(ui->costSpin->value());
    if (ui->changeCheck->isChecked())
        rule.changeAboveNanos = toNanos(ui->changeSpin->value());
    return rule;
}

void AlertEditor::setRule(const Usage::AlertRule& rule)
{
    {
        const QSignalBlocker blockers[] { QSignalBlocker(ui->costCheck), QSignalBlocker(ui->changeCheck),
            QSignalBlocker(ui->costSpin), QSignalBlocker(ui->changeSpin) };
        ui->costCheck->setChecked(rule.costAboveNanos.has_value());
        if (rule.costAboveNanos)
            ui->costSpin->setValue(double(*rule.costAboveNanos) / 1e9);
        ui->changeCheck->setChecked(rule.changeAboveNanos.has_value());
        if (rule.changeAboveNanos)
            ui->changeSpin->setValue(double(*rule.changeAboveNanos) / 1e9);
    }
    onEdited();
}

void AlertEditor::onEdited()
{
    ui->costSpin->setEnabled(ui->costCheck->isChecked());
    ui->changeSpin->setEnabled(ui->changeCheck->isChecked());
    Q_EMIT ruleChanged(rule());
}

void AlertEditor::saveSettings(QSettings& settings) const
{
    const Usage::AlertRule r = rule();
    settings.setValue(costKey, r.costAboveNanos ? QVariant(qint64(*r.costAboveNanos)) : QVariant(QString()));
    settings.setValue(changeKey, r.changeAboveNanos ? QVariant(qint64(*r.changeAboveNanos)) : QVariant(QString()));
}

void AlertEditor::restoreSettings(const QSettings& settings)
{
    Usage::AlertRule r;
    bool ok = false;
    const qint64 cost = settings.value(costKey).toLongLong(&ok);
    if (ok && cost >= 0)
        r.costAboveNanos = cost;
    const qint64 change = settings.value(changeKey).toLongLong(&ok);
    if (ok)
        r.changeAboveNanos = change;
    setRule(r);
}
