// SPDX-License-Identifier: MIT
#pragma once

#include "sources/usagesource.h"

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class UsageTableModel;

/**
 * The status bar's line: where the rows shown come from, their range and count; while a run goes, its progress.
 * It follows the model's visible rows by itself.
 */
class StatusLine : public QObject
{
    Q_OBJECT
public:
    /** Adds its widgets to bar, which owns them and this object. */
    StatusLine(const UsageTableModel* model, QStatusBar* bar);

    /** The request behind the rows shown, once a result reached the table. */
    void setShownRequest(const SourceRequest& request);
    void setRunning(bool running);
    /** Marks the rows shown as not matching the inputs any more (e.g. another range), until the next result. */
    void setOutOfDate(bool outOfDate);
    /** permille < 0: busy, the amount of work is not known yet. */
    void setProgress(int permille, const QString& text);
    QString text() const;

Q_SIGNALS:
    /** The name of the source of the rows shown changed ("Helicone API (…)", file names), for the title. */
    void sourceChanged(const QString& source);

private:
    void update();
    QString sourceText() const;
    QString rangeText() const;
    /** The comparison range and how many groups are new or gone. */
    QString comparisonText() const;

    const UsageTableModel* m_model;
    QLabel* m_label;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    SourceRequest m_request;
    bool m_hasRequest = false;
    bool m_outOfDate = false;
};
