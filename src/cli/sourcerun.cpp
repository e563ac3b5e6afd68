// SPDX-License-Identifier: MIT
#include "cli/sourcerun.h"

#include <QEventLoop>

namespace Cli {

SourceOutcome runSource(UsageSource& source, const SourceRequest& request)
{
    SourceOutcome outcome;
    bool done = false;
    QEventLoop loop;
    auto end = [&] {
        done = true;
        loop.quit();
    };
    // a source may answer from inside start() (an impossible series, say): then the loop is not entered
    QObject::connect(&source, &UsageSource::finished, &loop, [&](const Usage::UsageResult& result) {
        outcome.result = result;
        end();
    });
    QObject::connect(&source, &UsageSource::failed, &loop, [&](const QString& reason) {
        outcome.failure = reason;
        end();
    });
    QObject::connect(&source, &UsageSource::cancelled, &loop, [&] {
        outcome.failure = QStringLiteral("cancelled");
        end();
    });
    source.start(request);
    if (!done)
        loop.exec();
    return outcome;
}

} // namespace Cli
