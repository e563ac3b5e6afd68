// SPDX-License-Identifier: MIT
#include "exportfile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Usage::Export {

bool saveFile(const QString& path, const QByteArray& data, QString* error)
{
    auto fail = [&](const QString& reason) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, reason);
        return false;
    };
    // QSaveFile would only notice at commit, after writing everything, and then say nothing useful
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("is a directory"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Usage::Export
