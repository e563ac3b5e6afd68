<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AlertEditor</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Cost abov&amp;e:</source>
        <translation>Seuil de coû&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Alert when the cost is above</source>
        <translation>Alerter quand le coût dépasse</translation>
    </message>
    <message>
        <source>Alert cost threshold in US dollars</source>
        <translation>Seuil d&apos;alerte de coût en dollars US</translation>
    </message>
    <message>
        <source>Highlight the rows that cost more than this</source>
        <translation>Mettre en évidence les lignes qui coûtent plus que ce montant</translation>
    </message>
    <message>
        <source>C&amp;hange above:</source>
        <translation>Seuil de &amp;variation&#xa0;:</translation>
    </message>
    <message>
        <source>Alert when the change is above</source>
        <translation>Alerter quand la variation dépasse</translation>
    </message>
    <message>
        <source>Alert change ratio threshold</source>
        <translation>Seuil d&apos;alerte du taux de variation</translation>
    </message>
    <message>
        <source>Highlight the rows whose cost grew by more than this ratio of the comparison range&apos;s cost (0.5 is 50% more), and the rows that had no cost then and have some now</source>
        <translation>Mettre en évidence les lignes dont le coût a augmenté de plus que ce taux du coût de la période de comparaison (0,5 = 50 % de plus), ainsi que les lignes qui n&apos;avaient aucun coût alors et en ont un maintenant</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>The colours of the desktop</source>
        <translation>Les couleurs du bureau</translation>
    </message>
</context>
<context>
    <name>ChangeCell</name>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>%1 now, %2 before</source>
        <translation>%1 maintenant, %2 avant</translation>
    </message>
    <message>
        <source>No requests in the comparison range</source>
        <translation>Aucune requête dans la période de comparaison</translation>
    </message>
    <message>
        <source>No cost in the comparison range</source>
        <translation>Aucun coût dans la période de comparaison</translation>
    </message>
</context>
<context>
    <name>ChartGroupModel</name>
    <message numerus="yes">
        <source>Others (%n row(s))</source>
        <translation>
            <numerusform>Autres (%n ligne)</numerusform>
            <numerusform>Autres (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>No data yet: run a query or open log files</source>
        <translation>Pas encore de données&#xa0;: exécutez une requête ou ouvrez des fichiers journaux</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A chart made by Usage Explorer</source>
        <translation>Un graphique créé par Usage Explorer</translation>
    </message>
    <message>
        <source>the image could not be made</source>
        <translation>l&apos;image n&apos;a pas pu être créée</translation>
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation>Le graphique est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>&amp;Bars:</source>
        <translation>&amp;Barres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Pas&#xa0;:</translation>
    </message>
    <message>
        <source>Cost per group</source>
        <translation>Coût par groupe</translation>
    </message>
    <message>
        <source>Tokens per group</source>
        <translation>Jetons par groupe</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation>Part du coût</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Which chart to show</source>
        <translation>Le graphique à afficher</translation>
    </message>
    <message>
        <source>Number of bars</source>
        <translation>Nombre de barres</translation>
    </message>
    <message>
        <source>How many of the costliest rows get a bar of their own; the rest are summed in Others</source>
        <translation>Nombre de lignes parmi les plus coûteuses qui ont leur propre barre&#xa0;; les autres sont additionnées dans «&#xa0;Autres&#xa0;»</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>Pas de temps</translation>
    </message>
    <message>
        <source>Width of one step, in the query&apos;s time zone; Auto chooses by the data&apos;s span. Steps finer than the query&apos;s buckets are not available.</source>
        <translation>Largeur d&apos;un pas, dans le fuseau horaire de la requête&#xa0;; «&#xa0;Automatique&#xa0;» choisit selon l&apos;étendue des données. Les pas plus fins que les intervalles de la requête ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>All shown rows</source>
        <translation>Toutes les lignes affichées</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>Lignes sélectionnées</translation>
    </message>
    <message>
        <source>Rows to chart over time</source>
        <translation>Lignes de l&apos;évolution du coût</translation>
    </message>
    <message>
        <source>Chart the cost over time of every row the table shows, or of the rows selected in it</source>
        <translation>Représenter l&apos;évolution du coût de toutes les lignes affichées dans le tableau, ou seulement des lignes qui y sont sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG file</source>
        <translation>Enregistrer le graphique dans un fichier PNG ou SVG</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the chart</source>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Copier le graphique dans le presse-papiers sous forme d&apos;image</translation>
    </message>
    <message>
        <source>Chart of the rows shown</source>
        <translation>Graphique des lignes affichées</translation>
    </message>
    <message>
        <source>Figures under the pointer</source>
        <translation>Valeurs sous le pointeur</translation>
    </message>
    <message>
        <source>Hover a bar, point or slice for its exact figures; click a bar to select its row in the table.</source>
        <translation>Survolez une barre, un point ou une part pour voir ses valeurs exactes&#xa0;; cliquez sur une barre pour sélectionner sa ligne dans le tableau.</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Graphique enregistré dans %1.</translation>
    </message>
    <message>
        <source>Largest cost changes</source>
        <translation>Plus fortes variations de coût</translation>
    </message>
    <message>
        <source>Recorded, computed and what-if cost</source>
        <translation>Coût enregistré, calculé et simulé</translation>
    </message>
    <message>
        <source>Movers</source>
        <translation>Variations</translation>
    </message>
    <message>
        <source>The largest cost increases and decreases of a comparison</source>
        <translation>Les plus fortes hausses et baisses de coût d&apos;une comparaison</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Recorded, computed and what-if cost per group, when the result is priced</source>
        <translation>Coût enregistré, calculé et simulé par groupe, quand le résultat est tarifé</translation>
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
        <translation>URL du ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>ClickHouse server URL</source>
        <translation>URL du serveur ClickHouse</translation>
    </message>
    <message>
        <source>The HTTP interface of the ClickHouse server that holds self-hosted Helicone&apos;s requests, http(s)://host:port</source>
        <translation>L&apos;interface HTTP du serveur ClickHouse qui contient les requêtes d&apos;un Helicone auto-hébergé, http(s)://hôte:port</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>ClickHouse user</source>
        <translation>Utilisateur ClickHouse</translation>
    </message>
    <message>
        <source>The ClickHouse login; a read-only user with SELECT on the table is enough</source>
        <translation>L&apos;identifiant ClickHouse&#xa0;; un utilisateur en lecture seule avec SELECT sur la table suffit</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>ClickHouse password</source>
        <translation>Mot de passe ClickHouse</translation>
    </message>
    <message>
        <source>Entered once, it is kept in the system keychain (or, where there is none, in memory for this session), never in the settings file.</source>
        <translation>Saisi une fois, il est conservé dans le trousseau du système (ou, à défaut, en mémoire pour cette session), jamais dans le fichier de réglages.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Forget the ClickHouse password</source>
        <translation>Oublier le mot de passe ClickHouse</translation>
    </message>
    <message>
        <source>Remove the password of this user and server from the system keychain and from this session</source>
        <translation>Retirer le mot de passe de cet utilisateur et de ce serveur du trousseau du système et de cette session</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>ClickHouse database</source>
        <translation>Base de données ClickHouse</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>T&amp;able&#xa0;:</translation>
    </message>
    <message>
        <source>ClickHouse table</source>
        <translation>Table ClickHouse</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Every organization</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>Helicone organization id</source>
        <translation>Identifiant d&apos;organisation Helicone</translation>
    </message>
    <message>
        <source>Only the requests of this Helicone organization (its id); empty: every organization</source>
        <translation>Seulement les requêtes de cette organisation Helicone (son identifiant)&#xa0;; vide&#xa0;: toutes les organisations</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Ask the server for its version and count the table&apos;s requests in the chosen range</source>
        <translation>Demander sa version au serveur et compter les requêtes de la table dans la période choisie</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Costs are those Helicone stored. Repricing with a price book is not available here: it needs each request&apos;s record, and ClickHouse sends only sums. Use a log dump to reprice.</source>
        <translation>Les coûts sont ceux enregistrés par Helicone. La retarification avec un barème n&apos;est pas disponible ici&#xa0;: elle demande chaque requête, et ClickHouse n&apos;envoie que des sommes. Utilisez un export de journaux pour retarifer.</translation>
    </message>
    <message>
        <source>Why pricing is not available</source>
        <translation>Pourquoi la tarification n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>ClickHouse %1 answers. Requests in the range: %2</source>
        <translation>ClickHouse %1 répond. Requêtes dans la période&#xa0;: %2</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Allow unencrypted http://</source>
        <translation>Autoriser http:// non chiffré</translation>
    </message>
    <message>
        <source>Plain http:// to another computer: the password and the figures would cross the network readable by anyone on the way; only for a trusted network</source>
        <translation>http:// simple vers un autre ordinateur&#xa0;: le mot de passe et les chiffres traverseraient le réseau lisibles par quiconque sur le chemin&#xa0;; seulement pour un réseau de confiance</translation>
    </message>
</context>
<context>
    <name>ClickHouseUsageSource</name>
    <message>
        <source>Enter the ClickHouse server&apos;s address, e.g. https://clickhouse.example.com:8443.</source>
        <translation>Saisissez l&apos;adresse du serveur ClickHouse, par exemple https://clickhouse.example.com:8443.</translation>
    </message>
    <message>
        <source>The ClickHouse address must be http(s)://host:port, without user, password or query.</source>
        <translation>L&apos;adresse ClickHouse doit être http(s)://hôte:port, sans utilisateur, mot de passe ni requête.</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another computer: the password would travel unencrypted. Use https://, or tick &quot;Allow unencrypted&quot; if this network is trusted.</source>
        <translation>%1 est du http:// simple vers un autre ordinateur&#xa0;: le mot de passe circulerait en clair. Utilisez https://, ou cochez «&#xa0;Autoriser http:// non chiffré&#xa0;» si ce réseau est de confiance.</translation>
    </message>
    <message>
        <source>The ClickHouse user, database and table cannot be empty.</source>
        <translation>L&apos;utilisateur, la base de données et la table ClickHouse ne peuvent pas être vides.</translation>
    </message>
    <message>
        <source>Waiting for ClickHouse server %1…</source>
        <translation>En attente du serveur ClickHouse %1…</translation>
    </message>
</context>
<context>
    <name>ColumnLayout</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>The source of this result does not report this column</source>
        <translation>La source de ce résultat ne fournit pas cette colonne</translation>
    </message>
    <message>
        <source>Show &amp;All Columns</source>
        <translation>Afficher &amp;toutes les colonnes</translation>
    </message>
    <message>
        <source>Only with a comparison: choose &quot;Compare with&quot; and run the query</source>
        <translation>Seulement avec une comparaison&#xa0;: choisissez «&#xa0;Comparer avec&#xa0;» et exécutez la requête</translation>
    </message>
</context>
<context>
    <name>CompareSelector</name>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparer a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Même période l&apos;an dernier</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Période personnalisée…</translation>
    </message>
    <message>
        <source>Compar&amp;ison from:</source>
        <translation>Début de co&amp;mparaison&#xa0;:</translation>
    </message>
    <message>
        <source>Comparison start</source>
        <translation>Début de la comparaison</translation>
    </message>
    <message>
        <source>First moment of the comparison range (inclusive), as wall time in the chosen time zone</source>
        <translation>Premier instant de la période de comparaison (inclus), en heure locale du fuseau horaire choisi</translation>
    </message>
    <message>
        <source>Co&amp;mparison to:</source>
        <translation>Fin de c&amp;omparaison&#xa0;:</translation>
    </message>
    <message>
        <source>Comparison end</source>
        <translation>Fin de la comparaison</translation>
    </message>
    <message>
        <source>Last second of the comparison range (inclusive), as wall time in the chosen time zone</source>
        <translation>Dernière seconde de la période de comparaison (incluse), en heure locale du fuseau horaire choisi</translation>
    </message>
    <message>
        <source>Show each row&apos;s figures of another range beside its own, and what changed</source>
        <translation>Afficher à côté des chiffres de chaque ligne ceux d&apos;une autre période, et ce qui a changé</translation>
    </message>
    <message>
        <source>A comparison needs a range with a start and an end: choose a range other than &quot;All time&quot;</source>
        <translation>Une comparaison nécessite une période avec un début et une fin&#xa0;: choisissez une période autre que «&#xa0;Toute la période&#xa0;»</translation>
    </message>
    <message>
        <source>The end of the comparison range is before its start.</source>
        <translation>La fin de la période de comparaison précède son début.</translation>
    </message>
    <message>
        <source>The comparison range cannot be computed: the range needs a start and an end.</source>
        <translation>La période de comparaison ne peut pas être calculée&#xa0;: la période doit avoir un début et une fin.</translation>
    </message>
</context>
<context>
    <name>ComparedSeries</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Période précédente (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CostHistogram</name>
    <message>
        <source>No request has a cost.</source>
        <translation>Aucune requête n&apos;a de coût.</translation>
    </message>
    <message>
        <source>Requests by cost, from %1 to %2</source>
        <translation>Requêtes par coût, de %1 à %2</translation>
    </message>
</context>
<context>
    <name>CostOverTimeChart</name>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>Select rows in the table to chart their cost over time</source>
        <translation>Sélectionnez des lignes dans le tableau pour représenter l&apos;évolution de leur coût</translation>
    </message>
    <message>
        <source>This source has no time series</source>
        <translation>Cette source ne fournit pas de série temporelle</translation>
    </message>
    <message>
        <source>No time series for these rows</source>
        <translation>Aucune série temporelle pour ces lignes</translation>
    </message>
    <message>
        <source>Cost per %1 (%2), %3: total %4</source>
        <translation>Coût par %1 (%2), %3&#xa0;: total %4</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Start of each %1 (%2)</source>
        <translation>Début de chaque %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected row(s)</source>
        <translation>
            <numerusform>%Ln ligne sélectionnée</numerusform>
            <numerusform>%Ln lignes sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown row(s)</source>
        <translation>
            <numerusform>%Ln ligne affichée</numerusform>
            <numerusform>%Ln lignes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>the last %1 is partial (a point)</source>
        <translation>la dernière période (%1) est partielle (un point)</translation>
    </message>
    <message>
        <source>Partial %1</source>
        <translation>Partiel&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%3): %4 · %Ln request(s) · %5 tokens</source>
        <translation>
            <numerusform>%1 – %2 (%3)&#xa0;: %4 · %Ln requête · %5 jetons</numerusform>
            <numerusform>%1 – %2 (%3)&#xa0;: %4 · %Ln requêtes · %5 jetons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostPerGroupChart</name>
    <message>
        <source>No rows pass the filter</source>
        <translation>Aucune ligne ne correspond au filtre</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <source>Cost per %1: the top %2 of %Ln row(s) shown, total %3</source>
        <translation>
            <numerusform>Coût par %1&#xa0;: les %2 premières sur %Ln ligne affichée, total %3</numerusform>
            <numerusform>Coût par %1&#xa0;: les %2 premières sur %Ln lignes affichées, total %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostShareChart</name>
    <message>
        <source>No rows pass the filter</source>
        <translation>Aucune ligne ne correspond au filtre</translation>
    </message>
    <message>
        <source>The rows shown have no cost</source>
        <translation>Les lignes affichées n&apos;ont aucun coût</translation>
    </message>
    <message>
        <source>Share of cost per %1: total %2</source>
        <translation>Part du coût par %1&#xa0;: total %2</translation>
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
        <translation>Détails de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Select a row to see its models and its cost over time.</source>
        <translation>Sélectionnez une ligne pour voir ses modèles et l&apos;évolution de son coût.</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Ligne sélectionnée</translation>
    </message>
    <message>
        <source>Per-model breakdown</source>
        <translation>Répartition par modèle</translation>
    </message>
    <message>
        <source>Requests, tokens and cost of the selected row, per model</source>
        <translation>Requêtes, jetons et coût de la ligne sélectionnée, par modèle</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Cost over time of the selected row</source>
        <translation>Évolution du coût de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>first %1, last %2 (%3)</source>
        <translation>première requête le %1, dernière le %2 (%3)</translation>
    </message>
    <message>
        <source>Cost per %1 (%2)</source>
        <translation>Coût par %1 (%2)</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>No time series for this row</source>
        <translation>Aucune série temporelle pour cette ligne</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 in %Ln request(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 pour %Ln requête</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 pour %Ln requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Skipped records</source>
        <translation>Enregistrements ignorés</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>FigureCell</name>
    <message>
        <source>%1 ÷ %2 requests</source>
        <translation>%1 ÷ %2 requêtes</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter ids (Ctrl+F)</source>
        <translation>Filtrer les identifiants (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Show only the rows whose id contains this text (case-insensitive), or matches it as a regular expression</source>
        <translation>N&apos;afficher que les lignes dont l&apos;identifiant contient ce texte (sans tenir compte de la casse) ou correspond à cette expression régulière</translation>
    </message>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>Expression &amp;régulière</translation>
    </message>
    <message>
        <source>Filter is a regular expression</source>
        <translation>Le filtre est une expression régulière</translation>
    </message>
    <message>
        <source>Mi&amp;nimum cost:</source>
        <translation>Coût mi&amp;nimum&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum cost in US dollars</source>
        <translation>Coût minimum en dollars US</translation>
    </message>
    <message>
        <source>Hide rows that cost less than this</source>
        <translation>Masquer les lignes qui coûtent moins que ce montant</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>Expression régulière non valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GroupChartView</name>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>%1 (%2 of the cost shown)</source>
        <translation>%1 (%2 du coût affiché)</translation>
    </message>
    <message>
        <source>prompt %1, completion %2 tokens</source>
        <translation>%1 jetons d&apos;invite, %2 jetons de complétion</translation>
    </message>
    <message>
        <source>cache read %1, cache write %2</source>
        <translation>%1 lus dans le cache, %2 écrits dans le cache</translation>
    </message>
    <message>
        <source>%1 is selected in the table (Ctrl+1 shows it).</source>
        <translation>La ligne «&#xa0;%1&#xa0;» est sélectionnée dans le tableau (Ctrl+1 affiche le tableau).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>%Ln requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others sums %Ln row(s): raise the number of bars or filter the table to see them.</source>
        <translation>
            <numerusform>«&#xa0;Autres&#xa0;» regroupe %Ln ligne&#xa0;: augmentez le nombre de barres ou filtrez le tableau pour la voir.</numerusform>
            <numerusform>«&#xa0;Autres&#xa0;» regroupe %Ln lignes&#xa0;: augmentez le nombre de barres ou filtrez le tableau pour les voir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Usage Explorer will use %1 from its next start.</source>
        <translation>Langue au prochain démarrage de Usage Explorer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>langue du système</translation>
    </message>
</context>
<context>
    <name>LogFilesSource</name>
    <message>
        <source>Choose one or more log files first (File › Open, or drop them on the window).</source>
        <translation>Choisissez d&apos;abord un ou plusieurs fichiers journaux (Fichier › Ouvrir, ou déposez-les sur la fenêtre).</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Open Log Files…</source>
        <translation>&amp;Ouvrir des fichiers journaux…</translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows…</source>
        <translation>&amp;Exporter les lignes visibles…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>&amp;About Usage Explorer</source>
        <translation>À &amp;propos de Usage Explorer</translation>
    </message>
    <message>
        <source>About Usage Explorer</source>
        <translation>À propos de Usage Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Usage Explorer %1&lt;/h3&gt;&lt;p&gt;What each end user of an LLM product costs, from Helicone&apos;s API or from a log dump, aggregated on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Usage Explorer %1&lt;/h3&gt;&lt;p&gt;Ce que coûte chaque utilisateur final d&apos;un produit LLM, d&apos;après l&apos;API de Helicone ou un fichier journal, agrégé sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Ouvrir des fichiers journaux</translation>
    </message>
    <message>
        <source>Helicone logs (*.jsonl *.json *.csv *.gz *.zst);;All files (*)</source>
        <translation>Journaux Helicone (*.jsonl *.json *.csv *.gz *.zst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>Exporter les lignes visibles</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Fetch the cost over time?</source>
        <translation>Récupérer l&apos;évolution du coût&#xa0;?</translation>
    </message>
    <message>
        <source>The cost-over-time chart needs %1 requests to Helicone&apos;s API. Send them?</source>
        <translation>Le graphique d&apos;évolution du coût nécessite %1 requêtes à l&apos;API Helicone. Les envoyer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The built-in price book is derived from pydantic&apos;s genai-prices (MIT license), data of %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le barème intégré est dérivé de genai-prices de pydantic (licence MIT), données du %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>ModelBreakdownModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Complétion</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>The model that answered</source>
        <translation>Le modèle qui a répondu</translation>
    </message>
    <message>
        <source>Requests answered by this model</source>
        <translation>Requêtes auxquelles ce modèle a répondu</translation>
    </message>
    <message>
        <source>Prompt tokens sent to this model</source>
        <translation>Jetons d&apos;invite envoyés à ce modèle</translation>
    </message>
    <message>
        <source>Completion tokens from this model</source>
        <translation>Jetons de complétion produits par ce modèle</translation>
    </message>
    <message>
        <source>Cost of this model&apos;s requests in US dollars</source>
        <translation>Coût des requêtes de ce modèle en dollars US</translation>
    </message>
</context>
<context>
    <name>MoversChart</name>
    <message>
        <source>Choose a comparison (Compare with) and run the query to see what changed</source>
        <translation>Choisissez une comparaison (Comparer avec) et exécutez la requête pour voir ce qui a changé</translation>
    </message>
    <message>
        <source>No cost changed between the two ranges</source>
        <translation>Aucun coût n&apos;a changé entre les deux périodes</translation>
    </message>
    <message>
        <source>Largest cost increases and decreases against the comparison range</source>
        <translation>Plus fortes hausses et baisses de coût par rapport à la période de comparaison</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Hausse</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Baisse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Cost change (USD)</source>
        <translation>Variation du coût (USD)</translation>
    </message>
    <message>
        <source>%1: %2 now, %3 before, change %4</source>
        <translation>%1&#xa0;: %2 maintenant, %3 avant, variation %4</translation>
    </message>
    <message>
        <source>%1 is selected in the table (Ctrl+1 shows it).</source>
        <translation>La ligne «&#xa0;%1&#xa0;» est sélectionnée dans le tableau (Ctrl+1 affiche le tableau).</translation>
    </message>
</context>
<context>
    <name>OverridesFile</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <source>Your prices</source>
        <translation>Vos prix</translation>
    </message>
    <message>
        <source>Price rows</source>
        <translation>Lignes de prix</translation>
    </message>
    <message>
        <source>Prices in USD per million tokens; rows with the same provider, model and match form one price history by start date</source>
        <translation>Prix en USD par million de jetons&#xa0;; les lignes de même fournisseur, modèle et correspondance forment un historique de prix par date de début</translation>
    </message>
    <message>
        <source>Price editor status</source>
        <translation>État de l&apos;éditeur de prix</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>Ajouter une ligne de prix</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>Retirer les lignes de prix sélectionnées</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import prices from an overrides CSV</source>
        <translation>Importer des prix depuis un CSV de prix personnalisés</translation>
    </message>
    <message>
        <source>Replace the table with the rows of an overrides CSV</source>
        <translation>Remplacer le tableau par les lignes d&apos;un CSV de prix personnalisés</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the prices as an overrides CSV</source>
        <translation>Exporter les prix en CSV de prix personnalisés</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save your prices</source>
        <translation>Enregistrer vos prix</translation>
    </message>
    <message>
        <source>Save the table and price with it from now on</source>
        <translation>Enregistrer le tableau et l&apos;utiliser désormais pour la tarification</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid cell(s); the first: %1</source>
        <translation>
            <numerusform>%n cellule non valide&#xa0;; la première&#xa0;: %1</numerusform>
            <numerusform>%n cellules non valides&#xa0;; la première&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n invalid cell(s); the first: %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n cellule non valide&#xa0;; la première&#xa0;: %2</numerusform>
            <numerusform>%1&#xa0;: %n cellules non valides&#xa0;; la première&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your saved prices were not loaded: %1</source>
        <translation>Vos prix enregistrés n&apos;ont pas été chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n price row(s) to %1</source>
        <translation>
            <numerusform>%n ligne de prix enregistrée dans %1</numerusform>
            <numerusform>%n lignes de prix enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n price row(s) from %1</source>
        <translation>
            <numerusform>%n ligne de prix importée depuis %1</numerusform>
            <numerusform>%n lignes de prix importées depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n price row(s) to %1</source>
        <translation>
            <numerusform>%n ligne de prix exportée vers %1</numerusform>
            <numerusform>%n lignes de prix exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import prices</source>
        <translation>Importer des prix</translation>
    </message>
    <message>
        <source>Overrides CSV (*.csv);;All files (*)</source>
        <translation>CSV de prix personnalisés (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export prices</source>
        <translation>Exporter les prix</translation>
    </message>
</context>
<context>
    <name>PricingCell</name>
    <message>
        <source>No price source was loaded</source>
        <translation>Aucune source de prix n&apos;a été chargée</translation>
    </message>
    <message>
        <source>Recorded cost</source>
        <translation>Coût enregistré</translation>
    </message>
    <message>
        <source>Computed cost</source>
        <translation>Coût calculé</translation>
    </message>
    <message>
        <source>Cost difference</source>
        <translation>Écart de coût</translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation>Sans prix</translation>
    </message>
    <message>
        <source>The cost the records carry, of every request</source>
        <translation>Le coût porté par les enregistrements, pour toutes les requêtes</translation>
    </message>
    <message>
        <source>The price book&apos;s cost of the priced requests, at the prices in force on each date</source>
        <translation>Le coût des requêtes tarifées selon le barème, aux prix en vigueur à chaque date</translation>
    </message>
    <message>
        <source>Computed minus recorded cost, of the requests the price book prices</source>
        <translation>Coût calculé moins coût enregistré, pour les requêtes que le barème tarife</translation>
    </message>
    <message>
        <source>Requests no price source prices</source>
        <translation>Requêtes qu&apos;aucune source de prix ne tarife</translation>
    </message>
    <message>
        <source>What-if cost</source>
        <translation>Coût simulé</translation>
    </message>
    <message>
        <source>The priced requests&apos; cost under the What if options: another price date and model swaps</source>
        <translation>Le coût des requêtes tarifées selon les options de simulation&#xa0;: une autre date de prix et des échanges de modèles</translation>
    </message>
</context>
<context>
    <name>PricingLoad</name>
    <message>
        <source>Cannot read the price file %1.</source>
        <translation>Impossible de lire le fichier de prix %1.</translation>
    </message>
    <message>
        <source>Price file not loaded: %1</source>
        <translation>Fichier de prix non chargé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PricingPanel</name>
    <message>
        <source>Re&amp;price with a price book</source>
        <translation>Retarifer avec un &amp;barème</translation>
    </message>
    <message>
        <source>C&amp;ost basis:</source>
        <translation>Base de &amp;coût&#xa0;:</translation>
    </message>
    <message>
        <source>Use the b&amp;uilt-in price book</source>
        <translation>&amp;Utiliser le barème intégré</translation>
    </message>
    <message>
        <source>Price &amp;files:</source>
        <translation>Fichiers de &amp;prix&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Edit prices…</source>
        <translation>&amp;Modifier les prix…</translation>
    </message>
    <message>
        <source>Recompute each request&apos;s cost at the price in force on its date</source>
        <translation>Recalculer le coût de chaque requête au prix en vigueur à sa date</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>Base de coût</translation>
    </message>
    <message>
        <source>What Cost is: the records&apos; own, the price book&apos;s, or the records&apos; own where they have one and the price book&apos;s elsewhere</source>
        <translation>Ce que contient «&#xa0;Coût&#xa0;»&#xa0;: celui des enregistrements, celui du barème, ou celui des enregistrements quand ils en ont un et celui du barème sinon</translation>
    </message>
    <message>
        <source>Prices from pydantic&apos;s genai-prices, shipped with this program</source>
        <translation>Prix issus de genai-prices de pydantic, fournis avec ce programme</translation>
    </message>
    <message>
        <source>Price files</source>
        <translation>Fichiers de prix</translation>
    </message>
    <message>
        <source>genai-prices data.json, LiteLLM&apos;s model prices JSON or an overrides CSV; the one listed last wins among files of one kind</source>
        <translation>data.json de genai-prices, JSON des prix de modèles de LiteLLM ou CSV de prix personnalisés&#xa0;; parmi les fichiers d&apos;un même type, le dernier de la liste l&apos;emporte</translation>
    </message>
    <message>
        <source>Add price files</source>
        <translation>Ajouter des fichiers de prix</translation>
    </message>
    <message>
        <source>Remove the selected price files</source>
        <translation>Retirer les fichiers de prix sélectionnés</translation>
    </message>
    <message>
        <source>Your own prices (negotiated, fine-tuned or self-hosted models) as an overrides table, saved in your data folder and used at once</source>
        <translation>Vos propres prix (modèles négociés, affinés ou auto-hébergés) sous forme de tableau de prix personnalisés, enregistré dans votre dossier de données et utilisé immédiatement</translation>
    </message>
    <message>
        <source>Costs are those Helicone stored. Repricing with a price book is not available here: it needs each request&apos;s record, and Helicone&apos;s API sends only sums. Use a log dump to reprice.</source>
        <translation>Les coûts sont ceux enregistrés par Helicone. La retarification avec un barème n&apos;est pas disponible ici&#xa0;: elle demande chaque requête, et l&apos;API de Helicone n&apos;envoie que des sommes. Utilisez un export de journaux pour retarifer.</translation>
    </message>
    <message>
        <source>Costs are those Helicone stored. Repricing with a price book is not available here: it needs each request&apos;s record, and ClickHouse sends only sums. Use a log dump to reprice.</source>
        <translation>Les coûts sont ceux enregistrés par Helicone. La retarification avec un barème n&apos;est pas disponible ici&#xa0;: elle demande chaque requête, et ClickHouse n&apos;envoie que des sommes. Utilisez un export de journaux pour retarifer.</translation>
    </message>
    <message>
        <source>Price files (*.json *.csv);;All files (*)</source>
        <translation>Fichiers de prix (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Edit Prices</source>
        <translation>Modifier les prix</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>no system keychain is available (%1)</source>
        <translation>aucun trousseau système disponible (%1)</translation>
    </message>
    <message>
        <source>the system keychain refused access (%1)</source>
        <translation>le trousseau du système a refusé l&apos;accès (%1)</translation>
    </message>
</context>
<context>
    <name>QueryPanel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Grouper par&#xa0;:</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <source>What one row of the table stands for; the API groups by user only</source>
        <translation>Ce que représente une ligne du tableau&#xa0;; l&apos;API ne regroupe que par utilisateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Custom property</source>
        <translation>Propriété personnalisée</translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation>&amp;Propriété&#xa0;:</translation>
    </message>
    <message>
        <source>Custom property name</source>
        <translation>Nom de la propriété personnalisée</translation>
    </message>
    <message>
        <source>e.g. feature</source>
        <translation>p. ex. feature</translation>
    </message>
    <message>
        <source>Name of the Helicone custom property (Helicone-Property-NAME) to group by</source>
        <translation>Nom de la propriété personnalisée Helicone (Helicone-Property-NAME) selon laquelle regrouper</translation>
    </message>
    <message>
        <source>&amp;Buckets:</source>
        <translation>&amp;Intervalles&#xa0;:</translation>
    </message>
    <message>
        <source>Time series buckets</source>
        <translation>Intervalles de la série temporelle</translation>
    </message>
    <message>
        <source>Width of one step of the cost-over-time series, in the chosen time zone</source>
        <translation>Largeur d&apos;un pas de l&apos;évolution du coût, dans le fuseau horaire choisi</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Count each request &amp;once</source>
        <translation>Compter chaque requête une &amp;seule fois</translation>
    </message>
    <message>
        <source>Count each request once</source>
        <translation>Compter chaque requête une seule fois</translation>
    </message>
    <message>
        <source>For overlapping exports: count each request id once, keeping its newest copy. Needs memory for every request until all files are read.</source>
        <translation>Pour des exports qui se chevauchent&#xa0;: compter chaque identifiant de requête une seule fois, en gardant sa copie la plus récente. Demande de la mémoire pour chaque requête jusqu&apos;à la lecture de tous les fichiers.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>Exécuter la requête</translation>
    </message>
    <message>
        <source>Query the source (Ctrl+R, F5)</source>
        <translation>Interroger la source (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the running query</source>
        <translation>Annuler la requête en cours</translation>
    </message>
    <message>
        <source>Stop the running query (Esc); the table keeps the previous results</source>
        <translation>Arrêter la requête en cours (Échap)&#xa0;; le tableau conserve les résultats précédents</translation>
    </message>
    <message>
        <source>Enter the name of the custom property to group by.</source>
        <translation>Saisissez le nom de la propriété personnalisée selon laquelle regrouper.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>RangePreset</name>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Range preset</source>
        <translation>Période prédéfinie</translation>
    </message>
    <message>
        <source>A ready-made range, computed in the chosen time zone</source>
        <translation>Une période prédéfinie, calculée dans le fuseau horaire choisi</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>First moment of the range (inclusive), as wall time in the chosen time zone</source>
        <translation>Premier instant de la période (inclus), en heure locale du fuseau horaire choisi</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Last second of the range (inclusive), as wall time in the chosen time zone</source>
        <translation>Dernière seconde de la période (incluse), en heure locale du fuseau horaire choisi</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The zone of the range, of days and weeks in charts, and of the times shown (UTC, this computer&apos;s zone, or any IANA zone)</source>
        <translation>Le fuseau horaire de la période, des jours et semaines des graphiques et des heures affichées (UTC, le fuseau de cet ordinateur ou n&apos;importe quel fuseau IANA)</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>Problème de période</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; still using %2.</source>
        <translation>Fuseau horaire «&#xa0;%1&#xa0;» inconnu&#xa0;; %2 reste utilisé.</translation>
    </message>
    <message>
        <source>The end of the range (%1) is before its start (%2).</source>
        <translation>La fin de la période (%1) précède son début (%2).</translation>
    </message>
    <message>
        <source>all time (%1)</source>
        <translation>toute la période (%1)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (this computer&apos;s zone)</source>
        <translation>%1 (fuseau de cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>RemoteUsageSource</name>
    <message>
        <source>Enter your Helicone API key first (Source › API key), or set HELICONE_API_KEY.</source>
        <translation>Saisissez d&apos;abord votre clé d&apos;API Helicone (Source › Clé d&apos;API), ou définissez HELICONE_API_KEY.</translation>
    </message>
    <message>
        <source>The base URL is not usable: %1.</source>
        <translation>L&apos;URL de base n&apos;est pas utilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another computer: the API key would travel unencrypted. Use https://, or choose the URL again and confirm.</source>
        <translation>%1 est en http:// simple vers un autre ordinateur&#xa0;: la clé d&apos;API circulerait en clair. Utilisez https://, ou choisissez à nouveau l&apos;URL et confirmez.</translation>
    </message>
    <message>
        <source>Helicone&apos;s API groups by user only: choose “User”, or open log files to group by model, provider or a property.</source>
        <translation>L&apos;API de Helicone ne regroupe que par utilisateur&#xa0;: choisissez «&#xa0;Utilisateur&#xa0;», ou ouvrez des fichiers journaux pour regrouper par modèle, fournisseur ou propriété.</translation>
    </message>
    <message>
        <source>Cost over time: %1</source>
        <translation>Évolution du coût&#xa0;: %1</translation>
    </message>
    <message>
        <source>it needs %1 requests and was not confirmed</source>
        <translation>elle nécessite %1 requêtes et n&apos;a pas été confirmée</translation>
    </message>
    <message>
        <source>No cost-over-time series: %1.</source>
        <translation>Pas de série d&apos;évolution du coût&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The cost-over-time series could not be fetched: %1</source>
        <translation>La série d&apos;évolution du coût n&apos;a pas pu être récupérée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cost-over-time series is incomplete: %1</source>
        <translation>La série d&apos;évolution du coût est incomplète&#xa0;: %1</translation>
    </message>
    <message>
        <source>no answer within the run&apos;s deadline of %1 s</source>
        <translation>aucune réponse dans le délai de %1 s imparti à l&apos;exécution</translation>
    </message>
    <message>
        <source>The previous period&apos;s cost over time could not be fetched: %1</source>
        <translation>L’évolution du coût de la période précédente n’a pas pu être récupérée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RequestBodyPanel</name>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Select a request to see its bodies.</source>
        <translation>Sélectionnez une requête pour voir les corps de sa requête et de sa réponse.</translation>
    </message>
    <message>
        <source>This source lists requests without their bodies: open the log dump to see them.</source>
        <translation>Cette source liste les requêtes sans leurs corps&#xa0;: ouvrez l&apos;export de journaux pour les voir.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Requête %1</translation>
    </message>
    <message>
        <source>The dump holds no body for request %1.</source>
        <translation>L&apos;export ne contient aucun corps pour la requête %1.</translation>
    </message>
</context>
<context>
    <name>RequestsSource</name>
    <message>
        <source>The run read no log files.</source>
        <translation>L&apos;exécution n&apos;a lu aucun fichier journal.</translation>
    </message>
    <message>
        <source>Enter your Helicone API key first (Source › API key).</source>
        <translation>Saisissez d&apos;abord votre clé d&apos;API Helicone (Source › Clé d&apos;API).</translation>
    </message>
    <message>
        <source>This source cannot list requests.</source>
        <translation>Cette source ne peut pas lister les requêtes.</translation>
    </message>
    <message>
        <source>Listing requests…</source>
        <translation>Listage des requêtes…</translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3</source>
        <translation>Lecture de %1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>Reading request bodies</source>
        <translation>Lecture des corps de requête</translation>
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
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Complétion</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache lu</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache écrit</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <source>Computed cost</source>
        <translation>Coût calculé</translation>
    </message>
    <message>
        <source>Price entry</source>
        <translation>Entrée de prix</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Requests of %1</source>
        <translation>Requêtes de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 in the result: %n request(s), %2 tokens, %3</source>
        <translation>
            <numerusform>%1 dans le résultat&#xa0;: %n requête, %2 jetons, %3</numerusform>
            <numerusform>%1 dans le résultat&#xa0;: %n requêtes, %2 jetons, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message numerus="yes">
        <source>List %n more request(s)</source>
        <translation>
            <numerusform>Lister %n requête de plus</numerusform>
            <numerusform>Lister %n requêtes de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the requests failed: %1</source>
        <translation>Le listage des requêtes a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled; the table keeps the requests listed before.</source>
        <translation>Annulé&#xa0;; le tableau conserve les requêtes listées auparavant.</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Filter by property or request id</source>
        <translation>Filtrer par propriété ou identifiant de requête</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Copy Request &amp;ID</source>
        <translation>Copier l&apos;&amp;identifiant de la requête</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The %n most expensive request(s) of the row; Load More lists more.</source>
        <translation>
            <numerusform>La %n requête la plus coûteuse de la ligne&#xa0;; «&#xa0;Charger plus&#xa0;» en liste davantage.</numerusform>
            <numerusform>Les %n requêtes les plus coûteuses de la ligne&#xa0;; «&#xa0;Charger plus&#xa0;» en liste davantage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) listed.</source>
        <translation>
            <numerusform>%n requête listée.</numerusform>
            <numerusform>%n requêtes listées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n request(s), %1 tokens (%2 prompt, %3 completion), %4</source>
        <translation>
            <numerusform>Affichée&#xa0;: %n requête, %1 jetons (%2 d&apos;invite, %3 de complétion), %4</numerusform>
            <numerusform>Affichées&#xa0;: %n requêtes, %1 jetons (%2 d&apos;invite, %3 de complétion), %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Requests</source>
        <translation>Exporter les requêtes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n requête exportée vers %1.</numerusform>
            <numerusform>%n requêtes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each request is priced with the run&apos;s price book; Cost follows the run&apos;s cost basis.</source>
        <translation>Chaque requête est tarifée avec le barème de l’exécution&#xa0;; le coût suit la base de coût de l’exécution.</translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <source>CSV, one line per row (*.csv)</source>
        <translation>CSV, une ligne par ligne du tableau (*.csv)</translation>
    </message>
    <message>
        <source>CSV, one line per row and time bucket (*.csv)</source>
        <translation>CSV, une ligne par ligne du tableau et par intervalle (*.csv)</translation>
    </message>
    <message>
        <source>JSON, API shape with meta (*.json)</source>
        <translation>JSON, format de l&apos;API avec métadonnées (*.json)</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was not saved: %1</source>
        <translation>L&apos;export n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ResultTabs</name>
    <message>
        <source>Views of the rows shown</source>
        <translation>Vues des lignes affichées</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>The rows, their totals and the selected row in depth (Ctrl+1)</source>
        <translation>Les lignes, leurs totaux et la ligne sélectionnée en détail (Ctrl+1)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Where the money goes: charts of the rows shown (Ctrl+2)</source>
        <translation>Où va l&apos;argent&#xa0;: graphiques des lignes affichées (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Usage per user</source>
        <translation>Utilisation par utilisateur</translation>
    </message>
    <message>
        <source>Totals of the rows shown</source>
        <translation>Totaux des lignes affichées</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Filter to This</source>
        <translation>&amp;Filtrer sur cet élément</translation>
    </message>
    <message>
        <source>Show in C&amp;harts</source>
        <translation>Afficher dans les &amp;graphiques</translation>
    </message>
    <message>
        <source>The selected rows&apos; cost over time, and their bars highlighted</source>
        <translation>L&apos;évolution du coût des lignes sélectionnées, avec leurs barres mises en évidence</translation>
    </message>
    <message>
        <source>Copy &amp;Table</source>
        <translation>Copier le &amp;tableau</translation>
    </message>
    <message>
        <source>Show &amp;Requests</source>
        <translation>Afficher les &amp;requêtes</translation>
    </message>
    <message>
        <source>The row&apos;s requests one by one, with their bodies when the dump has them</source>
        <translation>Les requêtes de la ligne une par une, avec leurs corps quand l&apos;export les contient</translation>
    </message>
</context>
<context>
    <name>RunMessages</name>
    <message>
        <source>%1 The table still shows the previous results.</source>
        <translation>%1 Le tableau affiche toujours les résultats précédents.</translation>
    </message>
    <message>
        <source>Cancelled. The table still shows the previous results.</source>
        <translation>Annulé. Le tableau affiche toujours les résultats précédents.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>The result is partial: %Ln file(s) could not be read to the end.</source>
        <translation>
            <numerusform>Le résultat est partiel&#xa0;: %Ln fichier n&apos;a pas pu être lu jusqu&apos;au bout.</numerusform>
            <numerusform>Le résultat est partiel&#xa0;: %Ln fichiers n&apos;ont pas pu être lus jusqu&apos;au bout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped because they could not be read.</source>
        <translation>
            <numerusform>%Ln ligne ignorée car elle n&apos;a pas pu être lue.</numerusform>
            <numerusform>%Ln lignes ignorées car elles n&apos;ont pas pu être lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requested user(s) had no requests in the range: %1</source>
        <translation>
            <numerusform>%Ln utilisateur demandé n&apos;a aucune requête dans la période&#xa0;: %1</numerusform>
            <numerusform>%Ln utilisateurs demandés n&apos;ont aucune requête dans la période&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The source has no requests.</source>
        <translation>La source ne contient aucune requête.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln request(s) read is for the requested users.</source>
        <translation>
            <numerusform>La %Ln requête lue ne concerne aucun des utilisateurs demandés.</numerusform>
            <numerusform>Aucune des %Ln requêtes lues ne concerne les utilisateurs demandés.</numerusform>
        </translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>No requests in the range %1: the %Ln request(s) read lie outside it. Show all to see their dates.</source>
        <translation>
            <numerusform>Aucune requête dans la période %1&#xa0;: la %Ln requête lue est en dehors. «&#xa0;Tout afficher&#xa0;» montre sa date.</numerusform>
            <numerusform>Aucune requête dans la période %1&#xa0;: les %Ln requêtes lues sont en dehors. «&#xa0;Tout afficher&#xa0;» montre leurs dates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>Saved &amp;Views</source>
        <translation>&amp;Vues enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue&#xa0;:</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>La vue «&#xa0;%1&#xa0;» a été enregistrée.</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation>Nouveau nom de la vue&#xa0;:</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists already.</source>
        <translation>Une vue nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>SourceController</name>
    <message>
        <source>This source is not available in this build.</source>
        <translation>Cette source n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Where the figures come from: Helicone&apos;s API or log files on this computer</source>
        <translation>La provenance des chiffres&#xa0;: l&apos;API de Helicone ou des fichiers journaux sur cet ordinateur</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Fichiers journaux</translation>
    </message>
    <message>
        <source>Helicone API</source>
        <translation>API Helicone</translation>
    </message>
    <message>
        <source>The log files to aggregate; they add up. Drop files on the window to add them.</source>
        <translation>Les fichiers journaux à agréger&#xa0;; leurs chiffres s&apos;additionnent. Déposez des fichiers sur la fenêtre pour les ajouter.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add log files</source>
        <translation>Ajouter des fichiers journaux</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove selected log files</source>
        <translation>Retirer les fichiers journaux sélectionnés</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Files opened before</source>
        <translation>Fichiers ouverts précédemment</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Helicone&apos;s API: US, EU, or a self-hosted server</source>
        <translation>L&apos;API de Helicone&#xa0;: États-Unis, UE ou un serveur auto-hébergé</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>No key entered</source>
        <translation>Aucune clé saisie</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>État de la clé</translation>
    </message>
    <message>
        <source>&amp;Time unit:</source>
        <translation>&amp;Unité de temps&#xa0;:</translation>
    </message>
    <message>
        <source>Time unit of the time filter</source>
        <translation>Unité de temps du filtre temporel</translation>
    </message>
    <message>
        <source>Milliseconds (Helicone cloud)</source>
        <translation>Millisecondes (cloud Helicone)</translation>
    </message>
    <message>
        <source>Seconds (as documented)</source>
        <translation>Secondes (selon la documentation)</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Ouvrir des fichiers journaux</translation>
    </message>
    <message>
        <source>Helicone logs (*.jsonl *.json *.csv *.gz *.zst);;All files (*)</source>
        <translation>Journaux Helicone (*.jsonl *.json *.csv *.gz *.zst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Key entered for this session</source>
        <translation>Clé saisie pour cette session</translation>
    </message>
    <message>
        <source>Your Helicone API key. Entered once, it is kept in the system keychain (or, where there is none, in memory for this session), never in the settings file.</source>
        <translation>Votre clé d&apos;API Helicone. Une fois saisie, elle est conservée dans le trousseau du système (ou, à défaut, en mémoire pour cette session), jamais dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Forget the API key</source>
        <translation>Oublier la clé d&apos;API</translation>
    </message>
    <message>
        <source>Remove the key for this server from the system keychain and from this session</source>
        <translation>Retirer la clé de ce serveur du trousseau du système et de cette session</translation>
    </message>
    <message>
        <source>Send the key unencrypted?</source>
        <translation>Envoyer la clé en clair&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another computer: your API key and the figures would cross the network unencrypted, readable by anyone on the way.

Use this address anyway?</source>
        <translation>%1 est en http:// simple vers un autre ordinateur&#xa0;: votre clé d&apos;API et les chiffres traverseraient le réseau en clair, lisibles par quiconque sur le trajet.

Utiliser quand même cette adresse&#xa0;?</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>Key from the HELICONE_API_KEY environment variable</source>
        <translation>Clé issue de la variable d&apos;environnement HELICONE_API_KEY</translation>
    </message>
    <message>
        <source>Key from %1</source>
        <translation>Clé chargée (%1)</translation>
    </message>
    <message>
        <source>Key saved in %1</source>
        <translation>Clé enregistrée (%1)</translation>
    </message>
    <message>
        <source>Key kept for this session only: %1</source>
        <translation>Clé conservée pour cette session seulement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>Le trousseau ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Helicone&apos;s /v1/user/query reads its &quot;UnixSeconds&quot; fields as milliseconds. Automatic asks the server once in both units and remembers the one that returns rows; choose seconds only for a server that follows the documentation.</source>
        <translation>Le point d&apos;accès /v1/user/query de Helicone lit ses champs «&#xa0;UnixSeconds&#xa0;» en millisecondes. Automatique interroge le serveur une fois dans les deux unités et retient celle qui renvoie des lignes&#xa0;; ne choisissez les secondes que pour un serveur conforme à la documentation.</translation>
    </message>
    <message>
        <source>Automatic (probe once per server)</source>
        <translation>Automatique (un test par serveur)</translation>
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
        <translation>Progression</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Détails de la progression</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No data yet: open log files (Ctrl+O) or choose the Helicone API, then Run (Ctrl+R).</source>
        <translation>Pas encore de données&#xa0;: ouvrez des fichiers journaux (Ctrl+O) ou choisissez l&apos;API Helicone, puis «&#xa0;Exécuter&#xa0;» (Ctrl+R).</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>récupéré le %1</translation>
    </message>
    <message>
        <source>Helicone API (%1)</source>
        <translation>API Helicone (%1)</translation>
    </message>
    <message>
        <source>all time (%1)</source>
        <translation>toute la période (%1)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 sur %Ln ligne</numerusform>
            <numerusform>%1 sur %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>out of date: Run (Ctrl+R) to apply the changed query</source>
        <translation>périmé&#xa0;: Exécuter (Ctrl+R) applique la requête modifiée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln log file(s)</source>
        <translation>
            <numerusform>%Ln fichier journal</numerusform>
            <numerusform>%Ln fichiers journaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cross an alert</source>
        <translation>
            <numerusform>%Ln ligne dépasse un seuil d&apos;alerte</numerusform>
            <numerusform>%Ln lignes dépassent un seuil d&apos;alerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpriced model(s)</source>
        <translation>
            <numerusform>%n modèle sans prix</numerusform>
            <numerusform>%n modèles sans prix</numerusform>
        </translation>
    </message>
    <message>
        <source>compared with %1 – %2</source>
        <translation>comparé à %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone</source>
        <translation>
            <numerusform>%n disparu</numerusform>
            <numerusform>%n disparus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokensPerGroupChart</name>
    <message>
        <source>No rows pass the filter</source>
        <translation>Aucune ligne ne correspond au filtre</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Complétion</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Tokens (%1 = ×%2)</source>
        <translation>Jetons (%1 = ×%2)</translation>
    </message>
    <message>
        <source>Tokens per %1: prompt + completion = the table&apos;s total tokens</source>
        <translation>Jetons par %1&#xa0;: invite + complétion = total des jetons du tableau</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message numerus="yes">
        <source>Total (%n rows)</source>
        <translation>
            <numerusform>Total (%n ligne)</numerusform>
            <numerusform>Total (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total (%1 of %2 rows)</source>
        <translation>Total (%1 sur %2 lignes)</translation>
    </message>
    <message>
        <source>Sums of the rows shown; they follow the filter</source>
        <translation>Sommes des lignes affichées&#xa0;; elles suivent le filtre</translation>
    </message>
</context>
<context>
    <name>UnpricedModelsModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Jetons d&apos;invite</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Jetons de complétion</translation>
    </message>
</context>
<context>
    <name>UnpricedPanel</name>
    <message>
        <source>Unpriced models</source>
        <translation>Modèles sans prix</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) without a price: their requests add nothing to the computed cost. Add their prices in an overrides CSV price file.</source>
        <translation>
            <numerusform>%n modèle sans prix&#xa0;: ses requêtes n&apos;ajoutent rien au coût calculé. Ajoutez son prix dans un fichier CSV de prix personnalisés.</numerusform>
            <numerusform>%n modèles sans prix&#xa0;: leurs requêtes n&apos;ajoutent rien au coût calculé. Ajoutez leurs prix dans un fichier CSV de prix personnalisés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>no recognisable records (not a format Usage Explorer reads)</source>
        <translation>aucun enregistrement reconnaissable (format non lu par Usage Explorer)</translation>
    </message>
    <message>
        <source>no recognisable records (%1 skipped)</source>
        <translation>aucun enregistrement reconnaissable (%1 ignorés)</translation>
    </message>
    <message>
        <source>no records found</source>
        <translation>aucun enregistrement trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n request id(s) appear more than once (overlapping exports?): use de-duplication to count each request once</source>
        <translation>
            <numerusform>%n identifiant de requête apparaît plusieurs fois (exports qui se chevauchent&#xa0;?)&#xa0;: utilisez le dédoublonnage pour compter chaque requête une seule fois</numerusform>
            <numerusform>%n identifiants de requête apparaissent plusieurs fois (exports qui se chevauchent&#xa0;?)&#xa0;: utilisez le dédoublonnage pour compter chaque requête une seule fois</numerusform>
        </translation>
    </message>
    <message>
        <source>shrank from %1 to %2 bytes while being read</source>
        <translation>a rétréci de %1 à %2 octets pendant la lecture</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>est un dossier</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>record longer than %1 bytes (the limit; see --max-record-size)</source>
        <translation>enregistrement de plus de %1 octets (la limite&#xa0;; voir --max-record-size)</translation>
    </message>
</context>
<context>
    <name>Usage::ClickHouse::RequestsJob</name>
    <message>
        <source>ClickHouse server %1 did not answer within %2 s</source>
        <translation>le serveur ClickHouse %1 n’a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>ClickHouse server %1 answered no version</source>
        <translation>le serveur ClickHouse %1 n’a indiqué aucune version</translation>
    </message>
    <message>
        <source>table %1 lacks the columns %2</source>
        <translation>il manque à la table %1 les colonnes %2</translation>
    </message>
    <message>
        <source>ClickHouse server %1: an answer that is no list of requests (%2)</source>
        <translation>serveur ClickHouse %1&#xa0;: une réponse qui n’est pas une liste de requêtes (%2)</translation>
    </message>
</context>
<context>
    <name>Usage::Export</name>
    <message>
        <source>the time series of %1 &quot;%2&quot; does not add up to its totals (Helicone&apos;s API is asked for each bucket in whole seconds: requests in the last fraction of a second of a bucket are in no bucket)</source>
        <translation>la série temporelle de %1 «&#xa0;%2&#xa0;» ne donne pas ses totaux (l&apos;API de Helicone est interrogée pour chaque intervalle en secondes entières&#xa0;: les requêtes de la dernière fraction de seconde d&apos;un intervalle ne sont dans aucun intervalle)</translation>
    </message>
    <message>
        <source>the time series of %1 &quot;%2&quot; does not add up to its totals (the source reports no request times)</source>
        <translation>la série temporelle de %1 «&#xa0;%2&#xa0;» ne donne pas ses totaux (la source ne donne pas l&apos;heure des requêtes)</translation>
    </message>
    <message>
        <source>the time series of %1 &quot;%2&quot; does not add up to its totals</source>
        <translation>la série temporelle de %1 «&#xa0;%2&#xa0;» ne donne pas ses totaux</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>écriture impossible de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>est un dossier</translation>
    </message>
</context>
<context>
    <name>Usage::GzipSource</name>
    <message>
        <source>cannot start the gzip decompressor</source>
        <translation>impossible de démarrer le décompresseur gzip</translation>
    </message>
    <message>
        <source>the gzip stream is truncated</source>
        <translation>le flux gzip est tronqué</translation>
    </message>
    <message>
        <source>the gzip data is corrupt: %1</source>
        <translation>les données gzip sont corrompues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Usage::LogSource</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, encore %n s</numerusform>
            <numerusform>, encore %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Usage::Net::BatchJob</name>
    <message>
        <source>%1, retrying in %2 s</source>
        <translation>%1, nouvelle tentative dans %2 s</translation>
    </message>
    <message>
        <source>every batch failed; the first: %1</source>
        <translation>tous les lots ont échoué&#xa0;; le premier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer cannot be read: %1</source>
        <translation>la réponse est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server answered with an error: %1</source>
        <translation>le serveur a répondu par une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>batch %1 of %2 failed: %3</source>
        <translation>le lot %1 sur %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>batch %1 of %2</source>
        <translation>lot %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Usage::Net::HeliconeClient</name>
    <message>
        <source>finding out the server&apos;s time unit</source>
        <translation>détermination de l&apos;unité de temps du serveur</translation>
    </message>
    <message>
        <source>the series needs %1 requests, more than %2: confirm to send them</source>
        <translation>la série nécessite %1 requêtes, plus de %2&#xa0;: confirmez pour les envoyer</translation>
    </message>
</context>
<context>
    <name>Usage::Net::KeychainKeyStore</name>
    <message>
        <source>the system keychain</source>
        <translation>trousseau du système</translation>
    </message>
</context>
<context>
    <name>Usage::Net::MemoryKeyStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>mémoire (cette session uniquement)</translation>
    </message>
</context>
<context>
    <name>Usage::Net::MetricsJob</name>
    <message>
        <source>the server keeps sending pages of users past its own count of %1; stopped at %2 users</source>
        <translation>le serveur continue d’envoyer des pages d’utilisateurs au-delà de son propre total de %1&#xa0;; arrêt à %2 utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>page %1, %n user(s) so far</source>
        <translation>
            <numerusform>page %1, %n utilisateur jusqu&apos;ici</numerusform>
            <numerusform>page %1, %n utilisateurs jusqu&apos;ici</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Usage::Net::RequestListJob</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1; retrying</source>
        <translation>%1&#xa0;; nouvel essai</translation>
    </message>
    <message>
        <source>HTTP %1 instead of 201</source>
        <translation>HTTP %1 au lieu de 201</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) read</source>
        <translation>
            <numerusform>%n requête lue</numerusform>
            <numerusform>%n requêtes lues</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer is no JSON object: %1</source>
        <translation>la réponse n’est pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server answered with an error: %1</source>
        <translation>le serveur a répondu par une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer has no data array</source>
        <translation>la réponse n’a pas de tableau data</translation>
    </message>
</context>
<context>
    <name>Usage::Net::RestClient</name>
    <message>
        <source>the answer is larger than %1 MB and was refused</source>
        <translation>la réponse dépasse %1 Mo et a été refusée</translation>
    </message>
    <message>
        <source>no answer within %1 s (timeout)</source>
        <translation>aucune réponse en %1 s (délai dépassé)</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>la connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server redirected the request more than %1 times (a redirect loop); stopped</source>
        <translation>le serveur a redirigé la requête plus de %1 fois (une boucle de redirection)&#xa0;; arrêt</translation>
    </message>
    <message>
        <source>the server redirected the request to another address (%1); it was not followed, so the key stays with %2</source>
        <translation>le serveur a redirigé la requête vers une autre adresse (%1)&#xa0;; la redirection n&apos;a pas été suivie, la clé reste donc chez %2</translation>
    </message>
    <message>
        <source>the API key was rejected (HTTP %1: %2)</source>
        <translation>la clé d&apos;API a été refusée (HTTP %1&#xa0;: %2)</translation>
    </message>
    <message numerus="yes">
        <source>rate limited (HTTP 429) after %n attempt(s)</source>
        <translation>
            <numerusform>limite de débit atteinte (HTTP 429) après %n tentative</numerusform>
            <numerusform>limite de débit atteinte (HTTP 429) après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); the server asks to wait %1 s</source>
        <translation>limite de débit atteinte (HTTP 429)&#xa0;; le serveur demande d&apos;attendre %1 s</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de débit atteinte</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection was lost (%1)</source>
        <translation>la connexion a été perdue (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1, after %n attempt(s)</source>
        <translation>
            <numerusform>%1, après %n tentative</numerusform>
            <numerusform>%1, après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation>erreur du serveur %1</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server refused the request as invalid (HTTP 422: %1)</source>
        <translation>le serveur a refusé la requête comme non valide (HTTP 422&#xa0;: %1)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); the server asks to wait %1 s, longer than the run&apos;s deadline leaves</source>
        <translation>limite de débit atteinte (HTTP 429)&#xa0;; le serveur demande d&apos;attendre %1 s, plus que le délai restant de l&apos;exécution</translation>
    </message>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>une page HTML au lieu de JSON</translation>
    </message>
    <message>
        <source>an HTML page titled &quot;%1&quot;</source>
        <translation>une page HTML intitulée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the server at %1 does not offer Helicone&apos;s API (HTTP 501: %2); check the base URL</source>
        <translation>le serveur à %1 ne propose pas l’API de Helicone (HTTP 501&#xa0;: %2)&#xa0;; vérifiez l’URL de base</translation>
    </message>
</context>
<context>
    <name>Usage::Net::SeriesJob</name>
    <message>
        <source>a time series needs a list of users</source>
        <translation>une série temporelle nécessite une liste d&apos;utilisateurs</translation>
    </message>
    <message>
        <source> (bucket from %1)</source>
        <translation> (intervalle à partir de %1)</translation>
    </message>
    <message numerus="yes">
        <source>request %1 of %2%3 failed: %4; %n user(s) missing in that bucket: %5</source>
        <translation>
            <numerusform>la requête %1 sur %2%3 a échoué&#xa0;: %4&#xa0;; %n utilisateur manquant dans cet intervalle&#xa0;: %5</numerusform>
            <numerusform>la requête %1 sur %2%3 a échoué&#xa0;: %4&#xa0;; %n utilisateurs manquants dans cet intervalle&#xa0;: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>request %1 of %2</source>
        <translation>requête %1 sur %2</translation>
    </message>
    <message>
        <source>each bucket is asked as whole seconds, from its start to the next start minus 1 s: requests in the last fraction of a second of a bucket are in no bucket</source>
        <translation>chaque intervalle est demandé en secondes entières, de son début au début suivant moins 1 s&#xa0;: les requêtes de la dernière fraction de seconde d&apos;un intervalle ne tombent dans aucun intervalle</translation>
    </message>
</context>
<context>
    <name>Usage::Net::UserQueryJob</name>
    <message numerus="yes">
        <source>batch %1 of %2 failed: %3; %n user(s) missing: %4</source>
        <translation>
            <numerusform>le lot %1 sur %2 a échoué&#xa0;: %3&#xa0;; %n utilisateur manquant&#xa0;: %4</numerusform>
            <numerusform>le lot %1 sur %2 a échoué&#xa0;: %3&#xa0;; %n utilisateurs manquants&#xa0;: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Usage::Requests</name>
    <message>
        <source>is a directory</source>
        <translation>est un dossier</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Usage::ZstdSource</name>
    <message>
        <source>the zstd data is corrupt: %1</source>
        <translation>les données zstd sont corrompues&#xa0;: %1</translation>
    </message>
    <message>
        <source>the zstd stream is truncated</source>
        <translation>le flux zstd est tronqué</translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Requests without a value for this grouping</source>
        <translation>Requêtes sans valeur pour ce regroupement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Jetons d&apos;invite</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Jetons de complétion</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Total des jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Cost/request</source>
        <translation>Coût/requête</translation>
    </message>
    <message>
        <source>Without cost</source>
        <translation>Sans coût</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache lu</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache écrit</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>First request</source>
        <translation>Première requête</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Dernière requête</translation>
    </message>
    <message>
        <source>The end user&apos;s id (Helicone-User-Id); &quot;(none)&quot; gathers requests without one</source>
        <translation>L&apos;identifiant de l&apos;utilisateur final (Helicone-User-Id)&#xa0;; «&#xa0;(aucun)&#xa0;» regroupe les requêtes qui n&apos;en ont pas</translation>
    </message>
    <message>
        <source>The model that answered the requests</source>
        <translation>Le modèle qui a répondu aux requêtes</translation>
    </message>
    <message>
        <source>The provider that served the requests</source>
        <translation>Le fournisseur qui a servi les requêtes</translation>
    </message>
    <message>
        <source>The value of the custom property &quot;%1&quot;</source>
        <translation>La valeur de la propriété personnalisée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Nombre de requêtes</translation>
    </message>
    <message>
        <source>Sum of prompt (input) tokens</source>
        <translation>Somme des jetons d&apos;invite (entrée)</translation>
    </message>
    <message>
        <source>Sum of completion (output) tokens</source>
        <translation>Somme des jetons de complétion (sortie)</translation>
    </message>
    <message>
        <source>Prompt tokens plus completion tokens</source>
        <translation>Jetons d&apos;invite plus jetons de complétion</translation>
    </message>
    <message>
        <source>Sum of the requests&apos; cost in US dollars (hover a cell for the exact value)</source>
        <translation>Somme du coût des requêtes en dollars US (survolez une cellule pour la valeur exacte)</translation>
    </message>
    <message>
        <source>This row&apos;s part of the cost of all rows of the result</source>
        <translation>La part de cette ligne dans le coût de toutes les lignes du résultat</translation>
    </message>
    <message>
        <source>Average cost of one request: cost divided by requests</source>
        <translation>Coût moyen d&apos;une requête&#xa0;: le coût divisé par le nombre de requêtes</translation>
    </message>
    <message>
        <source>Requests that had no cost recorded (counted, but adding nothing to the cost)</source>
        <translation>Requêtes sans coût enregistré (comptées, mais n&apos;ajoutant rien au coût)</translation>
    </message>
    <message>
        <source>Prompt tokens read from the provider&apos;s prompt cache</source>
        <translation>Jetons d&apos;invite lus dans le cache d&apos;invite du fournisseur</translation>
    </message>
    <message>
        <source>Prompt tokens written to the provider&apos;s prompt cache</source>
        <translation>Jetons d&apos;invite écrits dans le cache d&apos;invite du fournisseur</translation>
    </message>
    <message>
        <source>Completion tokens spent on reasoning</source>
        <translation>Jetons de complétion consacrés au raisonnement</translation>
    </message>
    <message>
        <source>Time of the first request, in the selected time zone</source>
        <translation>Heure de la première requête, dans le fuseau horaire choisi</translation>
    </message>
    <message>
        <source>Time of the last request, in the selected time zone</source>
        <translation>Heure de la dernière requête, dans le fuseau horaire choisi</translation>
    </message>
    <message>
        <source>Previous requests</source>
        <translation>Requêtes avant</translation>
    </message>
    <message>
        <source>Previous cost</source>
        <translation>Coût avant</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Variation du coût</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Requests change</source>
        <translation>Variation des requêtes</translation>
    </message>
    <message>
        <source>Number of requests in the comparison range</source>
        <translation>Nombre de requêtes dans la période de comparaison</translation>
    </message>
    <message>
        <source>Cost in the comparison range</source>
        <translation>Coût dans la période de comparaison</translation>
    </message>
    <message>
        <source>Cost minus the comparison range&apos;s cost (▲ more, ▼ less)</source>
        <translation>Coût moins le coût de la période de comparaison (▲ plus, ▼ moins)</translation>
    </message>
    <message>
        <source>Cost change as a part of the comparison range&apos;s cost; &quot;new&quot; for groups without requests then</source>
        <translation>Variation du coût rapportée au coût de la période de comparaison&#xa0;; «&#xa0;nouveau&#xa0;» pour les groupes qui n&apos;avaient alors aucune requête</translation>
    </message>
    <message>
        <source>Requests minus the comparison range&apos;s requests</source>
        <translation>Requêtes moins les requêtes de la période de comparaison</translation>
    </message>
</context>
<context>
    <name>UserIdsEditor</name>
    <message>
        <source>User IDs</source>
        <translation>Identifiants utilisateur</translation>
    </message>
    <message>
        <source>Add user IDs (paste many at once)</source>
        <translation>Saisir ou coller des identifiants</translation>
    </message>
    <message>
        <source>User IDs to add</source>
        <translation>Identifiants utilisateur à ajouter</translation>
    </message>
    <message>
        <source>One or more ids, separated by new lines, commas, tabs or spaces; Enter adds them</source>
        <translation>Un ou plusieurs identifiants, séparés par des retours à la ligne, des virgules, des tabulations ou des espaces&#xa0;; Entrée les ajoute</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add user IDs</source>
        <translation>Ajouter des identifiants utilisateur</translation>
    </message>
    <message>
        <source>Only these users are queried; an empty list means all users</source>
        <translation>Seuls ces utilisateurs sont interrogés&#xa0;; une liste vide signifie tous les utilisateurs</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Number of user IDs</source>
        <translation>Nombre d&apos;identifiants utilisateur</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste user IDs</source>
        <translation>Coller des identifiants utilisateur</translation>
    </message>
    <message>
        <source>Add the ids on the clipboard</source>
        <translation>Ajouter les identifiants du presse-papiers</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import user IDs from a file</source>
        <translation>Importer des identifiants utilisateur depuis un fichier</translation>
    </message>
    <message>
        <source>Add the ids of a text file (one per line) or a CSV file (first column)</source>
        <translation>Ajouter les identifiants d&apos;un fichier texte (un par ligne) ou d&apos;un fichier CSV (première colonne)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove selected user IDs</source>
        <translation>Retirer les identifiants utilisateur sélectionnés</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Remove all user IDs</source>
        <translation>Retirer tous les identifiants utilisateur</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import user IDs</source>
        <translation>Importer des identifiants utilisateur</translation>
    </message>
    <message>
        <source>Text or CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Fichiers texte ou CSV (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln user ID(s) (%1 already in the list).</source>
        <translation>
            <numerusform>%Ln identifiant utilisateur ajouté (%1 déjà dans la liste).</numerusform>
            <numerusform>%Ln identifiants utilisateur ajoutés (%1 déjà dans la liste).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln user ID(s).</source>
        <translation>
            <numerusform>%Ln identifiant utilisateur ajouté.</numerusform>
            <numerusform>%Ln identifiants utilisateur ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIfChart</name>
    <message>
        <source>This result has no computed prices: load a price book to compare costs</source>
        <translation>Ce résultat n&apos;a pas de prix calculés&#xa0;: chargez un barème pour comparer les coûts</translation>
    </message>
    <message>
        <source>No rows pass the filter</source>
        <translation>Aucune ligne ne correspond au filtre</translation>
    </message>
    <message>
        <source>Recorded, computed and what-if cost per %1: the top %2</source>
        <translation>Coût enregistré, calculé et simulé par %1&#xa0;: les %2 premières lignes</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>enregistré %1</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>calculé %1</translation>
    </message>
    <message>
        <source>what if %1</source>
        <translation>simulé %1</translation>
    </message>
    <message>
        <source>(%1 vs computed)</source>
        <translation>(%1 vs calculé)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) unpriced in the what-if</source>
        <translation>
            <numerusform>%Ln requête sans prix dans la simulation</numerusform>
            <numerusform>%Ln requêtes sans prix dans la simulation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>What if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Price every request at the prices of</source>
        <translation>Tarifer toutes les requêtes aux prix du</translation>
    </message>
    <message>
        <source>Unchecked: each request at the prices of its own date</source>
        <translation>Décoché&#xa0;: chaque requête aux prix de sa propre date</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>Date des prix</translation>
    </message>
    <message>
        <source>Model swaps</source>
        <translation>Substitutions de modèles</translation>
    </message>
    <message>
        <source>Price the requests of a model as another model</source>
        <translation>Tarifer les requêtes d&apos;un modèle comme celles d&apos;un autre modèle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Priced as</source>
        <translation>Tarifé comme</translation>
    </message>
    <message>
        <source>Add swap</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a model swap</source>
        <translation>Ajouter une substitution de modèle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected model swaps</source>
        <translation>Retirer les substitutions de modèles sélectionnées</translation>
    </message>
</context>
</TS>
