// SPDX-License-Identifier: MIT
// ue-bench-window: the window's speed targets, measured (never run in CI).
//   1. time from main() to the first painted window;
//   2. loading a dump in the window until the table is filled, against usage-explorer-cli aggregate on the same
//      file, and the longest stall of the event loop meanwhile (a 5 ms timer that records its own lateness);
//   3. sorting a table of N synthetic users (default 1,000,000) by every column, and the longest stall meanwhile.
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>

namespace {

/** Records how late a 5 ms timer fires: the longest time the event loop did not run. */
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_worstNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    double stopMs()
    {
        tick(); // the time since the last tick counts too: the work that ended the measurement may have held the loop
        m_timer.stop();
        return double(std::max<qint64>(0, m_worstNs)) / 1e6;
    }

private:
    static constexpr int kIntervalMs = 5;

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_worstNs = std::max(m_worstNs, now - m_lastNs - qint64(kIntervalMs) * 1'000'000);
        m_lastNs = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
};

Usage::UsageResult syntheticResult(int rows)
{
    std::mt19937_64 random(42);
    Usage::UsageResult result;
    result.rows.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        Usage::GroupUsage g;
        g.id = QStringLiteral("user-%1@example.com").arg(random() % 100'000'000, 8, 10, QLatin1Char('0'));
        g.totals.requests = qint64(1 + random() % 5000);
        g.totals.promptTokens = g.totals.requests * qint64(100 + random() % 2000);
        g.totals.completionTokens = g.totals.requests * qint64(10 + random() % 500);
        g.totals.costNanos = qint64(random() % 50'000'000'000);
        g.totals.requestsWithoutCost = qint64(random() % 3);
        g.firstMs = 1'759'276'800'000 + qint64(random() % 2'000'000'000);
        g.lastMs = g.firstMs + qint64(random() % 600'000'000);
        result.rows.append(std::move(g));
    }
    result.hasRequestTimes = true;
    result.sortRows();
    return result;
}

/**
 * Runs the event loop until spy has count signals, sleeping between events as the application's own loop does.
 * (Calling processEvents() in a loop instead keeps a core busy and takes it from the workers: with that, an earlier
 * version of this benchmark measured the window 1.6x slower than the command line on 2 cores.)
 */
bool waitFor(QSignalSpy& spy, int count, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (spy.count() < count) {
        const qint64 left = timeoutMs - t.elapsed();
        if (left <= 0 || !spy.wait(int(left)))
            break;
    }
    return spy.count() >= count;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the window's speed targets (see bench/README.md)."));
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("file"), QStringLiteral("A dump to load in the window."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("cli"), QStringLiteral("usage-explorer-cli, to time the same file."),
        QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("rows"), QStringLiteral("Rows of the sort test (default 1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000") });
    parser.process(app);

    MainWindow window;
    window.resize(1360, 860);
    window.show();
    QElapsedTimer shown;
    QEventLoop firstFrame;
    QTimer::singleShot(0, &firstFrame, &QEventLoop::quit);
    firstFrame.exec();
    std::printf("window shown after       %8.1f ms (from main())\n", double(sinceMain.nsecsElapsed()) / 1e6);

    StallMeter stalls;
    if (parser.isSet(QStringLiteral("file"))) {
        const QString file = parser.value(QStringLiteral("file"));
        // the CLI computes only what its CSV needs; with --full-result all the window computes
        const auto timeCli = [&](const QStringList& options) {
            if (!parser.isSet(QStringLiteral("cli")))
                return -1.0;
            QElapsedTimer t;
            t.start();
            QProcess cli;
            cli.setStandardOutputFile(QProcess::nullDevice());
            cli.start(parser.value(QStringLiteral("cli")),
                QStringList { QStringLiteral("aggregate") } + options + QStringList { file });
            cli.waitForFinished(-1);
            return double(t.nsecsElapsed()) / 1e6;
        };
        const double cliMs = timeCli({});
        const double cliFullMs = timeCli({ QStringLiteral("--full-result") });
        QSignalSpy ended(&window, &MainWindow::runEnded);
        stalls.start();
        QElapsedTimer t;
        t.start();
        window.openFiles({ file });
        if (!waitFor(ended, 1, 600'000)) {
            std::fprintf(stderr, "the load did not end\n");
            return 1;
        }
        const double loadMs = double(t.nsecsElapsed()) / 1e6;
        std::printf("load to a filled table   %8.1f ms, %d rows, longest stall %.1f ms\n", loadMs,
            window.tableModel()->rowCount(), stalls.stopMs());
        if (cliMs > 0) {
            std::printf("cli, default CSV         %8.1f ms\n", cliMs);
            std::printf(
                "cli --full-result        %8.1f ms (window / cli full result = %.2f)\n", cliFullMs, loadMs / cliFullMs);
        }
    }

    const int rows = parser.value(QStringLiteral("rows")).toInt();
    if (rows > 0) {
        UsageTableModel* model = window.tableModel();
        QElapsedTimer t;
        t.start();
        const Usage::UsageResult result = syntheticResult(rows);
        std::printf("synthetic result         %8.1f ms, %d rows\n", double(t.nsecsElapsed()) / 1e6, rows);
        QSignalSpy changed(model, &UsageTableModel::visibleRowsChanged);
        stalls.start();
        t.restart();
        model->setResult(result);
        waitFor(changed, 1, 120'000);
        while (model->isBusy())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        std::printf("set result               %8.1f ms, longest stall %.1f ms\n", double(t.nsecsElapsed()) / 1e6,
            stalls.stopMs());
        for (int column = 0; column < model->columnCount(); ++column) {
            if (!model->isColumnAvailable(column))
                continue;
            for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                const int before = changed.count();
                stalls.start();
                t.restart();
                model->sort(column, order);
                waitFor(changed, before + 1, 120'000);
                while (model->isBusy())
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                std::printf("sort %-20s %s %8.1f ms, longest stall %.1f ms\n",
                    qPrintable(model->headerData(column, Qt::Horizontal).toString()),
                    order == Qt::AscendingOrder ? "asc " : "desc", double(t.nsecsElapsed()) / 1e6, stalls.stopMs());
            }
        }
    }
    return 0;
}
