// SPDX-License-Identifier: MIT
#include "ui/runmessages.h"

#include "models/displayformat.h"
#include "ui/messagebar.h"

#include <QLocale>
#include <QSet>

#include <climits>

void RunMessages::showFinished(MessageBar* bar, const Usage::UsageResult& result)
{
    if (!result.errors.isEmpty()) {
        QStringList lines;
        for (const Usage::Diagnostic& d : result.errors)
            lines.append(d.toString());
        bar->showMessage(MessageBar::Level::Warning,
            tr("The result is partial: %Ln file(s) could not be read to the end.", nullptr, int(result.errors.size())),
            lines.join(QLatin1Char('\n')), result.diagnostics);
    } else if (result.skippedRecords > 0) {
        bar->showMessage(MessageBar::Level::Warning,
            tr("%Ln line(s) skipped because they could not be read.", nullptr, int(result.skippedRecords)),
            result.warnings.join(QLatin1Char('\n')), result.diagnostics);
    } else if (!result.warnings.isEmpty()) {
        bar->showMessage(
            MessageBar::Level::Warning, result.warnings.constFirst(), result.warnings.join(QLatin1Char('\n')));
    } else if (result.rows.isEmpty()) {
        showEmpty(bar, result);
    } else if (const QStringList missing = missingUsers(result); !missing.isEmpty()) {
        bar->showMessage(MessageBar::Level::Information,
            tr("%Ln requested user(s) had no requests in the range: %1", nullptr, int(missing.size()))
                .arg(QLocale().createSeparatedList(missing.mid(0, 5))
                    + (missing.size() > 5 ? QStringLiteral(" …") : QString())),
            missing.join(QLatin1Char('\n')));
    } else {
        bar->clearMessage();
    }
}

void RunMessages::showEmpty(MessageBar* bar, const Usage::UsageResult& result)
{
    const Usage::UsageQuery& q = result.query;
    const bool bounded = q.startMs || q.endMs;
    if (result.recordsRead == 0) {
        bar->showMessage(MessageBar::Level::Information, tr("The source has no requests."));
        return;
    }
    if (!bounded) {
        bar->showMessage(MessageBar::Level::Information,
            tr("None of the %Ln request(s) read is for the requested users.", nullptr, int(result.recordsRead)));
        return;
    }
    const QString range =
        QStringLiteral("%1 – %2 (%3)")
            .arg(q.startMs ? DisplayFormat::dateTime(*q.startMs, q.zone) : tr("start"),
                q.endMs ? DisplayFormat::dateTime(*q.endMs, q.zone) : tr("now"), DisplayFormat::zoneName(q.zone));
    bar->showMessage(MessageBar::Level::Information,
        tr("No requests in the range %1: the %Ln request(s) read lie outside it. Show all to see their dates.", nullptr,
            int(std::min<qint64>(result.recordsRead, INT_MAX)))
            .arg(range));
    bar->setAction(tr("Show all"));
}

QStringList RunMessages::missingUsers(const Usage::UsageResult& result)
{
    if (result.query.groupBy.key != Usage::GroupKey::User || result.query.userIds.isEmpty())
        return {};
    QSet<QString> present;
    for (const Usage::GroupUsage& row : result.rows)
        present.insert(row.id);
    QStringList missing;
    for (const QString& id : result.query.userIds) {
        if (!present.contains(id))
            missing.append(id);
    }
    return missing;
}

void RunMessages::showFailed(MessageBar* bar, const QString& reason, bool tableHasResult)
{
    QString first = reason.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (!first.isEmpty() && !first.endsWith(QLatin1Char('.')) && !first.endsWith(QLatin1Char('!'))
        && !first.endsWith(QLatin1Char('?')))
        first += QLatin1Char('.'); // one sentence, before the note about the table
    const QString text = tableHasResult ? tr("%1 The table still shows the previous results.").arg(first) : first;
    bar->showMessage(MessageBar::Level::Error, text, reason.contains(QLatin1Char('\n')) ? reason : QString());
}

void RunMessages::showCancelled(MessageBar* bar, bool tableHasResult)
{
    bar->showMessage(MessageBar::Level::Information,
        tableHasResult ? tr("Cancelled. The table still shows the previous results.") : tr("Cancelled."));
}
