// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"
#include "sources/pricingchoices.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSettings;

/**
 * The query panel's price book choices: whether to reprice, the cost basis, the built-in book and price files.
 * Log dumps only: for the API and ClickHouse the controls are disabled with a note saying why.
 */
class PricingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PricingPanel(QWidget* parent = nullptr);
    ~PricingPanel() override;

    /** What the run prices with; whatIf is whatever setWhatIf() gave (a what-if panel's options). */
    PricingChoices choices() const;
    void setWhatIf(const Usage::PricingOptions& whatIf) { m_whatIf = whatIf; }

    void setEnabledChoice(bool enabled);
    void setBasis(Usage::CostBasis basis);
    void setBuiltIn(bool builtIn);
    void setFiles(const QStringList& files);
    QStringList files() const;
    /** Enables the controls for log files; for the other sources disables them and shows why. */
    void setSourceKind(Usage::SourceKind kind);

    QComboBox* basisCombo() const { return m_basis; }
    QLabel* noteLabel() const { return m_note; }

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    /** A choice changed: the result shown no longer matches the inputs. */
    void changed();

private:
    void addFiles();
    /** Opens the overrides editor; a saved file joins the price files and repricing is switched on. */
    void editPrices();
    void removeFiles();
    void updateEnabled();

    QCheckBox* m_enable;
    QComboBox* m_basis;
    QLabel* m_basisLabel;
    QCheckBox* m_builtIn;
    QLabel* m_filesLabel;
    QListWidget* m_files;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_edit;
    QLabel* m_note;
    Usage::SourceKind m_kind = Usage::SourceKind::LogFiles;
    Usage::PricingOptions m_whatIf;
};
