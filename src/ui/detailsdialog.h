// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DetailsDialog;
}

/** The details behind a message: free text and, for skipped records, a list of file, line and reason. */
class DetailsDialog : public QDialog
{
    Q_OBJECT
public:
    DetailsDialog(const QString& summary, const QString& details, const QList<Usage::Diagnostic>& diagnostics,
        QWidget* parent = nullptr);
    ~DetailsDialog() override;

private:
    std::unique_ptr<Ui::DetailsDialog> ui;
};
