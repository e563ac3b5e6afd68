<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertEditor</name>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Cost abov&amp;e:</source>
        <translation>&amp;Kosten über:</translation>
    </message>
    <message>
        <source>Alert when the cost is above</source>
        <translation>Warnen, wenn die Kosten darüber liegen</translation>
    </message>
    <message>
        <source>Alert cost threshold in US dollars</source>
        <translation>Kostenschwelle für Warnungen in US-Dollar</translation>
    </message>
    <message>
        <source>Highlight the rows that cost more than this</source>
        <translation>Die Zeilen hervorheben, die mehr als diesen Betrag kosten</translation>
    </message>
    <message>
        <source>C&amp;hange above:</source>
        <translation>&amp;Änderung über:</translation>
    </message>
    <message>
        <source>Alert when the change is above</source>
        <translation>Warnen, wenn die Änderung darüber liegt</translation>
    </message>
    <message>
        <source>Alert change ratio threshold</source>
        <translation>Schwelle für das Änderungsverhältnis</translation>
    </message>
    <message>
        <source>Highlight the rows whose cost grew by more than this ratio of the comparison range&apos;s cost (0.5 is 50% more), and the rows that had no cost then and have some now</source>
        <translation>Die Zeilen hervorheben, deren Kosten um mehr als dieses Verhältnis zu den Kosten des Vergleichszeitraums gestiegen sind (0.5 sind 50 % mehr), sowie die Zeilen, die damals keine Kosten hatten und jetzt welche haben</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>The colours of the desktop</source>
        <translation>Die Farben der Arbeitsumgebung</translation>
    </message>
</context>
<context>
    <name>ChangeCell</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>%1 now, %2 before</source>
        <translation>jetzt %1, vorher %2</translation>
    </message>
    <message>
        <source>No requests in the comparison range</source>
        <translation>Keine Anfragen im Vergleichszeitraum</translation>
    </message>
    <message>
        <source>No cost in the comparison range</source>
        <translation>Keine Kosten im Vergleichszeitraum</translation>
    </message>
</context>
<context>
    <name>ChartGroupModel</name>
    <message numerus="yes">
        <source>Others (%n row(s))</source>
        <translation>
            <numerusform>Sonstige (%n Zeile)</numerusform>
            <numerusform>Sonstige (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>No data yet: run a query or open log files</source>
        <translation>Noch keine Daten: eine Abfrage ausführen oder Protokolldateien öffnen</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A chart made by Usage Explorer</source>
        <translation>Ein mit Usage Explorer erstelltes Diagramm</translation>
    </message>
    <message>
        <source>the image could not be made</source>
        <translation>das Bild konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation>Das Diagramm ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>&amp;Bars:</source>
        <translation>&amp;Balken:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>Schr&amp;itt:</translation>
    </message>
    <message>
        <source>Cost per group</source>
        <translation>Kosten/Gruppe</translation>
    </message>
    <message>
        <source>Tokens per group</source>
        <translation>Tokens/Gruppe</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Kostenverlauf</translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Which chart to show</source>
        <translation>Welches Diagramm angezeigt wird</translation>
    </message>
    <message>
        <source>Number of bars</source>
        <translation>Anzahl der Balken</translation>
    </message>
    <message>
        <source>How many of the costliest rows get a bar of their own; the rest are summed in Others</source>
        <translation>Wie viele der teuersten Zeilen einen eigenen Balken erhalten; der Rest wird unter „Sonstige“ zusammengefasst</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>Zeitschritt</translation>
    </message>
    <message>
        <source>Width of one step, in the query&apos;s time zone; Auto chooses by the data&apos;s span. Steps finer than the query&apos;s buckets are not available.</source>
        <translation>Breite eines Schritts in der Zeitzone der Abfrage; „Automatisch“ wählt nach der Zeitspanne der Daten. Schritte, die feiner als die Intervalle der Abfrage sind, stehen nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>All shown rows</source>
        <translation>Alle angezeigten Zeilen</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>Ausgewählte Zeilen</translation>
    </message>
    <message>
        <source>Rows to chart over time</source>
        <translation>Zeilen im Kostenverlauf</translation>
    </message>
    <message>
        <source>Chart the cost over time of every row the table shows, or of the rows selected in it</source>
        <translation>Den Kostenverlauf aller Zeilen darstellen, die die Tabelle anzeigt, oder nur der darin ausgewählten</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG file</source>
        <translation>Das Diagramm als PNG- oder SVG-Datei speichern</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Das Diagramm als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Chart of the rows shown</source>
        <translation>Diagramm der angezeigten Zeilen</translation>
    </message>
    <message>
        <source>Figures under the pointer</source>
        <translation>Werte unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Hover a bar, point or slice for its exact figures; click a bar to select its row in the table.</source>
        <translation>Den Mauszeiger über einen Balken, einen Punkt oder ein Segment bewegen, um die genauen Werte zu sehen; ein Klick auf einen Balken wählt dessen Zeile in der Tabelle aus.</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Diagramm in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Largest cost changes</source>
        <translation>Größte Kostenänderungen</translation>
    </message>
    <message>
        <source>Recorded, computed and what-if cost</source>
        <translation>Erfasste, berechnete und hypothetische Kosten</translation>
    </message>
    <message>
        <source>Movers</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>The largest cost increases and decreases of a comparison</source>
        <translation>Die größten Kostenanstiege und -rückgänge eines Vergleichs</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre wenn</translation>
    </message>
    <message>
        <source>Recorded, computed and what-if cost per group, when the result is priced</source>
        <translation>Erfasste, berechnete und hypothetische Kosten pro Gruppe, wenn das Ergebnis bepreist ist</translation>
    </message>
</context>
<context>
    <name>ClickHousePanel</name>
    <message>
        <source>ClickHouse</source>
        <translation>ClickHouse</translation>
    </message>
    <message>
        <source>Ser&amp;ver URL:</source>
        <translation>Ser&amp;ver-URL:</translation>
    </message>
    <message>
        <source>ClickHouse server URL</source>
        <translation>URL des ClickHouse-Servers</translation>
    </message>
    <message>
        <source>The HTTP interface of the ClickHouse server that holds self-hosted Helicone&apos;s requests, http(s)://host:port</source>
        <translation>Die HTTP-Schnittstelle des ClickHouse-Servers mit den Anfragen eines selbst betriebenen Helicone, http(s)://host:port</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>ClickHouse user</source>
        <translation>ClickHouse-Benutzer</translation>
    </message>
    <message>
        <source>The ClickHouse login; a read-only user with SELECT on the table is enough</source>
        <translation>Die ClickHouse-Anmeldung; ein Benutzer mit reinem Leserecht (SELECT auf die Tabelle) genügt</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>ClickHouse password</source>
        <translation>ClickHouse-Passwort</translation>
    </message>
    <message>
        <source>Entered once, it is kept in the system keychain (or, where there is none, in memory for this session), never in the settings file.</source>
        <translation>Einmal eingegeben, wird es im Schlüsselbund des Systems aufbewahrt (oder, wo es keinen gibt, für diese Sitzung im Speicher), nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget the ClickHouse password</source>
        <translation>ClickHouse-Passwort vergessen</translation>
    </message>
    <message>
        <source>Remove the password of this user and server from the system keychain and from this session</source>
        <translation>Das Passwort dieses Benutzers und Servers aus dem Schlüsselbund des Systems und aus dieser Sitzung entfernen</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>ClickHouse database</source>
        <translation>ClickHouse-Datenbank</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>T&amp;abelle:</translation>
    </message>
    <message>
        <source>ClickHouse table</source>
        <translation>ClickHouse-Tabelle</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Every organization</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>Helicone organization id</source>
        <translation>Helicone-Organisations-ID</translation>
    </message>
    <message>
        <source>Only the requests of this Helicone organization (its id); empty: every organization</source>
        <translation>Nur die Anfragen dieser Helicone-Organisation (ihre ID); leer: alle Organisationen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ask the server for its version and count the table&apos;s requests in the chosen range</source>
        <translation>Den Server nach seiner Version fragen und die Anfragen der Tabelle im gewählten Zeitraum zählen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Costs are those Helicone stored. Repricing with a price book is not available here: it needs each request&apos;s record, and ClickHouse sends only sums. Use a log dump to reprice.</source>
        <translation>Die Kosten sind die von Helicone gespeicherten. Neu bepreisen mit einer Preisliste ist hier nicht möglich: Dazu braucht es jede einzelne Anfrage, ClickHouse schickt nur Summen. Zum Neu-Bepreisen einen Protokoll-Export verwenden.</translation>
    </message>
    <message>
        <source>Why pricing is not available</source>
        <translation>Warum keine Preisberechnung möglich ist</translation>
    </message>
    <message>
        <source>ClickHouse %1 answers. Requests in the range: %2</source>
        <translation>ClickHouse %1 antwortet. Anfragen im Zeitraum: %2</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>Allow unencrypted http://</source>
        <translation>Unverschlüsseltes http:// erlauben</translation>
    </message>
    <message>
        <source>Plain http:// to another computer: the password and the figures would cross the network readable by anyone on the way; only for a trusted network</source>
        <translation>Reines http:// zu einem anderen Computer: Passwort und Zahlen gingen für jeden auf dem Weg lesbar über das Netz; nur für ein vertrauenswürdiges Netz</translation>
    </message>
</context>
<context>
    <name>ClickHouseUsageSource</name>
    <message>
        <source>Enter the ClickHouse server&apos;s address, e.g. https://clickhouse.example.com:8443.</source>
        <translation>Die Adresse des ClickHouse-Servers eingeben, z. B. https://clickhouse.example.com:8443.</translation>
    </message>
    <message>
        <source>The ClickHouse address must be http(s)://host:port, without user, password or query.</source>
        <translation>Die ClickHouse-Adresse muss http(s)://host:port lauten, ohne Benutzer, Passwort oder Abfrage.</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another computer: the password would travel unencrypted. Use https://, or tick &quot;Allow unencrypted&quot; if this network is trusted.</source>
        <translation>%1 ist reines http:// zu einem anderen Computer: Das Passwort ginge unverschlüsselt über das Netz. https:// verwenden oder „Unverschlüsseltes http:// erlauben“ ankreuzen, wenn dieses Netz vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>The ClickHouse user, database and table cannot be empty.</source>
        <translation>ClickHouse-Benutzer, Datenbank und Tabelle dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>Waiting for ClickHouse server %1…</source>
        <translation>Warten auf ClickHouse-Server %1…</translation>
    </message>
</context>
<context>
    <name>ColumnLayout</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>The source of this result does not report this column</source>
        <translation>Die Quelle dieses Ergebnisses liefert diese Spalte nicht</translation>
    </message>
    <message>
        <source>Show &amp;All Columns</source>
        <translation>&amp;Alle Spalten zeigen</translation>
    </message>
    <message>
        <source>Only with a comparison: choose &quot;Compare with&quot; and run the query</source>
        <translation>Nur mit einem Vergleich: „Vergleich mit“ wählen und die Abfrage ausführen</translation>
    </message>
</context>
<context>
    <name>CompareSelector</name>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Verg&amp;leich mit:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleich mit</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Gleicher Zeitraum im Vorjahr</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Compar&amp;ison from:</source>
        <translation>Verglei&amp;ch von:</translation>
    </message>
    <message>
        <source>Comparison start</source>
        <translation>Beginn des Vergleichs</translation>
    </message>
    <message>
        <source>First moment of the comparison range (inclusive), as wall time in the chosen time zone</source>
        <translation>Erster Zeitpunkt des Vergleichszeitraums (einschließlich), als Uhrzeit in der gewählten Zeitzone</translation>
    </message>
    <message>
        <source>Co&amp;mparison to:</source>
        <translation>Vergleich bi&amp;s:</translation>
    </message>
    <message>
        <source>Comparison end</source>
        <translation>Ende des Vergleichs</translation>
    </message>
    <message>
        <source>Last second of the comparison range (inclusive), as wall time in the chosen time zone</source>
        <translation>Letzte Sekunde des Vergleichszeitraums (einschließlich), als Uhrzeit in der gewählten Zeitzone</translation>
    </message>
    <message>
        <source>Show each row&apos;s figures of another range beside its own, and what changed</source>
        <translation>Neben den Werten jeder Zeile die eines anderen Zeitraums zeigen, und was sich geändert hat</translation>
    </message>
    <message>
        <source>A comparison needs a range with a start and an end: choose a range other than &quot;All time&quot;</source>
        <translation>Ein Vergleich braucht einen Zeitraum mit Anfang und Ende: einen anderen Zeitraum als „Gesamter Zeitraum“ wählen</translation>
    </message>
    <message>
        <source>The end of the comparison range is before its start.</source>
        <translation>Das Ende des Vergleichszeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <source>The comparison range cannot be computed: the range needs a start and an end.</source>
        <translation>Der Vergleichszeitraum kann nicht berechnet werden: der Zeitraum braucht einen Anfang und ein Ende.</translation>
    </message>
</context>
<context>
    <name>ComparedSeries</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Vorperiode (%1): %2</translation>
    </message>
</context>
<context>
    <name>CostHistogram</name>
    <message>
        <source>No request has a cost.</source>
        <translation>Keine Anfrage hat Kosten.</translation>
    </message>
    <message>
        <source>Requests by cost, from %1 to %2</source>
        <translation>Anfragen nach Kosten, von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>CostOverTimeChart</name>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Select rows in the table to chart their cost over time</source>
        <translation>Zeilen in der Tabelle auswählen, um ihren Kostenverlauf darzustellen</translation>
    </message>
    <message>
        <source>This source has no time series</source>
        <translation>Diese Quelle liefert keine Zeitreihe</translation>
    </message>
    <message>
        <source>No time series for these rows</source>
        <translation>Keine Zeitreihe für diese Zeilen</translation>
    </message>
    <message>
        <source>Cost per %1 (%2), %3: total %4</source>
        <translation>Kosten pro %1 (%2), %3: gesamt %4</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Start of each %1 (%2)</source>
        <translation>Beginn je %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected row(s)</source>
        <translation>
            <numerusform>%Ln ausgewählte Zeile</numerusform>
            <numerusform>%Ln ausgewählte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown row(s)</source>
        <translation>
            <numerusform>%Ln angezeigte Zeile</numerusform>
            <numerusform>%Ln angezeigte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>the last %1 is partial (a point)</source>
        <translation>der letzte Abschnitt (%1) ist unvollständig (ein Punkt)</translation>
    </message>
    <message>
        <source>Partial %1</source>
        <translation>Unvollständig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%3): %4 · %Ln request(s) · %5 tokens</source>
        <translation>
            <numerusform>%1 – %2 (%3): %4 · %Ln Anfrage · %5 Tokens</numerusform>
            <numerusform>%1 – %2 (%3): %4 · %Ln Anfragen · %5 Tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostPerGroupChart</name>
    <message>
        <source>No rows pass the filter</source>
        <translation>Keine Zeile entspricht dem Filter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Sonstige</translation>
    </message>
    <message numerus="yes">
        <source>Cost per %1: the top %2 of %Ln row(s) shown, total %3</source>
        <translation>
            <numerusform>Kosten pro %1: die teuersten %2 von %Ln angezeigten Zeile, gesamt %3</numerusform>
            <numerusform>Kosten pro %1: die teuersten %2 von %Ln angezeigten Zeilen, gesamt %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostShareChart</name>
    <message>
        <source>No rows pass the filter</source>
        <translation>Keine Zeile entspricht dem Filter</translation>
    </message>
    <message>
        <source>The rows shown have no cost</source>
        <translation>Die angezeigten Zeilen haben keine Kosten</translation>
    </message>
    <message>
        <source>Share of cost per %1: total %2</source>
        <translation>Kostenanteil pro %1: gesamt %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Details of the selected row</source>
        <translation>Details der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>Select a row to see its models and its cost over time.</source>
        <translation>Eine Zeile auswählen, um ihre Modelle und ihren Kostenverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Ausgewählte Zeile</translation>
    </message>
    <message>
        <source>Per-model breakdown</source>
        <translation>Aufschlüsselung nach Modell</translation>
    </message>
    <message>
        <source>Requests, tokens and cost of the selected row, per model</source>
        <translation>Anfragen, Tokens und Kosten der ausgewählten Zeile pro Modell</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Kostenverlauf</translation>
    </message>
    <message>
        <source>Cost over time of the selected row</source>
        <translation>Kostenverlauf der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>first %1, last %2 (%3)</source>
        <translation>erste Anfrage %1, letzte %2 (%3)</translation>
    </message>
    <message>
        <source>Cost per %1 (%2)</source>
        <translation>Kosten pro %1 (%2)</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>No time series for this row</source>
        <translation>Keine Zeitreihe für diese Zeile</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 in %Ln request(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 bei %Ln Anfrage</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 bei %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Skipped records</source>
        <translation>Übersprungene Datensätze</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>FigureCell</name>
    <message>
        <source>%1 ÷ %2 requests</source>
        <translation>%1 ÷ %2 Anfragen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter ids (Ctrl+F)</source>
        <translation>IDs filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show only the rows whose id contains this text (case-insensitive), or matches it as a regular expression</source>
        <translation>Nur die Zeilen anzeigen, deren ID diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung) oder ihm als regulärer Ausdruck entspricht</translation>
    </message>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>Filter is a regular expression</source>
        <translation>Der Filter ist ein regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Mi&amp;nimum cost:</source>
        <translation>&amp;Mindestkosten:</translation>
    </message>
    <message>
        <source>Minimum cost in US dollars</source>
        <translation>Mindestkosten in US-Dollar</translation>
    </message>
    <message>
        <source>Hide rows that cost less than this</source>
        <translation>Zeilen ausblenden, die weniger als diesen Betrag kosten</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>GroupChartView</name>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>%1 (%2 of the cost shown)</source>
        <translation>%1 (%2 der angezeigten Kosten)</translation>
    </message>
    <message>
        <source>prompt %1, completion %2 tokens</source>
        <translation>%1 Prompt-Tokens, %2 Antwort-Tokens</translation>
    </message>
    <message>
        <source>cache read %1, cache write %2</source>
        <translation>%1 aus dem Cache gelesen, %2 in den Cache geschrieben</translation>
    </message>
    <message>
        <source>%1 is selected in the table (Ctrl+1 shows it).</source>
        <translation>„%1“ ist in der Tabelle ausgewählt (Strg+1 zeigt die Tabelle).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others sums %Ln row(s): raise the number of bars or filter the table to see them.</source>
        <translation>
            <numerusform>„Sonstige“ fasst %Ln Zeile zusammen: die Anzahl der Balken erhöhen oder die Tabelle filtern, um sie zu sehen.</numerusform>
            <numerusform>„Sonstige“ fasst %Ln Zeilen zusammen: die Anzahl der Balken erhöhen oder die Tabelle filtern, um sie zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Usage Explorer will use %1 from its next start.</source>
        <translation>Usage Explorer verwendet ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
</context>
<context>
    <name>LogFilesSource</name>
    <message>
        <source>Choose one or more log files first (File › Open, or drop them on the window).</source>
        <translation>Zuerst eine oder mehrere Protokolldateien wählen (Datei › Öffnen, oder auf das Fenster ziehen).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Usage Explorer</source>
        <translation>Usage Explorer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>A&amp;bfrage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Open Log Files…</source>
        <translation>Protokolldateien &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows…</source>
        <translation>Sichtbare Zeilen &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>&amp;About Usage Explorer</source>
        <translation>Ü&amp;ber Usage Explorer</translation>
    </message>
    <message>
        <source>About Usage Explorer</source>
        <translation>Über Usage Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Usage Explorer %1&lt;/h3&gt;&lt;p&gt;What each end user of an LLM product costs, from Helicone&apos;s API or from a log dump, aggregated on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Usage Explorer %1&lt;/h3&gt;&lt;p&gt;Was jeder Endbenutzer eines LLM-Produkts kostet, aus der Helicone-API oder aus einer Protokolldatei, auf diesem Computer zusammengefasst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Protokolldateien öffnen</translation>
    </message>
    <message>
        <source>Helicone logs (*.jsonl *.json *.csv *.gz *.zst);;All files (*)</source>
        <translation>Helicone-Protokolle (*.jsonl *.json *.csv *.gz *.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>Sichtbare Zeilen exportieren</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Fetch the cost over time?</source>
        <translation>Kostenverlauf abrufen?</translation>
    </message>
    <message>
        <source>The cost-over-time chart needs %1 requests to Helicone&apos;s API. Send them?</source>
        <translation>Das Diagramm des Kostenverlaufs braucht %1 Anfragen an die Helicone-API. Jetzt senden?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The built-in price book is derived from pydantic&apos;s genai-prices (MIT license), data of %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das eingebaute Preisbuch beruht auf genai-prices von pydantic (MIT-Lizenz), Datenstand %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Meldungstext</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>ModelBreakdownModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>The model that answered</source>
        <translation>Das Modell, das geantwortet hat</translation>
    </message>
    <message>
        <source>Requests answered by this model</source>
        <translation>Von diesem Modell beantwortete Anfragen</translation>
    </message>
    <message>
        <source>Prompt tokens sent to this model</source>
        <translation>An dieses Modell gesendete Prompt-Tokens</translation>
    </message>
    <message>
        <source>Completion tokens from this model</source>
        <translation>Antwort-Tokens dieses Modells</translation>
    </message>
    <message>
        <source>Cost of this model&apos;s requests in US dollars</source>
        <translation>Kosten der Anfragen an dieses Modell in US-Dollar</translation>
    </message>
</context>
<context>
    <name>MoversChart</name>
    <message>
        <source>Choose a comparison (Compare with) and run the query to see what changed</source>
        <translation>Einen Vergleich wählen („Vergleich mit“) und die Abfrage ausführen, um die Änderungen zu sehen</translation>
    </message>
    <message>
        <source>No cost changed between the two ranges</source>
        <translation>Zwischen den beiden Zeiträumen haben sich keine Kosten geändert</translation>
    </message>
    <message>
        <source>Largest cost increases and decreases against the comparison range</source>
        <translation>Größte Kostenanstiege und -rückgänge gegenüber dem Vergleichszeitraum</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Rückgang</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Cost change (USD)</source>
        <translation>Kostenänderung (USD)</translation>
    </message>
    <message>
        <source>%1: %2 now, %3 before, change %4</source>
        <translation>%1: jetzt %2, vorher %3, Änderung %4</translation>
    </message>
    <message>
        <source>%1 is selected in the table (Ctrl+1 shows it).</source>
        <translation>„%1“ ist in der Tabelle ausgewählt (Strg+1 zeigt die Tabelle).</translation>
    </message>
</context>
<context>
    <name>OverridesFile</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <source>Your prices</source>
        <translation>Eigene Preise</translation>
    </message>
    <message>
        <source>Price rows</source>
        <translation>Preiszeilen</translation>
    </message>
    <message>
        <source>Prices in USD per million tokens; rows with the same provider, model and match form one price history by start date</source>
        <translation>Preise in USD pro Million Tokens; Zeilen mit gleichem Anbieter, Modell und Muster bilden nach Startdatum einen Preisverlauf</translation>
    </message>
    <message>
        <source>Price editor status</source>
        <translation>Status des Preiseditors</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>Eine Preiszeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>Die ausgewählten Preiszeilen entfernen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import prices from an overrides CSV</source>
        <translation>Preise aus einer Overrides-CSV importieren</translation>
    </message>
    <message>
        <source>Replace the table with the rows of an overrides CSV</source>
        <translation>Die Tabelle durch die Zeilen einer Overrides-CSV ersetzen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the prices as an overrides CSV</source>
        <translation>Die Preise als Overrides-CSV exportieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save your prices</source>
        <translation>Eigene Preise speichern</translation>
    </message>
    <message>
        <source>Save the table and price with it from now on</source>
        <translation>Die Tabelle speichern und ab jetzt mit ihr bepreisen</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid cell(s); the first: %1</source>
        <translation>
            <numerusform>%n ungültige Zelle; die erste: %1</numerusform>
            <numerusform>%n ungültige Zellen; die erste: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n invalid cell(s); the first: %2</source>
        <translation>
            <numerusform>%1: %n ungültige Zelle; die erste: %2</numerusform>
            <numerusform>%1: %n ungültige Zellen; die erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your saved prices were not loaded: %1</source>
        <translation>Die gespeicherten eigenen Preise wurden nicht geladen: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n price row(s) to %1</source>
        <translation>
            <numerusform>%n Preiszeile in %1 gespeichert</numerusform>
            <numerusform>%n Preiszeilen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n price row(s) from %1</source>
        <translation>
            <numerusform>%n Preiszeile aus %1 importiert</numerusform>
            <numerusform>%n Preiszeilen aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n price row(s) to %1</source>
        <translation>
            <numerusform>%n Preiszeile nach %1 exportiert</numerusform>
            <numerusform>%n Preiszeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import prices</source>
        <translation>Preise importieren</translation>
    </message>
    <message>
        <source>Overrides CSV (*.csv);;All files (*)</source>
        <translation>Overrides-CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export prices</source>
        <translation>Preise exportieren</translation>
    </message>
</context>
<context>
    <name>PricingCell</name>
    <message>
        <source>No price source was loaded</source>
        <translation>Es wurde keine Preisquelle geladen</translation>
    </message>
    <message>
        <source>Recorded cost</source>
        <translation>Erfasste Kosten</translation>
    </message>
    <message>
        <source>Computed cost</source>
        <translation>Berechnete Kosten</translation>
    </message>
    <message>
        <source>Cost difference</source>
        <translation>Kostendifferenz</translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <source>The cost the records carry, of every request</source>
        <translation>Die in den Datensätzen erfassten Kosten aller Anfragen</translation>
    </message>
    <message>
        <source>The price book&apos;s cost of the priced requests, at the prices in force on each date</source>
        <translation>Die Kosten der bepreisten Anfragen laut Preisbuch, zu den am jeweiligen Datum gültigen Preisen</translation>
    </message>
    <message>
        <source>Computed minus recorded cost, of the requests the price book prices</source>
        <translation>Berechnete minus erfasste Kosten der Anfragen, die das Preisbuch bepreist</translation>
    </message>
    <message>
        <source>Requests no price source prices</source>
        <translation>Anfragen, für die keine Preisquelle einen Preis hat</translation>
    </message>
    <message>
        <source>What-if cost</source>
        <translation>Was-wäre-wenn-Kosten</translation>
    </message>
    <message>
        <source>The priced requests&apos; cost under the What if options: another price date and model swaps</source>
        <translation>Die Kosten der bepreisten Anfragen unter den Was-wäre-wenn-Optionen: ein anderes Preisdatum und Modelltausch</translation>
    </message>
</context>
<context>
    <name>PricingLoad</name>
    <message>
        <source>Cannot read the price file %1.</source>
        <translation>Die Preisdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Price file not loaded: %1</source>
        <translation>Preisdatei nicht geladen: %1</translation>
    </message>
</context>
<context>
    <name>PricingPanel</name>
    <message>
        <source>Re&amp;price with a price book</source>
        <translation>Mit &amp;Preisbuch neu bepreisen</translation>
    </message>
    <message>
        <source>C&amp;ost basis:</source>
        <translation>K&amp;ostenbasis:</translation>
    </message>
    <message>
        <source>Use the b&amp;uilt-in price book</source>
        <translation>Eingebautes Preisbuch ver&amp;wenden</translation>
    </message>
    <message>
        <source>Price &amp;files:</source>
        <translation>Preisda&amp;teien:</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hinzuf&amp;ügen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Edit prices…</source>
        <translation>Preise b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Recompute each request&apos;s cost at the price in force on its date</source>
        <translation>Die Kosten jeder Anfrage zum an ihrem Datum gültigen Preis neu berechnen</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>Kostenbasis</translation>
    </message>
    <message>
        <source>What Cost is: the records&apos; own, the price book&apos;s, or the records&apos; own where they have one and the price book&apos;s elsewhere</source>
        <translation>Was „Kosten“ ist: die eigenen Kosten der Datensätze, die des Preisbuchs oder die eigenen, wo vorhanden, und sonst die des Preisbuchs</translation>
    </message>
    <message>
        <source>Prices from pydantic&apos;s genai-prices, shipped with this program</source>
        <translation>Preise aus genai-prices von pydantic, mit diesem Programm ausgeliefert</translation>
    </message>
    <message>
        <source>Price files</source>
        <translation>Preisdateien</translation>
    </message>
    <message>
        <source>genai-prices data.json, LiteLLM&apos;s model prices JSON or an overrides CSV; the one listed last wins among files of one kind</source>
        <translation>data.json von genai-prices, die JSON-Modellpreise von LiteLLM oder eine Overrides-CSV; unter Dateien einer Art gilt die zuletzt aufgeführte</translation>
    </message>
    <message>
        <source>Add price files</source>
        <translation>Preisdateien hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected price files</source>
        <translation>Die ausgewählten Preisdateien entfernen</translation>
    </message>
    <message>
        <source>Your own prices (negotiated, fine-tuned or self-hosted models) as an overrides table, saved in your data folder and used at once</source>
        <translation>Eigene Preise (ausgehandelte, feinabgestimmte oder selbst betriebene Modelle) als Overrides-Tabelle, im eigenen Datenordner gespeichert und sofort verwendet</translation>
    </message>
    <message>
        <source>Costs are those Helicone stored. Repricing with a price book is not available here: it needs each request&apos;s record, and Helicone&apos;s API sends only sums. Use a log dump to reprice.</source>
        <translation>Die Kosten sind die von Helicone gespeicherten. Neu bepreisen mit einem Preisbuch ist hier nicht möglich: Dazu braucht es jede einzelne Anfrage, die Helicone-API schickt nur Summen. Zum Neu-Bepreisen einen Protokoll-Export verwenden.</translation>
    </message>
    <message>
        <source>Costs are those Helicone stored. Repricing with a price book is not available here: it needs each request&apos;s record, and ClickHouse sends only sums. Use a log dump to reprice.</source>
        <translation>Die Kosten sind die von Helicone gespeicherten. Neu bepreisen mit einer Preisliste ist hier nicht möglich: Dazu braucht es jede einzelne Anfrage, ClickHouse schickt nur Summen. Zum Neu-Bepreisen einen Protokoll-Export verwenden.</translation>
    </message>
    <message>
        <source>Price files (*.json *.csv);;All files (*)</source>
        <translation>Preisdateien (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Edit Prices</source>
        <translation>Preise bearbeiten</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>no system keychain is available (%1)</source>
        <translation>kein Schlüsselbund des Systems verfügbar (%1)</translation>
    </message>
    <message>
        <source>the system keychain refused access (%1)</source>
        <translation>der Schlüsselbund des Systems hat den Zugriff verweigert (%1)</translation>
    </message>
</context>
<context>
    <name>QueryPanel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>What one row of the table stands for; the API groups by user only</source>
        <translation>Wofür eine Tabellenzeile steht; die API gruppiert nur nach Benutzer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Custom property</source>
        <translation>Benutzerdefinierte Eigenschaft</translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation>&amp;Eigenschaft:</translation>
    </message>
    <message>
        <source>Custom property name</source>
        <translation>Name der benutzerdefinierten Eigenschaft</translation>
    </message>
    <message>
        <source>e.g. feature</source>
        <translation>z. B. feature</translation>
    </message>
    <message>
        <source>Name of the Helicone custom property (Helicone-Property-NAME) to group by</source>
        <translation>Name der benutzerdefinierten Helicone-Eigenschaft (Helicone-Property-NAME), nach der gruppiert wird</translation>
    </message>
    <message>
        <source>&amp;Buckets:</source>
        <translation>&amp;Intervalle:</translation>
    </message>
    <message>
        <source>Time series buckets</source>
        <translation>Intervalle der Zeitreihe</translation>
    </message>
    <message>
        <source>Width of one step of the cost-over-time series, in the chosen time zone</source>
        <translation>Breite eines Schritts im Kostenverlauf, in der gewählten Zeitzone</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Count each request &amp;once</source>
        <translation>Jede Anfrage nur ei&amp;nmal zählen</translation>
    </message>
    <message>
        <source>Count each request once</source>
        <translation>Jede Anfrage nur einmal zählen</translation>
    </message>
    <message>
        <source>For overlapping exports: count each request id once, keeping its newest copy. Needs memory for every request until all files are read.</source>
        <translation>Für überlappende Exporte: jede Anfrage-ID nur einmal zählen und ihre neueste Kopie behalten. Braucht Speicher für jede Anfrage, bis alle Dateien gelesen sind.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>Abfrage ausführen</translation>
    </message>
    <message>
        <source>Query the source (Ctrl+R, F5)</source>
        <translation>Die Quelle abfragen (Strg+R, F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the running query</source>
        <translation>Laufende Abfrage abbrechen</translation>
    </message>
    <message>
        <source>Stop the running query (Esc); the table keeps the previous results</source>
        <translation>Die laufende Abfrage anhalten (Esc); die Tabelle behält die vorherigen Ergebnisse</translation>
    </message>
    <message>
        <source>Enter the name of the custom property to group by.</source>
        <translation>Den Namen der benutzerdefinierten Eigenschaft eingeben, nach der gruppiert werden soll.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre wenn</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>RangePreset</name>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>Range preset</source>
        <translation>Vordefinierter Zeitraum</translation>
    </message>
    <message>
        <source>A ready-made range, computed in the chosen time zone</source>
        <translation>Ein vordefinierter Zeitraum, berechnet in der gewählten Zeitzone</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>First moment of the range (inclusive), as wall time in the chosen time zone</source>
        <translation>Erster Zeitpunkt des Zeitraums (einschließlich), als Uhrzeit in der gewählten Zeitzone</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Last second of the range (inclusive), as wall time in the chosen time zone</source>
        <translation>Letzte Sekunde des Zeitraums (einschließlich), als Uhrzeit in der gewählten Zeitzone</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeit&amp;zone:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>The zone of the range, of days and weeks in charts, and of the times shown (UTC, this computer&apos;s zone, or any IANA zone)</source>
        <translation>Die Zeitzone des Zeitraums, der Tage und Wochen in Diagrammen und der angezeigten Zeiten (UTC, die Zeitzone dieses Computers oder eine beliebige IANA-Zeitzone)</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>Problem mit dem Zeitraum</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; still using %2.</source>
        <translation>Unbekannte Zeitzone „%1“; weiterhin wird %2 verwendet.</translation>
    </message>
    <message>
        <source>The end of the range (%1) is before its start (%2).</source>
        <translation>Das Ende des Zeitraums (%1) liegt vor seinem Beginn (%2).</translation>
    </message>
    <message>
        <source>all time (%1)</source>
        <translation>gesamter Zeitraum (%1)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (this computer&apos;s zone)</source>
        <translation>%1 (Zeitzone dieses Computers)</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt verwendeten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RemoteUsageSource</name>
    <message>
        <source>Enter your Helicone API key first (Source › API key), or set HELICONE_API_KEY.</source>
        <translation>Zuerst den Helicone-API-Schlüssel eingeben (Quelle › API-Schlüssel) oder HELICONE_API_KEY setzen.</translation>
    </message>
    <message>
        <source>The base URL is not usable: %1.</source>
        <translation>Die Basis-URL ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another computer: the API key would travel unencrypted. Use https://, or choose the URL again and confirm.</source>
        <translation>%1 ist unverschlüsseltes http:// zu einem anderen Computer: Der API-Schlüssel würde unverschlüsselt übertragen. https:// verwenden oder die URL erneut wählen und bestätigen.</translation>
    </message>
    <message>
        <source>Helicone&apos;s API groups by user only: choose “User”, or open log files to group by model, provider or a property.</source>
        <translation>Die Helicone-API gruppiert nur nach Benutzer: „Benutzer“ wählen oder Protokolldateien öffnen, um nach Modell, Anbieter oder einer Eigenschaft zu gruppieren.</translation>
    </message>
    <message>
        <source>Cost over time: %1</source>
        <translation>Kostenverlauf: %1</translation>
    </message>
    <message>
        <source>it needs %1 requests and was not confirmed</source>
        <translation>sie braucht %1 Anfragen und wurde nicht bestätigt</translation>
    </message>
    <message>
        <source>No cost-over-time series: %1.</source>
        <translation>Keine Zeitreihe für den Kostenverlauf: %1.</translation>
    </message>
    <message>
        <source>The cost-over-time series could not be fetched: %1</source>
        <translation>Die Zeitreihe für den Kostenverlauf konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The cost-over-time series is incomplete: %1</source>
        <translation>Die Zeitreihe für den Kostenverlauf ist unvollständig: %1</translation>
    </message>
    <message>
        <source>no answer within the run&apos;s deadline of %1 s</source>
        <translation>keine Antwort innerhalb der Frist des Laufs von %1 s</translation>
    </message>
    <message>
        <source>The previous period&apos;s cost over time could not be fetched: %1</source>
        <translation>Der Kostenverlauf der Vorperiode konnte nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>RequestBodyPanel</name>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Select a request to see its bodies.</source>
        <translation>Eine Anfrage auswählen, um ihre Bodys zu sehen.</translation>
    </message>
    <message>
        <source>This source lists requests without their bodies: open the log dump to see them.</source>
        <translation>Diese Quelle listet Anfragen ohne ihre Bodys: den Protokoll-Export öffnen, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>The dump holds no body for request %1.</source>
        <translation>Der Export enthält keinen Body für die Anfrage %1.</translation>
    </message>
</context>
<context>
    <name>RequestsSource</name>
    <message>
        <source>The run read no log files.</source>
        <translation>Der Lauf hat keine Protokolldateien gelesen.</translation>
    </message>
    <message>
        <source>Enter your Helicone API key first (Source › API key).</source>
        <translation>Zuerst den Helicone-API-Schlüssel eingeben (Quelle › API-Schlüssel).</translation>
    </message>
    <message>
        <source>This source cannot list requests.</source>
        <translation>Diese Quelle kann keine Anfragen auflisten.</translation>
    </message>
    <message>
        <source>Listing requests…</source>
        <translation>Anfragen werden aufgelistet…</translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3</source>
        <translation>%1 wird gelesen: %2 von %3</translation>
    </message>
    <message>
        <source>Reading request bodies</source>
        <translation>Anfrage-Bodys werden gelesen</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache gelesen</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache geschrieben</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning-Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>Computed cost</source>
        <translation>Berechnete Kosten</translation>
    </message>
    <message>
        <source>Price entry</source>
        <translation>Preiseintrag</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Requests of %1</source>
        <translation>Anfragen von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 in the result: %n request(s), %2 tokens, %3</source>
        <translation>
            <numerusform>%1 im Ergebnis: %n Anfrage, %2 Tokens, %3</numerusform>
            <numerusform>%1 im Ergebnis: %n Anfragen, %2 Tokens, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>&amp;Weitere laden</translation>
    </message>
    <message numerus="yes">
        <source>List %n more request(s)</source>
        <translation>
            <numerusform>%n weitere Anfrage auflisten</numerusform>
            <numerusform>%n weitere Anfragen auflisten</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the requests failed: %1</source>
        <translation>Das Auflisten der Anfragen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled; the table keeps the requests listed before.</source>
        <translation>Abgebrochen; die Tabelle behält die zuvor aufgelisteten Anfragen.</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Filter by property or request id</source>
        <translation>Nach Eigenschaft oder Anfrage-ID filtern</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Copy Request &amp;ID</source>
        <translation>Anfrage-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message numerus="yes">
        <source>The %n most expensive request(s) of the row; Load More lists more.</source>
        <translation>
            <numerusform>Die %n teuerste Anfrage der Zeile; „Weitere laden“ listet mehr.</numerusform>
            <numerusform>Die %n teuersten Anfragen der Zeile; „Weitere laden“ listet mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) listed.</source>
        <translation>
            <numerusform>%n Anfrage aufgelistet.</numerusform>
            <numerusform>%n Anfragen aufgelistet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n request(s), %1 tokens (%2 prompt, %3 completion), %4</source>
        <translation>
            <numerusform>Angezeigt: %n Anfrage, %1 Tokens (%2 Prompt, %3 Antwort), %4</numerusform>
            <numerusform>Angezeigt: %n Anfragen, %1 Tokens (%2 Prompt, %3 Antwort), %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Requests</source>
        <translation>Anfragen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n Anfrage nach %1 exportiert.</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each request is priced with the run&apos;s price book; Cost follows the run&apos;s cost basis.</source>
        <translation>Jede Anfrage wird mit dem Preisbuch des Laufs bepreist; Kosten folgen der Kostenbasis des Laufs.</translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <source>CSV, one line per row (*.csv)</source>
        <translation>CSV, eine Zeile pro Tabellenzeile (*.csv)</translation>
    </message>
    <message>
        <source>CSV, one line per row and time bucket (*.csv)</source>
        <translation>CSV, eine Zeile pro Tabellenzeile und Intervall (*.csv)</translation>
    </message>
    <message>
        <source>JSON, API shape with meta (*.json)</source>
        <translation>JSON, Form der API mit Metadaten (*.json)</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: %2</source>
        <translation>Export nach „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>The export was not saved: %1</source>
        <translation>Der Export wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ResultTabs</name>
    <message>
        <source>Views of the rows shown</source>
        <translation>Ansichten der angezeigten Zeilen</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>The rows, their totals and the selected row in depth (Ctrl+1)</source>
        <translation>Die Zeilen, ihre Summen und die ausgewählte Zeile im Detail (Strg+1)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Where the money goes: charts of the rows shown (Ctrl+2)</source>
        <translation>Wohin das Geld fließt: Diagramme der angezeigten Zeilen (Strg+2)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Usage per user</source>
        <translation>Nutzung pro Benutzer</translation>
    </message>
    <message>
        <source>Totals of the rows shown</source>
        <translation>Summen der angezeigten Zeilen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter to This</source>
        <translation>Auf diesen Eintrag &amp;filtern</translation>
    </message>
    <message>
        <source>Show in C&amp;harts</source>
        <translation>In &amp;Diagrammen zeigen</translation>
    </message>
    <message>
        <source>The selected rows&apos; cost over time, and their bars highlighted</source>
        <translation>Kostenverlauf der ausgewählten Zeilen, ihre Balken hervorgehoben</translation>
    </message>
    <message>
        <source>Copy &amp;Table</source>
        <translation>&amp;Tabelle kopieren</translation>
    </message>
    <message>
        <source>Show &amp;Requests</source>
        <translation>&amp;Anfragen zeigen</translation>
    </message>
    <message>
        <source>The row&apos;s requests one by one, with their bodies when the dump has them</source>
        <translation>Die einzelnen Anfragen der Zeile, mit ihren Bodys, wenn der Export sie enthält</translation>
    </message>
</context>
<context>
    <name>RunMessages</name>
    <message>
        <source>%1 The table still shows the previous results.</source>
        <translation>%1 Die Tabelle zeigt weiterhin die vorherigen Ergebnisse.</translation>
    </message>
    <message>
        <source>Cancelled. The table still shows the previous results.</source>
        <translation>Abgebrochen. Die Tabelle zeigt weiterhin die vorherigen Ergebnisse.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The result is partial: %Ln file(s) could not be read to the end.</source>
        <translation>
            <numerusform>Das Ergebnis ist unvollständig: %Ln Datei konnte nicht bis zum Ende gelesen werden.</numerusform>
            <numerusform>Das Ergebnis ist unvollständig: %Ln Dateien konnten nicht bis zum Ende gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped because they could not be read.</source>
        <translation>
            <numerusform>%Ln Zeile übersprungen, da sie nicht gelesen werden konnte.</numerusform>
            <numerusform>%Ln Zeilen übersprungen, da sie nicht gelesen werden konnten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requested user(s) had no requests in the range: %1</source>
        <translation>
            <numerusform>%Ln angefragter Benutzer hatte keine Anfragen im Zeitraum: %1</numerusform>
            <numerusform>%Ln angefragte Benutzer hatten keine Anfragen im Zeitraum: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The source has no requests.</source>
        <translation>Die Quelle enthält keine Anfragen.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln request(s) read is for the requested users.</source>
        <translation>
            <numerusform>Die %Ln gelesene Anfrage gehört zu keinem der angefragten Benutzer.</numerusform>
            <numerusform>Keine der %Ln gelesenen Anfragen gehört zu den angefragten Benutzern.</numerusform>
        </translation>
    </message>
    <message>
        <source>start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>No requests in the range %1: the %Ln request(s) read lie outside it. Show all to see their dates.</source>
        <translation>
            <numerusform>Keine Anfragen im Zeitraum %1: die %Ln gelesene Anfrage liegt außerhalb. „Alles anzeigen“ zeigt ihr Datum.</numerusform>
            <numerusform>Keine Anfragen im Zeitraum %1: die %Ln gelesenen Anfragen liegen außerhalb. „Alles anzeigen“ zeigt ihre Daten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles anzeigen</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Gespeicherte &amp;Ansichten</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Die Ansicht „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation>Neuer Name der Ansicht:</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists already.</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>SourceController</name>
    <message>
        <source>This source is not available in this build.</source>
        <translation>Diese Quelle ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Where the figures come from: Helicone&apos;s API or log files on this computer</source>
        <translation>Woher die Zahlen stammen: die Helicone-API oder Protokolldateien auf diesem Computer</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Protokolldateien</translation>
    </message>
    <message>
        <source>Helicone API</source>
        <translation>Helicone-API</translation>
    </message>
    <message>
        <source>The log files to aggregate; they add up. Drop files on the window to add them.</source>
        <translation>Die auszuwertenden Protokolldateien; ihre Werte werden addiert. Zum Hinzufügen Dateien auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add log files</source>
        <translation>Protokolldateien hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove selected log files</source>
        <translation>Ausgewählte Protokolldateien entfernen</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>Files opened before</source>
        <translation>Zuvor geöffnete Dateien</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Helicone&apos;s API: US, EU, or a self-hosted server</source>
        <translation>Helicone-API: USA, EU oder ein selbst betriebener Server</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>No key entered</source>
        <translation>Kein Schlüssel eingegeben</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Schlüsselstatus</translation>
    </message>
    <message>
        <source>&amp;Time unit:</source>
        <translation>Zeit&amp;einheit:</translation>
    </message>
    <message>
        <source>Time unit of the time filter</source>
        <translation>Zeiteinheit des Zeitfilters</translation>
    </message>
    <message>
        <source>Milliseconds (Helicone cloud)</source>
        <translation>Millisekunden (Helicone-Cloud)</translation>
    </message>
    <message>
        <source>Seconds (as documented)</source>
        <translation>Sekunden (laut Dokumentation)</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Protokolldateien öffnen</translation>
    </message>
    <message>
        <source>Helicone logs (*.jsonl *.json *.csv *.gz *.zst);;All files (*)</source>
        <translation>Helicone-Protokolle (*.jsonl *.json *.csv *.gz *.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt verwendeten Dateien</translation>
    </message>
    <message>
        <source>Key entered for this session</source>
        <translation>Schlüssel für diese Sitzung eingegeben</translation>
    </message>
    <message>
        <source>Your Helicone API key. Entered once, it is kept in the system keychain (or, where there is none, in memory for this session), never in the settings file.</source>
        <translation>Der eigene Helicone-API-Schlüssel. Einmal eingegeben, wird er im Schlüsselbund des Systems gehalten (oder, wo es keinen gibt, für diese Sitzung im Arbeitsspeicher), nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget the API key</source>
        <translation>API-Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Remove the key for this server from the system keychain and from this session</source>
        <translation>Den Schlüssel für diesen Server aus dem Schlüsselbund des Systems und aus dieser Sitzung entfernen</translation>
    </message>
    <message>
        <source>Send the key unencrypted?</source>
        <translation>Schlüssel unverschlüsselt senden?</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another computer: your API key and the figures would cross the network unencrypted, readable by anyone on the way.

Use this address anyway?</source>
        <translation>%1 ist unverschlüsseltes http:// zu einem anderen Computer: Der API-Schlüssel und die Zahlen würden unverschlüsselt durch das Netz gehen, für jeden auf dem Weg lesbar.

Diese Adresse trotzdem verwenden?</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Key from the HELICONE_API_KEY environment variable</source>
        <translation>Schlüssel aus der Umgebungsvariablen HELICONE_API_KEY</translation>
    </message>
    <message>
        <source>Key from %1</source>
        <translation>Schlüssel aus dem %1</translation>
    </message>
    <message>
        <source>Key saved in %1</source>
        <translation>Schlüssel im %1 gespeichert</translation>
    </message>
    <message>
        <source>Key kept for this session only: %1</source>
        <translation>Schlüssel nur für diese Sitzung gehalten: %1</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Helicone&apos;s /v1/user/query reads its &quot;UnixSeconds&quot; fields as milliseconds. Automatic asks the server once in both units and remembers the one that returns rows; choose seconds only for a server that follows the documentation.</source>
        <translation>Helicones /v1/user/query liest seine „UnixSeconds“-Felder als Millisekunden. Automatisch fragt den Server einmal in beiden Einheiten und merkt sich die, die Zeilen liefert; Sekunden nur für einen Server wählen, der sich an die Dokumentation hält.</translation>
    </message>
    <message>
        <source>Automatic (probe once per server)</source>
        <translation>Automatisch (einmal je Server prüfen)</translation>
    </message>
    <message>
        <source>ClickHouse</source>
        <translation>ClickHouse</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Fortschrittsdetails</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No data yet: open log files (Ctrl+O) or choose the Helicone API, then Run (Ctrl+R).</source>
        <translation>Noch keine Daten: Protokolldateien öffnen (Strg+O) oder die Helicone-API wählen, dann „Ausführen“ (Strg+R).</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>abgerufen am %1</translation>
    </message>
    <message>
        <source>Helicone API (%1)</source>
        <translation>Helicone-API (%1)</translation>
    </message>
    <message>
        <source>all time (%1)</source>
        <translation>gesamter Zeitraum (%1)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 von %Ln Zeile</numerusform>
            <numerusform>%1 von %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>out of date: Run (Ctrl+R) to apply the changed query</source>
        <translation>veraltet: Ausführen (Strg+R) übernimmt die geänderte Abfrage</translation>
    </message>
    <message numerus="yes">
        <source>%Ln log file(s)</source>
        <translation>
            <numerusform>%Ln Protokolldatei</numerusform>
            <numerusform>%Ln Protokolldateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cross an alert</source>
        <translation>
            <numerusform>%Ln Zeile überschreitet eine Warnschwelle</numerusform>
            <numerusform>%Ln Zeilen überschreiten eine Warnschwelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpriced model(s)</source>
        <translation>
            <numerusform>%n Modell ohne Preis</numerusform>
            <numerusform>%n Modelle ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <source>compared with %1 – %2</source>
        <translation>verglichen mit %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone</source>
        <translation>
            <numerusform>%n entfallen</numerusform>
            <numerusform>%n entfallen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokensPerGroupChart</name>
    <message>
        <source>No rows pass the filter</source>
        <translation>Keine Zeile entspricht dem Filter</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens (%1 = ×%2)</source>
        <translation>Tokens (%1 = ×%2)</translation>
    </message>
    <message>
        <source>Tokens per %1: prompt + completion = the table&apos;s total tokens</source>
        <translation>Tokens pro %1: Prompt + Antwort = Tokens gesamt der Tabelle</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message numerus="yes">
        <source>Total (%n rows)</source>
        <translation>
            <numerusform>Gesamt (%n Zeile)</numerusform>
            <numerusform>Gesamt (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total (%1 of %2 rows)</source>
        <translation>Gesamt (%1 von %2 Zeilen)</translation>
    </message>
    <message>
        <source>Sums of the rows shown; they follow the filter</source>
        <translation>Summen der angezeigten Zeilen; sie folgen dem Filter</translation>
    </message>
</context>
<context>
    <name>UnpricedModelsModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Antwort-Tokens</translation>
    </message>
</context>
<context>
    <name>UnpricedPanel</name>
    <message>
        <source>Unpriced models</source>
        <translation>Modelle ohne Preis</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) without a price: their requests add nothing to the computed cost. Add their prices in an overrides CSV price file.</source>
        <translation>
            <numerusform>%n Modell ohne Preis: seine Anfragen tragen nichts zu den berechneten Kosten bei. Seine Preise in einer Overrides-CSV-Preisdatei ergänzen.</numerusform>
            <numerusform>%n Modelle ohne Preis: ihre Anfragen tragen nichts zu den berechneten Kosten bei. Ihre Preise in einer Overrides-CSV-Preisdatei ergänzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>no recognisable records (not a format Usage Explorer reads)</source>
        <translation>keine erkennbaren Datensätze (kein Format, das Usage Explorer liest)</translation>
    </message>
    <message>
        <source>no recognisable records (%1 skipped)</source>
        <translation>keine erkennbaren Datensätze (%1 übersprungen)</translation>
    </message>
    <message>
        <source>no records found</source>
        <translation>keine Datensätze gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n request id(s) appear more than once (overlapping exports?): use de-duplication to count each request once</source>
        <translation>
            <numerusform>%n Anfrage-ID kommt mehrfach vor (überlappende Exporte?): die Deduplizierung verwenden, um jede Anfrage nur einmal zu zählen</numerusform>
            <numerusform>%n Anfrage-IDs kommen mehrfach vor (überlappende Exporte?): die Deduplizierung verwenden, um jede Anfrage nur einmal zu zählen</numerusform>
        </translation>
    </message>
    <message>
        <source>shrank from %1 to %2 bytes while being read</source>
        <translation>ist beim Lesen von %1 auf %2 Bytes geschrumpft</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>record longer than %1 bytes (the limit; see --max-record-size)</source>
        <translation>Datensatz länger als %1 Bytes (die Grenze; siehe --max-record-size)</translation>
    </message>
</context>
<context>
    <name>Usage::ClickHouse::RequestsJob</name>
    <message>
        <source>ClickHouse server %1 did not answer within %2 s</source>
        <translation>ClickHouse-Server %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>ClickHouse server %1 answered no version</source>
        <translation>ClickHouse-Server %1 nannte keine Version</translation>
    </message>
    <message>
        <source>table %1 lacks the columns %2</source>
        <translation>Tabelle %1 fehlen die Spalten %2</translation>
    </message>
    <message>
        <source>ClickHouse server %1: an answer that is no list of requests (%2)</source>
        <translation>ClickHouse-Server %1: eine Antwort, die keine Liste von Anfragen ist (%2)</translation>
    </message>
</context>
<context>
    <name>Usage::Export</name>
    <message>
        <source>the time series of %1 &quot;%2&quot; does not add up to its totals (Helicone&apos;s API is asked for each bucket in whole seconds: requests in the last fraction of a second of a bucket are in no bucket)</source>
        <translation>die Zeitreihe von %1 „%2“ ergibt nicht dessen Summen (Helicones API wird je Intervall in ganzen Sekunden gefragt: Anfragen im letzten Sekundenbruchteil eines Intervalls liegen in keinem Intervall)</translation>
    </message>
    <message>
        <source>the time series of %1 &quot;%2&quot; does not add up to its totals (the source reports no request times)</source>
        <translation>die Zeitreihe von %1 „%2“ ergibt nicht dessen Summen (die Quelle nennt keine Anfragezeiten)</translation>
    </message>
    <message>
        <source>the time series of %1 &quot;%2&quot; does not add up to its totals</source>
        <translation>die Zeitreihe von %1 „%2“ ergibt nicht dessen Summen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>ist ein Ordner</translation>
    </message>
</context>
<context>
    <name>Usage::GzipSource</name>
    <message>
        <source>cannot start the gzip decompressor</source>
        <translation>der gzip-Entpacker kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the gzip stream is truncated</source>
        <translation>der gzip-Datenstrom ist abgeschnitten</translation>
    </message>
    <message>
        <source>the gzip data is corrupt: %1</source>
        <translation>die gzip-Daten sind beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>Usage::LogSource</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, noch %n s</numerusform>
            <numerusform>, noch %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Usage::Net::BatchJob</name>
    <message>
        <source>%1, retrying in %2 s</source>
        <translation>%1, neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>every batch failed; the first: %1</source>
        <translation>alle Teilabfragen sind fehlgeschlagen; die erste: %1</translation>
    </message>
    <message>
        <source>the answer cannot be read: %1</source>
        <translation>die Antwort kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the server answered with an error: %1</source>
        <translation>der Server hat mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>batch %1 of %2 failed: %3</source>
        <translation>Teilabfrage %1 von %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>batch %1 of %2</source>
        <translation>Teilabfrage %1 von %2</translation>
    </message>
</context>
<context>
    <name>Usage::Net::HeliconeClient</name>
    <message>
        <source>finding out the server&apos;s time unit</source>
        <translation>Zeiteinheit des Servers wird ermittelt</translation>
    </message>
    <message>
        <source>the series needs %1 requests, more than %2: confirm to send them</source>
        <translation>die Zeitreihe braucht %1 Anfragen, mehr als %2: zum Senden bestätigen</translation>
    </message>
</context>
<context>
    <name>Usage::Net::KeychainKeyStore</name>
    <message>
        <source>the system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>Usage::Net::MemoryKeyStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>Usage::Net::MetricsJob</name>
    <message>
        <source>the server keeps sending pages of users past its own count of %1; stopped at %2 users</source>
        <translation>der Server schickt weitere Seiten mit Nutzern über seine eigene Anzahl von %1 hinaus; bei %2 Nutzern angehalten</translation>
    </message>
    <message numerus="yes">
        <source>page %1, %n user(s) so far</source>
        <translation>
            <numerusform>Seite %1, bisher %n Benutzer</numerusform>
            <numerusform>Seite %1, bisher %n Benutzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Usage::Net::RequestListJob</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1; retrying</source>
        <translation>%1; neuer Versuch</translation>
    </message>
    <message>
        <source>HTTP %1 instead of 201</source>
        <translation>HTTP %1 statt 201</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) read</source>
        <translation>
            <numerusform>%n Anfrage gelesen</numerusform>
            <numerusform>%n Anfragen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer is no JSON object: %1</source>
        <translation>die Antwort ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>the server answered with an error: %1</source>
        <translation>der Server hat mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>the answer has no data array</source>
        <translation>die Antwort hat kein data-Array</translation>
    </message>
</context>
<context>
    <name>Usage::Net::RestClient</name>
    <message>
        <source>the answer is larger than %1 MB and was refused</source>
        <translation>die Antwort ist größer als %1 MB und wurde abgelehnt</translation>
    </message>
    <message>
        <source>no answer within %1 s (timeout)</source>
        <translation>keine Antwort innerhalb von %1 s (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the server redirected the request more than %1 times (a redirect loop); stopped</source>
        <translation>der Server hat die Anfrage mehr als %1-mal umgeleitet (eine Umleitungsschleife); abgebrochen</translation>
    </message>
    <message>
        <source>the server redirected the request to another address (%1); it was not followed, so the key stays with %2</source>
        <translation>der Server hat die Anfrage an eine andere Adresse umgeleitet (%1); der Umleitung wurde nicht gefolgt, damit der Schlüssel bei %2 bleibt</translation>
    </message>
    <message>
        <source>the API key was rejected (HTTP %1: %2)</source>
        <translation>der API-Schlüssel wurde abgelehnt (HTTP %1: %2)</translation>
    </message>
    <message numerus="yes">
        <source>rate limited (HTTP 429) after %n attempt(s)</source>
        <translation>
            <numerusform>Anfragelimit erreicht (HTTP 429) nach %n Versuch</numerusform>
            <numerusform>Anfragelimit erreicht (HTTP 429) nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); the server asks to wait %1 s</source>
        <translation>Anfragelimit erreicht (HTTP 429); der Server bittet, %1 s zu warten</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>the connection was lost (%1)</source>
        <translation>die Verbindung wurde unterbrochen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1, after %n attempt(s)</source>
        <translation>
            <numerusform>%1, nach %n Versuch</numerusform>
            <numerusform>%1, nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation>Serverfehler %1</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the server refused the request as invalid (HTTP 422: %1)</source>
        <translation>der Server hat die Anfrage als ungültig abgelehnt (HTTP 422: %1)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 von %2: %3</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); the server asks to wait %1 s, longer than the run&apos;s deadline leaves</source>
        <translation>Anfragelimit erreicht (HTTP 429); der Server bittet, %1 s zu warten, länger als die Frist des Laufs noch zulässt</translation>
    </message>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>eine HTML-Seite statt JSON</translation>
    </message>
    <message>
        <source>an HTML page titled &quot;%1&quot;</source>
        <translation>eine HTML-Seite mit dem Titel „%1“</translation>
    </message>
    <message>
        <source>the server at %1 does not offer Helicone&apos;s API (HTTP 501: %2); check the base URL</source>
        <translation>der Server unter %1 bietet die API von Helicone nicht an (HTTP 501: %2); prüfen Sie die Basis-URL</translation>
    </message>
</context>
<context>
    <name>Usage::Net::SeriesJob</name>
    <message>
        <source>a time series needs a list of users</source>
        <translation>eine Zeitreihe braucht eine Liste von Benutzern</translation>
    </message>
    <message>
        <source> (bucket from %1)</source>
        <translation> (Intervall ab %1)</translation>
    </message>
    <message numerus="yes">
        <source>request %1 of %2%3 failed: %4; %n user(s) missing in that bucket: %5</source>
        <translation>
            <numerusform>Anfrage %1 von %2%3 ist fehlgeschlagen: %4; %n Benutzer fehlt in diesem Intervall: %5</numerusform>
            <numerusform>Anfrage %1 von %2%3 ist fehlgeschlagen: %4; %n Benutzer fehlen in diesem Intervall: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>request %1 of %2</source>
        <translation>Anfrage %1 von %2</translation>
    </message>
    <message>
        <source>each bucket is asked as whole seconds, from its start to the next start minus 1 s: requests in the last fraction of a second of a bucket are in no bucket</source>
        <translation>jedes Intervall wird in ganzen Sekunden abgefragt, von seinem Beginn bis zum nächsten Beginn minus 1 s: Anfragen im letzten Sekundenbruchteil eines Intervalls fallen in kein Intervall</translation>
    </message>
</context>
<context>
    <name>Usage::Net::UserQueryJob</name>
    <message numerus="yes">
        <source>batch %1 of %2 failed: %3; %n user(s) missing: %4</source>
        <translation>
            <numerusform>Teilabfrage %1 von %2 ist fehlgeschlagen: %3; %n Benutzer fehlt: %4</numerusform>
            <numerusform>Teilabfrage %1 von %2 ist fehlgeschlagen: %3; %n Benutzer fehlen: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Usage::Requests</name>
    <message>
        <source>is a directory</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
</context>
<context>
    <name>Usage::ZstdSource</name>
    <message>
        <source>the zstd data is corrupt: %1</source>
        <translation>die zstd-Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>the zstd stream is truncated</source>
        <translation>der zstd-Datenstrom ist abgeschnitten</translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Requests without a value for this grouping</source>
        <translation>Anfragen ohne Wert für diese Gruppierung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Antwort-Tokens</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Tokens gesamt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Cost/request</source>
        <translation>Kosten/Anfrage</translation>
    </message>
    <message>
        <source>Without cost</source>
        <translation>Ohne Kosten</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache gelesen</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache geschrieben</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning-Tokens</translation>
    </message>
    <message>
        <source>First request</source>
        <translation>Erste Anfrage</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Letzte Anfrage</translation>
    </message>
    <message>
        <source>The end user&apos;s id (Helicone-User-Id); &quot;(none)&quot; gathers requests without one</source>
        <translation>Die ID des Endbenutzers (Helicone-User-Id); „(keine)“ fasst die Anfragen ohne ID zusammen</translation>
    </message>
    <message>
        <source>The model that answered the requests</source>
        <translation>Das Modell, das die Anfragen beantwortet hat</translation>
    </message>
    <message>
        <source>The provider that served the requests</source>
        <translation>Der Anbieter, der die Anfragen bearbeitet hat</translation>
    </message>
    <message>
        <source>The value of the custom property &quot;%1&quot;</source>
        <translation>Der Wert der benutzerdefinierten Eigenschaft „%1“</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Anzahl der Anfragen</translation>
    </message>
    <message>
        <source>Sum of prompt (input) tokens</source>
        <translation>Summe der Prompt-Tokens (Eingabe)</translation>
    </message>
    <message>
        <source>Sum of completion (output) tokens</source>
        <translation>Summe der Antwort-Tokens (Ausgabe)</translation>
    </message>
    <message>
        <source>Prompt tokens plus completion tokens</source>
        <translation>Prompt-Tokens plus Antwort-Tokens</translation>
    </message>
    <message>
        <source>Sum of the requests&apos; cost in US dollars (hover a cell for the exact value)</source>
        <translation>Summe der Kosten der Anfragen in US-Dollar (den genauen Wert zeigt der Mauszeiger über einer Zelle)</translation>
    </message>
    <message>
        <source>This row&apos;s part of the cost of all rows of the result</source>
        <translation>Anteil dieser Zeile an den Kosten aller Zeilen des Ergebnisses</translation>
    </message>
    <message>
        <source>Average cost of one request: cost divided by requests</source>
        <translation>Durchschnittliche Kosten einer Anfrage: Kosten geteilt durch Anfragen</translation>
    </message>
    <message>
        <source>Requests that had no cost recorded (counted, but adding nothing to the cost)</source>
        <translation>Anfragen ohne erfasste Kosten (mitgezählt, aber ohne Beitrag zu den Kosten)</translation>
    </message>
    <message>
        <source>Prompt tokens read from the provider&apos;s prompt cache</source>
        <translation>Aus dem Prompt-Cache des Anbieters gelesene Prompt-Tokens</translation>
    </message>
    <message>
        <source>Prompt tokens written to the provider&apos;s prompt cache</source>
        <translation>In den Prompt-Cache des Anbieters geschriebene Prompt-Tokens</translation>
    </message>
    <message>
        <source>Completion tokens spent on reasoning</source>
        <translation>Für Reasoning verwendete Antwort-Tokens</translation>
    </message>
    <message>
        <source>Time of the first request, in the selected time zone</source>
        <translation>Zeitpunkt der ersten Anfrage in der gewählten Zeitzone</translation>
    </message>
    <message>
        <source>Time of the last request, in the selected time zone</source>
        <translation>Zeitpunkt der letzten Anfrage in der gewählten Zeitzone</translation>
    </message>
    <message>
        <source>Previous requests</source>
        <translation>Anfragen vorher</translation>
    </message>
    <message>
        <source>Previous cost</source>
        <translation>Kosten vorher</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Kostenänderung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Requests change</source>
        <translation>Anfragenänderung</translation>
    </message>
    <message>
        <source>Number of requests in the comparison range</source>
        <translation>Anzahl der Anfragen im Vergleichszeitraum</translation>
    </message>
    <message>
        <source>Cost in the comparison range</source>
        <translation>Kosten im Vergleichszeitraum</translation>
    </message>
    <message>
        <source>Cost minus the comparison range&apos;s cost (▲ more, ▼ less)</source>
        <translation>Kosten minus die Kosten des Vergleichszeitraums (▲ mehr, ▼ weniger)</translation>
    </message>
    <message>
        <source>Cost change as a part of the comparison range&apos;s cost; &quot;new&quot; for groups without requests then</source>
        <translation>Kostenänderung als Anteil an den Kosten des Vergleichszeitraums; „neu“ für Gruppen, die damals keine Anfragen hatten</translation>
    </message>
    <message>
        <source>Requests minus the comparison range&apos;s requests</source>
        <translation>Anfragen minus die Anfragen des Vergleichszeitraums</translation>
    </message>
</context>
<context>
    <name>UserIdsEditor</name>
    <message>
        <source>User IDs</source>
        <translation>Benutzer-IDs</translation>
    </message>
    <message>
        <source>Add user IDs (paste many at once)</source>
        <translation>Benutzer-IDs eingeben oder einfügen</translation>
    </message>
    <message>
        <source>User IDs to add</source>
        <translation>Hinzuzufügende Benutzer-IDs</translation>
    </message>
    <message>
        <source>One or more ids, separated by new lines, commas, tabs or spaces; Enter adds them</source>
        <translation>Eine oder mehrere IDs, getrennt durch Zeilenumbrüche, Kommas, Tabulatoren oder Leerzeichen; die Eingabetaste fügt sie hinzu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add user IDs</source>
        <translation>Benutzer-IDs hinzufügen</translation>
    </message>
    <message>
        <source>Only these users are queried; an empty list means all users</source>
        <translation>Nur diese Benutzer werden abgefragt; eine leere Liste bedeutet alle Benutzer</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Number of user IDs</source>
        <translation>Anzahl der Benutzer-IDs</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Paste user IDs</source>
        <translation>Benutzer-IDs einfügen</translation>
    </message>
    <message>
        <source>Add the ids on the clipboard</source>
        <translation>Die IDs aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import user IDs from a file</source>
        <translation>Benutzer-IDs aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Add the ids of a text file (one per line) or a CSV file (first column)</source>
        <translation>Die IDs einer Textdatei (eine pro Zeile) oder einer CSV-Datei (erste Spalte) hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove selected user IDs</source>
        <translation>Ausgewählte Benutzer-IDs entfernen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove all user IDs</source>
        <translation>Alle Benutzer-IDs entfernen</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import user IDs</source>
        <translation>Benutzer-IDs importieren</translation>
    </message>
    <message>
        <source>Text or CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Text- oder CSV-Dateien (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln user ID(s) (%1 already in the list).</source>
        <translation>
            <numerusform>%Ln Benutzer-ID hinzugefügt (%1 bereits in der Liste).</numerusform>
            <numerusform>%Ln Benutzer-IDs hinzugefügt (%1 bereits in der Liste).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln user ID(s).</source>
        <translation>
            <numerusform>%Ln Benutzer-ID hinzugefügt.</numerusform>
            <numerusform>%Ln Benutzer-IDs hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIfChart</name>
    <message>
        <source>This result has no computed prices: load a price book to compare costs</source>
        <translation>Dieses Ergebnis hat keine berechneten Preise: ein Preisbuch laden, um Kosten zu vergleichen</translation>
    </message>
    <message>
        <source>No rows pass the filter</source>
        <translation>Keine Zeile entspricht dem Filter</translation>
    </message>
    <message>
        <source>Recorded, computed and what-if cost per %1: the top %2</source>
        <translation>Erfasste, berechnete und hypothetische Kosten pro %1: die teuersten %2</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre wenn</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>erfasst %1</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>berechnet %1</translation>
    </message>
    <message>
        <source>what if %1</source>
        <translation>was wäre wenn %1</translation>
    </message>
    <message>
        <source>(%1 vs computed)</source>
        <translation>(%1 gegenüber berechnet)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) unpriced in the what-if</source>
        <translation>
            <numerusform>%Ln Anfrage im Was-wäre-wenn ohne Preis</numerusform>
            <numerusform>%Ln Anfragen im Was-wäre-wenn ohne Preis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>What if</source>
        <translation>Was wäre wenn</translation>
    </message>
    <message>
        <source>Price every request at the prices of</source>
        <translation>Alle Anfragen zu Preisen vom</translation>
    </message>
    <message>
        <source>Unchecked: each request at the prices of its own date</source>
        <translation>Nicht angekreuzt: jede Anfrage zu den Preisen ihres eigenen Datums</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>Preisdatum</translation>
    </message>
    <message>
        <source>Model swaps</source>
        <translation>Modelltausch</translation>
    </message>
    <message>
        <source>Price the requests of a model as another model</source>
        <translation>Die Anfragen eines Modells wie ein anderes Modell bepreisen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Priced as</source>
        <translation>Bepreist als</translation>
    </message>
    <message>
        <source>Add swap</source>
        <translation>Tausch hinzufügen</translation>
    </message>
    <message>
        <source>Add a model swap</source>
        <translation>Einen Modelltausch hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected model swaps</source>
        <translation>Die ausgewählten Modelltausche entfernen</translation>
    </message>
</context>
</TS>
