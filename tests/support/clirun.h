// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/** Runs a command-line program as a whole process, as the CLI tests do. */
namespace CliRun {

struct Run
{
    int exitCode = -1; ///< -1: it did not end normally within two minutes
    QByteArray out;
    QByteArray err;
};

/** program with arguments; with stdoutFile set, standard output goes to that file instead of out. */
Run run(const QString& program, const QStringList& arguments, const QString& stdoutFile = {});

#ifdef UE_CLI_PATH
/** usage-explorer-cli with arguments. */
inline Run cli(const QStringList& arguments, const QString& stdoutFile = {})
{
    return run(QStringLiteral(UE_CLI_PATH), arguments, stdoutFile);
}
#endif

} // namespace CliRun
