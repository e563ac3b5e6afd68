// SPDX-License-Identifier: MIT
#include "core/export/exportfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Usage::Export {
namespace {

    /** A message the window shows (the command line, without translators, prints the English). */
    QString tr(const char* text)
    {
        return QCoreApplication::translate("Usage::Export", text);
    }

} // namespace

bool saveFile(const QString& path, const QByteArray& data, QString* error)
{
    auto fail = [&](const QString& reason) {
        *error = tr("cannot write %1: %2").arg(path, reason);
        return false;
    };
    // QSaveFile would only notice at commit, after writing everything, and then say nothing useful
    if (QFileInfo(path).isDir())
        return fail(tr("is a directory"));
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
