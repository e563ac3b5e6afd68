// SPDX-License-Identifier: MIT
#include "sourcepanel.h"
#include "ui_sourcepanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace {

// combo order in sourcepanel.ui
constexpr int kFilesIndex = 0;
constexpr int kApiIndex = 1;

} // namespace

SourcePanel::SourcePanel(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::SourcePanel>())
    , m_recentMenu(new QMenu(this))
{
    ui->setupUi(this);
    ui->recentButton->setMenu(m_recentMenu);
    connect(ui->kindCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        ui->stack->setCurrentIndex(index == kApiIndex ? 1 : 0);
        Q_EMIT kindChanged(kind());
    });
    connect(ui->addFilesButton, &QPushButton::clicked, this, &SourcePanel::chooseFiles);
    connect(ui->removeFilesButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(ui->fileList->selectedItems());
        Q_EMIT filesChanged();
    });
    connect(ui->keyEdit, &QLineEdit::textEdited, this, [this](const QString& key) {
        updateKeyStatus();
        Q_EMIT apiKeyEdited(key);
    });
    ui->stack->setCurrentIndex(0);
    rebuildRecentMenu();
    updateKeyStatus();
}

SourcePanel::~SourcePanel() = default;

Usage::SourceKind SourcePanel::kind() const
{
    return ui->kindCombo->currentIndex() == kApiIndex ? Usage::SourceKind::HeliconeApi : Usage::SourceKind::LogFiles;
}

void SourcePanel::setKind(Usage::SourceKind kind)
{
    ui->kindCombo->setCurrentIndex(kind == Usage::SourceKind::HeliconeApi ? kApiIndex : kFilesIndex);
}

QStringList SourcePanel::files() const
{
    QStringList out;
    for (int i = 0; i < ui->fileList->count(); ++i)
        out.append(ui->fileList->item(i)->data(Qt::UserRole).toString());
    return out;
}

void SourcePanel::setFiles(const QStringList& files)
{
    ui->fileList->clear();
    addFiles(files);
}

void SourcePanel::addFiles(const QStringList& files)
{
    const QStringList present = this->files();
    for (const QString& file : files) {
        if (present.contains(file))
            continue;
        auto* item = new QListWidgetItem(QFileInfo(file).fileName(), ui->fileList);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
        if (!file.startsWith(QLatin1Char(':'))) { // embedded resources are not worth remembering
            m_recent.removeAll(file);
            m_recent.prepend(file);
        }
    }
    while (m_recent.size() > kMaxRecentFiles)
        m_recent.removeLast();
    rebuildRecentMenu();
    Q_EMIT filesChanged();
}

void SourcePanel::setRecentFiles(const QStringList& files)
{
    m_recent = files.mid(0, kMaxRecentFiles);
    rebuildRecentMenu();
}

void SourcePanel::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open log files"), QString(),
        tr("Helicone logs (*.jsonl *.json *.csv *.gz *.zst);;All files (*)"));
    if (!files.isEmpty())
        addFiles(files);
}

void SourcePanel::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& file : std::as_const(m_recent)) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] {
            setFiles({file});
        });
    }
    if (m_recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    ui->recentButton->setEnabled(true);
}

ApiSettings SourcePanel::apiSettings() const
{
    ApiSettings settings;
    settings.baseUrl = ui->baseUrlCombo->currentText().trimmed();
    settings.key = ui->keyEdit->text().trimmed();
    settings.timeUnit
        = ui->timeUnitCombo->currentIndex() == 1 ? ApiSettings::TimeUnit::Seconds : ApiSettings::TimeUnit::Milliseconds;
    return settings;
}

void SourcePanel::setBaseUrl(const QString& url)
{
    if (!url.isEmpty())
        ui->baseUrlCombo->setCurrentText(url);
}

void SourcePanel::setTimeUnit(ApiSettings::TimeUnit unit)
{
    ui->timeUnitCombo->setCurrentIndex(unit == ApiSettings::TimeUnit::Seconds ? 1 : 0);
}

void SourcePanel::setKeyStatus(const QString& status)
{
    m_keyStatus = status;
    updateKeyStatus();
}

void SourcePanel::updateKeyStatus()
{
    if (!ui->keyEdit->text().trimmed().isEmpty())
        ui->keyStatusLabel->setText(tr("Key entered for this session"));
    else if (!m_keyStatus.isEmpty())
        ui->keyStatusLabel->setText(m_keyStatus);
    else
        ui->keyStatusLabel->setText(tr("No key entered"));
}
