// SPDX-License-Identifier: MIT
#include "ui/statusline.h"

#include "models/displayformat.h"
#include "models/usagetablemodel.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

#include <algorithm>
#include <climits>

StatusLine::StatusLine(const UsageTableModel* model, QStatusBar* bar)
    : QObject(bar)
    , m_model(model)
    , m_label(new QLabel(bar))
    , m_progressLabel(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
{
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setTextVisible(false);
    m_progressLabel->setAccessibleName(tr("Progress details"));
    m_label->setAccessibleName(tr("Status"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_label, 1);
    bar->addPermanentWidget(m_progressLabel);
    bar->addPermanentWidget(m_progress);
    m_progress->hide();
    m_progressLabel->hide();
    connect(model, &UsageTableModel::visibleRowsChanged, this, &StatusLine::update);
    connect(model, &UsageTableModel::alertsChanged, this, &StatusLine::update);
    update();
}

void StatusLine::setShownRequest(const SourceRequest& request)
{
    m_request = request;
    m_hasRequest = true;
    m_outOfDate = false;
    update();
    Q_EMIT sourceChanged(sourceText());
}

void StatusLine::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_progressLabel->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_progressLabel->clear();
    }
}

void StatusLine::setOutOfDate(bool outOfDate)
{
    m_outOfDate = outOfDate && m_hasRequest;
    update();
}

void StatusLine::setProgress(int permille, const QString& text)
{
    if (permille < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(permille);
    }
    m_progressLabel->setText(text);
}

QString StatusLine::text() const
{
    return m_label->text();
}

void StatusLine::update()
{
    if (!m_hasRequest) {
        m_label->setText(tr("No data yet: open log files (Ctrl+O) or choose the Helicone API, then Run (Ctrl+R)."));
        return;
    }
    const Usage::UsageResult& result = m_model->result();
    const qsizetype shown = m_model->rowCount();
    const qsizetype all = result.rows.size();
    const QString rows = shown == all ? tr("%Ln row(s)", nullptr, int(all))
                                      : tr("%1 of %Ln row(s)", nullptr, int(all)).arg(DisplayFormat::count(shown));
    QString fetched;
    if (result.fetchedAt.isValid())
        fetched = tr("fetched %1").arg(QLocale().toString(result.fetchedAt.toLocalTime(), QLocale::ShortFormat));
    QStringList parts { sourceText(), rangeText(), rows };
    if (result.query.hasComparison())
        parts.append(comparisonText());
    if (const qsizetype alerts = m_model->alertCount())
        parts.append(tr("%Ln row(s) cross an alert", nullptr, int(std::min<qsizetype>(alerts, INT_MAX))));
    if (!fetched.isEmpty())
        parts.append(fetched);
    const qsizetype unpriced = result.pricing.enabled ? result.pricing.unpricedModels.size() : 0;
    if (unpriced > 0)
        parts.append(tr("%n unpriced model(s)", nullptr, int(unpriced)));
    if (m_outOfDate)
        parts.append(tr("out of date: Run (Ctrl+R) to apply the changed query"));
    m_label->setText(parts.join(QStringLiteral(" · ")));
}

QString StatusLine::sourceText() const
{
    if (m_request.kind == Usage::SourceKind::HeliconeApi)
        return tr("Helicone API (%1)").arg(m_request.api.baseUrl);
    QStringList names;
    for (const QString& file : std::as_const(m_request.files))
        names.append(QFileInfo(file).fileName());
    return names.size() <= 2 ? names.join(QLatin1String(", ")) : tr("%Ln log file(s)", nullptr, int(names.size()));
}

QString StatusLine::rangeText() const
{
    const Usage::UsageQuery& q = m_model->result().query;
    const QString zone = DisplayFormat::zoneName(q.zone);
    if (!q.startMs && !q.endMs)
        return tr("all time (%1)").arg(zone);
    return tr("%1 – %2 (%3)")
        .arg(q.startMs ? DisplayFormat::dateTime(*q.startMs, q.zone) : tr("start"),
            q.endMs ? DisplayFormat::dateTime(*q.endMs, q.zone) : tr("now"), zone);
}

QString StatusLine::comparisonText() const
{
    const Usage::UsageResult& result = m_model->result();
    const Usage::UsageQuery& q = result.query;
    const QString range =
        tr("compared with %1 – %2")
            .arg(DisplayFormat::dateTime(*q.compareStartMs, q.zone), DisplayFormat::dateTime(*q.compareEndMs, q.zone));
    const int added = int(std::min<qint64>(result.newGroups(), INT_MAX));
    const int gone = int(std::min<qint64>(result.goneGroups(), INT_MAX));
    return range + QStringLiteral(" · ") + tr("%n new", nullptr, added) + QStringLiteral(", ")
        + tr("%n gone", nullptr, gone);
}
