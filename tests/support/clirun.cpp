// SPDX-License-Identifier: MIT
#include "clirun.h"

#include <QProcess>

namespace CliRun {

Run run(const QString& program, const QStringList& arguments, const QString& stdoutFile)
{
    QProcess p;
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start(program, arguments);
    Run r;
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace CliRun
