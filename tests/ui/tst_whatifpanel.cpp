// SPDX-License-Identifier: MIT
// The what-if panel: the price date and model swaps it produces, the models its cells offer, and changed() only
// when its options change.
#include "ui/whatifpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using Swaps = std::map<std::string, std::string, std::less<>>;

namespace {
QComboBox* cell(WhatIfPanel& panel, int row, int column)
{
    auto* table = panel.findChild<QTableWidget*>(QStringLiteral("swapTable"));
    return table ? qobject_cast<QComboBox*>(table->cellWidget(row, column)) : nullptr;
}

QStringList items(QComboBox* combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out.append(combo->itemText(i));
    return out;
}
} // namespace

class TestWhatIfPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreEachRequestsOwn()
    {
        WhatIfPanel panel;
        QVERIFY(panel.options().isDefault());
        QCOMPARE(panel.swapCount(), 0);
    }

    void priceDate()
    {
        WhatIfPanel panel;
        QSignalSpy changed(&panel, &WhatIfPanel::changed);
        auto* check = panel.findChild<QCheckBox*>(QStringLiteral("priceDateCheck"));
        auto* edit = panel.findChild<QDateEdit*>(QStringLiteral("priceDateEdit"));
        QVERIFY(check && edit);
        QVERIFY(!edit->isEnabled());
        edit->setDate(QDate(2025, 3, 1)); // unchecked: no change to the options
        QCOMPARE(changed.count(), 0);
        check->setChecked(true);
        QVERIFY(edit->isEnabled());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.options().priceDateMs, std::optional<std::int64_t>(1'740'787'200'000)); // 2025-03-01Z
        edit->setDate(QDate(2024, 12, 31));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(panel.options().priceDateMs, std::optional<std::int64_t>(1'735'603'200'000));
        check->setChecked(false);
        QCOMPARE(changed.count(), 3);
        QVERIFY(panel.options().isDefault());
    }

    void swaps()
    {
        WhatIfPanel panel;
        panel.setModels({ QStringLiteral("gpt-4o"), QStringLiteral("claude-3-5-sonnet"), QStringLiteral("gpt-4o") });
        QCOMPARE(panel.models(), (QStringList { QStringLiteral("claude-3-5-sonnet"), QStringLiteral("gpt-4o") }));
        QSignalSpy changed(&panel, &WhatIfPanel::changed);
        panel.addSwap();
        QCOMPARE(changed.count(), 0); // an empty row swaps nothing
        QComboBox* from = cell(panel, 0, 0);
        QComboBox* to = cell(panel, 0, 1);
        QVERIFY(from && to);
        QCOMPARE(items(from), panel.models());
        from->setCurrentIndex(1); // gpt-4o
        QCOMPARE(changed.count(), 0);
        to->setEditText(QStringLiteral("gpt-4o-mini")); // any text, not only the result's models
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.options().modelSwaps, (Swaps { { "gpt-4o", "gpt-4o-mini" } }));
        // same model on both sides, or an empty side: not a swap
        panel.addSwap(QStringLiteral("claude-3-5-sonnet"), QStringLiteral("claude-3-5-sonnet"));
        panel.addSwap(QStringLiteral("o3"), QString());
        QCOMPARE(changed.count(), 1);
        // a later row of the same model replaces an earlier one
        panel.addSwap(QStringLiteral("gpt-4o"), QStringLiteral("o3"));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(panel.options().modelSwaps, (Swaps { { "gpt-4o", "o3" } }));
        // new models keep what the cells hold
        panel.setModels({ QStringLiteral("o3") });
        QCOMPARE(items(from), QStringList { QStringLiteral("o3") });
        QCOMPARE(from->currentText(), QStringLiteral("gpt-4o"));
        QCOMPARE(to->currentText(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(changed.count(), 2);
        // removing the last row brings the first one back
        auto* table = panel.findChild<QTableWidget*>(QStringLiteral("swapTable"));
        table->selectRow(3);
        panel.removeSelectedSwaps();
        QCOMPARE(panel.swapCount(), 3);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(panel.options().modelSwaps, (Swaps { { "gpt-4o", "gpt-4o-mini" } }));
    }

    void setOptionsRoundTrips()
    {
        WhatIfPanel panel;
        Usage::PricingOptions options;
        options.priceDateMs = 1'740'787'200'000;
        options.modelSwaps = { { "a", "b" }, { "c", "d" } };
        QSignalSpy changed(&panel, &WhatIfPanel::changed);
        panel.setOptions(options);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.swapCount(), 2);
        QCOMPARE(panel.options().priceDateMs, options.priceDateMs);
        QCOMPARE(panel.options().modelSwaps, options.modelSwaps);
        panel.setOptions(options);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TestWhatIfPanel)
#include "tst_whatifpanel.moc"
