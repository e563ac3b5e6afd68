// SPDX-License-Identifier: MIT
#include "ui/pricingpanel.h"

#include "ui/priceeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString kEnabled = QStringLiteral("pricing/enabled");
const QString kBasis = QStringLiteral("pricing/basis");
const QString kBuiltIn = QStringLiteral("pricing/builtIn");
const QString kFiles = QStringLiteral("pricing/files");

} // namespace

PricingPanel::PricingPanel(QWidget* parent)
    : QWidget(parent)
    , m_enable(new QCheckBox(tr("Re&price with a price book"), this))
    , m_basis(new QComboBox(this))
    , m_basisLabel(new QLabel(tr("C&ost basis:"), this))
    , m_builtIn(new QCheckBox(tr("Use the b&uilt-in price book"), this))
    , m_filesLabel(new QLabel(tr("Price &files:"), this))
    , m_files(new QListWidget(this))
    , m_add(new QPushButton(tr("A&dd…"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_edit(new QPushButton(tr("&Edit prices…"), this))
    , m_note(new QLabel(this))
{
    m_enable->setToolTip(tr("Recompute each request's cost at the price in force on its date"));
    m_basis->addItem(tr("Recorded"), int(Usage::CostBasis::Recorded));
    m_basis->addItem(tr("Computed"), int(Usage::CostBasis::Computed));
    m_basis->addItem(tr("Auto"), int(Usage::CostBasis::Auto));
    m_basis->setAccessibleName(tr("Cost basis"));
    m_basis->setToolTip(tr("What Cost is: the records' own, the price book's, or the records' own where they have "
                           "one and the price book's elsewhere"));
    m_basisLabel->setBuddy(m_basis);
    m_builtIn->setChecked(true);
    m_builtIn->setToolTip(tr("Prices from pydantic's genai-prices, shipped with this program"));
    m_filesLabel->setBuddy(m_files);
    m_files->setAccessibleName(tr("Price files"));
    m_files->setToolTip(tr("genai-prices data.json, LiteLLM's model prices JSON or an overrides CSV; the one "
                           "listed last wins among files of one kind"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setMaximumHeight(fontMetrics().height() * 5);
    m_add->setAccessibleName(tr("Add price files"));
    m_remove->setAccessibleName(tr("Remove the selected price files"));
    m_edit->setToolTip(tr("Your own prices (negotiated, fine-tuned or self-hosted models) as an overrides table, "
                          "saved in your data folder and used at once"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_basisLabel, m_basis);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enable);
    layout->addLayout(form);
    layout->addWidget(m_builtIn);
    layout->addWidget(m_filesLabel);
    layout->addWidget(m_files);
    layout->addLayout(buttons);
    layout->addWidget(m_edit, 0, Qt::AlignLeft);
    layout->addWidget(m_note);

    connect(m_enable, &QCheckBox::toggled, this, &PricingPanel::updateEnabled);
    connect(m_enable, &QCheckBox::toggled, this, &PricingPanel::changed);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &PricingPanel::changed);
    connect(m_builtIn, &QCheckBox::toggled, this, &PricingPanel::changed);
    connect(m_files, &QListWidget::itemSelectionChanged, this, &PricingPanel::updateEnabled);
    connect(m_add, &QPushButton::clicked, this, &PricingPanel::addFiles);
    connect(m_remove, &QPushButton::clicked, this, &PricingPanel::removeFiles);
    connect(m_edit, &QPushButton::clicked, this, &PricingPanel::editPrices);
    updateEnabled();
}

PricingPanel::~PricingPanel() = default;

PricingChoices PricingPanel::choices() const
{
    PricingChoices choices;
    choices.enabled = m_kind == Usage::SourceKind::LogFiles && m_enable->isChecked();
    choices.basis = Usage::CostBasis(m_basis->currentData().toInt());
    choices.builtIn = m_builtIn->isChecked();
    choices.files = files();
    choices.whatIf = m_whatIf;
    return choices;
}

void PricingPanel::setEnabledChoice(bool enabled)
{
    m_enable->setChecked(enabled);
}

void PricingPanel::setBasis(Usage::CostBasis basis)
{
    m_basis->setCurrentIndex(m_basis->findData(int(basis)));
}

void PricingPanel::setBuiltIn(bool builtIn)
{
    m_builtIn->setChecked(builtIn);
}

void PricingPanel::setFiles(const QStringList& files)
{
    m_files->clear();
    for (const QString& file : files) {
        auto* item = new QListWidgetItem(QFileInfo(file).fileName(), m_files);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    updateEnabled();
    Q_EMIT changed();
}

QStringList PricingPanel::files() const
{
    QStringList files;
    for (int i = 0; i < m_files->count(); ++i)
        files.append(m_files->item(i)->data(Qt::UserRole).toString());
    return files;
}

void PricingPanel::setSourceKind(Usage::SourceKind kind)
{
    m_kind = kind;
    switch (kind) {
    case Usage::SourceKind::LogFiles:
        m_note->clear();
        break;
    case Usage::SourceKind::HeliconeApi:
        m_note->setText(tr("Costs are those Helicone stored. Repricing with a price book is not available here: it "
                           "needs each request's record, and Helicone's API sends only sums. Use a log dump to "
                           "reprice."));
        break;
    case Usage::SourceKind::ClickHouse:
        m_note->setText(tr("Costs are those Helicone stored. Repricing with a price book is not available here: it "
                           "needs each request's record, and ClickHouse sends only sums. Use a log dump to "
                           "reprice."));
        break;
    }
    m_note->setVisible(kind != Usage::SourceKind::LogFiles);
    updateEnabled();
}

void PricingPanel::updateEnabled()
{
    const bool files = m_kind == Usage::SourceKind::LogFiles;
    const bool on = files && m_enable->isChecked();
    m_enable->setEnabled(files);
    for (QWidget* w : { static_cast<QWidget*>(m_basis), static_cast<QWidget*>(m_basisLabel),
             static_cast<QWidget*>(m_builtIn), static_cast<QWidget*>(m_filesLabel), static_cast<QWidget*>(m_files),
             static_cast<QWidget*>(m_add), static_cast<QWidget*>(m_edit) })
        w->setEnabled(on);
    m_remove->setEnabled(on && !m_files->selectedItems().isEmpty());
}

void PricingPanel::addFiles()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Add price files"), QString(), tr("Price files (*.json *.csv);;All files (*)"));
    if (!chosen.isEmpty())
        setFiles(files() + chosen);
}

void PricingPanel::editPrices()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Prices"));
    auto* editor = new PriceEditor(&dialog);
    editor->loadSaved();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor);
    layout->addWidget(close);
    connect(editor, &PriceEditor::saved, this, [this](const QString& path) {
        if (!files().contains(path))
            setFiles(files() + QStringList { path });
        m_enable->setChecked(true);
        Q_EMIT changed();
    });
    dialog.resize(dialog.sizeHint().expandedTo(QSize(720, 420)));
    dialog.exec();
}

void PricingPanel::removeFiles()
{
    qDeleteAll(m_files->selectedItems());
    updateEnabled();
    Q_EMIT changed();
}

void PricingPanel::saveSettings(QSettings& settings) const
{
    settings.setValue(kEnabled, m_enable->isChecked());
    settings.setValue(kBasis, Usage::costBasisName(Usage::CostBasis(m_basis->currentData().toInt())));
    settings.setValue(kBuiltIn, m_builtIn->isChecked());
    settings.setValue(kFiles, files());
}

void PricingPanel::restoreSettings(const QSettings& settings)
{
    setEnabledChoice(settings.value(kEnabled, false).toBool());
    setBasis(Usage::costBasisFromString(settings.value(kBasis).toString()).value_or(Usage::CostBasis::Recorded));
    setBuiltIn(settings.value(kBuiltIn, true).toBool());
    setFiles(settings.value(kFiles).toStringList());
}
