// SPDX-License-Identifier: MIT
#include "ui/detailsdialog.h"

#include "ui_detailsdialog.h"

#include <QDir>

namespace {

/** Sorts the line column as a number. */
class DiagnosticItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == 1)
            return data(1, Qt::UserRole).toLongLong() < other.data(1, Qt::UserRole).toLongLong();
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace

DetailsDialog::DetailsDialog(
    const QString& summary, const QString& details, const QList<Usage::Diagnostic>& diagnostics, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::DetailsDialog>())
{
    ui->setupUi(this);
    ui->summaryLabel->setText(summary);
    ui->detailsText->setPlainText(details);
    ui->detailsText->setVisible(!details.isEmpty());
    ui->diagnosticsView->setVisible(!diagnostics.isEmpty());
    for (const Usage::Diagnostic& d : diagnostics) {
        auto* item = new DiagnosticItem(ui->diagnosticsView);
        item->setText(0, QDir::toNativeSeparators(d.file));
        item->setToolTip(0, d.file);
        item->setText(1, d.line > 0 ? QString::number(d.line) : QString());
        item->setData(1, Qt::UserRole, d.line);
        item->setText(2, d.reason);
        item->setToolTip(2, d.reason);
    }
    ui->diagnosticsView->sortByColumn(1, Qt::AscendingOrder);
    ui->diagnosticsView->resizeColumnToContents(1);
}

DetailsDialog::~DetailsDialog() = default;
