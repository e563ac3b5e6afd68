// SPDX-License-Identifier: MIT
// The window's size and place: saved and restored, fitted to the screen, and the query dock's width.
#include "ui/mainwindow.h"
#include "ui/querypanel.h"
#include "ui_mainwindow.h"

#include <QGuiApplication>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>

#include <algorithm>

void MainWindow::saveWindowSettings(QSettings& settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::restoreWindowSettings(const QSettings& settings)
{
    const QRect fitted = geometry();
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const QScreen* screen = QGuiApplication::screenAt(geometry().center());
    if (!screen || !screen->availableGeometry().contains(geometry())) {
        // saved on a larger screen or at a smaller scale: the first window's fitted size instead
        setWindowState(Qt::WindowNoState);
        setGeometry(fitted);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::fitQueryDock()
{
    // the panel scrolls vertically only: the dock is at least as wide as the panel's narrowest layout, so no
    // button is cut off at its right
    ui->queryPanel->ensurePolished();
    const int panel = ui->queryPanel->minimumSizeHint().width()
        + ui->queryScroll->verticalScrollBar()->sizeHint().width() + 2 * ui->queryScroll->frameWidth();
    const int width = std::max(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 44, panel);
    ui->queryDock->setMinimumWidth(width);
    // and starts that narrow, not as wide as its widest hidden source page would like: the results get the rest
    resizeDocks({ ui->queryDock }, { width }, Qt::Horizontal);
}

void MainWindow::fitToScreen()
{
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // the window frame is not known before the window is shown: leave room for a title bar and borders
    const QSize room = available.size() - QSize(16, 48);
    const QSize size = this->size().boundedTo(room).expandedTo(minimumSize());
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
}
