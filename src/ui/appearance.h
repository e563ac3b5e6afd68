// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

/**
 * The application's look: the platform's style and palette, or Fusion with a light or a dark palette (Qt 6.4 has no
 * colour-scheme API). Widgets get a PaletteChange event when it changes; changed() is for parts that draw with
 * colours of their own (the charts' theme).
 */
class Appearance : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    /** Remembers the platform's style and palette, for System; create it once, after the QApplication. */
    explicit Appearance(QObject* parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    /** True when the palette in use is dark (a dark window colour), whatever the mode. */
    static bool isDark();

    static QPalette darkPalette();
    static QPalette lightPalette();
    /** "system", "light", "dark": the settings' and command line's names. */
    static QString name(Mode mode);
    static Mode fromName(const QString& name, Mode fallback = Mode::System);

Q_SIGNALS:
    void changed(Appearance::Mode mode);

private:
    Mode m_mode = Mode::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
};
