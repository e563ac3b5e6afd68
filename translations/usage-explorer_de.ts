<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChartGroupModel</name>
    <message numerus="yes">
        <source>Others (%n row(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache read tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartTimeModel</name>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which chart to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the costliest rows get a bar of their own; the rest are summed in Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of one step, in the query&apos;s time zone; Auto chooses by the data&apos;s span. Steps finer than the query&apos;s buckets are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shown rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to chart over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the cost over time of every row the table shows, or of the rows selected in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a bar, point or slice for its exact figures; click a bar to select its row in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: run a query or open log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of the cost shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>prompt %1, completion %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache read %1, cache write %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Others sums %n row(s): raise the number of bars or filter the table to see them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No rows pass the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cost per %1: the top %2 of %n row(s) shown, total %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per %1: prompt, completion and prompt cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per %1: prompt and completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens (%1 = ×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select rows in the table to chart their cost over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source has no time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time series for these rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cost per %1 (%2), %3: total %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of each %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%3): %4 · %n request(s) · %5 tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The rows shown have no cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of cost per %1: total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart made by Usage Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Details of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its models and its cost over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-model breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests, tokens and cost of the selected row, per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost over time of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 in %n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1, last %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time series for this row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureCell</name>
    <message>
        <source>%1 ÷ %2 requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFilesSource</name>
    <message>
        <source>Choose one or more log files first (File › Open, or drop them on the window).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Usage Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter ids (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows whose id contains this text (case-insensitive), or matches it as a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter is a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;nimum cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum cost in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide rows that cost less than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of the rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one row of the table stands for; the API groups by user only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the Helicone custom property (Helicone-Property-NAME) to group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buckets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time series buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of one step of the cost-over-time series, in the chosen time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query the source (Ctrl+R, F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running query (Esc); the table keeps the previous results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Log Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Usage Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Usage Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Usage Explorer %1&lt;/h3&gt;&lt;p&gt;What each end user of an LLM product costs, from Helicone&apos;s API or from a log dump, aggregated on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the custom property to group by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The result is partial: %n file(s) could not be read to the end.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped because they could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The table still shows the previous results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The table still shows the previous results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: open log files (Ctrl+O) or choose the Helicone API, then Run (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helicone API (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n log file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage Explorer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter to This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helicone logs (*.jsonl *.json *.csv *.gz *.zst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelBreakdownModel</name>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests answered by this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens sent to this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens from this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of this model&apos;s requests in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RangePreset</name>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ready-made range, computed in the chosen time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First moment of the range (inclusive), as wall time in the chosen time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last second of the range (inclusive), as wall time in the chosen time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone of the range, of days and weeks in charts, and of the times shown (UTC, this computer&apos;s zone, or any IANA zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; still using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the range (%1) is before its start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <source>CSV, one line per row (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one line per row and time bucket (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, API shape with meta (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceController</name>
    <message>
        <source>This source is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figures come from: Helicone&apos;s API or log files on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helicone API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log files to aggregate; they add up. Drop files on the window to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files opened before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helicone&apos;s API: US, EU, or a self-hosted server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Helicone API key. It is kept in memory (or the system keychain), never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time unit of the time filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helicone&apos;s /v1/user/query reads its &quot;UnixSeconds&quot; fields as milliseconds. Choose seconds only for a server that follows the documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds (Helicone cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds (as documented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helicone logs (*.jsonl *.json *.csv *.gz *.zst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key entered for this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message numerus="yes">
        <source>Total (%n rows)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Total (%1 of %2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums of the rows shown; they follow the filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recognisable records (not a format Usage Explorer reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recognisable records (%1 skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request id(s) appear more than once (overlapping exports?): use de-duplication to count each request once</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Usage::FileRun</name>
    <message>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Usage::GzipSource</name>
    <message>
        <source>cannot start the gzip decompressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip stream is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is corrupt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Usage::LogSource</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Usage::Net::HeliconeClient</name>
    <message>
        <source>the answer is larger than %1 MB and was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected the request to another address (%1); it was not followed, so the key stays with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key was rejected (HTTP %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rate limited (HTTP 429) after %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); the server asks to wait %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, after %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the request as invalid (HTTP 422: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every batch failed; the first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>batch %1 of %2 failed: %3; %n user(s) missing: %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>without user ids the server returns at most %1 users, chosen arbitrarily; list the users to get all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Usage::ZstdSource</name>
    <message>
        <source>the zstd data is corrupt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zstd stream is truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests without a value for this grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost/request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end user&apos;s id (Helicone-User-Id); &quot;(none)&quot; gathers requests without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that answered the requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider that served the requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the custom property &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of prompt (input) tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of completion (output) tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens plus completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the requests&apos; cost in US dollars (hover a cell for the exact value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row&apos;s part of the cost of all rows of the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average cost of one request: cost divided by requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that had no cost recorded (counted, but adding nothing to the cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens read from the provider&apos;s prompt cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens written to the provider&apos;s prompt cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens spent on reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the first request, in the selected time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the last request, in the selected time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserIdsEditor</name>
    <message>
        <source>User IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user IDs (paste many at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User IDs to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more ids, separated by new lines, commas, tabs or spaces; Enter adds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these users are queried; an empty list means all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of user IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste user IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ids on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import user IDs from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ids of a text file (one per line) or a CSV file (first column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected user IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all user IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n user IDs (%1 already in the list).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n user IDs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import user IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text or CSV files (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
