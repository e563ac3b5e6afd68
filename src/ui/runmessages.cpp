// SPDX-License-Identifier: MIT
#include "ui/runmessages.h"

#include "ui/messagebar.h"

void RunMessages::showFinished(MessageBar* bar, const Usage::UsageResult& result)
{
    if (!result.errors.isEmpty()) {
        QStringList lines;
        for (const Usage::Diagnostic& d : result.errors)
            lines.append(d.toString());
        bar->showMessage(MessageBar::Level::Warning,
            tr("The result is partial: %n file(s) could not be read to the end.", nullptr, int(result.errors.size())),
            lines.join(QLatin1Char('\n')), result.diagnostics);
    } else if (result.skippedRecords > 0) {
        bar->showMessage(MessageBar::Level::Warning,
            tr("%n line(s) skipped because they could not be read.", nullptr, int(result.skippedRecords)),
            result.warnings.join(QLatin1Char('\n')), result.diagnostics);
    } else if (!result.warnings.isEmpty()) {
        bar->showMessage(
            MessageBar::Level::Warning, result.warnings.constFirst(), result.warnings.join(QLatin1Char('\n')));
    } else {
        bar->clearMessage();
    }
}

void RunMessages::showFailed(MessageBar* bar, const QString& reason, bool tableHasResult)
{
    const QString first = reason.section(QLatin1Char('\n'), 0, 0);
    const QString text = tableHasResult ? tr("%1 The table still shows the previous results.").arg(first) : first;
    bar->showMessage(MessageBar::Level::Error, text, reason.contains(QLatin1Char('\n')) ? reason : QString());
}

void RunMessages::showCancelled(MessageBar* bar, bool tableHasResult)
{
    bar->showMessage(MessageBar::Level::Information,
        tableHasResult ? tr("Cancelled. The table still shows the previous results.") : tr("Cancelled."));
}
