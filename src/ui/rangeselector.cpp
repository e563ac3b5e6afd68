// SPDX-License-Identifier: MIT
#include "ui/rangeselector.h"

#include "models/displayformat.h"
#include "models/wallclock.h"
#include "ui/datetimetyping.h"
#include "ui_rangeselector.h"

#include <QCompleter>
#include <QDateTime>
#include <QLineEdit>
#include <QSettings>

RangeSelector::RangeSelector(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::RangeSelector>())
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    ui->setupUi(this);
    for (int p = RangePreset::LastHour; p < RangePreset::Count; ++p)
        ui->presetCombo->addItem(RangePreset::displayName(RangePreset::Preset(p)), p);
    ui->presetCombo->addItem(RangePreset::displayName(RangePreset::Custom), int(RangePreset::Custom));

    ui->zoneCombo->addItem(QStringLiteral("UTC"));
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && system != "UTC")
        ui->zoneCombo->addItem(
            tr("%1 (this computer's zone)").arg(QString::fromUtf8(system)), QStringLiteral("system"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC" && id != system)
            ui->zoneCombo->addItem(QString::fromUtf8(id));
    }
    ui->zoneCombo->completer()->setFilterMode(Qt::MatchContains);
    ui->zoneCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    ui->zoneCombo->setCurrentIndex(0);

    connect(ui->presetCombo, &QComboBox::currentIndexChanged, this, &RangeSelector::applyPreset);
    connect(ui->zoneCombo, &QComboBox::currentIndexChanged, this, &RangeSelector::onZoneEdited);
    connect(ui->zoneCombo->lineEdit(), &QLineEdit::editingFinished, this, &RangeSelector::onZoneEdited);
    auto onPickerEdited = [this] {
        if (m_applyingPreset)
            return;
        ui->errorLabel->hide();
        const int custom = ui->presetCombo->findData(int(RangePreset::Custom));
        if (ui->presetCombo->currentIndex() != custom) {
            const QSignalBlocker blocker(ui->presetCombo);
            ui->presetCombo->setCurrentIndex(custom);
        }
        Q_EMIT changed();
    };
    DateTimeTyping::install(ui->fromEdit);
    DateTimeTyping::install(ui->toEdit);
    connect(ui->fromEdit, &QDateTimeEdit::dateTimeChanged, this, onPickerEdited);
    connect(ui->toEdit, &QDateTimeEdit::dateTimeChanged, this, onPickerEdited);
    // pickers start on a sensible custom range for when the user leaves "All time"
    const RangePreset::WallRange initial = RangePreset::compute(RangePreset::Last30Days, m_clock(), m_zone);
    setWallRange(initial.start, initial.end);
    setPreset(RangePreset::AllTime);
}

RangeSelector::~RangeSelector() = default;

void RangeSelector::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    applyPreset();
}

RangePreset::Preset RangeSelector::preset() const
{
    return RangePreset::Preset(ui->presetCombo->currentData().toInt());
}

void RangeSelector::setPreset(RangePreset::Preset preset)
{
    const int index = ui->presetCombo->findData(int(preset));
    Q_ASSERT(index >= 0);
    if (index == ui->presetCombo->currentIndex())
        applyPreset();
    else
        ui->presetCombo->setCurrentIndex(index);
}

QTimeZone RangeSelector::zone() const
{
    return m_zone;
}

bool RangeSelector::setZone(const QByteArray& ianaId)
{
    const QTimeZone zone = ianaId == "UTC" ? QTimeZone::utc() : QTimeZone(ianaId);
    if (!zone.isValid())
        return false;
    int index = ui->zoneCombo->findText(QString::fromUtf8(ianaId));
    if (index < 0 && ianaId == QTimeZone::systemTimeZoneId())
        index = ui->zoneCombo->findData(QStringLiteral("system"));
    if (index >= 0)
        ui->zoneCombo->setCurrentIndex(index);
    else
        ui->zoneCombo->setCurrentText(QString::fromUtf8(ianaId));
    onZoneEdited();
    return true;
}

void RangeSelector::onZoneEdited()
{
    const int systemIndex = ui->zoneCombo->findData(QStringLiteral("system"));
    const QString text = ui->zoneCombo->currentText().trimmed();
    const QByteArray id = systemIndex >= 0 && text == ui->zoneCombo->itemText(systemIndex)
        ? QTimeZone::systemTimeZoneId()
        : text.toUtf8();
    const QTimeZone zone = id == "UTC" ? QTimeZone::utc() : QTimeZone(id);
    if (!zone.isValid()) {
        showError(tr("Unknown time zone \"%1\"; still using %2.")
                      .arg(QString::fromUtf8(id), DisplayFormat::zoneName(m_zone)));
        return;
    }
    ui->errorLabel->hide();
    if (zone == m_zone)
        return;
    m_zone = zone;
    // a preset means "this period in this zone"; custom wall times stay as typed
    if (preset() != RangePreset::Custom)
        applyPreset();
    Q_EMIT changed();
}

void RangeSelector::applyPreset()
{
    const RangePreset::Preset p = preset();
    const bool bounded = p != RangePreset::AllTime;
    // "All time" has no dates: the pickers go away rather than show unrelated ones greyed out
    for (QWidget* w : { static_cast<QWidget*>(ui->fromLabel), static_cast<QWidget*>(ui->fromEdit),
             static_cast<QWidget*>(ui->toLabel), static_cast<QWidget*>(ui->toEdit) })
        w->setVisible(bounded);
    ui->errorLabel->hide();
    if (p != RangePreset::Custom && bounded) {
        const RangePreset::WallRange range = RangePreset::compute(p, m_clock(), m_zone);
        setWallRange(range.start, range.end);
    }
    Q_EMIT changed();
}

QDateTime RangeSelector::startWall() const
{
    return ui->fromEdit->dateTime();
}

QDateTime RangeSelector::endWall() const
{
    return ui->toEdit->dateTime();
}

void RangeSelector::setWallRange(const QDateTime& start, const QDateTime& end)
{
    m_applyingPreset = true;
    ui->fromEdit->setDateTime(WallClock::wall(start.date(), start.time()));
    ui->toEdit->setDateTime(WallClock::wall(end.date(), end.time()));
    m_applyingPreset = false;
}

std::optional<RangeSelector::Range> RangeSelector::range(QString* errorText)
{
    Range r;
    r.zone = m_zone;
    if (preset() == RangePreset::AllTime) {
        ui->errorLabel->hide();
        return r;
    }
    if (preset() != RangePreset::Custom) // "Last hour" means the hour before now, not before the preset was picked
        applyPreset();
    // what was typed counts, also the section still being edited (a year, the minutes)
    ui->fromEdit->interpretText();
    ui->toEdit->interpretText();
    const qint64 start = WallClock::toUtcMs(startWall(), m_zone, WallClock::Bound::Start);
    const qint64 end = WallClock::toUtcMs(endWall(), m_zone, WallClock::Bound::End) + 999;
    if (end < start) {
        const QString text = tr("The end of the range (%1) is before its start (%2).")
                                 .arg(endWall().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                     startWall().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        showError(text);
        if (errorText)
            *errorText = text;
        return std::nullopt;
    }
    ui->errorLabel->hide();
    r.startMs = start;
    r.endMs = end;
    return r;
}

void RangeSelector::showError(const QString& text)
{
    ui->errorLabel->setText(text);
    QPalette palette = ui->errorLabel->palette();
    // readable on light and dark palettes alike
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    ui->errorLabel->setPalette(palette);
    ui->errorLabel->show();
}

QString RangeSelector::describe() const
{
    const QString zone = DisplayFormat::zoneName(m_zone);
    if (preset() == RangePreset::AllTime)
        return tr("all time (%1)").arg(zone);
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    return tr("%1 – %2 (%3)").arg(startWall().toString(format), endWall().toString(format), zone);
}

void RangeSelector::saveSettings(QSettings& settings) const
{
    settings.setValue(QStringLiteral("range/preset"), RangePreset::key(preset()));
    settings.setValue(QStringLiteral("range/zone"), DisplayFormat::zoneName(zone()));
}

void RangeSelector::restoreSettings(const QSettings& settings)
{
    const QString zoneId = settings.value(QStringLiteral("range/zone")).toString();
    if (!zoneId.isEmpty())
        setZone(zoneId.toUtf8());
    setPreset(RangePreset::fromKey(settings.value(QStringLiteral("range/preset")).toString(), RangePreset::AllTime));
}
