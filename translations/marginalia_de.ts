<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Anchoring</name>
    <message>
        <source>The span %1–%2 is not inside the article (%3 characters).</source>
        <translation>Der Abschnitt %1–%2 liegt nicht innerhalb des Artikels (%3 Zeichen).</translation>
    </message>
</context>
<context>
    <name>ArticleLoader</name>
    <message numerus="yes">
        <source>%Ln external resource(s) in the HTML were not loaded.</source>
        <translation>
            <numerusform>%Ln externe Ressource im HTML wurde nicht geladen.</numerusform>
            <numerusform>%Ln externe Ressourcen im HTML wurden nicht geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); Marginalia opens articles up to %3 MB.</source>
        <translation>%1 ist zu groß (%2 MB); Marginalia öffnet Artikel bis %3 MB.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 contains no text.</source>
        <translation>%1 enthält keinen Text.</translation>
    </message>
    <message>
        <source>binary data</source>
        <extracomment>What a file that is not text looks like, as in &quot;… (it looks like binary data).&quot;</extracomment>
        <translation>Binärdaten</translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid %1: %Ln invalid byte sequence(s) were replaced with �.</source>
        <translation>
            <numerusform>Die Datei ist kein gültiges %1: %Ln ungültige Bytefolge wurde durch � ersetzt.</numerusform>
            <numerusform>Die Datei ist kein gültiges %1: %Ln ungültige Bytefolgen wurden durch � ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln NUL byte(s) were removed from the text.</source>
        <translation>
            <numerusform>%Ln NUL-Byte wurde aus dem Text entfernt.</numerusform>
            <numerusform>%Ln NUL-Bytes wurden aus dem Text entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was read as %1 without a byte order mark.</source>
        <translation>Die Datei wurde ohne Bytereihenfolgemarkierung (BOM) als %1 gelesen.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like %2).</source>
        <translation>%1 ist keine Textdatei (erkannt als: %2).</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>Die Eingabe</translation>
    </message>
    <message numerus="yes">
        <source>The HTML nests its elements more than %Ln level(s) deep: the deeper tags were ignored and only their text was kept.</source>
        <translation>
            <numerusform>Das HTML verschachtelt seine Elemente tiefer als %Ln Ebene: Die tieferen Tags wurden ignoriert, nur ihr Text wurde übernommen.</numerusform>
            <numerusform>Das HTML verschachtelt seine Elemente tiefer als %Ln Ebenen: Die tieferen Tags wurden ignoriert, nur ihr Text wurde übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln Befund</numerusform>
            <numerusform>%Ln Befunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Überwiegend wahr</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Überwiegend falsch</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Nicht überprüfbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>T</source>
        <comment>verdict key: True</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>M</source>
        <comment>verdict key: Mostly true</comment>
        <translation>Ü</translation>
    </message>
    <message>
        <source>X</source>
        <comment>verdict key: Mixed</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>O</source>
        <comment>verdict key: Mostly false</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>F</source>
        <comment>verdict key: False</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>U</source>
        <comment>verdict key: Unverifiable</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>N</source>
        <comment>verdict key: Not checked</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Causal</source>
        <translation>Kausalität</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>1 — low</source>
        <translation>1 — gering</translation>
    </message>
    <message>
        <source>2 — medium</source>
        <translation>2 — mittel</translation>
    </message>
    <message>
        <source>3 — high</source>
        <translation>3 — hoch</translation>
    </message>
    <message>
        <source>0 — not rated</source>
        <translation>0 — nicht eingestuft</translation>
    </message>
</context>
<context>
    <name>ClaimantIndex</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2; also %3)</source>
        <translation>%1 (%2; auch %3)</translation>
    </message>
    <message>
        <source>“%1”, mention of %2: …%3…</source>
        <translation>„%1“, Erwähnung von %2: …%3…</translation>
    </message>
    <message>
        <source>“%1”, %2 mention: …%3…</source>
        <translation>„%1“, Erwähnung (%2): …%3…</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>Entität %1</translation>
    </message>
    <message>
        <source>mention %1</source>
        <translation>Erwähnung %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--project FILE is needed</source>
        <translation>--project FILE wird benötigt</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 has no article %2 (see marginalia-cli list)</source>
        <translation>%1 enthält keinen Artikel %2 (siehe marginalia-cli list)</translation>
    </message>
    <message>
        <source>Add articles to a project, or new versions of stored ones.</source>
        <translation>Artikel zu einem Projekt hinzufügen oder neue Versionen bereits gespeicherter Artikel.</translation>
    </message>
    <message>
        <source>The project file (created if missing).</source>
        <translation>Die Projektdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>Read annotation files of this format (%1) instead of articles.</source>
        <translation>Annotationsdateien dieses Formats (%1) statt Artikeln lesen.</translation>
    </message>
    <message>
        <source>Import what can be read and report the rest (default: all or nothing).</source>
        <translation>Lesbares importieren und den Rest melden (Standard: alles oder nichts).</translation>
    </message>
    <message>
        <source>Articles (.txt, .md, .html), or files of --format.</source>
        <translation>Artikel (.txt, .md, .html) oder Dateien im Format von --format.</translation>
    </message>
    <message>
        <source>import needs --project FILE and at least one PATH</source>
        <translation>import benötigt --project FILE und mindestens ein PATH-Argument</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot; (one of: %2)</source>
        <translation>Format „%1“ kann nicht importiert werden (möglich sind: %2)</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>%1: already in the project (article %2), unchanged</source>
        <translation>%1: bereits im Projekt (Artikel %2), unverändert</translation>
    </message>
    <message>
        <source>%1: added as article %2</source>
        <translation>%1: als Artikel %2 hinzugefügt</translation>
    </message>
    <message>
        <source>The project&apos;s articles with their annotations per label.</source>
        <translation>Die Artikel des Projekts mit ihren Annotationen je Label.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>Check articles for machine-translation damage.</source>
        <translation>Artikel auf Schäden durch maschinelle Übersetzung prüfen.</translation>
    </message>
    <message>
        <source>Language (fr) or dictionary (fr_FR) to check with.</source>
        <translation>Sprache (fr) oder Wörterbuch (fr_FR) für die Prüfung.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>Do not compute suggestions (faster).</source>
        <translation>Keine Vorschläge berechnen (schneller).</translation>
    </message>
    <message>
        <source>French: want no-break spaces before : ; ? !, inside « » and before units everywhere, instead of following the article&apos;s own habit.</source>
        <translation>Französisch: überall geschützte Leerzeichen vor : ; ? !, innerhalb von « » und vor Einheiten verlangen, statt der eigenen Gewohnheit des Artikels zu folgen.</translation>
    </message>
    <message>
        <source>Check an article stored in this project.</source>
        <translation>Einen in diesem Projekt gespeicherten Artikel prüfen.</translation>
    </message>
    <message>
        <source>The stored article: its document id (fr-02) or its number in the project.</source>
        <translation>Der gespeicherte Artikel: seine Dokument-ID (fr-02) oder seine Nummer im Projekt.</translation>
    </message>
    <message>
        <source>Articles to check (.txt, .md, .html).</source>
        <translation>Zu prüfende Artikel (.txt, .md, .html).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text or json)</source>
        <translation>unbekanntes Format „%1“ (text oder json verwenden)</translation>
    </message>
    <message>
        <source>--project and --document go together</source>
        <translation>--project und --document müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <source>check needs at least one FILE</source>
        <translation>check benötigt mindestens ein FILE-Argument</translation>
    </message>
    <message>
        <source>no dictionary is installed</source>
        <translation>es ist kein Wörterbuch installiert</translation>
    </message>
    <message>
        <source>Write a project&apos;s annotations in a format other tools read.</source>
        <translation>Die Annotationen eines Projekts in einem Format schreiben, das andere Werkzeuge lesen.</translation>
    </message>
    <message>
        <source>Export format: %1.</source>
        <translation>Exportformat: %1.</translation>
    </message>
    <message>
        <source>Only this article (its document id, e.g. fr-02); repeatable.</source>
        <translation>Nur dieser Artikel (seine Dokument-ID, z. B. fr-02); wiederholbar.</translation>
    </message>
    <message>
        <source>Only these labels, comma-separated.</source>
        <translation>Nur diese Labels, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark.</source>
        <translation>CSV: mit einer UTF-8-Bytereihenfolgemarkierung (BOM) beginnen.</translation>
    </message>
    <message>
        <source>ClaimReview: who publishes the reviews.</source>
        <translation>ClaimReview: wer die Überprüfungen veröffentlicht.</translation>
    </message>
    <message>
        <source>ClaimReview: the page the reviews are published on.</source>
        <translation>ClaimReview: die Seite, auf der die Überprüfungen veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Where to write.</source>
        <translation>Ziel der Ausgabe.</translation>
    </message>
    <message>
        <source>export needs --project FILE and --output PATH</source>
        <translation>export benötigt --project FILE und --output PATH</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (one of: %2)</source>
        <translation>unbekanntes Exportformat „%1“ (möglich sind: %2)</translation>
    </message>
    <message>
        <source>not exported: %1</source>
        <translation>nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Marginalia on the command line: check articles, export annotations.</source>
        <translation>Marginalia auf der Kommandozeile: Artikel prüfen, Annotationen exportieren.</translation>
    </message>
    <message>
        <source>check, import, list, export or backend</source>
        <translation>check, import, list, export oder backend</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
%2</source>
        <translation>unbekannter Befehl „%1“
%2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Check an article stored in a project.</source>
        <translation>Einen im Projekt gespeicherten Artikel prüfen.</translation>
    </message>
    <message>
        <source>Add articles to a project; a new version of a stored one re-anchors its annotations.</source>
        <translation>Artikel zu einem Projekt hinzufügen; eine neue Version eines gespeicherten Artikels verankert seine Annotationen neu.</translation>
    </message>
    <message>
        <source>Write a project&apos;s annotations.</source>
        <translation>Die Annotationen eines Projekts schreiben.</translation>
    </message>
    <message>
        <source>Print the spell backend and its dictionaries.</source>
        <translation>Die Rechtschreibprüfung und ihre Wörterbücher ausgeben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) added</source>
        <translation>
            <numerusform>%Ln Artikel hinzugefügt</numerusform>
            <numerusform>%Ln Artikel hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) already in the project</source>
        <translation>
            <numerusform>%Ln Artikel bereits im Projekt</numerusform>
            <numerusform>%Ln Artikel bereits im Projekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln Annotation</numerusform>
            <numerusform>%Ln Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) added</source>
        <translation>
            <numerusform>%Ln Entität hinzugefügt</numerusform>
            <numerusform>%Ln Entitäten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) already known</source>
        <translation>
            <numerusform>%Ln Entität bereits bekannt</numerusform>
            <numerusform>%Ln Entitäten bereits bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new label(s)</source>
        <translation>
            <numerusform>%Ln neues Label</numerusform>
            <numerusform>%Ln neue Labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) in place</source>
        <translation>
            <numerusform>%Ln Annotation an ihrem Platz</numerusform>
            <numerusform>%Ln Annotationen an ihrem Platz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln verschoben</numerusform>
            <numerusform>%Ln verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found approximately</source>
        <translation>
            <numerusform>%Ln ungefähr gefunden</numerusform>
            <numerusform>%Ln ungefähr gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln verwaist</numerusform>
            <numerusform>%Ln verwaist</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: new version of article %2: %3</source>
        <translation>%1: neue Version von Artikel %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) written to %1</source>
        <translation>
            <numerusform>%Ln Annotation nach %1 geschrieben</numerusform>
            <numerusform>%Ln Annotationen nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorpusChecker</name>
    <message>
        <source>The articles are being checked already.</source>
        <translation>Die Artikel werden bereits geprüft.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot copy to %1</source>
        <translation>Kopieren nach %1 nicht möglich</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>%1: the claimant of &apos;%2&apos; is the entity &apos;%3&apos;, not a mention: brat cannot link it</source>
        <translation>%1: Der Urheber der Behauptung „%2“ ist die Entität „%3“, keine Erwähnung: brat kann ihn nicht verknüpfen</translation>
    </message>
    <message>
        <source>%1: a note on the article itself (&apos;%2&apos;): brat notes belong to annotations</source>
        <translation>%1: eine Notiz zum Artikel selbst („%2“): In brat gehören Notizen zu Annotationen</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>refers to the event %1; events are not imported</source>
        <translation>verweist auf das Ereignis %1; Ereignisse werden nicht importiert</translation>
    </message>
    <message>
        <source>refers to %1; only text-bound annotations (T) can carry this</source>
        <translation>verweist auf %1; nur textgebundene Annotationen (T) können dies tragen</translation>
    </message>
    <message>
        <source>refers to %1, which this file does not define</source>
        <translation>verweist auf %1, das in dieser Datei nicht definiert ist</translation>
    </message>
    <message>
        <source>a text-bound annotation needs a type and offsets</source>
        <translation>eine textgebundene Annotation braucht einen Typ und Offsets</translation>
    </message>
    <message>
        <source>offsets &apos;%1&apos; are not a span of the text (%2 characters)</source>
        <translation>die Offsets „%1“ bilden keine Textstelle im Text (%2 Zeichen)</translation>
    </message>
    <message>
        <source>fragments overlap</source>
        <translation>Fragmente überlappen sich</translation>
    </message>
    <message>
        <source>discontinuous span joined into one: it now also covers &apos;%1&apos;</source>
        <translation>unterbrochene Textstelle zu einer zusammengefügt: Sie umfasst jetzt auch „%1“</translation>
    </message>
    <message>
        <source>the text &apos;%1&apos; is not what the offsets cover (&apos;%2&apos;); the offsets are kept</source>
        <translation>der Text „%1“ entspricht nicht dem, was die Offsets umfassen („%2“); die Offsets werden beibehalten</translation>
    </message>
    <message>
        <source>a relation needs a type and two arguments</source>
        <translation>eine Relation braucht einen Typ und zwei Argumente</translation>
    </message>
    <message>
        <source>an equivalence needs a type and at least two annotations</source>
        <translation>eine Äquivalenz braucht einen Typ und mindestens zwei Annotationen</translation>
    </message>
    <message>
        <source>an attribute needs a name, an annotation and at most one value</source>
        <translation>ein Attribut braucht einen Namen, eine Annotation und höchstens einen Wert</translation>
    </message>
    <message>
        <source>a normalisation reads &apos;Reference T1 DB:ID&apos;</source>
        <translation>eine Normalisierung lautet „Reference T1 DB:ID“</translation>
    </message>
    <message>
        <source>%1 already refers to %2; a mention refers to one entity</source>
        <translation>%1 verweist bereits auf %2; eine Erwähnung verweist auf genau eine Entität</translation>
    </message>
    <message>
        <source>a note reads &apos;AnnotatorNotes T1&lt;TAB&gt;text&apos;</source>
        <translation>eine Notiz lautet „AnnotatorNotes T1&lt;TAB&gt;Text“</translation>
    </message>
    <message>
        <source>cannot read the text %1: %2</source>
        <translation>der Text %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, which brat requires</source>
        <translation>%1 ist nicht in UTF-8 kodiert, was brat voraussetzt</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>nicht in UTF-8 kodiert</translation>
    </message>
    <message>
        <source>no id and TAB at the start of the line</source>
        <translation>keine ID mit Tabulator am Zeilenanfang</translation>
    </message>
    <message>
        <source>events (%1) are not supported</source>
        <translation>Ereignisse (%1) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>unknown annotation type &apos;%1&apos;</source>
        <translation>unbekannter Annotationstyp „%1“</translation>
    </message>
    <message>
        <source>%1 is neither a brat .ann or .txt file nor a folder.</source>
        <translation>%1 ist weder eine brat-Datei (.ann oder .txt) noch ein Ordner.</translation>
    </message>
    <message>
        <source>%1: no %2 beside it</source>
        <translation>%1: keine Datei %2 daneben</translation>
    </message>
    <message>
        <source>%1 claim %2 (“%3”)</source>
        <translation>%1, Behauptung %2 („%3“)</translation>
    </message>
    <message>
        <source>%1: not checked yet, no review to publish</source>
        <translation>%1: noch nicht geprüft, kein Faktencheck zu veröffentlichen</translation>
    </message>
    <message>
        <source>%1: no claimant, the review has no itemReviewed.author</source>
        <translation>%1: kein Urheber, der Faktencheck hat kein itemReviewed.author</translation>
    </message>
    <message>
        <source>%1: the article has no &quot;date&quot; metadata, the claim no datePublished</source>
        <translation>%1: Der Artikel hat keine Metadaten „date“, die Behauptung kein datePublished</translation>
    </message>
    <message>
        <source>%1: no reviewer named (--reviewer), the review has no author</source>
        <translation>%1: kein Faktenprüfer angegeben (--reviewer), der Faktencheck hat keinen Autor</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is not an IOB tag; read as O</source>
        <translation>das Tag „%1“ ist kein IOB-Tag; als O gelesen</translation>
    </message>
    <message>
        <source>a line without a token</source>
        <translation>eine Zeile ohne Token</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8: read as Latin-1.</source>
        <translation>%1 ist nicht in UTF-8 kodiert: als Latin-1 gelesen.</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3” (%4–%5) overlaps an earlier correction</source>
        <translation>%1: „%2“ → „%3“ (%4–%5) überlappt eine frühere Korrektur</translation>
    </message>
    <message>
        <source>There is no article to write.</source>
        <translation>Es gibt keinen Artikel zum Schreiben.</translation>
    </message>
    <message>
        <source>JSON Lines, lossless (a whole project, read back by import)</source>
        <translation>JSON Lines, verlustfrei (ein ganzes Projekt, per Import wieder einlesbar)</translation>
    </message>
    <message>
        <source>CSV (one row per annotation)</source>
        <translation>CSV (eine Zeile pro Annotation)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>MQM TSV (WMT layout, with per-article scores)</source>
        <translation>MQM TSV (WMT-Layout, mit Bewertungen pro Artikel)</translation>
    </message>
    <message>
        <source>brat standoff (a folder of .txt and .ann)</source>
        <translation>brat standoff (ein Ordner mit .txt und .ann)</translation>
    </message>
    <message>
        <source>CoNLL-2003 IOB2 (token and entity tag)</source>
        <translation>CoNLL-2003 IOB2 (Token und Entitäts-Tag)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (claims with a verdict)</source>
        <translation>schema.org ClaimReview (Behauptungen mit Urteil)</translation>
    </message>
    <message>
        <source>HTML report (printable, self-contained)</source>
        <translation>HTML-Bericht (druckbar, eigenständig)</translation>
    </message>
    <message>
        <source>Corrected text (accepted corrections applied)</source>
        <translation>Korrigierter Text (übernommene Korrekturen angewandt)</translation>
    </message>
    <message>
        <source>The project has no label named “%1”.</source>
        <translation>Das Projekt hat kein Label namens „%1“.</translation>
    </message>
    <message>
        <source>The project has no article “%1”.</source>
        <translation>Das Projekt hat keinen Artikel „%1“.</translation>
    </message>
    <message>
        <source>There is nothing to import: name at least one file.</source>
        <translation>Es gibt nichts zu importieren: Geben Sie mindestens eine Datei an.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Geringfügig</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>%1: “%2” is not drawn (its text is no longer there)</source>
        <translation>%1: „%2“ wird nicht im Text markiert (der Text ist nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Language %1</source>
        <translation>Sprache %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Translation errors (MQM)</source>
        <translation>Übersetzungsfehler (MQM)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Marginalia report</source>
        <translation>Marginalia-Bericht</translation>
    </message>
    <message>
        <source>Written by Marginalia.</source>
        <translation>Erstellt mit Marginalia.</translation>
    </message>
    <message>
        <source>an annotation has no label</source>
        <translation>eine Annotation hat kein Label</translation>
    </message>
    <message>
        <source>entity “%1”: %2</source>
        <translation>Entität „%1“: %2</translation>
    </message>
    <message>
        <source>%1: annotation %2: the span %3–%4 is not inside the text (%5 characters)</source>
        <translation>%1: Annotation %2: Die Textstelle %3–%4 liegt nicht im Text (%5 Zeichen)</translation>
    </message>
    <message>
        <source>%1: annotation %2: %3</source>
        <translation>%1: Annotation %2: %3</translation>
    </message>
    <message>
        <source>%1: annotation %2: no entity “%3”</source>
        <translation>%1: Annotation %2: keine Entität „%3“</translation>
    </message>
    <message>
        <source>%1: claim %2: no mention “%3” for its claimant</source>
        <translation>%1: Behauptung %2: keine Erwähnung „%3“ für ihren Urheber</translation>
    </message>
    <message>
        <source>%1: relation %2 %3 → %4: no such annotation</source>
        <translation>%1: Relation %2 %3 → %4: keine solche Annotation</translation>
    </message>
    <message>
        <source>This project is open read-only here: nothing can be imported into it.</source>
        <translation>Dieses Projekt ist hier schreibgeschützt geöffnet: Es kann nichts in das Projekt importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. %Ln problem(s):</source>
        <translation>
            <numerusform>Es wurde nichts importiert. %Ln Problem:</numerusform>
            <numerusform>Es wurde nichts importiert. %Ln Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>kein JSON (%1)</translation>
    </message>
    <message>
        <source>not a Marginalia JSON Lines file (the first line names no &quot;marginalia&quot; jsonl)</source>
        <translation>keine JSON-Lines-Datei von Marginalia (die erste Zeile weist sie nicht als „marginalia“-jsonl aus)</translation>
    </message>
    <message>
        <source>written by a newer Marginalia (version %1; this one reads %2)</source>
        <translation>von einer neueren Marginalia-Version geschrieben (Version %1; diese hier liest %2)</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>unbekannter Datensatztyp „%1“</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1: leere Datei</translation>
    </message>
    <message>
        <source>“%1” is not an id</source>
        <translation>„%1“ ist keine ID</translation>
    </message>
    <message>
        <source>a label needs a name, a colour and a style</source>
        <translation>ein Label braucht einen Namen, eine Farbe und einen Stil</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>eine Entität braucht einen Namen</translation>
    </message>
    <message>
        <source>article %1: the text is not the one its SHA-256 names</source>
        <translation>Artikel %1: Der Text ist nicht der, den sein SHA-256-Wert bezeichnet</translation>
    </message>
    <message>
        <source>article %1: the body length is not inside the text</source>
        <translation>Artikel %1: Die Länge des Haupttexts liegt nicht innerhalb des Textes</translation>
    </message>
    <message>
        <source>annotation %1: no span (start %2, end %3)</source>
        <translation>Annotation %1: keine Textstelle (Anfang %2, Ende %3)</translation>
    </message>
    <message>
        <source>annotation %1: the claim&apos;s kind or verdict is unknown</source>
        <translation>Annotation %1: Art oder Urteil der Behauptung ist unbekannt</translation>
    </message>
    <message>
        <source>annotation %1: the MT error&apos;s severity is unknown</source>
        <translation>Annotation %1: Der Schweregrad des MÜ-Fehlers ist unbekannt</translation>
    </message>
    <message>
        <source>entity %1: no label %2</source>
        <translation>Entität %1: kein Label %2</translation>
    </message>
    <message>
        <source>annotation %1: no article %2</source>
        <translation>Annotation %1: kein Artikel %2</translation>
    </message>
    <message>
        <source>annotation %1: the span %2–%3 is past the end of its article</source>
        <translation>Annotation %1: Die Textstelle %2–%3 liegt hinter dem Ende ihres Artikels</translation>
    </message>
    <message>
        <source>annotation %1: no label %2</source>
        <translation>Annotation %1: kein Label %2</translation>
    </message>
    <message>
        <source>annotation %1: no entity %2</source>
        <translation>Annotation %1: keine Entität %2</translation>
    </message>
    <message>
        <source>claim %1: no mention %2 for its claimant</source>
        <translation>Behauptung %1: keine Erwähnung %2 für ihren Urheber</translation>
    </message>
    <message>
        <source>claim %1: no entity %2 for its claimant</source>
        <translation>Behauptung %1: keine Entität %2 für ihren Urheber</translation>
    </message>
    <message>
        <source>note %1: what it is on is not in the file</source>
        <translation>Notiz %1: Das, worauf sie sich bezieht, ist nicht in der Datei</translation>
    </message>
    <message>
        <source>relation %1: an end is not in the file</source>
        <translation>Relation %1: Eines ihrer Enden ist nicht in der Datei</translation>
    </message>
    <message>
        <source>annotation %1: no article %2 in the files</source>
        <translation>Annotation %1: kein Artikel %2 in den Dateien</translation>
    </message>
    <message>
        <source>relation %1: its source is not in the files</source>
        <translation>Relation %1: Ihre Quelle ist nicht in den Dateien</translation>
    </message>
    <message>
        <source>%1: “%2” (%3–%4) is in no segment</source>
        <translation>%1: „%2“ (%3–%4) liegt in keinem Segment</translation>
    </message>
    <message>
        <source>%1: “%2” (%3–%4) crosses a segment&apos;s end: clipped to it</source>
        <translation>%1: „%2“ (%3–%4) reicht über ein Segmentende hinaus: darauf gekürzt</translation>
    </message>
    <message>
        <source>%1:1: not an MQM TSV header (it needs system, doc, seg_id, rater, target, category and severity columns)</source>
        <translation>%1:1: kein MQM-TSV-Kopf (er braucht die Spalten system, doc, seg_id, rater, target, category und severity)</translation>
    </message>
    <message>
        <source>%1: %2 fields where the header has %3</source>
        <translation>%1: %2 Felder, wo der Kopf %3 hat</translation>
    </message>
    <message>
        <source>%1: the seg_id “%2” is not a number</source>
        <translation>%1: Die seg_id „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: the error span is not one &lt;v&gt;…&lt;/v&gt; pair</source>
        <translation>%1: Die Fehlerstelle ist nicht genau ein &lt;v&gt;…&lt;/v&gt;-Paar</translation>
    </message>
    <message>
        <source>%1: unknown severity “%2”</source>
        <translation>%1: unbekannter Schweregrad „%2“</translation>
    </message>
    <message>
        <source>%1: segment %2 of %3 has another target at %4:%5</source>
        <translation>%1: Segment %2 von %3 hat in %4:%5 einen anderen Zieltext</translation>
    </message>
    <message>
        <source>%1: seg_id %2 is also written “%3” in %4</source>
        <translation>%1: seg_id %2 wird in %4 auch „%3“ geschrieben</translation>
    </message>
    <message>
        <source>%1: the segment is empty</source>
        <translation>%1: Das Segment ist leer</translation>
    </message>
    <message>
        <source>%1: annotation %2 (“%3”): its claimant, annotation %4, is not in the export</source>
        <translation>%1: Annotation %2 („%3“): Ihr Urheber, Annotation %4, ist nicht im Export enthalten</translation>
    </message>
    <message>
        <source>Marginalia annotations</source>
        <translation>Marginalia-Annotationen</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2 at byte %3</source>
        <translation>%1: kein JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>the collection&apos;s pages are not in the file (its first page is %1)</source>
        <translation>die Seiten der Sammlung sind nicht in der Datei (ihre erste Seite ist %1)</translation>
    </message>
    <message>
        <source>not an Annotation, AnnotationPage or AnnotationCollection</source>
        <translation>weder Annotation noch AnnotationPage noch AnnotationCollection</translation>
    </message>
    <message>
        <source>item %1 of a page is not an Annotation</source>
        <translation>Element %1 einer Seite ist keine Annotation</translation>
    </message>
    <message>
        <source>the next page, %1, is not in the file</source>
        <translation>die nächste Seite, %1, ist nicht in der Datei</translation>
    </message>
    <message>
        <source>%1: annotation %2</source>
        <translation>%1: Annotation %2</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>sie hat kein Ziel</translation>
    </message>
    <message>
        <source>it links %1 to nothing</source>
        <translation>sie verknüpft %1 mit nichts</translation>
    </message>
    <message>
        <source>its source %1 is not an article of the project</source>
        <translation>ihre Quelle %1 ist kein Artikel des Projekts</translation>
    </message>
    <message>
        <source>its source %1 (document %2) is not an article of the project</source>
        <translation>ihre Quelle %1 (Dokument %2) ist kein Artikel des Projekts</translation>
    </message>
    <message>
        <source>it annotates a whole article, which can only have notes</source>
        <translation>sie annotiert einen ganzen Artikel, der nur Notizen haben kann</translation>
    </message>
    <message>
        <source>its RangeSelector ends (%1) before it starts (%2)</source>
        <translation>ihr RangeSelector endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message>
        <source>its TextPositionSelector %1–%2 is past the end of the article (%3)</source>
        <translation>ihr TextPositionSelector %1–%2 liegt hinter dem Ende des Artikels (%3)</translation>
    </message>
    <message>
        <source>it has no text selector</source>
        <translation>sie hat keinen Textselektor</translation>
    </message>
    <message>
        <source>its quote “%1” is not in the article, or not in one place</source>
        <translation>ihr zitierter Text „%1“ steht nicht im Artikel oder nicht an genau einer Stelle</translation>
    </message>
    <message>
        <source>Also tagged: %1</source>
        <translation>Auch ausgezeichnet als: %1</translation>
    </message>
    <message>
        <source>Suggested edit: %1</source>
        <translation>Vorgeschlagene Änderung: %1</translation>
    </message>
    <message>
        <source>an annotation with this id was already read</source>
        <translation>eine Annotation mit dieser ID wurde bereits gelesen</translation>
    </message>
    <message>
        <source>its claimant, annotation %1, is not in the import</source>
        <translation>ihr Urheber, Annotation %1, ist nicht im Import enthalten</translation>
    </message>
    <message>
        <source>it links %1, which is not an annotation in the import</source>
        <translation>sie verknüpft %1, das keine Annotation im Import ist</translation>
    </message>
    <message>
        <source>it links to %1, which is not an annotation of the same article</source>
        <translation>sie verweist auf %1, das keine Annotation desselben Artikels ist</translation>
    </message>
    <message>
        <source>its TextPositionSelector counts from a fragment of a structured document, which a plain-text article does not have</source>
        <translation>ihr TextPositionSelector zählt ab einem Fragment eines strukturierten Dokuments, das ein Artikel aus reinem Text nicht hat</translation>
    </message>
    <message>
        <source>its TextPositionSelector is not a non-empty range of positions</source>
        <translation>ihr TextPositionSelector ist kein nicht leerer Positionsbereich</translation>
    </message>
    <message>
        <source>its RFC 5147 fragment “%1” is not a character range (char=start,end)</source>
        <translation>ihr RFC-5147-Fragment „%1“ ist kein Zeichenbereich (char=Anfang,Ende)</translation>
    </message>
    <message>
        <source>its %1 does not select text</source>
        <translation>ihr %1 wählt keinen Text aus</translation>
    </message>
    <message>
        <source>%1 is not an entity span</source>
        <translation>%1 ist keine Entitäts-Textstelle</translation>
    </message>
    <message>
        <source>%1 overlaps “%2”</source>
        <translation>%1 überlappt „%2“</translation>
    </message>
    <message>
        <source>%1 covers no token</source>
        <translation>%1 umfasst kein Token</translation>
    </message>
    <message>
        <source>Marginalia cannot import the %1 format.</source>
        <translation>Marginalia kann das Format %1 nicht importieren.</translation>
    </message>
    <message numerus="yes">
        <source>MQM score %1 · %Ln error(s), penalty %2 over %3 words (%4 per 1,000 words; WMT 2021 weights)</source>
        <translation>
            <numerusform>MQM-Bewertung %1 · %Ln Fehler, Strafpunkte %2 auf %3 Wörter (%4 pro 1.000 Wörter; WMT-2021-Gewichtung)</numerusform>
            <numerusform>MQM-Bewertung %1 · %Ln Fehler, Strafpunkte %2 auf %3 Wörter (%4 pro 1.000 Wörter; WMT-2021-Gewichtung)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingStyle</name>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Merged words</source>
        <translation>Zusammengezogene Wörter</translation>
    </message>
    <message>
        <source>Split word</source>
        <translation>Getrenntes Wort</translation>
    </message>
    <message>
        <source>Capitalisation</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Accents</source>
        <translation>Akzente</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Zeichensetzung</translation>
    </message>
    <message>
        <source>Unpaired quote</source>
        <translation>Ungepaartes Anführungszeichen</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Typografie</translation>
    </message>
    <message>
        <source>Repeated word</source>
        <translation>Wiederholtes Wort</translation>
    </message>
    <message>
        <source>Name spelled two ways</source>
        <translation>Name unterschiedlich geschrieben</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Nicht übersetzt</translation>
    </message>
    <message>
        <source>Truncated line</source>
        <translation>Abgeschnittene Zeile</translation>
    </message>
    <message>
        <source>Unknown name</source>
        <translation>Unbekannter Name</translation>
    </message>
</context>
<context>
    <name>LabelAppearance</name>
    <message>
        <source>Fill</source>
        <translation>Füllung</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Unterstreichung</translation>
    </message>
    <message>
        <source>Dashed underline</source>
        <translation>Gestrichelte Unterstreichung</translation>
    </message>
    <message>
        <source>Dotted underline</source>
        <translation>Gepunktete Unterstreichung</translation>
    </message>
    <message>
        <source>Wavy underline</source>
        <translation>Gewellte Unterstreichung</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>MT error</source>
        <translation>MÜ-Fehler</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorhebung</translation>
    </message>
</context>
<context>
    <name>Marginalia::Annotator</name>
    <message>
        <source>There is no label %1 in this project.</source>
        <translation>In diesem Projekt gibt es kein Label %1.</translation>
    </message>
    <message>
        <source>This project is open read-only here (it is open for writing in another window); nothing was changed.</source>
        <translation>Dieses Projekt ist hier schreibgeschützt geöffnet (es ist in einem anderen Fenster zum Schreiben geöffnet); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>earlier changes are not saved yet</source>
        <translation>frühere Änderungen sind noch nicht gespeichert</translation>
    </message>
    <message>
        <source>“%1” could not be saved (%2). It is kept, and Marginalia tries again every few seconds: nothing is lost while the program stays open.</source>
        <translation>„%1“ konnte nicht gespeichert werden (%2). Die Änderung bleibt erhalten, und Marginalia versucht es alle paar Sekunden erneut: Solange das Programm geöffnet bleibt, geht nichts verloren.</translation>
    </message>
    <message>
        <source>The new project file is read-only.</source>
        <translation>Die neue Projektdatei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>“%1” could not be saved in the new file either: %2</source>
        <translation>„%1“ konnte auch in der neuen Datei nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Tag “%1” as %2</source>
        <translation>„%1“ als %2 auszeichnen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Auszeichnung „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln tag(s)</source>
        <translation>
            <numerusform>%Ln Auszeichnung entfernen</numerusform>
            <numerusform>%Ln Auszeichnungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to look for.</source>
        <translation>Es gibt nichts zu suchen.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>%Ln Vorkommen von „%1“ als %2 auszeichnen</numerusform>
            <numerusform>%Ln Vorkommen von „%1“ als %2 auszeichnen</numerusform>
        </translation>
    </message>
    <message>
        <source>New version of “%1”</source>
        <translation>Neue Version von „%1“</translation>
    </message>
    <message>
        <source>This project has no label for MT errors; add one in the label editor.</source>
        <translation>Dieses Projekt hat kein Label für MÜ-Fehler; fügen Sie im Label-Editor eines hinzu.</translation>
    </message>
    <message>
        <source>Accept “%1” as an MT error</source>
        <translation>„%1“ als MÜ-Fehler übernehmen</translation>
    </message>
    <message>
        <source>This project is open read-only here: articles cannot be added to it.</source>
        <translation>Dieses Projekt ist hier schreibgeschützt geöffnet: Es können keine Artikel hinzugefügt werden.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>Eine Entität braucht einen Namen.</translation>
    </message>
    <message>
        <source>New entity “%1”</source>
        <translation>Neue Entität „%1“</translation>
    </message>
    <message>
        <source>Edit entity “%1”</source>
        <translation>Entität „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>Eine Entität kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ in „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Delete entity “%1”</source>
        <translation>Entität „%1“ löschen</translation>
    </message>
    <message>
        <source>A note belongs to one article or one annotation.</source>
        <translation>Eine Notiz gehört zu genau einem Artikel oder genau einer Annotation.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Remove a note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>A relation links two different annotations.</source>
        <translation>Eine Relation verknüpft zwei verschiedene Annotationen.</translation>
    </message>
    <message>
        <source>A relation needs a kind.</source>
        <translation>Eine Relation braucht eine Art.</translation>
    </message>
    <message>
        <source>Link “%1” to “%2”</source>
        <translation>„%1“ mit „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Remove a link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Ein Label braucht einen Namen.</translation>
    </message>
    <message>
        <source>The label “%1” needs a colour.</source>
        <translation>Das Label „%1“ braucht eine Farbe.</translation>
    </message>
    <message>
        <source>A label&apos;s key is one of 1 to 9, or none; “%1” is not.</source>
        <translation>Die Taste eines Labels ist eine Ziffer von 1 bis 9 oder keine; „%1“ ist das nicht.</translation>
    </message>
    <message>
        <source>There is already a label named “%1”.</source>
        <translation>Es gibt bereits ein Label namens „%1“.</translation>
    </message>
    <message>
        <source>Add label “%1”</source>
        <translation>Label „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>The kind of “%1” cannot change while %Ln annotation(s) use it.</source>
        <translation>
            <numerusform>Die Art des Labels „%1“ kann nicht geändert werden, solange %Ln Annotation es verwendet.</numerusform>
            <numerusform>Die Art des Labels „%1“ kann nicht geändert werden, solange %Ln Annotationen es verwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kind of “%1” cannot change while it is the type of %Ln entit(y/ies).</source>
        <translation>
            <numerusform>Die Art des Labels „%1“ kann nicht geändert werden, solange es der Typ von %Ln Entität ist.</numerusform>
            <numerusform>Die Art des Labels „%1“ kann nicht geändert werden, solange es der Typ von %Ln Entitäten ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit label “%1”</source>
        <translation>Label „%1“ bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be removed: %Ln annotation(s) use it. Delete them or tag them with another label first.</source>
        <translation>
            <numerusform>„%1“ kann nicht entfernt werden: %Ln Annotation verwendet es. Löschen Sie sie zuerst oder zeichnen Sie sie mit einem anderen Label aus.</numerusform>
            <numerusform>„%1“ kann nicht entfernt werden: %Ln Annotationen verwenden es. Löschen Sie sie zuerst oder zeichnen Sie sie mit einem anderen Label aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be removed: it is the type of %Ln entit(y/ies). Delete them or give them another type first.</source>
        <translation>
            <numerusform>„%1“ kann nicht entfernt werden: Es ist der Typ von %Ln Entität. Löschen Sie sie zuerst oder geben Sie ihr einen anderen Typ.</numerusform>
            <numerusform>„%1“ kann nicht entfernt werden: Es ist der Typ von %Ln Entitäten. Löschen Sie sie zuerst oder geben Sie ihnen einen anderen Typ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove label “%1”</source>
        <translation>Label „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AnnotationsModel</name>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>überwiegend wahr</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>überwiegend falsch</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation>nicht überprüfbar</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>geringfügig</translation>
    </message>
    <message>
        <source>major</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Lost its text when the article changed: place it or delete it</source>
        <translation>Text ging bei einer Änderung des Artikels verloren: neu platzieren oder löschen</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>%1 · verdict: %2</source>
        <translation>%1 · Urteil: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AnnotationsPanel</name>
    <message>
        <source>&amp;Orphans only</source>
        <translation>Nur &amp;verwaiste</translation>
    </message>
    <message>
        <source>&amp;Place at Selection</source>
        <translation>An Auswahl &amp;platzieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Show annotations with label</source>
        <translation>Annotationen mit Label anzeigen</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Annotationen durchsuchen</translation>
    </message>
    <message>
        <source>Search text, label, entity…</source>
        <translation>Text, Label, Entität suchen…</translation>
    </message>
    <message>
        <source>Show only orphaned annotations</source>
        <translation>Nur verwaiste Annotationen anzeigen</translation>
    </message>
    <message>
        <source>Place the orphaned annotation on the selected text</source>
        <translation>Verwaiste Annotation auf dem ausgewählten Text platzieren</translation>
    </message>
    <message>
        <source>Select its text in the article, then place the orphan there</source>
        <translation>Wählen Sie ihren Text im Artikel aus und platzieren Sie die verwaiste Annotation dort</translation>
    </message>
    <message>
        <source>Delete the selected annotations</source>
        <translation>Ausgewählte Annotationen löschen</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Del)</source>
        <translation>Ausgewählte Annotationen löschen (Entf)</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Alle Labels</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln Annotation</numerusform>
            <numerusform>%Ln Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln verwaist</numerusform>
            <numerusform>%Ln verwaist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab / Shift+Tab in the article: next / previous</source>
        <translation>Tab / Umschalt+Tab im Artikel: nächste / vorherige</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Follow the system&apos;s colours, or use Marginalia&apos;s own light or dark colours</source>
        <translation>Den Farben des Systems folgen oder Marginalias eigene helle oder dunkle Farben verwenden</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Leseschrift</translation>
    </message>
    <message>
        <source>The font of the article text</source>
        <translation>Die Schrift des Artikeltextes</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Leseschrift:</translation>
    </message>
    <message>
        <source>Font size in points</source>
        <translation>Schriftgröße in Punkt</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Line spacing in percent</source>
        <translation>Zeilenabstand in Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Zeilenabstand:</translation>
    </message>
    <message>
        <source>Li&amp;mit the length of a line</source>
        <translation>Zeilenlänge &amp;begrenzen</translation>
    </message>
    <message>
        <source>Limit the length of a line</source>
        <translation>Zeilenlänge begrenzen</translation>
    </message>
    <message>
        <source>Unchecked, the text fills the width of the window</source>
        <translation>Wenn nicht aktiviert, füllt der Text die Breite des Fensters</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>Zeichen pro Zeile</translation>
    </message>
    <message>
        <source>The text column is centred in the window</source>
        <translation>Die Textspalte wird im Fenster zentriert</translation>
    </message>
    <message>
        <source>C&amp;haracters per line:</source>
        <translation>Zeichen &amp;pro Zeile:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ArticleView</name>
    <message>
        <source>Claims and claimants</source>
        <translation>Behauptungen und ihre Urheber</translation>
    </message>
    <message>
        <source>Claim, no claimant: “%1”</source>
        <translation>Behauptung ohne Urheber: „%1“</translation>
    </message>
    <message>
        <source>Claim by &lt;b&gt;%1&lt;/b&gt;: “%2”</source>
        <translation>Behauptung von &lt;b&gt;%1&lt;/b&gt;: „%2“</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>Vorschläge:</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Vorschläge werden gesucht…</translation>
    </message>
    <message>
        <source>Right-click for actions.</source>
        <translation>Rechtsklick für Aktionen.</translation>
    </message>
    <message>
        <source>Tagged &lt;b&gt;%1&lt;/b&gt;: “%2”</source>
        <translation>Ausgezeichnet als &lt;b&gt;%1&lt;/b&gt;: „%2“</translation>
    </message>
    <message>
        <source>Claimed by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Behauptet von &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ArticlesPanel</name>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Doc.</source>
        <translation>Dok.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Annot.</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Status: ○ to do, ◐ in progress, ● done</source>
        <translation>Status: ○ offen, ◐ in Bearbeitung, ● erledigt</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Open checker findings when the article was last checked (Check ▸ Check All Articles)</source>
        <translation>Offene Befunde der letzten Prüfung des Artikels (Prüfen ▸ Alle Artikel prüfen)</translation>
    </message>
    <message>
        <source>Search matches</source>
        <translation>Suchtreffer</translation>
    </message>
    <message>
        <source>Articles of the project</source>
        <translation>Artikel des Projekts</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>Korpus durchsuchen</translation>
    </message>
    <message>
        <source>Search all articles: text, tags, entities, notes…</source>
        <translation>Alle Artikel durchsuchen: Text, Auszeichnungen, Entitäten, Notizen…</translation>
    </message>
    <message>
        <source>Status of the selected article</source>
        <translation>Status des ausgewählten Artikels</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln erledigt</numerusform>
            <numerusform>%Ln erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln Annotation</numerusform>
            <numerusform>%Ln Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln MT error(s)</source>
        <translation>
            <numerusform>%Ln MÜ-Fehler</numerusform>
            <numerusform>%Ln MÜ-Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln verwaist</numerusform>
            <numerusform>%Ln verwaist</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open finding(s) when last checked</source>
        <translation>
            <numerusform>%Ln offener Befund bei der letzten Prüfung</numerusform>
            <numerusform>%Ln offene Befunde bei der letzten Prüfung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the text</source>
        <translation>
            <numerusform>%Ln im Text</numerusform>
            <numerusform>%Ln im Text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in annotations and notes</source>
        <translation>
            <numerusform>%Ln in Annotationen und Notizen</numerusform>
            <numerusform>%Ln in Annotationen und Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” found in %Ln article(s)</source>
        <translation>
            <numerusform>„%1“ in %Ln Artikel gefunden</numerusform>
            <numerusform>„%1“ in %Ln Artikeln gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Mark as &amp;To Do</source>
        <translation>Als „&amp;Offen“ markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;In Progress</source>
        <translation>Als „&amp;In Bearbeitung“ markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>Als „&amp;Erledigt“ markieren</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClaimEditor</name>
    <message>
        <source>Claim — “%1”</source>
        <translation>Behauptung — „%1“</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>Text der Behauptung</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Behauptung:</translation>
    </message>
    <message>
        <source>&amp;Claimant:</source>
        <translation>&amp;Urheber:</translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation>Art der Behauptung</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Check-worthiness</source>
        <translation>Prüfwürdigkeit</translation>
    </message>
    <message>
        <source>How much the claim is worth checking; type a digit from 0 to 3.</source>
        <translation>Wie lohnend eine Prüfung der Behauptung ist; geben Sie eine Ziffer von 0 bis 3 ein.</translation>
    </message>
    <message>
        <source>Check-&amp;worthiness:</source>
        <translation>Prüfwürdig&amp;keit:</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>In your own words, e.g. “Misleading”</source>
        <translation>In eigenen Worten, z. B. „Irreführend“</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Einstufung:</translation>
    </message>
    <message>
        <source>Revi&amp;ewed on</source>
        <translation>Geprüf&amp;t am</translation>
    </message>
    <message>
        <source>Date reviewed</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <source>The entities could not be read: %1</source>
        <translation>Die Entitäten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Type part of a name, then pick it from the list</source>
        <translation>Geben Sie einen Teil eines Namens ein und wählen Sie ihn dann aus der Liste</translation>
    </message>
    <message>
        <source>Entities and mentions</source>
        <translation>Entitäten und Erwähnungen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>Keys: %1. Alone on a verdict, with Alt anywhere.</source>
        <translation>Tasten: %1. Allein, wenn ein Urteil den Fokus hat, sonst mit Alt.</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Beleg-Links</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Beleg-Link</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Notiz zum Beleg</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Was er belegt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>L&amp;ink:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>“%1” is neither an entity nor a mention in this article. Type part of a name and pick it from the list, or clear the claimant.</source>
        <translation>„%1“ ist weder eine Entität noch eine Erwähnung in diesem Artikel. Geben Sie einen Teil eines Namens ein und wählen Sie ihn aus der Liste, oder leeren Sie das Feld „Urheber“.</translation>
    </message>
    <message>
        <source>No claimant.</source>
        <translation>Kein Urheber.</translation>
    </message>
    <message>
        <source>Not found yet: pick an entity or a mention from the list.</source>
        <translation>Noch nicht gefunden: Wählen Sie eine Entität oder eine Erwähnung aus der Liste.</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Entität: %1</translation>
    </message>
    <message>
        <source>Mention: %1</source>
        <translation>Erwähnung: %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address: evidence links start with http:// or https://.</source>
        <translation>„%1“ ist keine Webadresse: Beleg-Links beginnen mit http:// oder https://.</translation>
    </message>
    <message>
        <source>This link is in the list already.</source>
        <translation>Dieser Link steht bereits in der Liste.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>The claim&apos;s text, quoted.</extracomment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClaimsModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No claimant</source>
        <translation>Kein Urheber</translation>
    </message>
    <message>
        <source>%1 (reviewed %2)</source>
        <translation>%1 (geprüft am %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence link(s)</source>
        <translation>
            <numerusform>%Ln Beleg-Link</numerusform>
            <numerusform>%Ln Beleg-Links</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClaimsPanel</name>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Show claims with verdict</source>
        <translation>Behauptungen mit Urteil anzeigen</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Urteile</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Edit the claim: claimant, verdict, evidence (F2)</source>
        <translation>Behauptung bearbeiten: Urheber, Urteil, Belege (F2)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>The claimants could not be read: %1</source>
        <translation>Die Urheber konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no claim %1 in this article.</source>
        <translation>In diesem Artikel gibt es keine Behauptung %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Behauptung angezeigt</numerusform>
            <numerusform>%1 von %Ln Behauptungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>F2: edit</source>
        <translation>F2: bearbeiten</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::EntitiesPanel</name>
    <message>
        <source>Also called: %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message>
        <source>(unknown type)</source>
        <translation>(unbekannter Typ)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) in this article</source>
        <translation>
            <numerusform>%Ln Erwähnung in diesem Artikel</numerusform>
            <numerusform>%Ln Erwähnungen in diesem Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) in the project</source>
        <translation>
            <numerusform>%Ln Erwähnung im Projekt</numerusform>
            <numerusform>%Ln Erwähnungen im Projekt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tagged as %1, not linked to an entity</source>
        <translation>Als %1 ausgezeichnet, nicht mit einer Entität verknüpft</translation>
    </message>
    <message>
        <source>Its text was not found when the article changed.</source>
        <translation>Ihr Text wurde bei einer Änderung des Artikels nicht gefunden.</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>Neue Entität</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Entität bearbeiten</translation>
    </message>
    <message>
        <source>An entity keeps the type its mentions were tagged with.</source>
        <translation>Eine Entität behält den Typ, mit dem ihre Erwähnungen ausgezeichnet wurden.</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Einer pro Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>Aliasse, einer pro Zeile</translation>
    </message>
    <message>
        <source>Wikidata id</source>
        <translation>Wikidata-ID</translation>
    </message>
    <message>
        <source>Q followed by digits, or empty</source>
        <translation>Q gefolgt von Ziffern, oder leer</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save the entity</source>
        <translation>Entität speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>A&amp;liasse:</translation>
    </message>
    <message>
        <source>&amp;Wikidata:</source>
        <translation>&amp;Wikidata:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>Eine Entität braucht einen Namen.</translation>
    </message>
    <message>
        <source>The project has no entity label to give this entity a type.</source>
        <translation>Das Projekt hat kein Entitäts-Label, das dieser Entität einen Typ geben könnte.</translation>
    </message>
    <message>
        <source>A Wikidata id is the letter Q followed by digits, such as Q90.</source>
        <translation>Eine Wikidata-ID besteht aus dem Buchstaben Q, gefolgt von Ziffern, etwa Q90.</translation>
    </message>
    <message>
        <source>The URL must be a web address starting with https:// or http://.</source>
        <translation>Die URL muss eine Webadresse sein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Entitäten zusammenführen</translation>
    </message>
    <message>
        <source>The mentions of one entity move to the other, and its name and aliases become aliases of the one kept. Which one is kept?</source>
        <translation>Die Erwähnungen der einen Entität gehen auf die andere über, und ihr Name und ihre Aliasse werden zu Aliassen der behaltenen Entität. Welche soll behalten werden?</translation>
    </message>
    <message numerus="yes">
        <source>Keep “%1” (%Ln mention(s))</source>
        <translation>
            <numerusform>„%1“ behalten (%Ln Erwähnung)</numerusform>
            <numerusform>„%1“ behalten (%Ln Erwähnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the two entities</source>
        <translation>Die beiden Entitäten zusammenführen</translation>
    </message>
    <message>
        <source>They have different types: the kept entity keeps its own, and each mention keeps the label it was tagged with.</source>
        <translation>Sie haben unterschiedliche Typen: Die behaltene Entität behält ihren eigenen, und jede Erwähnung behält das Label, mit dem sie ausgezeichnet wurde.</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Entities with their mentions in this article. Enter shows a mention; Ins makes an entity of selected mentions, F2 edits, Ctrl+M merges two, Ctrl+T tags every occurrence, Del deletes.</source>
        <translation>Entitäten mit ihren Erwähnungen in diesem Artikel. Enter zeigt eine Erwähnung; Einfg macht aus den ausgewählten Erwähnungen eine Entität, F2 bearbeitet, Strg+M führt zwei zusammen, Strg+T zeichnet jedes Vorkommen aus, Entf löscht.</translation>
    </message>
    <message>
        <source>Filter entities by name or alias</source>
        <translation>Entitäten nach Name oder Alias filtern</translation>
    </message>
    <message>
        <source>Filter by name or alias…</source>
        <translation>Nach Name oder Alias filtern…</translation>
    </message>
    <message>
        <source>Entity actions</source>
        <translation>Aktionen für Entitäten</translation>
    </message>
    <message>
        <source>&amp;New Entity…</source>
        <translation>&amp;Neue Entität…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Make an entity of the selected mentions</source>
        <translation>Aus den ausgewählten Erwähnungen eine Entität machen</translation>
    </message>
    <message>
        <source>&amp;Edit Entity…</source>
        <translation>Entität &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Rename the entity, edit its aliases and links</source>
        <translation>Entität umbenennen, ihre Aliasse und Links bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Merge Entities…</source>
        <translation>Entitäten &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the two selected entities into one</source>
        <translation>Die beiden ausgewählten Entitäten zu einer zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Tag All Occurrences</source>
        <translation>Alle &amp;Vorkommen auszeichnen</translation>
    </message>
    <message>
        <source>Tag All</source>
        <translation>Alle auszeichnen</translation>
    </message>
    <message>
        <source>Tag every occurrence of the entity&apos;s name and aliases in this article</source>
        <translation>Jedes Vorkommen des Namens und der Aliasse der Entität in diesem Artikel auszeichnen</translation>
    </message>
    <message>
        <source>&amp;Delete Entity</source>
        <translation>Entität &amp;löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entities; their mentions stay, unlinked</source>
        <translation>Ausgewählte Entitäten löschen; ihre Erwähnungen bleiben unverknüpft erhalten</translation>
    </message>
    <message>
        <source>The entities could not be read: %1</source>
        <translation>Die Entitäten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not linked to an entity</source>
        <translation>Nicht mit einer Entität verknüpft</translation>
    </message>
    <message>
        <source>Mentions tagged with an entity label but not linked to an entity yet: select some and press Ins to make them an entity.</source>
        <translation>Erwähnungen, die mit einem Entitäts-Label ausgezeichnet, aber noch nicht mit einer Entität verknüpft sind: Wählen Sie einige aus und drücken Sie Einfg, um daraus eine Entität zu machen.</translation>
    </message>
    <message>
        <source>No entities yet. Tag a name in the article (1, 2 or 3), select it here and press Ins to make it an entity.</source>
        <translation>Noch keine Entitäten. Zeichnen Sie einen Namen im Artikel aus (1, 2 oder 3), wählen Sie ihn hier aus und drücken Sie Einfg, um daraus eine Entität zu machen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) not linked</source>
        <translation>
            <numerusform>%Ln Erwähnung nicht verknüpft</numerusform>
            <numerusform>%Ln Erwähnungen nicht verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show in Article</source>
        <translation>Im Artikel &amp;anzeigen</translation>
    </message>
    <message>
        <source>Entity “%1” created.</source>
        <translation>Entität „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Entity “%1” saved.</source>
        <translation>Entität „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”.</source>
        <translation>„%1“ in „%2“ zusammengeführt.</translation>
    </message>
    <message>
        <source>Entity “%1” deleted; its mentions stay. Ctrl+Z brings it back.</source>
        <translation>Entität „%1“ gelöscht; ihre Erwähnungen bleiben erhalten. Strg+Z stellt sie wieder her.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities deleted; their mentions stay. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln Entität gelöscht; ihre Erwähnungen bleiben erhalten. Strg+Z stellt sie wieder her.</numerusform>
            <numerusform>%Ln Entitäten gelöscht; ihre Erwähnungen bleiben erhalten. Strg+Z stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag all occurrences of “%1”</source>
        <translation>Alle Vorkommen von „%1“ auszeichnen</translation>
    </message>
    <message>
        <source>No untagged occurrence of “%1” in this article.</source>
        <translation>Kein nicht ausgezeichnetes Vorkommen von „%1“ in diesem Artikel.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s) of “%1” tagged.</source>
        <translation>
            <numerusform>%Ln Vorkommen von „%1“ ausgezeichnet.</numerusform>
            <numerusform>%Ln Vorkommen von „%1“ ausgezeichnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entity(ies)</source>
        <translation>
            <numerusform>%Ln Entität</numerusform>
            <numerusform>%Ln Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln entity(ies)</source>
        <translation>
            <numerusform>%Ln Entität löschen</numerusform>
            <numerusform>%Ln Entitäten löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;This article</source>
        <translation>&amp;Dieser Artikel</translation>
    </message>
    <message>
        <source>&amp;All articles</source>
        <translation>&amp;Alle Artikel</translation>
    </message>
    <message>
        <source>Labels to export</source>
        <translation>Zu exportierende Labels</translation>
    </message>
    <message>
        <source>Start with a byte order &amp;mark (for spreadsheets that need one)</source>
        <translation>Mit Byte-Order-&amp;Mark beginnen (für Tabellenkalkulationen, die eine benötigen)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Faktenprüfer</translation>
    </message>
    <message>
        <source>Who publishes the reviews</source>
        <translation>Wer die Faktenchecks veröffentlicht</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>Seite der Faktenchecks</translation>
    </message>
    <message>
        <source>https://… the page the reviews are on</source>
        <translation>https://… die Seite, auf der die Faktenchecks stehen</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>Fakten&amp;prüfer:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>Als PDF d&amp;rucken…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Preview (the start of what is written):</source>
        <translation>Vorschau (der Anfang dessen, was geschrieben wird):</translation>
    </message>
    <message>
        <source>Choose at least one label to export.</source>
        <translation>Wählen Sie mindestens ein Label zum Exportieren aus.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: %Ln annotation(s).</source>
        <translation>
            <numerusform>Vorschau von %1: %Ln Annotation.</numerusform>
            <numerusform>Vorschau von %1: %Ln Annotationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Nicht gedruckt: %1</translation>
    </message>
    <message>
        <source>Not printed: %1 could not be written.</source>
        <translation>Nicht gedruckt: %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>In %1 gedruckt.</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Als PDF drucken</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>(Shown indented; the file is compact.)</source>
        <translation>(Eingerückt dargestellt; die Datei ist kompakt.)</translation>
    </message>
    <message>
        <source>Re&amp;view page:</source>
        <translation>&amp;Seite der Faktenchecks:</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln annotation(s).</source>
        <translation>
            <numerusform>Vorschau: %Ln Annotation.</numerusform>
            <numerusform>Vorschau: %Ln Annotationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) cannot be written in this format, e.g. %1</source>
        <translation>
            <numerusform>%Ln Annotation kann in diesem Format nicht geschrieben werden, z. B. %1</numerusform>
            <numerusform>%Ln Annotationen können in diesem Format nicht geschrieben werden, z. B. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln Annotation</numerusform>
            <numerusform>%Ln Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1: %2.</source>
        <translation>Nach %1 geschrieben: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) could not be written in this format:</source>
        <translation>
            <numerusform>%Ln Annotation konnte in diesem Format nicht geschrieben werden:</numerusform>
            <numerusform>%Ln Annotationen konnten in diesem Format nicht geschrieben werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingCard</name>
    <message>
        <source>note</source>
        <extracomment>A finding&apos;s severity, after its category on the card: &quot;Spelling · minor&quot;.</extracomment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>minor</source>
        <extracomment>A finding&apos;s severity, after its category on the card: &quot;Spelling · minor&quot;.</extracomment>
        <translation>geringfügig</translation>
    </message>
    <message>
        <source>major</source>
        <extracomment>A finding&apos;s severity, after its category on the card: &quot;Spelling · major&quot;.</extracomment>
        <translation>schwer</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Befunddetails</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>„%1“ kopieren</translation>
    </message>
    <message>
        <source>Copy the suggestion; Marginalia never changes the article.</source>
        <translation>Den Vorschlag kopieren; Marginalia verändert den Artikel nie.</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Vorschläge werden gesucht…</translation>
    </message>
    <message>
        <source>Accept as MT Error</source>
        <translation>Als MÜ-Fehler übernehmen</translation>
    </message>
    <message>
        <source>Record it as a translation error (%1) in the project.</source>
        <translation>Als Übersetzungsfehler (%1) im Projekt erfassen.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Do not show this finding again in this article.</source>
        <translation>Diesen Befund in diesem Artikel nicht mehr anzeigen.</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Accept “%1” in every article of this project.</source>
        <translation>„%1“ in jedem Artikel dieses Projekts akzeptieren.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingsModel</name>
    <message>
        <source>%1 — “%2”</source>
        <extracomment>A line of the Findings list: the finding&apos;s category, then the text it is about.</extracomment>
        <translation>%1 — „%2“</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingsPage</name>
    <message>
        <source>Kinds of findings shown</source>
        <translation>Angezeigte Befundarten</translation>
    </message>
    <message>
        <source>MQM category: %1</source>
        <translation>MQM-Kategorie: %1</translation>
    </message>
    <message>
        <source>&amp;Show these kinds of findings:</source>
        <translation>&amp;Diese Befundarten anzeigen:</translation>
    </message>
    <message>
        <source>Hidden kinds are still checked; they are left out of the article, the Findings panel and Next Finding (F8).</source>
        <translation>Ausgeblendete Arten werden weiterhin geprüft; sie werden im Artikel, in der Leiste „Befunde“ und bei „Nächster Befund“ (F8) ausgelassen.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Hinweis</numerusform>
            <numerusform>%Ln Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>F8 / Shift+F8: next / previous</source>
        <translation>F8 / Umschalt+F8: nächster / vorheriger</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::HeatStrip</name>
    <message>
        <source>Overview of findings and annotations</source>
        <translation>Übersicht über Befunde und Annotationen</translation>
    </message>
    <message>
        <source>Left: the checker&apos;s findings; right: annotations; the frame is the part on screen. Click to go there.</source>
        <translation>Links: die Befunde der Prüfung; rechts: Annotationen; der Rahmen zeigt den sichtbaren Teil. Klicken, um dorthin zu springen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln Befund</numerusform>
            <numerusform>%Ln Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln Annotation</numerusform>
            <numerusform>%Ln Annotationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::LabelSchemaEditor</name>
    <message>
        <source>Kind of “%1”</source>
        <translation>Art von „%1“</translation>
    </message>
    <message>
        <source>Key of “%1”</source>
        <translation>Taste von „%1“</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Keine Taste</translation>
    </message>
    <message>
        <source>%1 (from “%2”)</source>
        <translation>%1 (von „%2“)</translation>
    </message>
    <message>
        <source>Style of “%1”</source>
        <translation>Stil von „%1“</translation>
    </message>
    <message>
        <source>Name of “%1”</source>
        <translation>Name von „%1“</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Neues Label</translation>
    </message>
    <message>
        <source>New label %1</source>
        <translation>Neues Label %1</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Ein Label hinzufügen</translation>
    </message>
    <message>
        <source>Add a label (Ins)</source>
        <translation>Ein Label hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Choose the label&apos;s colour</source>
        <translation>Farbe des Labels wählen</translation>
    </message>
    <message>
        <source>Choose the current label&apos;s colour (Enter on its colour)</source>
        <translation>Farbe des aktuellen Labels wählen (Enter auf seiner Farbe)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the label</source>
        <translation>Label entfernen</translation>
    </message>
    <message>
        <source>Remove the current label, if no annotation uses it (Del)</source>
        <translation>Aktuelles Label entfernen, sofern keine Annotation es verwendet (Entf)</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>Label entfernen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Wiederhergestellt: %1.</translation>
    </message>
    <message>
        <source>Added “%1”: type its name and press Enter.</source>
        <translation>„%1“ hinzugefügt: Geben Sie seinen Namen ein und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>Choose the label to remove first.</source>
        <translation>Wählen Sie zuerst das zu entfernende Label aus.</translation>
    </message>
    <message>
        <source>Removed “%1”. Ctrl+Z brings it back.</source>
        <translation>„%1“ entfernt. Strg+Z stellt es wieder her.</translation>
    </message>
    <message>
        <source>Choose the label to colour first.</source>
        <translation>Wählen Sie zuerst das Label aus, dessen Farbe geändert werden soll.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Add &amp;Label</source>
        <translation>Label &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::LabelSchemaModel</name>
    <message>
        <source>The label&apos;s name, unique in the project (F2 to rename)</source>
        <translation>Der Name des Labels, eindeutig im Projekt (F2 zum Umbenennen)</translation>
    </message>
    <message>
        <source>What the label records: an entity, a claim, an MT error or a highlight. It cannot change while annotations use the label.</source>
        <translation>Was das Label erfasst: eine Entität, eine Behauptung, einen MÜ-Fehler oder eine Hervorhebung. Die Art kann nicht geändert werden, solange Annotationen das Label verwenden.</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>Enter or double-click to choose another colour</source>
        <translation>Enter oder Doppelklick, um eine andere Farbe zu wählen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Keine Taste</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>The key that tags the selection with this label (1 to 9). A key another label has moves here.</source>
        <translation>Die Taste, die die Auswahl mit diesem Label auszeichnet (1 bis 9). Eine Taste, die ein anderes Label hat, wechselt hierher.</translation>
    </message>
    <message>
        <source>How the article shows the label: a fill, a line under the text or a box. Labels drawn differently stay visible where they overlap.</source>
        <translation>Wie der Artikel das Label darstellt: als Füllung, als Linie unter dem Text oder als Rahmen. Unterschiedlich dargestellte Labels bleiben sichtbar, wo sie sich überlappen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Key %1 now tags “%2”; “%3” has no key.</source>
        <translation>Taste %1 zeichnet jetzt als „%2“ aus; „%3“ hat keine Taste.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MainWindow</name>
    <message>
        <source>Article metadata</source>
        <translation>Artikel-Metadaten</translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation>An anderem Ort speichern…</translation>
    </message>
    <message>
        <source>Save the project, with the changes not saved yet, to another file</source>
        <translation>Das Projekt mit den noch nicht gespeicherten Änderungen in eine andere Datei speichern</translation>
    </message>
    <message>
        <source>Project: %1 (read-only)</source>
        <translation>Projekt: %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln Annotation gelöscht. Strg+Z stellt sie wieder her.</numerusform>
            <numerusform>%Ln Annotationen gelöscht. Strg+Z stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>MQM</source>
        <translation>MQM</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Saved as %1. Work goes on in this file.</source>
        <translation>Als %1 gespeichert. Die Arbeit wird in dieser Datei fortgesetzt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Article…</source>
        <translation>&amp;Artikel öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a Folder of Articles</source>
        <translation>Ordner mit Artikeln öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>Annotationen &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>Annotationen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Select &amp;Sentence</source>
        <translation>&amp;Satz auswählen</translation>
    </message>
    <message>
        <source>Extend Selection to Next Sentence</source>
        <translation>Auswahl bis zum nächsten Satz erweitern</translation>
    </message>
    <message>
        <source>Extend Selection to Previous Sentence</source>
        <translation>Auswahl bis zum vorherigen Satz erweitern</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>A&amp;uszeichnen</translation>
    </message>
    <message>
        <source>&amp;Remove Tags at Caret</source>
        <translation>Auszeichnungen am Cursor &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Edit Labels…</source>
        <translation>Labels &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>&amp;Nächster Befund</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>&amp;Vorheriger Befund</translation>
    </message>
    <message>
        <source>&amp;Explain Finding at Caret</source>
        <translation>Befund am Cursor &amp;erklären</translation>
    </message>
    <message>
        <source>Check &amp;All Articles</source>
        <translation>&amp;Alle Artikel prüfen</translation>
    </message>
    <message>
        <source>Check every article of the project and count its open findings in the Articles panel</source>
        <translation>Jeden Artikel des Projekts prüfen und seine offenen Befunde in der Leiste „Artikel“ zählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Findings Panel</source>
        <translation>Leiste „&amp;Befunde“</translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation>Leiste „&amp;Annotationen“</translation>
    </message>
    <message>
        <source>A&amp;rticles Panel</source>
        <translation>Leiste „A&amp;rtikel“</translation>
    </message>
    <message>
        <source>&amp;Claims Panel</source>
        <translation>Leiste „Be&amp;hauptungen“</translation>
    </message>
    <message>
        <source>&amp;Entities Panel</source>
        <translation>Leiste „&amp;Entitäten“</translation>
    </message>
    <message>
        <source>&amp;MQM Score Panel</source>
        <translation>Leiste „&amp;MQM-Bewertung“</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>The Ar&amp;ticle Text</source>
        <translation>Artikel&amp;text</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <source>&amp;Edit What Is at the Caret (Enter)</source>
        <translation>Element am Cursor &amp;bearbeiten (Enter)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Configure Marginalia…</source>
        <translation>Marginalia &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>&amp;Über Marginalia</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Document &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dokument &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Language: %1 (%2)</source>
        <translation>Sprache: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (read-only) — Marginalia</source>
        <translation>%1 (schreibgeschützt) — Marginalia</translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Als %1 auszeichnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln Befund</numerusform>
            <numerusform>%Ln Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dictionary: %1</source>
        <translation>Wörterbuch: %1</translation>
    </message>
    <message>
        <source>No annotation to go to: select text and press a label&apos;s key (1–9).</source>
        <translation>Keine Annotation zum Anspringen: Text auswählen und die Taste eines Labels drücken (1–9).</translation>
    </message>
    <message>
        <source>Select the text the annotation belongs to, then place it.</source>
        <translation>Den Text auswählen, zu dem die Annotation gehört, und sie dann platzieren.</translation>
    </message>
    <message>
        <source>Placed. Ctrl+Z undoes it.</source>
        <translation>Platziert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>No finding at the caret. F8 goes to the next one.</source>
        <translation>Kein Befund am Cursor. F8 springt zum nächsten.</translation>
    </message>
    <message>
        <source>“%1” saved as an MT error (%2). Ctrl+Z undoes it.</source>
        <translation>„%1“ als MÜ-Fehler gespeichert (%2). Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>„%1“ kopieren</translation>
    </message>
    <message>
        <source>Accept as MT Error</source>
        <translation>Als MÜ-Fehler übernehmen</translation>
    </message>
    <message>
        <source>Ignore This Finding</source>
        <translation>Diesen Befund ignorieren</translation>
    </message>
    <message>
        <source>Add “%1” to the Project Dictionary</source>
        <translation>„%1“ zum Projektwörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>All changes are saved.</source>
        <translation>Alle Änderungen sind gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not saved yet, retrying…</source>
        <translation>
            <numerusform>%Ln Änderung noch nicht gespeichert, neuer Versuch…</numerusform>
            <numerusform>%Ln Änderungen noch nicht gespeichert, neuer Versuch…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes cannot be saved</source>
        <translation>Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 does not take changes at the moment.</source>
        <translation>%1 nimmt derzeit keine Änderungen an.</translation>
    </message>
    <message>
        <source>%1

Your changes are kept in memory and Marginalia tries again every few seconds. Free some space or fix the file&apos;s permissions, or save the project elsewhere now.</source>
        <translation>%1

Ihre Änderungen werden im Speicher gehalten, und Marginalia versucht es alle paar Sekunden erneut. Geben Sie Speicherplatz frei, korrigieren Sie die Zugriffsrechte der Datei oder speichern Sie das Projekt jetzt an einem anderen Ort.</translation>
    </message>
    <message>
        <source>Keep Trying</source>
        <translation>Weiter versuchen</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>-copy</source>
        <extracomment>Appended to a project&apos;s file name to propose the name of its copy.</extracomment>
        <translation>-Kopie</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia-Projekte (*.marginalia)</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Das Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not there any more; it was taken off the recent list.</source>
        <translation>%1 ist nicht mehr vorhanden und wurde aus der Liste „Zuletzt geöffnet“ entfernt.</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Der Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No recent articles or folders</source>
        <translation>Keine zuletzt geöffneten Artikel oder Ordner</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>No article files (.txt, .md, .html) there.</source>
        <translation>Dort gibt es keine Artikeldateien (.txt, .md, .html).</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Artikel werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) added</source>
        <translation>
            <numerusform>%Ln Artikel hinzugefügt</numerusform>
            <numerusform>%Ln Artikel hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read.</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht gelesen werden.</numerusform>
            <numerusform>%Ln Dateien konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to edit at the caret: Enter edits a claim or an MT error, or explains a finding.</source>
        <translation>Am Cursor gibt es nichts zu bearbeiten: Enter bearbeitet eine Behauptung oder einen MÜ-Fehler oder erklärt einen Befund.</translation>
    </message>
    <message>
        <source>Checking all articles</source>
        <translation>Alle Artikel werden geprüft</translation>
    </message>
    <message>
        <source>Checking %v of %m</source>
        <extracomment>A progress bar&apos;s text: %v is the number of articles checked, %m how many there are.</extracomment>
        <translation>Artikel %v von %m wird geprüft</translation>
    </message>
    <message>
        <source>Stop checking (what was counted stays)</source>
        <translation>Prüfung anhalten (bereits Gezähltes bleibt erhalten)</translation>
    </message>
    <message numerus="yes">
        <source>Checking stopped: %1 of %Ln article(s) checked.</source>
        <translation>
            <numerusform>Prüfung angehalten: %1 von %Ln Artikel geprüft.</numerusform>
            <numerusform>Prüfung angehalten: %1 von %Ln Artikeln geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) checked: see the Issues column of the Articles panel.</source>
        <translation>
            <numerusform>%Ln Artikel geprüft: siehe Spalte „Befunde“ in der Leiste „Artikel“.</numerusform>
            <numerusform>%Ln Artikel geprüft: siehe Spalte „Befunde“ in der Leiste „Artikel“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import What Can Be Read</source>
        <translation>Lesbares importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln Annotation importiert</numerusform>
            <numerusform>%Ln Annotationen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a passage first, then press the label&apos;s key.</source>
        <translation>Zuerst eine Textstelle auswählen, dann die Taste des Labels drücken.</translation>
    </message>
    <message>
        <source>Tagged and saved.</source>
        <translation>Auszeichnung gespeichert.</translation>
    </message>
    <message>
        <source>No tag at the caret.</source>
        <translation>Keine Auszeichnung am Cursor.</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>Über Marginalia</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Read machine-translated news, see what the translation broke, and annotate it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Spell backend:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Dictionary:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Language:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Project file:&lt;/b&gt; %5&lt;br&gt;Qt %6 · SQLite %7&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Maschinell übersetzte Nachrichten lesen, erkennen, was die Übersetzung beschädigt hat, und annotieren.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rechtschreib-Backend:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Wörterbuch:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Sprache:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Projektdatei:&lt;/b&gt; %5&lt;br&gt;Qt %6 · SQLite %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(not loaded yet)</source>
        <translation>(noch nicht geladen)</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s) of stored articles</source>
        <translation>
            <numerusform>%Ln neue Version gespeicherter Artikel</numerusform>
            <numerusform>%Ln neue Versionen gespeicherter Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) already in the project</source>
        <translation>
            <numerusform>%Ln Artikel bereits im Projekt</numerusform>
            <numerusform>%Ln Artikel bereits im Projekt</numerusform>
        </translation>
    </message>
    <message>
        <source>Import canceled: %1.</source>
        <translation>Import abgebrochen: %1.</translation>
    </message>
    <message>
        <source>Import: %1.</source>
        <translation>Import: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) added</source>
        <translation>
            <numerusform>%Ln Entität hinzugefügt</numerusform>
            <numerusform>%Ln Entitäten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) already known</source>
        <translation>
            <numerusform>%Ln Entität bereits bekannt</numerusform>
            <numerusform>%Ln Entitäten bereits bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln Zeile übersprungen</numerusform>
            <numerusform>%Ln Zeilen übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MqmPanel</name>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Geringfügig</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>MQM quality score</source>
        <translation>MQM-Qualitätsbewertung</translation>
    </message>
    <message>
        <source>MQM score details</source>
        <translation>Details der MQM-Bewertung</translation>
    </message>
    <message>
        <source>MQM weights</source>
        <translation>MQM-Gewichtung</translation>
    </message>
    <message>
        <source>MQM default (1 / 5 / 25)</source>
        <translation>MQM-Standard (1 / 5 / 25)</translation>
    </message>
    <message>
        <source>WMT 2021 (minor punctuation 0.1)</source>
        <translation>WMT 2021 (geringfügige Zeichensetzung 0,1)</translation>
    </message>
    <message>
        <source>Penalty per error: Neutral 0, Minor 1, Major 5, Critical 25. WMT 2021 also counts a minor punctuation error as 0.1 and a non-translation as 25.</source>
        <translation>Strafpunkte pro Fehler: Neutral 0, Geringfügig 1, Schwer 5, Kritisch 25. WMT 2021 zählt außerdem einen geringfügigen Zeichensetzungsfehler mit 0,1 und eine Nichtübersetzung mit 25.</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>MT errors by MQM dimension and severity</source>
        <translation>MÜ-Fehler nach MQM-Dimension und Schweregrad</translation>
    </message>
    <message>
        <source>MT errors by dimension</source>
        <translation>MÜ-Fehler nach Dimension</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Strafpunkte</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Kein Artikel</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source>The article has no words to score.</source>
        <translation>Der Artikel enthält keine Wörter, die bewertet werden könnten.</translation>
    </message>
    <message>
        <source>Quality %1</source>
        <translation>Qualität %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed MT error(s) in %1 words</source>
        <translation>
            <numerusform>%Ln bestätigter MÜ-Fehler in %1 Wörtern</numerusform>
            <numerusform>%Ln bestätigte MÜ-Fehler in %1 Wörtern</numerusform>
        </translation>
    </message>
    <message>
        <source>Penalty %1 · %2 per 1,000 words</source>
        <translation>Strafpunkte %1 · %2 pro 1.000 Wörter</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln critical error(s): the article fails, whatever its score.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln kritischer Fehler: Der Artikel fällt durch, unabhängig von seiner Bewertung.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln kritische Fehler: Der Artikel fällt durch, unabhängig von seiner Bewertung.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checker issue(s) not confirmed: they do not count until accepted.</source>
        <translation>
            <numerusform>%Ln Befund der Prüfung nicht bestätigt: Er zählt erst, wenn er übernommen wird.</numerusform>
            <numerusform>%Ln Befunde der Prüfung nicht bestätigt: Sie zählen erst, wenn sie übernommen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>(1 − penalty / words) × 100, themqm.org&apos;s linear model; 100 is a translation without confirmed errors.</source>
        <translation>(1 − Strafpunkte / Wörter) × 100, das lineare Modell von themqm.org; 100 ist eine Übersetzung ohne bestätigte Fehler.</translation>
    </message>
    <message>
        <source>No confirmed MT errors yet: tag one (8) or accept a finding.</source>
        <translation>Noch keine bestätigten MÜ-Fehler: Zeichnen Sie einen aus (8) oder übernehmen Sie einen Befund.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <extracomment>An MT error in the MQM tree: the text it is about, then its MQM category.</extracomment>
        <translation>„%1“ — %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MtErrorEditor</name>
    <message>
        <source>&amp;Neutral</source>
        <translation>&amp;Neutral</translation>
    </message>
    <message>
        <source>M&amp;inor</source>
        <translation>Ge&amp;ringfügig</translation>
    </message>
    <message>
        <source>M&amp;ajor</source>
        <translation>&amp;Schwer</translation>
    </message>
    <message>
        <source>C&amp;ritical</source>
        <translation>&amp;Kritisch</translation>
    </message>
    <message>
        <source>Worth noting, costs nothing (preferential change)</source>
        <translation>Erwähnenswert, kostet nichts (präferenzielle Änderung)</translation>
    </message>
    <message>
        <source>Noticeable, but the meaning survives (1 point)</source>
        <translation>Auffällig, aber der Sinn bleibt erhalten (1 Punkt)</translation>
    </message>
    <message>
        <source>Changes the meaning or seriously hurts the reading (5 points)</source>
        <translation>Verändert den Sinn oder beeinträchtigt das Lesen erheblich (5 Punkte)</translation>
    </message>
    <message>
        <source>Could mislead or do harm; fails the article (25 points)</source>
        <translation>Könnte irreführen oder schaden; der Artikel fällt durch (25 Punkte)</translation>
    </message>
    <message>
        <source>MT Error</source>
        <translation>MÜ-Fehler</translation>
    </message>
    <message>
        <source>MQM category</source>
        <translation>MQM-Kategorie</translation>
    </message>
    <message>
        <source>The MQM &quot;Dimension/Type&quot; of the error (WMT typology); type to find one</source>
        <translation>Die MQM-Angabe „Dimension/Typ“ des Fehlers (WMT-Typologie); zum Suchen tippen</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>What the translation should say (optional)</source>
        <translation>Was die Übersetzung aussagen sollte (optional)</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>C&amp;orrection:</source>
        <translation>K&amp;orrektur:</translation>
    </message>
    <message>
        <source>Confirmed from the checker&apos;s finding &lt;code&gt;%1&lt;/code&gt;.</source>
        <translation>Aus dem Befund &lt;code&gt;%1&lt;/code&gt; der Prüfung bestätigt.</translation>
    </message>
    <message>
        <source>Choose the MQM category of the error (&quot;Other&quot; when none fits).</source>
        <translation>Wählen Sie die MQM-Kategorie des Fehlers („Other“, wenn keine passt).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PreferencesDialog</name>
    <message>
        <source>Configure — Marginalia</source>
        <translation>Einrichten — Marginalia</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Put every page back to the defaults; Apply or OK keeps them</source>
        <translation>Alle Seiten auf die Standardwerte zurücksetzen; mit „Anwenden“ oder „OK“ werden sie übernommen</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Aktion oder Taste suchen…</translation>
    </message>
    <message>
        <source>In the %1 panel</source>
        <translation>In der Leiste „%1“</translation>
    </message>
    <message>
        <source>In the article and the panels</source>
        <translation>Im Artikel und in den Leisten</translation>
    </message>
    <message>
        <source>Next / previous annotation (in the article)</source>
        <translation>Nächste / vorherige Annotation (im Artikel)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Edit the claim at the caret, or explain the finding there</source>
        <translation>Behauptung am Cursor bearbeiten oder den Befund dort erklären</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move the caret; select word by word</source>
        <translation>Cursor bewegen; wortweise auswählen</translation>
    </message>
    <message>
        <source>Arrows; Shift+Ctrl+Left/Right</source>
        <translation>Pfeiltasten; Umschalt+Strg+Links/Rechts</translation>
    </message>
    <message>
        <source>Select exactly what the keys cover</source>
        <translation>Genau das auswählen, was die Tasten überstreichen</translation>
    </message>
    <message>
        <source>Shift+arrows</source>
        <translation>Umschalt+Pfeiltasten</translation>
    </message>
    <message>
        <source>Select exact characters with the mouse (no snapping to words)</source>
        <translation>Mit der Maus zeichengenau auswählen (ohne Einrasten an Wortgrenzen)</translation>
    </message>
    <message>
        <source>Ctrl+drag</source>
        <translation>Strg+Ziehen</translation>
    </message>
    <message>
        <source>Leave the article for the next panel</source>
        <translation>Vom Artikel zur nächsten Leiste wechseln</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Strg+Tab</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Annotations panel)</source>
        <translation>Ausgewählte Annotationen löschen (Leiste „Annotationen“)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Go to the selected row (any panel)</source>
        <translation>Zur ausgewählten Zeile springen (jede Leiste)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SpellingPage</name>
    <message>
        <source>An article whose last line names its language, such as “fr-02”, is checked in that language. For the other articles:</source>
        <translation>Ein Artikel, dessen letzte Zeile seine Sprache nennt, etwa „fr-02“, wird in dieser Sprache geprüft. Für die anderen Artikel:</translation>
    </message>
    <message>
        <source>&amp;Guess the language from the text</source>
        <translation>Sprache aus dem Text &amp;erraten</translation>
    </message>
    <message>
        <source>Guess the language from the text</source>
        <translation>Sprache aus dem Text erraten</translation>
    </message>
    <message>
        <source>&amp;Use this dictionary:</source>
        <translation>&amp;Dieses Wörterbuch verwenden:</translation>
    </message>
    <message>
        <source>Use this dictionary</source>
        <translation>Dieses Wörterbuch verwenden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dictionary for articles that do not name their language</source>
        <translation>Wörterbuch für Artikel, die ihre Sprache nicht nennen</translation>
    </message>
    <message>
        <source>No dictionary is installed, so spelling is not checked. Debian&apos;s hunspell-* packages bring them.</source>
        <translation>Es ist kein Wörterbuch installiert, daher wird die Rechtschreibung nicht geprüft. Die Debian-Pakete hunspell-* stellen Wörterbücher bereit.</translation>
    </message>
    <message numerus="yes">
        <source>Spell checking by %1, with %Ln dictionaries installed.</source>
        <translation>
            <numerusform>Rechtschreibprüfung mit %1, %Ln Wörterbuch installiert.</numerusform>
            <numerusform>Rechtschreibprüfung mit %1, %Ln Wörterbücher installiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>KDE Sonnet</source>
        <translation>KDE Sonnet</translation>
    </message>
    <message>
        <source>Hunspell</source>
        <translation>Hunspell</translation>
    </message>
</context>
<context>
    <name>ProjectBackups</name>
    <message>
        <source>the copy does not pass quick_check: %1</source>
        <translation>die Kopie besteht quick_check nicht: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>die Kopie konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot back up the project: %1</source>
        <translation>Das Projekt kann nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>Die Sicherung %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place of %2.</source>
        <translation>Die Sicherung %1 kann nicht an die Stelle von %2 gesetzt werden.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>%1 kann nicht zur Seite verschoben werden.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The project has no entity %1.</source>
        <translation>Das Projekt enthält keine Entität %1.</translation>
    </message>
    <message>
        <source>Cannot save the entity “%1”: %2</source>
        <translation>Die Entität „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The project has no note %1.</source>
        <translation>Das Projekt enthält keine Notiz %1.</translation>
    </message>
    <message>
        <source>Cannot save the note: %1</source>
        <translation>Die Notiz kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The project has no relation %1.</source>
        <translation>Das Projekt enthält keine Relation %1.</translation>
    </message>
    <message>
        <source>Cannot save the relation: %1</source>
        <translation>Die Relation kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save what was decided about the finding: %1</source>
        <translation>Die Entscheidung über den Befund kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the new version of the article: %1</source>
        <translation>Die neue Version des Artikels kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The article&apos;s metadata must be a JSON object.</source>
        <translation>Die Metadaten des Artikels müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Cannot save the label “%1”: %2</source>
        <translation>Das Label „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>It was moved to %1.</source>
        <translation>Es wurde nach %1 verschoben.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a Marginalia project (%2).</source>
        <translation>%1 ist kein Marginalia-Projekt (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application, not a Marginalia project.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung, kein Marginalia-Projekt.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Marginalia (schema %2; this version reads up to %3). It was not modified.</source>
        <translation>%1 wurde von einer neueren Version von Marginalia geschrieben (Schema %2; diese Version liest bis %3). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version&apos;s format; open it once for writing.</source>
        <translation>%1 muss auf das Format dieser Version aktualisiert werden; öffnen Sie die Datei einmal mit Schreibzugriff.</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>%1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the project %1: %2. It was left as it was.</source>
        <translation>Das Projekt %1 kann nicht aktualisiert werden: %2. Es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Cannot create the project %1: %2</source>
        <translation>Das Projekt %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is this project&apos;s own file.</source>
        <translation>%1 ist die eigene Datei dieses Projekts.</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Eine Kopie kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the article: %1</source>
        <translation>Der Artikel kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The article %1 does not have the text its SHA-256 names.</source>
        <translation>Der Artikel %1 hat nicht den Text, den seine SHA-256-Prüfsumme angibt.</translation>
    </message>
    <message>
        <source>Cannot save the article %1: %2</source>
        <translation>Der Artikel %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The project has no article %1.</source>
        <translation>Das Projekt enthält keinen Artikel %1.</translation>
    </message>
    <message>
        <source>The project has no annotation %1.</source>
        <translation>Das Projekt enthält keine Annotation %1.</translation>
    </message>
    <message>
        <source>Cannot save the annotation: %1</source>
        <translation>Die Annotation kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove the annotation: %1</source>
        <translation>Die Annotation kann nicht entfernt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>This label is still used by %Ln annotation(s) or entit(y/ies); remove them first.</source>
        <translation>
            <numerusform>Dieses Label wird noch von %Ln Annotation oder Entität verwendet; entfernen Sie sie zuerst.</numerusform>
            <numerusform>Dieses Label wird noch von %Ln Annotationen oder Entitäten verwendet; entfernen Sie diese zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains triggers or views that Marginalia does not make: it was not opened, and not modified.</source>
        <translation>%1 enthält Trigger oder Sichten, die Marginalia nicht anlegt: Die Datei wurde weder geöffnet noch verändert.</translation>
    </message>
    <message>
        <source>it was not closed properly and fails its integrity check</source>
        <translation>es wurde nicht ordnungsgemäß geschlossen und besteht die Integritätsprüfung nicht</translation>
    </message>
    <message>
        <source>SQLite cannot read it: %1</source>
        <translation>SQLite kann es nicht lesen: %1</translation>
    </message>
    <message>
        <source>the file was cut short: it ends inside a page</source>
        <translation>die Datei wurde abgeschnitten: sie endet mitten in einer Seite</translation>
    </message>
    <message>
        <source>the file is empty, but it has backups</source>
        <translation>die Datei ist leer, aber es gibt Sicherungen davon</translation>
    </message>
    <message>
        <source>The project %1 is damaged (%2).</source>
        <translation>Das Projekt %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>Es gibt keine Sicherung davon.</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>Die neueste Sicherung ist %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. It can be opened read-only.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt. Sie kann schreibgeschützt geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>“%1” has a capital in the middle of a sentence.</source>
        <translation>„%1“ hat mitten im Satz einen Großbuchstaben.</translation>
    </message>
    <message>
        <source>“%1 %2”: a capital inside the sentence and an article that should be elided.</source>
        <translation>„%1 %2“: ein Großbuchstabe mitten im Satz und ein Artikel, der elidiert werden sollte.</translation>
    </message>
    <message>
        <source>“%1” is written in lower case elsewhere in this article.</source>
        <translation>„%1“ wird an anderer Stelle in diesem Artikel kleingeschrieben.</translation>
    </message>
    <message>
        <source>A full stop is followed by “%1” in lower case: either the capital is missing or the full stop is stray and cuts a sentence in two.</source>
        <translation>Auf einen Punkt folgt „%1“ in Kleinschreibung: Entweder fehlt der Großbuchstabe, oder der Punkt ist überflüssig und teilt einen Satz in zwei.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is spelled “%2” elsewhere in this article (%Ln time(s)): the same name spelled two ways?</source>
        <translation>
            <numerusform>„%1“ wird an anderer Stelle in diesem Artikel „%2“ geschrieben (%Ln-mal): derselbe Name in zwei Schreibweisen?</numerusform>
            <numerusform>„%1“ wird an anderer Stelle in diesem Artikel „%2“ geschrieben (%Ln-mal): derselbe Name in zwei Schreibweisen?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: stray or doubled punctuation.</source>
        <translation>„%1“: überflüssiges oder doppeltes Satzzeichen.</translation>
    </message>
    <message>
        <source>No space goes before “%1”.</source>
        <translation>Vor „%1“ steht kein Leerzeichen.</translation>
    </message>
    <message>
        <source>A space is missing after “%1”.</source>
        <translation>Nach „%1“ fehlt ein Leerzeichen.</translation>
    </message>
    <message>
        <source>Several spaces in a row.</source>
        <translation>Mehrere Leerzeichen hintereinander.</translation>
    </message>
    <message>
        <source>Spaces at the start or end of the line.</source>
        <translation>Leerzeichen am Anfang oder Ende der Zeile.</translation>
    </message>
    <message>
        <source>No space goes just inside brackets.</source>
        <translation>Direkt innerhalb von Klammern steht kein Leerzeichen.</translation>
    </message>
    <message>
        <source>A space is missing outside this bracket.</source>
        <translation>Außerhalb dieser Klammer fehlt ein Leerzeichen.</translation>
    </message>
    <message>
        <source>“%1”: no space before the hyphen of an inverted pronoun.</source>
        <translation>„%1“: kein Leerzeichen vor dem Bindestrich eines nachgestellten Pronomens.</translation>
    </message>
    <message>
        <source>This paragraph ends without final punctuation.</source>
        <translation>Dieser Absatz endet ohne abschließendes Satzzeichen.</translation>
    </message>
    <message>
        <source>“%1” opens a quotation or bracket that is never closed.</source>
        <translation>Das Anführungszeichen oder die Klammer „%1“ wird nie geschlossen.</translation>
    </message>
    <message>
        <source>“%1” closes a quotation opened before this paragraph, or never opened.</source>
        <translation>„%1“ schließt ein Zitat, das vor diesem Absatz oder nie geöffnet wurde.</translation>
    </message>
    <message>
        <source>“%1” closes something that was never opened.</source>
        <translation>„%1“ schließt etwas, das nie geöffnet wurde.</translation>
    </message>
    <message>
        <source>French puts a (no-break) space before “%1”.</source>
        <translation>Im Französischen steht vor „%1“ ein (geschütztes) Leerzeichen.</translation>
    </message>
    <message>
        <source>French puts a no-break space after «.</source>
        <translation>Im Französischen steht nach « ein geschütztes Leerzeichen.</translation>
    </message>
    <message>
        <source>French puts a no-break space before ».</source>
        <translation>Im Französischen steht vor » ein geschütztes Leerzeichen.</translation>
    </message>
    <message numerus="yes">
        <source>This article mostly puts ordinary spaces before : ; ? ! (%Ln place(s)); French typography uses no-break spaces, so that the mark never starts a line.</source>
        <translation>
            <numerusform>Dieser Artikel setzt vor : ; ? ! meist normale Leerzeichen (%Ln Stelle); die französische Typografie verwendet geschützte Leerzeichen, damit das Zeichen nie am Zeilenanfang steht.</numerusform>
            <numerusform>Dieser Artikel setzt vor : ; ? ! meist normale Leerzeichen (%Ln Stellen); die französische Typografie verwendet geschützte Leerzeichen, damit das Zeichen nie am Zeilenanfang steht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article mostly puts ordinary spaces inside « » (%Ln place(s)); French typography uses no-break spaces, so that a guillemet never stands alone at a line&apos;s edge.</source>
        <translation>
            <numerusform>Dieser Artikel setzt innerhalb von « » meist normale Leerzeichen (%Ln Stelle); die französische Typografie verwendet geschützte Leerzeichen, damit ein Guillemet nie allein am Zeilenrand steht.</numerusform>
            <numerusform>Dieser Artikel setzt innerhalb von « » meist normale Leerzeichen (%Ln Stellen); die französische Typografie verwendet geschützte Leerzeichen, damit ein Guillemet nie allein am Zeilenrand steht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Elsewhere this article puts a no-break space here; this one is an ordinary space, so “%1” can end up alone at the edge of a line.</source>
        <translation>An anderen Stellen setzt dieser Artikel hier ein geschütztes Leerzeichen; dieses hier ist ein normales Leerzeichen, sodass „%1“ allein am Zeilenrand landen kann.</translation>
    </message>
    <message>
        <source>French typography puts a no-break space here, so that “%1” never ends up alone at the edge of a line.</source>
        <translation>Die französische Typografie setzt hier ein geschütztes Leerzeichen, damit „%1“ nie allein am Zeilenrand landet.</translation>
    </message>
    <message>
        <source>French separates a number from its unit with a (no-break) space: “%1”.</source>
        <translation>Im Französischen werden Zahl und Einheit durch ein (geschütztes) Leerzeichen getrennt: „%1“.</translation>
    </message>
    <message>
        <source>A no-break space keeps a number and its unit on one line: “%1”.</source>
        <translation>Ein geschütztes Leerzeichen hält Zahl und Einheit in einer Zeile zusammen: „%1“.</translation>
    </message>
    <message>
        <source>French groups the digits of a large number by three: “%1”.</source>
        <translation>Im Französischen werden die Ziffern großer Zahlen in Dreiergruppen gegliedert: „%1“.</translation>
    </message>
    <message>
        <source>“%1” is an accent sign, not an apostrophe.</source>
        <translation>„%1“ ist ein Akzentzeichen, kein Apostroph.</translation>
    </message>
    <message>
        <source>“%1” is elided: no space goes after its apostrophe.</source>
        <translation>„%1“ ist elidiert: Nach dem Apostroph steht kein Leerzeichen.</translation>
    </message>
    <message>
        <source>“%1”: one apostrophe is enough.</source>
        <translation>„%1“: Ein Apostroph genügt.</translation>
    </message>
    <message>
        <source>This article uses the typographic apostrophe ’ elsewhere; here it has a straight &apos;.</source>
        <translation>Dieser Artikel verwendet sonst den typografischen Apostroph ’; hier steht ein gerader &apos;.</translation>
    </message>
    <message>
        <source>No space goes before “%1” in this language.</source>
        <translation>In dieser Sprache steht vor „%1“ kein Leerzeichen.</translation>
    </message>
    <message>
        <source>“%1” is written twice.</source>
        <translation>„%1“ ist doppelt geschrieben.</translation>
    </message>
    <message>
        <source>This line repeats the start of the headline and stops: a truncated duplicate.</source>
        <translation>Diese Zeile wiederholt den Anfang der Überschrift und bricht ab: ein abgeschnittenes Duplikat.</translation>
    </message>
    <message>
        <source>This line repeats the start of another paragraph and stops: a truncated duplicate.</source>
        <translation>Diese Zeile wiederholt den Anfang eines anderen Absatzes und bricht ab: ein abgeschnittenes Duplikat.</translation>
    </message>
    <message>
        <source>“%1 %2” has lost its apostrophe: “%3”.</source>
        <translation>„%1 %2“ hat seinen Apostroph verloren: „%3“.</translation>
    </message>
    <message>
        <source>“%1” looks like one word broken in two: “%2”.</source>
        <translation>„%1“ scheint ein auseinandergerissenes Wort zu sein: „%2“.</translation>
    </message>
    <message>
        <source>“%1” is missing an accent: “%2”.</source>
        <translation>Bei „%1“ fehlt ein Akzent: „%2“.</translation>
    </message>
    <message>
        <source>“%1” looks like two words run together: “%2”.</source>
        <translation>„%1“ scheint aus zwei zusammengezogenen Wörtern zu bestehen: „%2“.</translation>
    </message>
    <message>
        <source>“%1” is not in the dictionary; did you mean “%2”?</source>
        <translation>„%1“ steht nicht im Wörterbuch; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>“%1” is not in the dictionary; it looks like a name. Tag it or add it to the project dictionary if it is spelled right.</source>
        <translation>„%1“ steht nicht im Wörterbuch; es scheint ein Name zu sein. Zeichnen Sie es aus oder fügen Sie es zum Projektwörterbuch hinzu, wenn es richtig geschrieben ist.</translation>
    </message>
    <message>
        <source>“%1” is not in the %2 dictionary.</source>
        <translation>„%1“ steht nicht im Wörterbuch %2.</translation>
    </message>
    <message>
        <source>“a %1”: before a place or a name this is usually the preposition “à”.</source>
        <translation>„a %1“: Vor einem Ort oder Namen ist dies meist die Präposition „à“.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>“%1” looks like words left untranslated: the dictionary for %2 knows them, this article&apos;s does not.</source>
        <translation>„%1“ sieht nach nicht übersetzten Wörtern aus: Das Wörterbuch für %2 kennt sie, das dieses Artikels nicht.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 is already open in another Marginalia window (process %2 on %3). Close it there, or open another project.</source>
        <translation>%1 ist bereits in einem anderen Marginalia-Fenster geöffnet (Prozess %2 auf %3). Schließen Sie es dort oder öffnen Sie ein anderes Projekt.</translation>
    </message>
    <message>
        <source>Cannot lock %1: the folder is not writable.</source>
        <translation>%1 kann nicht gesperrt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>This project is already saved as %1.</source>
        <translation>Dieses Projekt ist bereits als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Speichern in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>This project is open read-only here: articles cannot be added to it.</source>
        <translation>Dieses Projekt ist hier schreibgeschützt geöffnet: Es können keine Artikel hinzugefügt werden.</translation>
    </message>
    <message>
        <source>This project is open read-only here: nothing can be imported into it.</source>
        <translation>Dieses Projekt ist hier schreibgeschützt geöffnet: Es kann nichts importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>This is a new version of the article: %Ln annotation(s) could not find their text and are listed as orphans in the Annotations panel, to be placed or deleted.</source>
        <translation>
            <numerusform>Dies ist eine neue Version des Artikels: %Ln Annotation hat ihren Text nicht gefunden und wird in der Leiste „Annotationen“ als verwaist aufgeführt, um platziert oder gelöscht zu werden.</numerusform>
            <numerusform>Dies ist eine neue Version des Artikels: %Ln Annotationen haben ihren Text nicht gefunden und werden in der Leiste „Annotationen“ als verwaist aufgeführt, um platziert oder gelöscht zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no article yet.</source>
        <translation>Dieses Projekt enthält noch keinen Artikel.</translation>
    </message>
    <message>
        <source>There is no word to add.</source>
        <translation>Es gibt kein Wort zum Hinzufügen.</translation>
    </message>
    <message>
        <source>This project is open read-only here.</source>
        <translation>Dieses Projekt ist hier schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Es ist kein Artikel geöffnet.</translation>
    </message>
    <message>
        <source>That annotation is not in this article.</source>
        <translation>Diese Annotation gehört nicht zu diesem Artikel.</translation>
    </message>
</context>
<context>
    <name>SpellBackend</name>
    <message>
        <source>No Hunspell dictionary for %1 in %2.</source>
        <translation>Kein Hunspell-Wörterbuch für %1 in %2.</translation>
    </message>
    <message>
        <source>Sonnet has no dictionary for %1 (it offers: %2).</source>
        <translation>Sonnet hat kein Wörterbuch für %1 (verfügbar: %2).</translation>
    </message>
    <message>
        <source>No %1 dictionary for language &quot;%2&quot;. Installed: %3.</source>
        <translation>Kein %1-Wörterbuch für die Sprache „%2“. Installiert: %3.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read machine-translated news, see what the translation broke, annotate it.</source>
        <translation>Maschinell übersetzte Nachrichten lesen, erkennen, was die Übersetzung beschädigt hat, und annotieren.</translation>
    </message>
    <message>
        <source>Project file (default: %1).</source>
        <translation>Projektdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>An article to open (.txt, .md, .html).</source>
        <translation>Ein zu öffnender Artikel (.txt, .md, .html).</translation>
    </message>
    <message>
        <source>%1 is already open in another Marginalia window. Open it read-only here?</source>
        <translation>%1 ist bereits in einem anderen Marginalia-Fenster geöffnet. Hier schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Open the newest backup?</source>
        <translation>Die neueste Sicherung öffnen?</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Open it read-only?</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt. Schreibgeschützt öffnen?</translation>
    </message>
</context>
</TS>
