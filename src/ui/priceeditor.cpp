// SPDX-License-Identifier: MIT
#include "ui/priceeditor.h"

#include "core/pricing/pricesource.h"
#include "models/overridesfile.h"
#include "models/overridesmodel.h"
#include "ui_priceeditor.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>

#include <algorithm>

PriceEditor::PriceEditor(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::PriceEditor>())
    , m_model(new OverridesModel(this))
    , m_savePath(OverridesFile::defaultPath())
{
    ui->setupUi(this);
    ui->tableView->setModel(m_model);
    ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(ui->addButton, &QAbstractButton::clicked, this, &PriceEditor::addRow);
    connect(ui->removeButton, &QAbstractButton::clicked, this, &PriceEditor::removeSelectedRows);
    connect(ui->importButton, &QAbstractButton::clicked, this, &PriceEditor::chooseImport);
    connect(ui->exportButton, &QAbstractButton::clicked, this, &PriceEditor::chooseExport);
    connect(ui->saveButton, &QAbstractButton::clicked, this, &PriceEditor::save);
    auto* removeAction = new QAction(tr("Remove the selected price rows"), ui->tableView);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    ui->tableView->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &PriceEditor::removeSelectedRows);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PriceEditor::showValidity);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PriceEditor::showValidity);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PriceEditor::showValidity);
}

PriceEditor::~PriceEditor() = default;

OverridesModel* PriceEditor::model() const
{
    return m_model;
}

void PriceEditor::setSavePath(const QString& path)
{
    m_savePath = path;
}

QString PriceEditor::statusText() const
{
    return ui->statusLabel->text();
}

void PriceEditor::setStatus(const QString& text)
{
    ui->statusLabel->setText(text);
    ui->statusLabel->setToolTip(text);
}

void PriceEditor::showValidity()
{
    const int invalid = m_model->errorCount();
    setStatus(invalid == 0 ? QString()
                           : tr("%n invalid cell(s); the first: %1", nullptr, invalid).arg(m_model->firstError()));
}

bool PriceEditor::refuseInvalid(const QString& action)
{
    const int invalid = m_model->errorCount();
    if (invalid == 0)
        return false;
    setStatus(tr("%1: %n invalid cell(s); the first: %2", nullptr, invalid).arg(action, m_model->firstError()));
    return true;
}

bool PriceEditor::loadSaved()
{
    if (!QFile::exists(m_savePath))
        return true;
    QString error;
    const std::optional<QByteArray> data = OverridesFile::read(m_savePath, &error);
    Usage::Pricing::PriceError priceError;
    if (data && !m_model->loadCsv(QDir::toNativeSeparators(m_savePath), *data, &priceError))
        error = priceError.text();
    if (!error.isEmpty())
        setStatus(tr("Your saved prices were not loaded: %1").arg(error));
    return error.isEmpty();
}

bool PriceEditor::save()
{
    if (refuseInvalid(tr("Not saved")))
        return false;
    QString error;
    if (!OverridesFile::write(m_savePath, m_model->toCsv(), &error)) {
        setStatus(error);
        return false;
    }
    setStatus(
        tr("Saved %n price row(s) to %1", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(m_savePath)));
    Q_EMIT saved(m_savePath);
    return true;
}

bool PriceEditor::importFile(const QString& path)
{
    QString error;
    const std::optional<QByteArray> data = OverridesFile::read(path, &error);
    Usage::Pricing::PriceError priceError;
    if (data && !m_model->loadCsv(QDir::toNativeSeparators(path), *data, &priceError))
        error = priceError.text();
    if (!error.isEmpty()) {
        setStatus(tr("Not imported: %1").arg(error));
        return false;
    }
    setStatus(tr("Imported %n price row(s) from %1", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool PriceEditor::exportFile(const QString& path)
{
    if (refuseInvalid(tr("Not exported")))
        return false;
    QString error;
    if (!OverridesFile::write(path, m_model->toCsv(), &error)) {
        setStatus(error);
        return false;
    }
    setStatus(tr("Exported %n price row(s) to %1", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void PriceEditor::addRow()
{
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    const QModelIndex cell = m_model->index(row, 1);
    ui->tableView->setCurrentIndex(cell);
    if (isVisible())
        ui->tableView->edit(cell);
}

void PriceEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : ui->tableView->selectionModel()->selectedIndexes())
        if (!rows.contains(index.row()))
            rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_model->removeRows(row, 1);
}

void PriceEditor::chooseImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import prices"), QString(), tr("Overrides CSV (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void PriceEditor::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export prices"), QStringLiteral("overrides.csv"), tr("Overrides CSV (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportFile(path);
}
