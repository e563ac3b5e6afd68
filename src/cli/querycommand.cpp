// SPDX-License-Identifier: MIT
#include "querycommand.h"

#include "clicommon.h"

namespace Cli {

int runQuery(const QStringList& arguments)
{
    Q_UNUSED(arguments);
    printError(QStringLiteral("query: the remote source is not built yet"));
    return Failure;
}

} // namespace Cli
