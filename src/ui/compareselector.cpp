// SPDX-License-Identifier: MIT
#include "ui/compareselector.h"

#include "core/comparerange.h"
#include "models/wallclock.h"
#include "ui/datetimetyping.h"
#include "ui_compareselector.h"

#include <QSettings>

namespace {

const QString modeKey = QStringLiteral("query/compare");
const QString fromKey = QStringLiteral("query/compareFrom");
const QString toKey = QStringLiteral("query/compareTo");

// the settings' names of the modes, in combo order
const QStringList modeNames { QStringLiteral("none"), QStringLiteral("previous"), QStringLiteral("previous-year"),
    QStringLiteral("custom") };

} // namespace

CompareSelector::CompareSelector(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::CompareSelector>())
{
    ui->setupUi(this);
    const QDate today = QDate::currentDate();
    setCustomWallRange(
        WallClock::wall(today.addDays(-60), QTime(0, 0)), WallClock::wall(today.addDays(-31), QTime(23, 59, 59)));
    connect(ui->modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        Q_EMIT changed();
    });
    DateTimeTyping::install(ui->fromEdit);
    DateTimeTyping::install(ui->toEdit);
    connect(ui->fromEdit, &QDateTimeEdit::dateTimeChanged, this, &CompareSelector::changed);
    connect(ui->toEdit, &QDateTimeEdit::dateTimeChanged, this, &CompareSelector::changed);
    updateControls();
}

CompareSelector::~CompareSelector() = default;

Usage::CompareMode CompareSelector::mode() const
{
    return Usage::CompareMode(ui->modeCombo->currentIndex());
}

void CompareSelector::setMode(Usage::CompareMode mode)
{
    ui->modeCombo->setCurrentIndex(int(mode));
}

QDateTime CompareSelector::customStartWall() const
{
    return ui->fromEdit->dateTime();
}

QDateTime CompareSelector::customEndWall() const
{
    return ui->toEdit->dateTime();
}

void CompareSelector::setCustomWallRange(const QDateTime& start, const QDateTime& end)
{
    ui->fromEdit->setDateTime(WallClock::wall(start.date(), start.time()));
    ui->toEdit->setDateTime(WallClock::wall(end.date(), end.time()));
}

void CompareSelector::setRangeBounded(bool bounded)
{
    if (bounded == m_bounded)
        return;
    m_bounded = bounded;
    updateControls();
    Q_EMIT changed();
}

void CompareSelector::updateControls()
{
    ui->modeCombo->setEnabled(m_bounded);
    ui->modeLabel->setEnabled(m_bounded);
    ui->modeCombo->setToolTip(m_bounded
            ? tr("Show each row's figures of another range beside its own, and what changed")
            : tr("A comparison needs a range with a start and an end: choose a range other than \"All time\""));
    const bool custom = m_bounded && mode() == Usage::CompareMode::Custom;
    for (QWidget* w : { static_cast<QWidget*>(ui->fromLabel), static_cast<QWidget*>(ui->fromEdit),
             static_cast<QWidget*>(ui->toLabel), static_cast<QWidget*>(ui->toEdit) })
        w->setVisible(custom);
}

bool CompareSelector::apply(Usage::UsageQuery& query, QString* problem) const
{
    query.compare = m_bounded ? mode() : Usage::CompareMode::None;
    query.compareStartMs.reset();
    query.compareEndMs.reset();
    if (query.compare == Usage::CompareMode::Custom) {
        ui->fromEdit->interpretText();
        ui->toEdit->interpretText();
        query.compareStartMs = WallClock::toUtcMs(ui->fromEdit->dateTime(), query.zone, WallClock::Bound::Start);
        query.compareEndMs = WallClock::toUtcMs(ui->toEdit->dateTime(), query.zone, WallClock::Bound::End) + 999;
        if (*query.compareEndMs < *query.compareStartMs) {
            if (problem)
                *problem = tr("The end of the comparison range is before its start.");
            return false;
        }
    }
    if (!Usage::resolveComparison(query)) {
        if (problem)
            *problem = tr("The comparison range cannot be computed: the range needs a start and an end.");
        return false;
    }
    return true;
}

void CompareSelector::saveSettings(QSettings& settings) const
{
    settings.setValue(modeKey, modeNames.value(int(mode())));
    const QString format = QStringLiteral("yyyy-MM-ddTHH:mm:ss");
    settings.setValue(fromKey, ui->fromEdit->dateTime().toString(format));
    settings.setValue(toKey, ui->toEdit->dateTime().toString(format));
}

void CompareSelector::restoreSettings(const QSettings& settings)
{
    const QString format = QStringLiteral("yyyy-MM-ddTHH:mm:ss");
    const QDateTime from = QDateTime::fromString(settings.value(fromKey).toString(), format);
    const QDateTime to = QDateTime::fromString(settings.value(toKey).toString(), format);
    if (from.isValid() && to.isValid())
        setCustomWallRange(from, to);
    const int mode = modeNames.indexOf(settings.value(modeKey).toString());
    setMode(mode >= 0 ? Usage::CompareMode(mode) : Usage::CompareMode::None);
}
