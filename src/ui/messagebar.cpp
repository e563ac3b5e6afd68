// SPDX-License-Identifier: MIT
#include "ui/messagebar.h"

#include "ui/detailsdialog.h"
#include "ui_messagebar.h"

#include <QBoxLayout>
#include <QEvent>
#include <QPushButton>
#include <QStyle>

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , ui(std::make_unique<Ui::MessageBar>())
{
    ui->setupUi(this);
    m_actionButton = new QPushButton(this);
    if (auto* row = qobject_cast<QBoxLayout*>(layout()))
        row->insertWidget(row->indexOf(ui->detailsButton), m_actionButton);
    m_actionButton->hide();
    connect(m_actionButton, &QPushButton::clicked, this, &MessageBar::actionTriggered);
    connect(ui->closeButton, &QToolButton::clicked, this, &MessageBar::clearMessage);
    connect(ui->detailsButton, &QPushButton::clicked, this, &MessageBar::showDetails);
    hide();
}

MessageBar::~MessageBar() = default;

QString MessageBar::text() const
{
    return ui->textLabel->text();
}

void MessageBar::showMessage(
    Level level, const QString& text, const QString& details, const QList<Usage::Diagnostic>& diagnostics)
{
    m_level = level;
    m_details = details;
    m_diagnostics = diagnostics;
    ui->textLabel->setText(text);
    m_actionButton->hide();
    ui->detailsButton->setVisible(!details.isEmpty() || !diagnostics.isEmpty());
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (level == Level::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (level == Level::Error)
        icon = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    ui->iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    updateColors();
    show();
}

void MessageBar::clearMessage()
{
    ui->textLabel->clear();
    m_actionButton->hide();
    m_details.clear();
    m_diagnostics.clear();
    hide();
}

void MessageBar::setAction(const QString& text)
{
    m_actionButton->setText(text);
    m_actionButton->show();
}

QString MessageBar::actionText() const
{
    return m_actionButton->isVisibleTo(this) ? m_actionButton->text() : QString();
}

void MessageBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !property("ue_updatingColors").toBool())
        updateColors();
}

void MessageBar::updateColors()
{
    // Qt 6.4 has no colour-scheme hint: a dark window colour means a dark palette
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    const bool dark = base.color(QPalette::Window).lightnessF() < 0.5;
    QColor background;
    switch (m_level) {
    case Level::Information:
        background = dark ? QColor(0x1d, 0x3b, 0x5a) : QColor(0xdd, 0xea, 0xf8);
        break;
    case Level::Warning:
        background = dark ? QColor(0x5a, 0x47, 0x12) : QColor(0xfb, 0xef, 0xc8);
        break;
    case Level::Error:
        background = dark ? QColor(0x5e, 0x1f, 0x1f) : QColor(0xf8, 0xd7, 0xd7);
        break;
    }
    QPalette palette = base;
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x20, 0x20, 0x20));
    setProperty("ue_updatingColors", true);
    setPalette(palette);
    setProperty("ue_updatingColors", false);
}

void MessageBar::showDetails()
{
    Q_EMIT detailsRequested();
    auto* dialog = new DetailsDialog(ui->textLabel->text(), m_details, m_diagnostics, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: the window stays usable
}
