<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Anchoring</name>
    <message>
        <source>The span %1–%2 is not inside the article (%3 characters).</source>
        <translation>L’étendue %1–%2 n’est pas dans l’article (%3 caractères).</translation>
    </message>
</context>
<context>
    <name>ArticleLoader</name>
    <message numerus="yes">
        <source>%Ln external resource(s) in the HTML were not loaded.</source>
        <translation>
            <numerusform>%Ln ressource externe du HTML n’a pas été chargée.</numerusform>
            <numerusform>%Ln ressources externes du HTML n’ont pas été chargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); Marginalia opens articles up to %3 MB.</source>
        <translation>%1 est trop volumineux (%2 Mo)&#xa0;; Marginalia ouvre les articles jusqu’à %3 Mo.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 contains no text.</source>
        <translation>%1 ne contient aucun texte.</translation>
    </message>
    <message>
        <source>binary data</source>
        <extracomment>What a file that is not text looks like, as in &quot;… (it looks like binary data).&quot;</extracomment>
        <translation>données binaires</translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid %1: %Ln invalid byte sequence(s) were replaced with �.</source>
        <translation>
            <numerusform>Le fichier n’est pas en %1 valide&#xa0;: %Ln séquence d’octets invalide a été remplacée par �.</numerusform>
            <numerusform>Le fichier n’est pas en %1 valide&#xa0;: %Ln séquences d’octets invalides ont été remplacées par �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln NUL byte(s) were removed from the text.</source>
        <translation>
            <numerusform>%Ln octet NUL a été supprimé du texte.</numerusform>
            <numerusform>%Ln octets NUL ont été supprimés du texte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was read as %1 without a byte order mark.</source>
        <translation>Le fichier a été lu en %1 sans marque d’ordre des octets.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like %2).</source>
        <translation>%1 n’est pas un fichier texte (type détecté&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>Le contenu</translation>
    </message>
    <message numerus="yes">
        <source>The HTML nests its elements more than %Ln level(s) deep: the deeper tags were ignored and only their text was kept.</source>
        <translation>
            <numerusform>Le HTML imbrique ses éléments sur plus de %Ln niveau&#xa0;: les balises plus profondes ont été ignorées, seul leur texte a été conservé.</numerusform>
            <numerusform>Le HTML imbrique ses éléments sur plus de %Ln niveaux&#xa0;: les balises plus profondes ont été ignorées, seul leur texte a été conservé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln signalement</numerusform>
            <numerusform>%Ln signalements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Plutôt vrai</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mitigé</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Plutôt faux</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Invérifiable</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>T</source>
        <comment>verdict key: True</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>M</source>
        <comment>verdict key: Mostly true</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>X</source>
        <comment>verdict key: Mixed</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>O</source>
        <comment>verdict key: Mostly false</comment>
        <translation>X</translation>
    </message>
    <message>
        <source>F</source>
        <comment>verdict key: False</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>U</source>
        <comment>verdict key: Unverifiable</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>N</source>
        <comment>verdict key: Not checked</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>Causal</source>
        <translation>Causalité</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>1 — low</source>
        <translation>1 — faible</translation>
    </message>
    <message>
        <source>2 — medium</source>
        <translation>2 — moyen</translation>
    </message>
    <message>
        <source>3 — high</source>
        <translation>3 — élevé</translation>
    </message>
    <message>
        <source>0 — not rated</source>
        <translation>0 — non évalué</translation>
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
        <translation>%1 (%2&#xa0;; aussi %3)</translation>
    </message>
    <message>
        <source>“%1”, mention of %2: …%3…</source>
        <translation>«&#xa0;%1&#xa0;», mention de %2&#xa0;: …%3…</translation>
    </message>
    <message>
        <source>“%1”, %2 mention: …%3…</source>
        <translation>«&#xa0;%1&#xa0;», mention %2&#xa0;: …%3…</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>entité %1</translation>
    </message>
    <message>
        <source>mention %1</source>
        <translation>mention %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--project FILE is needed</source>
        <translation>il faut --project FICHIER</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 has no article %2 (see marginalia-cli list)</source>
        <translation>%1 n’a pas d’article %2 (voir marginalia-cli list)</translation>
    </message>
    <message>
        <source>Add articles to a project, or new versions of stored ones.</source>
        <translation>Ajoute des articles à un projet, ou de nouvelles versions d’articles enregistrés.</translation>
    </message>
    <message>
        <source>The project file (created if missing).</source>
        <translation>Le fichier de projet (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <source>Read annotation files of this format (%1) instead of articles.</source>
        <translation>Lit des fichiers d’annotations de ce format (%1) au lieu d’articles.</translation>
    </message>
    <message>
        <source>Import what can be read and report the rest (default: all or nothing).</source>
        <translation>Importe ce qui peut être lu et signale le reste (par défaut : tout ou rien).</translation>
    </message>
    <message>
        <source>Articles (.txt, .md, .html), or files of --format.</source>
        <translation>Articles (.txt, .md, .html), ou fichiers au format de --format.</translation>
    </message>
    <message>
        <source>import needs --project FILE and at least one PATH</source>
        <translation>import demande --project FICHIER et au moins un CHEMIN</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot; (one of: %2)</source>
        <translation>impossible d’importer «&#xa0;%1&#xa0;» (formats possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: already in the project (article %2), unchanged</source>
        <translation>%1&#xa0;: déjà dans le projet (article %2), inchangé</translation>
    </message>
    <message>
        <source>%1: added as article %2</source>
        <translation>%1&#xa0;: ajouté comme article %2</translation>
    </message>
    <message>
        <source>The project&apos;s articles with their annotations per label.</source>
        <translation>Les articles du projet avec leurs annotations par étiquette.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Check articles for machine-translation damage.</source>
        <translation>Vérifie les articles à la recherche des dégâts de la traduction automatique.</translation>
    </message>
    <message>
        <source>Language (fr) or dictionary (fr_FR) to check with.</source>
        <translation>Langue (fr) ou dictionnaire (fr_FR) de la vérification.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>Do not compute suggestions (faster).</source>
        <translation>Ne pas calculer de suggestions (plus rapide).</translation>
    </message>
    <message>
        <source>French: want no-break spaces before : ; ? !, inside « » and before units everywhere, instead of following the article&apos;s own habit.</source>
        <translation>Français&#xa0;: exiger partout les espaces insécables avant : ; ? !, à l’intérieur des « » et avant les unités, au lieu de suivre l’usage de l’article.</translation>
    </message>
    <message>
        <source>Check an article stored in this project.</source>
        <translation>Vérifie un article enregistré dans ce projet.</translation>
    </message>
    <message>
        <source>The stored article: its document id (fr-02) or its number in the project.</source>
        <translation>L’article enregistré&#xa0;: son identifiant de document (fr-02) ou son numéro dans le projet.</translation>
    </message>
    <message>
        <source>Articles to check (.txt, .md, .html).</source>
        <translation>Articles à vérifier (.txt, .md, .html).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text or json)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (text ou json)</translation>
    </message>
    <message>
        <source>--project and --document go together</source>
        <translation>--project et --document vont ensemble</translation>
    </message>
    <message>
        <source>check needs at least one FILE</source>
        <translation>check demande au moins un FICHIER</translation>
    </message>
    <message>
        <source>no dictionary is installed</source>
        <translation>aucun dictionnaire n’est installé</translation>
    </message>
    <message>
        <source>Write a project&apos;s annotations in a format other tools read.</source>
        <translation>Écrit les annotations d’un projet dans un format que d’autres outils lisent.</translation>
    </message>
    <message>
        <source>Export format: %1.</source>
        <translation>Format d’export&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only this article (its document id, e.g. fr-02); repeatable.</source>
        <translation>Seulement cet article (son identifiant de document, p. ex. fr-02)&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>Only these labels, comma-separated.</source>
        <translation>Seulement ces étiquettes, séparées par des virgules.</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark.</source>
        <translation>CSV&#xa0;: commencer par une marque d’ordre des octets UTF-8.</translation>
    </message>
    <message>
        <source>ClaimReview: who publishes the reviews.</source>
        <translation>ClaimReview&#xa0;: qui publie les vérifications.</translation>
    </message>
    <message>
        <source>ClaimReview: the page the reviews are published on.</source>
        <translation>ClaimReview&#xa0;: la page où les vérifications sont publiées.</translation>
    </message>
    <message>
        <source>Where to write.</source>
        <translation>Où écrire.</translation>
    </message>
    <message>
        <source>export needs --project FILE and --output PATH</source>
        <translation>export demande --project FICHIER et --output CHEMIN</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (one of: %2)</source>
        <translation>format d’export inconnu «&#xa0;%1&#xa0;» (formats possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>not exported: %1</source>
        <translation>non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marginalia on the command line: check articles, export annotations.</source>
        <translation>Marginalia en ligne de commande&#xa0;: vérifier des articles, exporter des annotations.</translation>
    </message>
    <message>
        <source>check, import, list, export or backend</source>
        <translation>check, import, list, export ou backend</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
%2</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»
%2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Check an article stored in a project.</source>
        <translation>Vérifie un article enregistré dans un projet.</translation>
    </message>
    <message>
        <source>Add articles to a project; a new version of a stored one re-anchors its annotations.</source>
        <translation>Ajoute des articles à un projet&#xa0;; une nouvelle version d’un article enregistré y replace ses annotations.</translation>
    </message>
    <message>
        <source>Write a project&apos;s annotations.</source>
        <translation>Écrit les annotations d’un projet.</translation>
    </message>
    <message>
        <source>Print the spell backend and its dictionaries.</source>
        <translation>Affiche le moteur d’orthographe et ses dictionnaires.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) added</source>
        <translation>
            <numerusform>%Ln article ajouté</numerusform>
            <numerusform>%Ln articles ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) already in the project</source>
        <translation>
            <numerusform>%Ln article déjà dans le projet</numerusform>
            <numerusform>%Ln articles déjà dans le projet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) added</source>
        <translation>
            <numerusform>%Ln entité ajoutée</numerusform>
            <numerusform>%Ln entités ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) already known</source>
        <translation>
            <numerusform>%Ln entité déjà connue</numerusform>
            <numerusform>%Ln entités déjà connues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new label(s)</source>
        <translation>
            <numerusform>%Ln nouvelle étiquette</numerusform>
            <numerusform>%Ln nouvelles étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) in place</source>
        <translation>
            <numerusform>%Ln annotation à sa place</numerusform>
            <numerusform>%Ln annotations à leur place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln déplacée</numerusform>
            <numerusform>%Ln déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found approximately</source>
        <translation>
            <numerusform>%Ln retrouvée approximativement</numerusform>
            <numerusform>%Ln retrouvées approximativement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln orpheline</numerusform>
            <numerusform>%Ln orphelines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: new version of article %2: %3</source>
        <translation>%1&#xa0;: nouvelle version de l’article %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) written to %1</source>
        <translation>
            <numerusform>%Ln annotation écrite dans %1</numerusform>
            <numerusform>%Ln annotations écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorpusChecker</name>
    <message>
        <source>The articles are being checked already.</source>
        <translation>Les articles sont déjà en cours de vérification.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot copy to %1</source>
        <translation>Impossible de copier vers %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>%1: the claimant of &apos;%2&apos; is the entity &apos;%3&apos;, not a mention: brat cannot link it</source>
        <translation>%1&#xa0;: l’auteur de l’affirmation «&#xa0;%2&#xa0;» est l’entité «&#xa0;%3&#xa0;», pas une mention&#xa0;: brat ne peut pas la relier</translation>
    </message>
    <message>
        <source>%1: a note on the article itself (&apos;%2&apos;): brat notes belong to annotations</source>
        <translation>%1&#xa0;: une note sur l’article lui-même («&#xa0;%2&#xa0;»)&#xa0;: dans brat, les notes appartiennent aux annotations</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>refers to the event %1; events are not imported</source>
        <translation>renvoie à l’événement %1&#xa0;; les événements ne sont pas importés</translation>
    </message>
    <message>
        <source>refers to %1; only text-bound annotations (T) can carry this</source>
        <translation>renvoie à %1&#xa0;; seules les annotations liées au texte (T) peuvent porter ceci</translation>
    </message>
    <message>
        <source>refers to %1, which this file does not define</source>
        <translation>renvoie à %1, que ce fichier ne définit pas</translation>
    </message>
    <message>
        <source>a text-bound annotation needs a type and offsets</source>
        <translation>une annotation liée au texte demande un type et des positions</translation>
    </message>
    <message>
        <source>offsets &apos;%1&apos; are not a span of the text (%2 characters)</source>
        <translation>les positions «&#xa0;%1&#xa0;» ne forment pas une étendue du texte (%2 caractères)</translation>
    </message>
    <message>
        <source>fragments overlap</source>
        <translation>des fragments se chevauchent</translation>
    </message>
    <message>
        <source>discontinuous span joined into one: it now also covers &apos;%1&apos;</source>
        <translation>étendue discontinue réunie en une seule&#xa0;: elle couvre désormais aussi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the text &apos;%1&apos; is not what the offsets cover (&apos;%2&apos;); the offsets are kept</source>
        <translation>le texte «&#xa0;%1&#xa0;» n’est pas celui que couvrent les positions («&#xa0;%2&#xa0;»)&#xa0;; les positions sont conservées</translation>
    </message>
    <message>
        <source>a relation needs a type and two arguments</source>
        <translation>une relation demande un type et deux arguments</translation>
    </message>
    <message>
        <source>an equivalence needs a type and at least two annotations</source>
        <translation>une équivalence demande un type et au moins deux annotations</translation>
    </message>
    <message>
        <source>an attribute needs a name, an annotation and at most one value</source>
        <translation>un attribut demande un nom, une annotation et au plus une valeur</translation>
    </message>
    <message>
        <source>a normalisation reads &apos;Reference T1 DB:ID&apos;</source>
        <translation>une normalisation s’écrit «&#xa0;Reference T1 DB:ID&#xa0;»</translation>
    </message>
    <message>
        <source>%1 already refers to %2; a mention refers to one entity</source>
        <translation>%1 renvoie déjà à %2&#xa0;; une mention renvoie à une seule entité</translation>
    </message>
    <message>
        <source>a note reads &apos;AnnotatorNotes T1&lt;TAB&gt;text&apos;</source>
        <translation>une note s’écrit «&#xa0;AnnotatorNotes T1&lt;TAB&gt;texte&#xa0;»</translation>
    </message>
    <message>
        <source>cannot read the text %1: %2</source>
        <translation>impossible de lire le texte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, which brat requires</source>
        <translation>%1 n’est pas en UTF-8, ce que brat exige</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>pas en UTF-8</translation>
    </message>
    <message>
        <source>no id and TAB at the start of the line</source>
        <translation>pas d’identifiant suivi d’une tabulation en début de ligne</translation>
    </message>
    <message>
        <source>events (%1) are not supported</source>
        <translation>les événements (%1) ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>unknown annotation type &apos;%1&apos;</source>
        <translation>type d’annotation inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is neither a brat .ann or .txt file nor a folder.</source>
        <translation>%1 n’est ni un fichier brat .ann ou .txt, ni un dossier.</translation>
    </message>
    <message>
        <source>%1: no %2 beside it</source>
        <translation>%1&#xa0;: pas de %2 à côté</translation>
    </message>
    <message>
        <source>%1 claim %2 (“%3”)</source>
        <translation>%1, affirmation %2 («&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: not checked yet, no review to publish</source>
        <translation>%1&#xa0;: pas encore vérifiée, aucune vérification à publier</translation>
    </message>
    <message>
        <source>%1: no claimant, the review has no itemReviewed.author</source>
        <translation>%1&#xa0;: aucun auteur de l’affirmation, la vérification n’a pas d’itemReviewed.author</translation>
    </message>
    <message>
        <source>%1: the article has no &quot;date&quot; metadata, the claim no datePublished</source>
        <translation>%1&#xa0;: l’article n’a pas de métadonnée «&#xa0;date&#xa0;», l’affirmation pas de datePublished</translation>
    </message>
    <message>
        <source>%1: no reviewer named (--reviewer), the review has no author</source>
        <translation>%1&#xa0;: aucun vérificateur indiqué (--reviewer), la vérification n’a pas d’auteur</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is not an IOB tag; read as O</source>
        <translation>l’étiquette «&#xa0;%1&#xa0;» n’est pas une étiquette IOB&#xa0;; lue comme O</translation>
    </message>
    <message>
        <source>a line without a token</source>
        <translation>une ligne sans token</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8: read as Latin-1.</source>
        <translation>%1 n’est pas en UTF-8&#xa0;: lu comme du Latin-1.</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3” (%4–%5) overlaps an earlier correction</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;» (%4–%5) chevauche une correction précédente</translation>
    </message>
    <message>
        <source>There is no article to write.</source>
        <translation>Il n’y a aucun article à écrire.</translation>
    </message>
    <message>
        <source>JSON Lines, lossless (a whole project, read back by import)</source>
        <translation>JSON Lines, sans perte (un projet entier, relu par l’importation)</translation>
    </message>
    <message>
        <source>CSV (one row per annotation)</source>
        <translation>CSV (une ligne par annotation)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>MQM TSV (WMT layout, with per-article scores)</source>
        <translation>MQM TSV (disposition WMT, avec les scores par article)</translation>
    </message>
    <message>
        <source>brat standoff (a folder of .txt and .ann)</source>
        <translation>brat standoff (un dossier de .txt et de .ann)</translation>
    </message>
    <message>
        <source>CoNLL-2003 IOB2 (token and entity tag)</source>
        <translation>CoNLL-2003 IOB2 (token et étiquette d’entité)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (claims with a verdict)</source>
        <translation>schema.org ClaimReview (affirmations avec un verdict)</translation>
    </message>
    <message>
        <source>HTML report (printable, self-contained)</source>
        <translation>Rapport HTML (imprimable, autonome)</translation>
    </message>
    <message>
        <source>Corrected text (accepted corrections applied)</source>
        <translation>Texte corrigé (corrections acceptées appliquées)</translation>
    </message>
    <message>
        <source>The project has no label named “%1”.</source>
        <translation>Le projet n’a pas d’étiquette nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The project has no article “%1”.</source>
        <translation>Le projet n’a pas d’article «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is nothing to import: name at least one file.</source>
        <translation>Il n’y a rien à importer&#xa0;: indiquez au moins un fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Impossible d’écrire %1&#xa0;: c’est un dossier.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>%1: “%2” is not drawn (its text is no longer there)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas mis en évidence (son texte n’existe plus)</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>Language %1</source>
        <translation>Langue %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur de l’affirmation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Translation errors (MQM)</source>
        <translation>Erreurs de traduction (MQM)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Marginalia report</source>
        <translation>Rapport Marginalia</translation>
    </message>
    <message>
        <source>Written by Marginalia.</source>
        <translation>Produit par Marginalia.</translation>
    </message>
    <message>
        <source>an annotation has no label</source>
        <translation>une annotation n’a pas d’étiquette</translation>
    </message>
    <message>
        <source>entity “%1”: %2</source>
        <translation>entité «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: annotation %2: the span %3–%4 is not inside the text (%5 characters)</source>
        <translation>%1&#xa0;: annotation %2&#xa0;: l’étendue %3–%4 n’est pas dans le texte (%5 caractères)</translation>
    </message>
    <message>
        <source>%1: annotation %2: %3</source>
        <translation>%1&#xa0;: annotation %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: annotation %2: no entity “%3”</source>
        <translation>%1&#xa0;: annotation %2&#xa0;: pas d’entité «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: claim %2: no mention “%3” for its claimant</source>
        <translation>%1&#xa0;: affirmation %2&#xa0;: pas de mention «&#xa0;%3&#xa0;» pour son auteur</translation>
    </message>
    <message>
        <source>%1: relation %2 %3 → %4: no such annotation</source>
        <translation>%1&#xa0;: relation %2 %3 → %4&#xa0;: annotation introuvable</translation>
    </message>
    <message>
        <source>This project is open read-only here: nothing can be imported into it.</source>
        <translation>Ce projet est ouvert ici en lecture seule&#xa0;: rien ne peut y être importé.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. %Ln problem(s):</source>
        <translation>
            <numerusform>Rien n’a été importé. %Ln problème&#xa0;:</numerusform>
            <numerusform>Rien n’a été importé. %Ln problèmes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>pas du JSON (%1)</translation>
    </message>
    <message>
        <source>not a Marginalia JSON Lines file (the first line names no &quot;marginalia&quot; jsonl)</source>
        <translation>pas un fichier JSON Lines de Marginalia (la première ligne n’annonce pas de jsonl «&#xa0;marginalia&#xa0;»)</translation>
    </message>
    <message>
        <source>written by a newer Marginalia (version %1; this one reads %2)</source>
        <translation>écrit par une version plus récente de Marginalia (version %1&#xa0;; celle-ci lit la version %2)</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>type d’enregistrement inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1&#xa0;: fichier vide</translation>
    </message>
    <message>
        <source>“%1” is not an id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant</translation>
    </message>
    <message>
        <source>a label needs a name, a colour and a style</source>
        <translation>une étiquette demande un nom, une couleur et un style</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>une entité demande un nom</translation>
    </message>
    <message>
        <source>article %1: the text is not the one its SHA-256 names</source>
        <translation>article %1&#xa0;: le texte n’est pas celui que désigne son SHA-256</translation>
    </message>
    <message>
        <source>article %1: the body length is not inside the text</source>
        <translation>article %1&#xa0;: la longueur du corps dépasse le texte</translation>
    </message>
    <message>
        <source>annotation %1: no span (start %2, end %3)</source>
        <translation>annotation %1&#xa0;: aucune étendue (début %2, fin %3)</translation>
    </message>
    <message>
        <source>annotation %1: the claim&apos;s kind or verdict is unknown</source>
        <translation>annotation %1&#xa0;: le type ou le verdict de l’affirmation est inconnu</translation>
    </message>
    <message>
        <source>annotation %1: the MT error&apos;s severity is unknown</source>
        <translation>annotation %1&#xa0;: la gravité de l’erreur de TA est inconnue</translation>
    </message>
    <message>
        <source>entity %1: no label %2</source>
        <translation>entité %1&#xa0;: pas d’étiquette %2</translation>
    </message>
    <message>
        <source>annotation %1: no article %2</source>
        <translation>annotation %1&#xa0;: pas d’article %2</translation>
    </message>
    <message>
        <source>annotation %1: the span %2–%3 is past the end of its article</source>
        <translation>annotation %1&#xa0;: l’étendue %2–%3 dépasse la fin de son article</translation>
    </message>
    <message>
        <source>annotation %1: no label %2</source>
        <translation>annotation %1&#xa0;: pas d’étiquette %2</translation>
    </message>
    <message>
        <source>annotation %1: no entity %2</source>
        <translation>annotation %1&#xa0;: pas d’entité %2</translation>
    </message>
    <message>
        <source>claim %1: no mention %2 for its claimant</source>
        <translation>affirmation %1&#xa0;: pas de mention %2 pour son auteur</translation>
    </message>
    <message>
        <source>claim %1: no entity %2 for its claimant</source>
        <translation>affirmation %1&#xa0;: pas d’entité %2 pour son auteur</translation>
    </message>
    <message>
        <source>note %1: what it is on is not in the file</source>
        <translation>note %1&#xa0;: ce qu’elle annote n’est pas dans le fichier</translation>
    </message>
    <message>
        <source>relation %1: an end is not in the file</source>
        <translation>relation %1&#xa0;: une de ses extrémités n’est pas dans le fichier</translation>
    </message>
    <message>
        <source>annotation %1: no article %2 in the files</source>
        <translation>annotation %1&#xa0;: pas d’article %2 dans les fichiers</translation>
    </message>
    <message>
        <source>relation %1: its source is not in the files</source>
        <translation>relation %1&#xa0;: sa source n’est pas dans les fichiers</translation>
    </message>
    <message>
        <source>%1: “%2” (%3–%4) is in no segment</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» (%3–%4) n’est dans aucun segment</translation>
    </message>
    <message>
        <source>%1: “%2” (%3–%4) crosses a segment&apos;s end: clipped to it</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» (%3–%4) dépasse la fin d’un segment&#xa0;: coupé à cette limite</translation>
    </message>
    <message>
        <source>%1:1: not an MQM TSV header (it needs system, doc, seg_id, rater, target, category and severity columns)</source>
        <translation>%1:1&#xa0;: pas un en-tête MQM TSV (il faut les colonnes system, doc, seg_id, rater, target, category et severity)</translation>
    </message>
    <message>
        <source>%1: %2 fields where the header has %3</source>
        <translation>%1&#xa0;: %2 champs alors que l’en-tête en a %3</translation>
    </message>
    <message>
        <source>%1: the seg_id “%2” is not a number</source>
        <translation>%1&#xa0;: le seg_id «&#xa0;%2&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1: the error span is not one &lt;v&gt;…&lt;/v&gt; pair</source>
        <translation>%1&#xa0;: l’étendue de l’erreur n’est pas une seule paire &lt;v&gt;…&lt;/v&gt;</translation>
    </message>
    <message>
        <source>%1: unknown severity “%2”</source>
        <translation>%1&#xa0;: gravité inconnue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: segment %2 of %3 has another target at %4:%5</source>
        <translation>%1&#xa0;: le segment %2 de %3 a une autre cible en %4:%5</translation>
    </message>
    <message>
        <source>%1: seg_id %2 is also written “%3” in %4</source>
        <translation>%1&#xa0;: le seg_id %2 s’écrit aussi «&#xa0;%3&#xa0;» dans %4</translation>
    </message>
    <message>
        <source>%1: the segment is empty</source>
        <translation>%1&#xa0;: le segment est vide</translation>
    </message>
    <message>
        <source>%1: annotation %2 (“%3”): its claimant, annotation %4, is not in the export</source>
        <translation>%1&#xa0;: annotation %2 («&#xa0;%3&#xa0;»)&#xa0;: son auteur, l’annotation %4, n’est pas dans l’export</translation>
    </message>
    <message>
        <source>Marginalia annotations</source>
        <translation>Annotations Marginalia</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2 at byte %3</source>
        <translation>%1&#xa0;: pas du JSON&#xa0;: %2 à l’octet %3</translation>
    </message>
    <message>
        <source>the collection&apos;s pages are not in the file (its first page is %1)</source>
        <translation>les pages de la collection ne sont pas dans le fichier (sa première page est %1)</translation>
    </message>
    <message>
        <source>not an Annotation, AnnotationPage or AnnotationCollection</source>
        <translation>ni Annotation, ni AnnotationPage, ni AnnotationCollection</translation>
    </message>
    <message>
        <source>item %1 of a page is not an Annotation</source>
        <translation>l’élément %1 d’une page n’est pas une Annotation</translation>
    </message>
    <message>
        <source>the next page, %1, is not in the file</source>
        <translation>la page suivante, %1, n’est pas dans le fichier</translation>
    </message>
    <message>
        <source>%1: annotation %2</source>
        <translation>%1&#xa0;: annotation %2</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>elle n’a pas de cible</translation>
    </message>
    <message>
        <source>it links %1 to nothing</source>
        <translation>elle ne relie %1 à rien</translation>
    </message>
    <message>
        <source>its source %1 is not an article of the project</source>
        <translation>sa source %1 n’est pas un article du projet</translation>
    </message>
    <message>
        <source>its source %1 (document %2) is not an article of the project</source>
        <translation>sa source %1 (document %2) n’est pas un article du projet</translation>
    </message>
    <message>
        <source>it annotates a whole article, which can only have notes</source>
        <translation>elle annote un article entier, qui ne peut avoir que des notes</translation>
    </message>
    <message>
        <source>its RangeSelector ends (%1) before it starts (%2)</source>
        <translation>son RangeSelector finit (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>its TextPositionSelector %1–%2 is past the end of the article (%3)</source>
        <translation>son TextPositionSelector %1–%2 dépasse la fin de l’article (%3)</translation>
    </message>
    <message>
        <source>it has no text selector</source>
        <translation>elle n’a pas de sélecteur de texte</translation>
    </message>
    <message>
        <source>its quote “%1” is not in the article, or not in one place</source>
        <translation>sa citation «&#xa0;%1&#xa0;» n’est pas dans l’article, ou pas à un seul endroit</translation>
    </message>
    <message>
        <source>Also tagged: %1</source>
        <translation>Aussi étiquetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suggested edit: %1</source>
        <translation>Modification suggérée&#xa0;: %1</translation>
    </message>
    <message>
        <source>an annotation with this id was already read</source>
        <translation>une annotation de même identifiant a déjà été lue</translation>
    </message>
    <message>
        <source>its claimant, annotation %1, is not in the import</source>
        <translation>son auteur, l’annotation %1, n’est pas dans l’import</translation>
    </message>
    <message>
        <source>it links %1, which is not an annotation in the import</source>
        <translation>elle relie %1, qui n’est pas une annotation de l’import</translation>
    </message>
    <message>
        <source>it links to %1, which is not an annotation of the same article</source>
        <translation>elle renvoie à %1, qui n’est pas une annotation du même article</translation>
    </message>
    <message>
        <source>its TextPositionSelector counts from a fragment of a structured document, which a plain-text article does not have</source>
        <translation>son TextPositionSelector compte à partir d’un fragment de document structuré, ce qu’un article en texte brut n’a pas</translation>
    </message>
    <message>
        <source>its TextPositionSelector is not a non-empty range of positions</source>
        <translation>son TextPositionSelector n’est pas un intervalle de positions non vide</translation>
    </message>
    <message>
        <source>its RFC 5147 fragment “%1” is not a character range (char=start,end)</source>
        <translation>son fragment RFC 5147 «&#xa0;%1&#xa0;» n’est pas un intervalle de caractères (char=début,fin)</translation>
    </message>
    <message>
        <source>its %1 does not select text</source>
        <translation>son %1 ne sélectionne pas de texte</translation>
    </message>
    <message>
        <source>%1 is not an entity span</source>
        <translation>%1 n’est pas une étendue d’entité</translation>
    </message>
    <message>
        <source>%1 overlaps “%2”</source>
        <translation>%1 chevauche «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 covers no token</source>
        <translation>%1 ne couvre aucun jeton</translation>
    </message>
    <message>
        <source>Marginalia cannot import the %1 format.</source>
        <translation>Marginalia ne sait pas importer le format %1.</translation>
    </message>
    <message numerus="yes">
        <source>MQM score %1 · %Ln error(s), penalty %2 over %3 words (%4 per 1,000 words; WMT 2021 weights)</source>
        <translation>
            <numerusform>Score MQM %1 · %Ln erreur, pénalité %2 sur %3 mots (%4 pour 1&#xa0;000 mots&#xa0;; pondérations WMT 2021)</numerusform>
            <numerusform>Score MQM %1 · %Ln erreurs, pénalité %2 sur %3 mots (%4 pour 1&#xa0;000 mots&#xa0;; pondérations WMT 2021)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingStyle</name>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>Merged words</source>
        <translation>Mots soudés</translation>
    </message>
    <message>
        <source>Split word</source>
        <translation>Mot coupé</translation>
    </message>
    <message>
        <source>Capitalisation</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <source>Accents</source>
        <translation>Accents</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Ponctuation</translation>
    </message>
    <message>
        <source>Unpaired quote</source>
        <translation>Guillemet non apparié</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Typographie</translation>
    </message>
    <message>
        <source>Repeated word</source>
        <translation>Mot répété</translation>
    </message>
    <message>
        <source>Name spelled two ways</source>
        <translation>Nom écrit de deux façons</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Non traduit</translation>
    </message>
    <message>
        <source>Truncated line</source>
        <translation>Ligne tronquée</translation>
    </message>
    <message>
        <source>Unknown name</source>
        <translation>Nom inconnu</translation>
    </message>
</context>
<context>
    <name>LabelAppearance</name>
    <message>
        <source>Fill</source>
        <translation>Fond</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Soulignement</translation>
    </message>
    <message>
        <source>Dashed underline</source>
        <translation>Soulignement tireté</translation>
    </message>
    <message>
        <source>Dotted underline</source>
        <translation>Soulignement pointillé</translation>
    </message>
    <message>
        <source>Wavy underline</source>
        <translation>Soulignement ondulé</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>MT error</source>
        <translation>Erreur de TA</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Surlignage</translation>
    </message>
</context>
<context>
    <name>Marginalia::Annotator</name>
    <message>
        <source>There is no label %1 in this project.</source>
        <translation>Il n’y a pas d’étiquette %1 dans ce projet.</translation>
    </message>
    <message>
        <source>This project is open read-only here (it is open for writing in another window); nothing was changed.</source>
        <translation>Ce projet est ouvert ici en lecture seule (il est ouvert en écriture dans une autre fenêtre)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>earlier changes are not saved yet</source>
        <translation>des modifications antérieures ne sont pas encore enregistrées</translation>
    </message>
    <message>
        <source>“%1” could not be saved (%2). It is kept, and Marginalia tries again every few seconds: nothing is lost while the program stays open.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré (%2). La modification est conservée, et Marginalia réessaie toutes les quelques secondes&#xa0;: rien n’est perdu tant que le programme reste ouvert.</translation>
    </message>
    <message>
        <source>The new project file is read-only.</source>
        <translation>Le nouveau fichier de projet est en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” could not be saved in the new file either: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré non plus dans le nouveau fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Tag “%1” as %2</source>
        <translation>Étiqueter «&#xa0;%1&#xa0;» comme %2</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Retirer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln tag(s)</source>
        <translation>
            <numerusform>Retirer %Ln étiquette</numerusform>
            <numerusform>Retirer %Ln étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to look for.</source>
        <translation>Il n’y a rien à chercher.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>Étiqueter %Ln occurrence de «&#xa0;%1&#xa0;» comme %2</numerusform>
            <numerusform>Étiqueter %Ln occurrences de «&#xa0;%1&#xa0;» comme %2</numerusform>
        </translation>
    </message>
    <message>
        <source>New version of “%1”</source>
        <translation>Nouvelle version de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This project has no label for MT errors; add one in the label editor.</source>
        <translation>Ce projet n’a pas d’étiquette pour les erreurs de TA&#xa0;; ajoutez-en une dans l’éditeur d’étiquettes.</translation>
    </message>
    <message>
        <source>Accept “%1” as an MT error</source>
        <translation>Accepter «&#xa0;%1&#xa0;» comme erreur de TA</translation>
    </message>
    <message>
        <source>This project is open read-only here: articles cannot be added to it.</source>
        <translation>Ce projet est ouvert ici en lecture seule&#xa0;: impossible d’y ajouter des articles.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme %2</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>Une entité doit avoir un nom.</translation>
    </message>
    <message>
        <source>New entity “%1”</source>
        <translation>Nouvelle entité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit entity “%1”</source>
        <translation>Modifier l’entité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>Une entité ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Delete entity “%1”</source>
        <translation>Supprimer l’entité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A note belongs to one article or one annotation.</source>
        <translation>Une note appartient à un seul article ou à une seule annotation.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>Modifier une note</translation>
    </message>
    <message>
        <source>Remove a note</source>
        <translation>Retirer une note</translation>
    </message>
    <message>
        <source>A relation links two different annotations.</source>
        <translation>Une relation relie deux annotations différentes.</translation>
    </message>
    <message>
        <source>A relation needs a kind.</source>
        <translation>Une relation doit avoir un type.</translation>
    </message>
    <message>
        <source>Link “%1” to “%2”</source>
        <translation>Relier «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Remove a link</source>
        <translation>Retirer un lien</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>The label “%1” needs a colour.</source>
        <translation>L’étiquette «&#xa0;%1&#xa0;» doit avoir une couleur.</translation>
    </message>
    <message>
        <source>A label&apos;s key is one of 1 to 9, or none; “%1” is not.</source>
        <translation>La touche d’une étiquette est un chiffre de 1 à 9, ou aucune&#xa0;; «&#xa0;%1&#xa0;» ne convient pas.</translation>
    </message>
    <message>
        <source>There is already a label named “%1”.</source>
        <translation>Il existe déjà une étiquette nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add label “%1”</source>
        <translation>Ajouter l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>The kind of “%1” cannot change while %Ln annotation(s) use it.</source>
        <translation>
            <numerusform>Le type de «&#xa0;%1&#xa0;» ne peut pas changer tant que %Ln annotation l’utilise.</numerusform>
            <numerusform>Le type de «&#xa0;%1&#xa0;» ne peut pas changer tant que %Ln annotations l’utilisent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kind of “%1” cannot change while it is the type of %Ln entit(y/ies).</source>
        <translation>
            <numerusform>Le type de «&#xa0;%1&#xa0;» ne peut pas changer tant qu’elle est le type de %Ln entité.</numerusform>
            <numerusform>Le type de «&#xa0;%1&#xa0;» ne peut pas changer tant qu’elle est le type de %Ln entités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit label “%1”</source>
        <translation>Modifier l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be removed: %Ln annotation(s) use it. Delete them or tag them with another label first.</source>
        <translation>
            <numerusform>Impossible de retirer «&#xa0;%1&#xa0;»&#xa0;: %Ln annotation l’utilise. Supprimez-la ou donnez-lui d’abord une autre étiquette.</numerusform>
            <numerusform>Impossible de retirer «&#xa0;%1&#xa0;»&#xa0;: %Ln annotations l’utilisent. Supprimez-les ou donnez-leur d’abord une autre étiquette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be removed: it is the type of %Ln entit(y/ies). Delete them or give them another type first.</source>
        <translation>
            <numerusform>Impossible de retirer «&#xa0;%1&#xa0;»&#xa0;: c’est le type de %Ln entité. Supprimez-la ou donnez-lui d’abord un autre type.</numerusform>
            <numerusform>Impossible de retirer «&#xa0;%1&#xa0;»&#xa0;: c’est le type de %Ln entités. Supprimez-les ou donnez-leur d’abord un autre type.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove label “%1”</source>
        <translation>Retirer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AnnotationsModel</name>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>plutôt vrai</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mitigé</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>plutôt faux</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation>invérifiable</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineure</translation>
    </message>
    <message>
        <source>major</source>
        <translation>majeure</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>Lost its text when the article changed: place it or delete it</source>
        <translation>Son texte a disparu quand l’article a changé&#xa0;: placez-la ou supprimez-la</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · verdict: %2</source>
        <translation>%1 · verdict&#xa0;: %2</translation>
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
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>&amp;Orphelines seulement</translation>
    </message>
    <message>
        <source>&amp;Place at Selection</source>
        <translation>&amp;Placer sur la sélection</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Show annotations with label</source>
        <translation>Afficher les annotations ayant l’étiquette</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Rechercher dans les annotations</translation>
    </message>
    <message>
        <source>Search text, label, entity…</source>
        <translation>Rechercher texte, étiquette, entité…</translation>
    </message>
    <message>
        <source>Show only orphaned annotations</source>
        <translation>Afficher seulement les annotations orphelines</translation>
    </message>
    <message>
        <source>Place the orphaned annotation on the selected text</source>
        <translation>Placer l’annotation orpheline sur le texte sélectionné</translation>
    </message>
    <message>
        <source>Select its text in the article, then place the orphan there</source>
        <translation>Sélectionnez son texte dans l’article, puis placez-y l’orpheline</translation>
    </message>
    <message>
        <source>Delete the selected annotations</source>
        <translation>Supprimer les annotations sélectionnées</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Del)</source>
        <translation>Supprimer les annotations sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln orpheline</numerusform>
            <numerusform>%Ln orphelines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln affichée</numerusform>
            <numerusform>%Ln affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab / Shift+Tab in the article: next / previous</source>
        <translation>Tab / Maj+Tab dans l’article&#xa0;: suivante / précédente</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Follow the system&apos;s colours, or use Marginalia&apos;s own light or dark colours</source>
        <translation>Suivre les couleurs du système, ou utiliser les couleurs claires ou sombres propres à Marginalia</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Police de lecture</translation>
    </message>
    <message>
        <source>The font of the article text</source>
        <translation>La police du texte de l’article</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Police de lecture&#xa0;:</translation>
    </message>
    <message>
        <source>Font size in points</source>
        <translation>Taille de la police en points</translation>
    </message>
    <message>
        <source> pt</source>
        <translation>&#xa0;pt</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Taille de p&amp;olice&#xa0;:</translation>
    </message>
    <message>
        <source>Line spacing in percent</source>
        <translation>Interligne en pourcentage</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Interligne&#xa0;:</translation>
    </message>
    <message>
        <source>Li&amp;mit the length of a line</source>
        <translation>&amp;Limiter la longueur des lignes</translation>
    </message>
    <message>
        <source>Limit the length of a line</source>
        <translation>Limiter la longueur des lignes</translation>
    </message>
    <message>
        <source>Unchecked, the text fills the width of the window</source>
        <translation>Décoché, le texte occupe toute la largeur de la fenêtre</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>Caractères par ligne</translation>
    </message>
    <message>
        <source>The text column is centred in the window</source>
        <translation>La colonne de texte est centrée dans la fenêtre</translation>
    </message>
    <message>
        <source>C&amp;haracters per line:</source>
        <translation>&amp;Caractères par ligne&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ArticleView</name>
    <message>
        <source>Claims and claimants</source>
        <translation>Affirmations et leurs auteurs</translation>
    </message>
    <message>
        <source>Claim, no claimant: “%1”</source>
        <translation>Affirmation sans auteur&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Claim by &lt;b&gt;%1&lt;/b&gt;: “%2”</source>
        <translation>Affirmation de &lt;b&gt;%1&lt;/b&gt;&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>Suggestions&#xa0;:</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <source>Right-click for actions.</source>
        <translation>Clic droit pour les actions.</translation>
    </message>
    <message>
        <source>Tagged &lt;b&gt;%1&lt;/b&gt;: “%2”</source>
        <translation>Étiqueté &lt;b&gt;%1&lt;/b&gt;&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Claimed by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Affirmé par &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ArticlesPanel</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Doc.</source>
        <translation>Doc.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Identifiant du document</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status: ○ to do, ◐ in progress, ● done</source>
        <translation>État&#xa0;: ○ à faire, ◐ en cours, ● terminé</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Open checker findings when the article was last checked (Check ▸ Check All Articles)</source>
        <translation>Signalements ouverts lors de la dernière vérification de l’article (Vérification ▸ Vérifier tous les articles)</translation>
    </message>
    <message>
        <source>Search matches</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Articles of the project</source>
        <translation>Articles du projet</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>Rechercher dans le corpus</translation>
    </message>
    <message>
        <source>Search all articles: text, tags, entities, notes…</source>
        <translation>Rechercher dans tous les articles&#xa0;: texte, étiquettes, entités, notes…</translation>
    </message>
    <message>
        <source>Status of the selected article</source>
        <translation>État de l’article sélectionné</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;État&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln terminé</numerusform>
            <numerusform>%Ln terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln MT error(s)</source>
        <translation>
            <numerusform>%Ln erreur de TA</numerusform>
            <numerusform>%Ln erreurs de TA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affirmation</numerusform>
            <numerusform>%Ln affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln orpheline</numerusform>
            <numerusform>%Ln orphelines</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open finding(s) when last checked</source>
        <translation>
            <numerusform>%Ln signalement ouvert lors de la dernière vérification</numerusform>
            <numerusform>%Ln signalements ouverts lors de la dernière vérification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the text</source>
        <translation>
            <numerusform>%Ln dans le texte</numerusform>
            <numerusform>%Ln dans le texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in annotations and notes</source>
        <translation>
            <numerusform>%Ln dans les annotations et les notes</numerusform>
            <numerusform>%Ln dans les annotations et les notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” found in %Ln article(s)</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» trouvé dans %Ln article</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» trouvé dans %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Mark as &amp;To Do</source>
        <translation>Marquer comme «&#xa0;&amp;À faire&#xa0;»</translation>
    </message>
    <message>
        <source>Mark as &amp;In Progress</source>
        <translation>Marquer comme «&#xa0;&amp;En cours&#xa0;»</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>Marquer comme «&#xa0;&amp;Terminé&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClaimEditor</name>
    <message>
        <source>Claim — “%1”</source>
        <translation>Affirmation — «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>Texte de l’affirmation</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Affirmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Claimant:</source>
        <translation>&amp;Auteur de l’affirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation>Type d’affirmation</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Check-worthiness</source>
        <translation>Intérêt à vérifier</translation>
    </message>
    <message>
        <source>How much the claim is worth checking; type a digit from 0 to 3.</source>
        <translation>À quel point l’affirmation mérite d’être vérifiée&#xa0;; tapez un chiffre de 0 à 3.</translation>
    </message>
    <message>
        <source>Check-&amp;worthiness:</source>
        <translation>Intérêt à vé&amp;rifier&#xa0;:</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>In your own words, e.g. “Misleading”</source>
        <translation>Avec vos propres mots, p. ex. «&#xa0;Trompeur&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>Évaluati&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>Revi&amp;ewed on</source>
        <translation>Vérifiée l&amp;e</translation>
    </message>
    <message>
        <source>Date reviewed</source>
        <translation>Date de la vérification</translation>
    </message>
    <message>
        <source>The entities could not be read: %1</source>
        <translation>Impossible de lire les entités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur de l’affirmation</translation>
    </message>
    <message>
        <source>Type part of a name, then pick it from the list</source>
        <translation>Tapez une partie d’un nom, puis choisissez-le dans la liste</translation>
    </message>
    <message>
        <source>Entities and mentions</source>
        <translation>Entités et mentions</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
    <message>
        <source>Keys: %1. Alone on a verdict, with Alt anywhere.</source>
        <translation>Touches&#xa0;: %1. Seules sur un verdict, avec Alt n’importe où.</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Liens de preuve</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Lien de preuve</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Note sur la preuve</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Ce qu’elle montre</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ajo&amp;uter</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>L&amp;ink:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is neither an entity nor a mention in this article. Type part of a name and pick it from the list, or clear the claimant.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une entité ni une mention de cet article. Tapez une partie d’un nom et choisissez-le dans la liste, ou effacez l’auteur de l’affirmation.</translation>
    </message>
    <message>
        <source>No claimant.</source>
        <translation>Aucun auteur.</translation>
    </message>
    <message>
        <source>Not found yet: pick an entity or a mention from the list.</source>
        <translation>Pas encore trouvé&#xa0;: choisissez une entité ou une mention dans la liste.</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Entité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mention: %1</source>
        <translation>Mention&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address: evidence links start with http:// or https://.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web&#xa0;: les liens de preuve commencent par http:// ou https://.</translation>
    </message>
    <message>
        <source>This link is in the list already.</source>
        <translation>Ce lien est déjà dans la liste.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>The claim&apos;s text, quoted.</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
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
        <translation>Aucun auteur</translation>
    </message>
    <message>
        <source>%1 (reviewed %2)</source>
        <translation>%1 (vérification du %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence link(s)</source>
        <translation>
            <numerusform>%Ln lien de preuve</numerusform>
            <numerusform>%Ln liens de preuve</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClaimsPanel</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Show claims with verdict</source>
        <translation>Afficher les affirmations ayant le verdict</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Edit the claim: claimant, verdict, evidence (F2)</source>
        <translation>Modifier l’affirmation&#xa0;: auteur, verdict, preuves (F2)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>The claimants could not be read: %1</source>
        <translation>Impossible de lire les auteurs des affirmations&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no claim %1 in this article.</source>
        <translation>Il n’y a pas d’affirmation %1 dans cet article.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affirmation</numerusform>
            <numerusform>%Ln affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s) shown</source>
        <translation>
            <numerusform>%1 sur %Ln affirmation affichée</numerusform>
            <numerusform>%1 sur %Ln affirmations affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>F2: edit</source>
        <translation>F2&#xa0;: modifier</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::EntitiesPanel</name>
    <message>
        <source>Also called: %1</source>
        <translation>Aussi appelée&#xa0;: %1</translation>
    </message>
    <message>
        <source>(unknown type)</source>
        <translation>(type inconnu)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) in this article</source>
        <translation>
            <numerusform>%Ln mention dans cet article</numerusform>
            <numerusform>%Ln mentions dans cet article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) in the project</source>
        <translation>
            <numerusform>%Ln mention dans le projet</numerusform>
            <numerusform>%Ln mentions dans le projet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tagged as %1, not linked to an entity</source>
        <translation>Étiquetée comme %1, non reliée à une entité</translation>
    </message>
    <message>
        <source>Its text was not found when the article changed.</source>
        <translation>Son texte n’a pas été retrouvé quand l’article a changé.</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>Nouvelle entité</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Modifier l’entité</translation>
    </message>
    <message>
        <source>An entity keeps the type its mentions were tagged with.</source>
        <translation>Une entité garde le type avec lequel ses mentions ont été étiquetées.</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>Alias, un par ligne</translation>
    </message>
    <message>
        <source>Wikidata id</source>
        <translation>Identifiant Wikidata</translation>
    </message>
    <message>
        <source>Q followed by digits, or empty</source>
        <translation>Q suivi de chiffres, ou vide</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Save the entity</source>
        <translation>Enregistrer l’entité</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Alias&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Wikidata:</source>
        <translation>&amp;Wikidata&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>Une entité doit avoir un nom.</translation>
    </message>
    <message>
        <source>The project has no entity label to give this entity a type.</source>
        <translation>Le projet n’a pas d’étiquette d’entité pour donner un type à cette entité.</translation>
    </message>
    <message>
        <source>A Wikidata id is the letter Q followed by digits, such as Q90.</source>
        <translation>Un identifiant Wikidata est la lettre Q suivie de chiffres, comme Q90.</translation>
    </message>
    <message>
        <source>The URL must be a web address starting with https:// or http://.</source>
        <translation>L’URL doit être une adresse web commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Fusionner des entités</translation>
    </message>
    <message>
        <source>The mentions of one entity move to the other, and its name and aliases become aliases of the one kept. Which one is kept?</source>
        <translation>Les mentions d’une entité passent à l’autre, et son nom et ses alias deviennent des alias de celle qui est gardée. Laquelle garder&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Keep “%1” (%Ln mention(s))</source>
        <translation>
            <numerusform>Garder «&#xa0;%1&#xa0;» (%Ln mention)</numerusform>
            <numerusform>Garder «&#xa0;%1&#xa0;» (%Ln mentions)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merge the two entities</source>
        <translation>Fusionner les deux entités</translation>
    </message>
    <message>
        <source>They have different types: the kept entity keeps its own, and each mention keeps the label it was tagged with.</source>
        <translation>Elles ont des types différents&#xa0;: l’entité gardée conserve le sien, et chaque mention garde l’étiquette qu’elle a reçue.</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Entities with their mentions in this article. Enter shows a mention; Ins makes an entity of selected mentions, F2 edits, Ctrl+M merges two, Ctrl+T tags every occurrence, Del deletes.</source>
        <translation>Les entités et leurs mentions dans cet article. Entrée affiche une mention&#xa0;; Inser crée une entité à partir des mentions sélectionnées, F2 modifie, Ctrl+M en fusionne deux, Ctrl+T étiquette chaque occurrence, Suppr supprime.</translation>
    </message>
    <message>
        <source>Filter entities by name or alias</source>
        <translation>Filtrer les entités par nom ou alias</translation>
    </message>
    <message>
        <source>Filter by name or alias…</source>
        <translation>Filtrer par nom ou alias…</translation>
    </message>
    <message>
        <source>Entity actions</source>
        <translation>Actions sur les entités</translation>
    </message>
    <message>
        <source>&amp;New Entity…</source>
        <translation>&amp;Nouvelle entité…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Make an entity of the selected mentions</source>
        <translation>Créer une entité à partir des mentions sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Edit Entity…</source>
        <translation>&amp;Modifier l’entité…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Rename the entity, edit its aliases and links</source>
        <translation>Renommer l’entité, modifier ses alias et ses liens</translation>
    </message>
    <message>
        <source>&amp;Merge Entities…</source>
        <translation>&amp;Fusionner des entités…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge the two selected entities into one</source>
        <translation>Fusionner les deux entités sélectionnées en une seule</translation>
    </message>
    <message>
        <source>&amp;Tag All Occurrences</source>
        <translation>É&amp;tiqueter toutes les occurrences</translation>
    </message>
    <message>
        <source>Tag All</source>
        <translation>Tout étiqueter</translation>
    </message>
    <message>
        <source>Tag every occurrence of the entity&apos;s name and aliases in this article</source>
        <translation>Étiqueter chaque occurrence du nom et des alias de l’entité dans cet article</translation>
    </message>
    <message>
        <source>&amp;Delete Entity</source>
        <translation>&amp;Supprimer l’entité</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entities; their mentions stay, unlinked</source>
        <translation>Supprimer les entités sélectionnées&#xa0;; leurs mentions restent, sans lien</translation>
    </message>
    <message>
        <source>The entities could not be read: %1</source>
        <translation>Impossible de lire les entités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not linked to an entity</source>
        <translation>Non reliées à une entité</translation>
    </message>
    <message>
        <source>Mentions tagged with an entity label but not linked to an entity yet: select some and press Ins to make them an entity.</source>
        <translation>Mentions portant une étiquette d’entité mais pas encore reliées à une entité&#xa0;: sélectionnez-en et appuyez sur Inser pour en faire une entité.</translation>
    </message>
    <message>
        <source>No entities yet. Tag a name in the article (1, 2 or 3), select it here and press Ins to make it an entity.</source>
        <translation>Aucune entité pour l’instant. Étiquetez un nom dans l’article (1, 2 ou 3), sélectionnez-le ici et appuyez sur Inser pour en faire une entité.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) not linked</source>
        <translation>
            <numerusform>%Ln mention non reliée</numerusform>
            <numerusform>%Ln mentions non reliées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show in Article</source>
        <translation>&amp;Afficher dans l’article</translation>
    </message>
    <message>
        <source>Entity “%1” created.</source>
        <translation>Entité «&#xa0;%1&#xa0;» créée.</translation>
    </message>
    <message>
        <source>Entity “%1” saved.</source>
        <translation>Entité «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”.</source>
        <translation>Entité «&#xa0;%1&#xa0;» fusionnée dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Entity “%1” deleted; its mentions stay. Ctrl+Z brings it back.</source>
        <translation>Entité «&#xa0;%1&#xa0;» supprimée&#xa0;; ses mentions restent. Ctrl+Z la rétablit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities deleted; their mentions stay. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln entité supprimée&#xa0;; ses mentions restent. Ctrl+Z la rétablit.</numerusform>
            <numerusform>%Ln entités supprimées&#xa0;; leurs mentions restent. Ctrl+Z les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag all occurrences of “%1”</source>
        <translation>Étiqueter toutes les occurrences de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No untagged occurrence of “%1” in this article.</source>
        <translation>Aucune occurrence non étiquetée de «&#xa0;%1&#xa0;» dans cet article.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s) of “%1” tagged.</source>
        <translation>
            <numerusform>%Ln occurrence de «&#xa0;%1&#xa0;» étiquetée.</numerusform>
            <numerusform>%Ln occurrences de «&#xa0;%1&#xa0;» étiquetées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entity(ies)</source>
        <translation>
            <numerusform>%Ln entité</numerusform>
            <numerusform>%Ln entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln entity(ies)</source>
        <translation>
            <numerusform>Supprimer %Ln entité</numerusform>
            <numerusform>Supprimer %Ln entités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>Exporter les annotations</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;This article</source>
        <translation>&amp;Cet article</translation>
    </message>
    <message>
        <source>&amp;All articles</source>
        <translation>Tous les &amp;articles</translation>
    </message>
    <message>
        <source>Labels to export</source>
        <translation>Étiquettes à exporter</translation>
    </message>
    <message>
        <source>Start with a byte order &amp;mark (for spreadsheets that need one)</source>
        <translation>Commencer par une &amp;marque d’ordre des octets (pour les tableurs qui en ont besoin)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <source>Who publishes the reviews</source>
        <translation>Qui publie les vérifications</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>Page des vérifications</translation>
    </message>
    <message>
        <source>https://… the page the reviews are on</source>
        <translation>https://… la page où se trouvent les vérifications</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Vérificateur&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>Imprimer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Articles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Preview (the start of what is written):</source>
        <translation>Aperçu (le début de ce qui est écrit)&#xa0;:</translation>
    </message>
    <message>
        <source>Choose at least one label to export.</source>
        <translation>Choisissez au moins une étiquette à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: %Ln annotation(s).</source>
        <translation>
            <numerusform>Aperçu (%1)&#xa0;: %Ln annotation.</numerusform>
            <numerusform>Aperçu (%1)&#xa0;: %Ln annotations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Non imprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not printed: %1 could not be written.</source>
        <translation>Non imprimé&#xa0;: impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>Imprimé dans %1.</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Imprimer en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>(Shown indented; the file is compact.)</source>
        <translation>(Affiché avec indentation&#xa0;; le fichier est compact.)</translation>
    </message>
    <message>
        <source>Re&amp;view page:</source>
        <translation>&amp;Page des vérifications&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln annotation(s).</source>
        <translation>
            <numerusform>Aperçu&#xa0;: %Ln annotation.</numerusform>
            <numerusform>Aperçu&#xa0;: %Ln annotations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) cannot be written in this format, e.g. %1</source>
        <translation>
            <numerusform>%Ln annotation ne peut pas être écrite dans ce format, par exemple&#xa0;: %1</numerusform>
            <numerusform>%Ln annotations ne peuvent pas être écrites dans ce format, par exemple&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1: %2.</source>
        <translation>Écrit dans %1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) could not be written in this format:</source>
        <translation>
            <numerusform>%Ln annotation n’a pas pu être écrite dans ce format&#xa0;:</numerusform>
            <numerusform>%Ln annotations n’ont pas pu être écrites dans ce format&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingCard</name>
    <message>
        <source>note</source>
        <extracomment>A finding&apos;s severity, after its category on the card: &quot;Spelling · minor&quot;.</extracomment>
        <translation>remarque</translation>
    </message>
    <message>
        <source>minor</source>
        <extracomment>A finding&apos;s severity, after its category on the card: &quot;Spelling · minor&quot;.</extracomment>
        <translation>mineur</translation>
    </message>
    <message>
        <source>major</source>
        <extracomment>A finding&apos;s severity, after its category on the card: &quot;Spelling · major&quot;.</extracomment>
        <translation>majeur</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Détails du signalement</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>Copier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Copy the suggestion; Marginalia never changes the article.</source>
        <translation>Copier la suggestion&#xa0;; Marginalia ne modifie jamais l’article.</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <source>Accept as MT Error</source>
        <translation>Accepter comme erreur de TA</translation>
    </message>
    <message>
        <source>Record it as a translation error (%1) in the project.</source>
        <translation>L’enregistrer comme erreur de traduction (%1) dans le projet.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Do not show this finding again in this article.</source>
        <translation>Ne plus montrer ce signalement dans cet article.</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <source>Accept “%1” in every article of this project.</source>
        <translation>Accepter «&#xa0;%1&#xa0;» dans tous les articles de ce projet.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingsModel</name>
    <message>
        <source>%1 — “%2”</source>
        <extracomment>A line of the Findings list: the finding&apos;s category, then the text it is about.</extracomment>
        <translation>%1 — «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingsPage</name>
    <message>
        <source>Kinds of findings shown</source>
        <translation>Types de signalements affichés</translation>
    </message>
    <message>
        <source>MQM category: %1</source>
        <translation>Catégorie MQM&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Show these kinds of findings:</source>
        <translation>&amp;Montrer ces types de signalements&#xa0;:</translation>
    </message>
    <message>
        <source>Hidden kinds are still checked; they are left out of the article, the Findings panel and Next Finding (F8).</source>
        <translation>Les types masqués sont toujours vérifiés&#xa0;; ils sont exclus de l’article, du panneau Signalements et de Signalement suivant (F8).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Signalements</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln remarque</numerusform>
            <numerusform>%Ln remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>F8 / Shift+F8: next / previous</source>
        <translation>F8 / Maj+F8&#xa0;: suivant / précédent</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::HeatStrip</name>
    <message>
        <source>Overview of findings and annotations</source>
        <translation>Vue d’ensemble des signalements et des annotations</translation>
    </message>
    <message>
        <source>Left: the checker&apos;s findings; right: annotations; the frame is the part on screen. Click to go there.</source>
        <translation>À gauche&#xa0;: les signalements du vérificateur&#xa0;; à droite&#xa0;: les annotations&#xa0;; le cadre indique la partie affichée. Cliquez pour y aller.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln signalement</numerusform>
            <numerusform>%Ln signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::LabelSchemaEditor</name>
    <message>
        <source>Kind of “%1”</source>
        <translation>Type de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Key of “%1”</source>
        <translation>Touche de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Aucune touche</translation>
    </message>
    <message>
        <source>%1 (from “%2”)</source>
        <translation>%1 (pris à «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Style of “%1”</source>
        <translation>Style de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Name of “%1”</source>
        <translation>Nom de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>New label %1</source>
        <translation>Nouvelle étiquette %1</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Add a label (Ins)</source>
        <translation>Ajouter une étiquette (Inser)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>Choose the label&apos;s colour</source>
        <translation>Choisir la couleur de l’étiquette</translation>
    </message>
    <message>
        <source>Choose the current label&apos;s colour (Enter on its colour)</source>
        <translation>Choisir la couleur de l’étiquette courante (Entrée sur sa couleur)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the label</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <source>Remove the current label, if no annotation uses it (Del)</source>
        <translation>Retirer l’étiquette courante, si aucune annotation ne l’utilise (Suppr)</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rétabli&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Added “%1”: type its name and press Enter.</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» ajoutée&#xa0;: tapez son nom et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Choose the label to remove first.</source>
        <translation>Choisissez d’abord l’étiquette à retirer.</translation>
    </message>
    <message>
        <source>Removed “%1”. Ctrl+Z brings it back.</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» retirée. Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <source>Choose the label to colour first.</source>
        <translation>Choisissez d’abord l’étiquette à colorer.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add &amp;Label</source>
        <translation>Ajouter une é&amp;tiquette</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::LabelSchemaModel</name>
    <message>
        <source>The label&apos;s name, unique in the project (F2 to rename)</source>
        <translation>Le nom de l’étiquette, unique dans le projet (F2 pour renommer)</translation>
    </message>
    <message>
        <source>What the label records: an entity, a claim, an MT error or a highlight. It cannot change while annotations use the label.</source>
        <translation>Ce que l’étiquette enregistre&#xa0;: une entité, une affirmation, une erreur de TA ou un surlignage. Le type ne peut pas changer tant que des annotations utilisent l’étiquette.</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <source>Enter or double-click to choose another colour</source>
        <translation>Entrée ou double-clic pour choisir une autre couleur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Aucune touche</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
    <message>
        <source>The key that tags the selection with this label (1 to 9). A key another label has moves here.</source>
        <translation>La touche qui applique cette étiquette à la sélection (1 à 9). Une touche déjà prise par une autre étiquette est déplacée ici.</translation>
    </message>
    <message>
        <source>How the article shows the label: a fill, a line under the text or a box. Labels drawn differently stay visible where they overlap.</source>
        <translation>Comment l’article affiche l’étiquette&#xa0;: un fond, un trait sous le texte ou un cadre. Des étiquettes dessinées différemment restent visibles là où elles se chevauchent.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Key %1 now tags “%2”; “%3” has no key.</source>
        <translation>La touche %1 étiquette désormais «&#xa0;%2&#xa0;»&#xa0;; «&#xa0;%3&#xa0;» n’a plus de touche.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MainWindow</name>
    <message>
        <source>Article metadata</source>
        <translation>Métadonnées de l’article</translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation>Enregistrer ailleurs…</translation>
    </message>
    <message>
        <source>Save the project, with the changes not saved yet, to another file</source>
        <translation>Enregistrer le projet, avec les modifications pas encore enregistrées, dans un autre fichier</translation>
    </message>
    <message>
        <source>Project: %1 (read-only)</source>
        <translation>Projet&#xa0;: %1 (lecture seule)</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln annotation supprimée. Ctrl+Z la rétablit.</numerusform>
            <numerusform>%Ln annotations supprimées. Ctrl+Z les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>MQM</source>
        <translation>MQM</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Saved as %1. Work goes on in this file.</source>
        <translation>Enregistré sous %1. Le travail continue dans ce fichier.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Article…</source>
        <translation>&amp;Ouvrir un article…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open a Folder of Articles</source>
        <translation>Ouvrir un dossier d’articles</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Exporter les annotations…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importer des annotations…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Select &amp;Sentence</source>
        <translation>Sélectionner la &amp;phrase</translation>
    </message>
    <message>
        <source>Extend Selection to Next Sentence</source>
        <translation>Étendre la sélection à la phrase suivante</translation>
    </message>
    <message>
        <source>Extend Selection to Previous Sentence</source>
        <translation>Étendre la sélection à la phrase précédente</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>É&amp;tiqueter</translation>
    </message>
    <message>
        <source>&amp;Remove Tags at Caret</source>
        <translation>&amp;Retirer les étiquettes au curseur</translation>
    </message>
    <message>
        <source>&amp;Edit Labels…</source>
        <translation>&amp;Modifier les étiquettes…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>Signalement &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>Signalement &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Explain Finding at Caret</source>
        <translation>&amp;Expliquer le signalement au curseur</translation>
    </message>
    <message>
        <source>Check &amp;All Articles</source>
        <translation>Vérifier &amp;tous les articles</translation>
    </message>
    <message>
        <source>Check every article of the project and count its open findings in the Articles panel</source>
        <translation>Vérifier chaque article du projet et compter ses signalements ouverts dans le panneau Articles</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Findings Panel</source>
        <translation>Panneau &amp;Signalements</translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation>Panneau &amp;Annotations</translation>
    </message>
    <message>
        <source>A&amp;rticles Panel</source>
        <translation>Panneau Artic&amp;les</translation>
    </message>
    <message>
        <source>&amp;Claims Panel</source>
        <translation>Panneau A&amp;ffirmations</translation>
    </message>
    <message>
        <source>&amp;Entities Panel</source>
        <translation>Panneau &amp;Entités</translation>
    </message>
    <message>
        <source>&amp;MQM Score Panel</source>
        <translation>Panneau score &amp;MQM</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1&#xa0;%</translation>
    </message>
    <message>
        <source>The Ar&amp;ticle Text</source>
        <translation>Le te&amp;xte de l’article</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Edit What Is at the Caret (Enter)</source>
        <translation>&amp;Modifier ce qui est au curseur (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Configure Marginalia…</source>
        <translation>&amp;Configurer Marginalia…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>À &amp;propos de Marginalia</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Document &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Document &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Language: %1 (%2)</source>
        <translation>Langue&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (read-only) — Marginalia</source>
        <translation>%1 (lecture seule) — Marginalia</translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Étiqueter comme %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln signalement</numerusform>
            <numerusform>%Ln signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dictionary: %1</source>
        <translation>Dictionnaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>No annotation to go to: select text and press a label&apos;s key (1–9).</source>
        <translation>Aucune annotation où aller&#xa0;: sélectionnez du texte et appuyez sur la touche d’une étiquette (1–9).</translation>
    </message>
    <message>
        <source>Select the text the annotation belongs to, then place it.</source>
        <translation>Sélectionnez le texte auquel l’annotation appartient, puis placez-la.</translation>
    </message>
    <message>
        <source>Placed. Ctrl+Z undoes it.</source>
        <translation>Placée. Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>No finding at the caret. F8 goes to the next one.</source>
        <translation>Aucun signalement au curseur. F8 va au suivant.</translation>
    </message>
    <message>
        <source>“%1” saved as an MT error (%2). Ctrl+Z undoes it.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré comme erreur de TA (%2). Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>Copier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Accept as MT Error</source>
        <translation>Accepter comme erreur de TA</translation>
    </message>
    <message>
        <source>Ignore This Finding</source>
        <translation>Ignorer ce signalement</translation>
    </message>
    <message>
        <source>Add “%1” to the Project Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire du projet</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>All changes are saved.</source>
        <translation>Toutes les modifications sont enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not saved yet, retrying…</source>
        <translation>
            <numerusform>%Ln modification pas encore enregistrée, nouvel essai…</numerusform>
            <numerusform>%Ln modifications pas encore enregistrées, nouvel essai…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes cannot be saved</source>
        <translation>Les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>%1 does not take changes at the moment.</source>
        <translation>%1 n’accepte pas de modifications pour le moment.</translation>
    </message>
    <message>
        <source>%1

Your changes are kept in memory and Marginalia tries again every few seconds. Free some space or fix the file&apos;s permissions, or save the project elsewhere now.</source>
        <translation>%1

Vos modifications sont gardées en mémoire et Marginalia réessaie toutes les quelques secondes. Libérez de l’espace ou corrigez les permissions du fichier, ou enregistrez le projet ailleurs dès maintenant.</translation>
    </message>
    <message>
        <source>Keep Trying</source>
        <translation>Continuer d’essayer</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>-copy</source>
        <extracomment>Appended to a project&apos;s file name to propose the name of its copy.</extracomment>
        <translation>-copie</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Projets Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.md *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is not there any more; it was taken off the recent list.</source>
        <translation>%1 n’existe plus&#xa0;; il a été retiré de la liste récente.</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Impossible d’ouvrir l’article</translation>
    </message>
    <message>
        <source>No recent articles or folders</source>
        <translation>Aucun article ni dossier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>No article files (.txt, .md, .html) there.</source>
        <translation>Aucun fichier d’article (.txt, .md, .html) à cet endroit.</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Importation des articles…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) added</source>
        <translation>
            <numerusform>%Ln article ajouté</numerusform>
            <numerusform>%Ln articles ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Certains fichiers n’ont pas été importés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read.</source>
        <translation>
            <numerusform>%Ln fichier n’a pas pu être lu.</numerusform>
            <numerusform>%Ln fichiers n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to edit at the caret: Enter edits a claim or an MT error, or explains a finding.</source>
        <translation>Rien à modifier au curseur&#xa0;: Entrée modifie une affirmation ou une erreur de TA, ou explique un signalement.</translation>
    </message>
    <message>
        <source>Checking all articles</source>
        <translation>Vérification de tous les articles</translation>
    </message>
    <message>
        <source>Checking %v of %m</source>
        <extracomment>A progress bar&apos;s text: %v is the number of articles checked, %m how many there are.</extracomment>
        <translation>Vérification de %v sur %m</translation>
    </message>
    <message>
        <source>Stop checking (what was counted stays)</source>
        <translation>Arrêter la vérification (ce qui a été compté reste)</translation>
    </message>
    <message numerus="yes">
        <source>Checking stopped: %1 of %Ln article(s) checked.</source>
        <translation>
            <numerusform>Vérification arrêtée&#xa0;: %1 article sur %Ln vérifié.</numerusform>
            <numerusform>Vérification arrêtée&#xa0;: %1 articles sur %Ln vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) checked: see the Issues column of the Articles panel.</source>
        <translation>
            <numerusform>%Ln article vérifié&#xa0;: voir la colonne Problèmes du panneau Articles.</numerusform>
            <numerusform>%Ln articles vérifiés&#xa0;: voir la colonne Problèmes du panneau Articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import What Can Be Read</source>
        <translation>Importer ce qui peut être lu</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation importée</numerusform>
            <numerusform>%Ln annotations importées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a passage first, then press the label&apos;s key.</source>
        <translation>Sélectionnez d’abord un passage, puis appuyez sur la touche de l’étiquette.</translation>
    </message>
    <message>
        <source>Tagged and saved.</source>
        <translation>Étiqueté et enregistré.</translation>
    </message>
    <message>
        <source>No tag at the caret.</source>
        <translation>Aucune étiquette au curseur.</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>À propos de Marginalia</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Read machine-translated news, see what the translation broke, and annotate it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Spell backend:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Dictionary:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Language:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Project file:&lt;/b&gt; %5&lt;br&gt;Qt %6 · SQLite %7&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Lire l’actualité traduite automatiquement, voir ce que la traduction a cassé, et l’annoter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Correcteur orthographique&#xa0;:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Dictionnaire&#xa0;:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Langue&#xa0;:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fichier de projet&#xa0;:&lt;/b&gt; %5&lt;br&gt;Qt %6 · SQLite %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(not loaded yet)</source>
        <translation>(pas encore chargé)</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(pas encore connu)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s) of stored articles</source>
        <translation>
            <numerusform>%Ln nouvelle version d’un article enregistré</numerusform>
            <numerusform>%Ln nouvelles versions d’articles enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) already in the project</source>
        <translation>
            <numerusform>%Ln article déjà dans le projet</numerusform>
            <numerusform>%Ln articles déjà dans le projet</numerusform>
        </translation>
    </message>
    <message>
        <source>Import canceled: %1.</source>
        <translation>Importation annulée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Import: %1.</source>
        <translation>Importation&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) added</source>
        <translation>
            <numerusform>%Ln entité ajoutée</numerusform>
            <numerusform>%Ln entités ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) already known</source>
        <translation>
            <numerusform>%Ln entité déjà connue</numerusform>
            <numerusform>%Ln entités déjà connues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln ligne ignorée</numerusform>
            <numerusform>%Ln lignes ignorées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MqmPanel</name>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>MQM quality score</source>
        <translation>Score de qualité MQM</translation>
    </message>
    <message>
        <source>MQM score details</source>
        <translation>Détails du score MQM</translation>
    </message>
    <message>
        <source>MQM weights</source>
        <translation>Pondérations MQM</translation>
    </message>
    <message>
        <source>MQM default (1 / 5 / 25)</source>
        <translation>MQM par défaut (1 / 5 / 25)</translation>
    </message>
    <message>
        <source>WMT 2021 (minor punctuation 0.1)</source>
        <translation>WMT 2021 (ponctuation mineure 0,1)</translation>
    </message>
    <message>
        <source>Penalty per error: Neutral 0, Minor 1, Major 5, Critical 25. WMT 2021 also counts a minor punctuation error as 0.1 and a non-translation as 25.</source>
        <translation>Pénalité par erreur&#xa0;: Neutre 0, Mineure 1, Majeure 5, Critique 25. WMT 2021 compte aussi une erreur de ponctuation mineure pour 0,1 et une non-traduction pour 25.</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>&amp;Pondérations&#xa0;:</translation>
    </message>
    <message>
        <source>MT errors by MQM dimension and severity</source>
        <translation>Erreurs de TA par dimension MQM et par gravité</translation>
    </message>
    <message>
        <source>MT errors by dimension</source>
        <translation>Erreurs de TA par dimension</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Pénalité</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Aucun score</translation>
    </message>
    <message>
        <source>The article has no words to score.</source>
        <translation>L’article n’a aucun mot à évaluer.</translation>
    </message>
    <message>
        <source>Quality %1</source>
        <translation>Qualité %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed MT error(s) in %1 words</source>
        <translation>
            <numerusform>%Ln erreur de TA confirmée sur %1 mots</numerusform>
            <numerusform>%Ln erreurs de TA confirmées sur %1 mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Penalty %1 · %2 per 1,000 words</source>
        <translation>Pénalité %1 · %2 pour 1&#xa0;000 mots</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln critical error(s): the article fails, whatever its score.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln erreur critique&#xa0;: l’article échoue, quel que soit son score.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln erreurs critiques&#xa0;: l’article échoue, quel que soit son score.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checker issue(s) not confirmed: they do not count until accepted.</source>
        <translation>
            <numerusform>%Ln problème signalé non confirmé&#xa0;: il ne compte pas tant qu’il n’est pas accepté.</numerusform>
            <numerusform>%Ln problèmes signalés non confirmés&#xa0;: ils ne comptent pas tant qu’ils ne sont pas acceptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>(1 − penalty / words) × 100, themqm.org&apos;s linear model; 100 is a translation without confirmed errors.</source>
        <translation>(1 − pénalité / mots) × 100, le modèle linéaire de themqm.org&#xa0;; 100 correspond à une traduction sans erreur confirmée.</translation>
    </message>
    <message>
        <source>No confirmed MT errors yet: tag one (8) or accept a finding.</source>
        <translation>Aucune erreur de TA confirmée pour l’instant&#xa0;: étiquetez-en une (8) ou acceptez un signalement.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <extracomment>An MT error in the MQM tree: the text it is about, then its MQM category.</extracomment>
        <translation>«&#xa0;%1&#xa0;» — %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MtErrorEditor</name>
    <message>
        <source>&amp;Neutral</source>
        <translation>&amp;Neutre</translation>
    </message>
    <message>
        <source>M&amp;inor</source>
        <translation>M&amp;ineure</translation>
    </message>
    <message>
        <source>M&amp;ajor</source>
        <translation>M&amp;ajeure</translation>
    </message>
    <message>
        <source>C&amp;ritical</source>
        <translation>&amp;Critique</translation>
    </message>
    <message>
        <source>Worth noting, costs nothing (preferential change)</source>
        <translation>À noter, ne coûte rien (changement préférentiel)</translation>
    </message>
    <message>
        <source>Noticeable, but the meaning survives (1 point)</source>
        <translation>Visible, mais le sens est préservé (1 point)</translation>
    </message>
    <message>
        <source>Changes the meaning or seriously hurts the reading (5 points)</source>
        <translation>Change le sens ou gêne sérieusement la lecture (5 points)</translation>
    </message>
    <message>
        <source>Could mislead or do harm; fails the article (25 points)</source>
        <translation>Pourrait induire en erreur ou nuire&#xa0;; fait échouer l’article (25 points)</translation>
    </message>
    <message>
        <source>MT Error</source>
        <translation>Erreur de TA</translation>
    </message>
    <message>
        <source>MQM category</source>
        <translation>Catégorie MQM</translation>
    </message>
    <message>
        <source>The MQM &quot;Dimension/Type&quot; of the error (WMT typology); type to find one</source>
        <translation>La «&#xa0;Dimension/Type&#xa0;» MQM de l’erreur (typologie WMT)&#xa0;; tapez pour en trouver une</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>What the translation should say (optional)</source>
        <translation>Ce que la traduction devrait dire (facultatif)</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;orrection:</source>
        <translation>C&amp;orrection&#xa0;:</translation>
    </message>
    <message>
        <source>Confirmed from the checker&apos;s finding &lt;code&gt;%1&lt;/code&gt;.</source>
        <translation>Confirmée à partir du signalement &lt;code&gt;%1&lt;/code&gt; du vérificateur.</translation>
    </message>
    <message>
        <source>Choose the MQM category of the error (&quot;Other&quot; when none fits).</source>
        <translation>Choisissez la catégorie MQM de l’erreur («&#xa0;Other&#xa0;» si aucune ne convient).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PreferencesDialog</name>
    <message>
        <source>Configure — Marginalia</source>
        <translation>Configuration — Marginalia</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Put every page back to the defaults; Apply or OK keeps them</source>
        <translation>Remettre toutes les pages aux valeurs par défaut&#xa0;; Appliquer ou OK les conserve</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Rechercher une action ou une touche…</translation>
    </message>
    <message>
        <source>In the %1 panel</source>
        <translation>Dans le panneau %1</translation>
    </message>
    <message>
        <source>In the article and the panels</source>
        <translation>Dans l’article et les panneaux</translation>
    </message>
    <message>
        <source>Next / previous annotation (in the article)</source>
        <translation>Annotation suivante / précédente (dans l’article)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Edit the claim at the caret, or explain the finding there</source>
        <translation>Modifier l’affirmation au curseur, ou y expliquer le signalement</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Move the caret; select word by word</source>
        <translation>Déplacer le curseur&#xa0;; sélectionner mot par mot</translation>
    </message>
    <message>
        <source>Arrows; Shift+Ctrl+Left/Right</source>
        <translation>Flèches&#xa0;; Maj+Ctrl+Gauche/Droite</translation>
    </message>
    <message>
        <source>Select exactly what the keys cover</source>
        <translation>Sélectionner exactement ce que couvrent les touches</translation>
    </message>
    <message>
        <source>Shift+arrows</source>
        <translation>Maj+flèches</translation>
    </message>
    <message>
        <source>Select exact characters with the mouse (no snapping to words)</source>
        <translation>Sélectionner des caractères précis à la souris (sans s’aligner sur les mots)</translation>
    </message>
    <message>
        <source>Ctrl+drag</source>
        <translation>Ctrl+glisser</translation>
    </message>
    <message>
        <source>Leave the article for the next panel</source>
        <translation>Quitter l’article pour le panneau suivant</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Annotations panel)</source>
        <translation>Supprimer les annotations sélectionnées (panneau Annotations)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Go to the selected row (any panel)</source>
        <translation>Aller à la ligne sélectionnée (dans tout panneau)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SpellingPage</name>
    <message>
        <source>An article whose last line names its language, such as “fr-02”, is checked in that language. For the other articles:</source>
        <translation>Un article dont la dernière ligne indique sa langue, comme «&#xa0;fr-02&#xa0;», est vérifié dans cette langue. Pour les autres articles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Guess the language from the text</source>
        <translation>Deviner la &amp;langue d’après le texte</translation>
    </message>
    <message>
        <source>Guess the language from the text</source>
        <translation>Deviner la langue d’après le texte</translation>
    </message>
    <message>
        <source>&amp;Use this dictionary:</source>
        <translation>&amp;Utiliser ce dictionnaire&#xa0;:</translation>
    </message>
    <message>
        <source>Use this dictionary</source>
        <translation>Utiliser ce dictionnaire</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dictionary for articles that do not name their language</source>
        <translation>Dictionnaire pour les articles qui n’indiquent pas leur langue</translation>
    </message>
    <message>
        <source>No dictionary is installed, so spelling is not checked. Debian&apos;s hunspell-* packages bring them.</source>
        <translation>Aucun dictionnaire n’est installé&#xa0;: l’orthographe n’est donc pas vérifiée. Les paquets Debian hunspell-* en fournissent.</translation>
    </message>
    <message numerus="yes">
        <source>Spell checking by %1, with %Ln dictionaries installed.</source>
        <translation>
            <numerusform>Correction orthographique par %1, avec %Ln dictionnaire installé.</numerusform>
            <numerusform>Correction orthographique par %1, avec %Ln dictionnaires installés.</numerusform>
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
        <translation>la copie ne passe pas quick_check&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>la copie n’a pas pu être écrite sur le disque</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot back up the project: %1</source>
        <translation>Impossible de sauvegarder le projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>La sauvegarde %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place of %2.</source>
        <translation>Impossible de mettre la sauvegarde %1 à la place de %2.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>Impossible de mettre %1 de côté.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The project has no entity %1.</source>
        <translation>Le projet n’a pas d’entité %1.</translation>
    </message>
    <message>
        <source>Cannot save the entity “%1”: %2</source>
        <translation>Impossible d’enregistrer l’entité «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The project has no note %1.</source>
        <translation>Le projet n’a pas de note %1.</translation>
    </message>
    <message>
        <source>Cannot save the note: %1</source>
        <translation>Impossible d’enregistrer la note&#xa0;: %1</translation>
    </message>
    <message>
        <source>The project has no relation %1.</source>
        <translation>Le projet n’a pas de relation %1.</translation>
    </message>
    <message>
        <source>Cannot save the relation: %1</source>
        <translation>Impossible d’enregistrer la relation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save what was decided about the finding: %1</source>
        <translation>Impossible d’enregistrer la décision prise sur le signalement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save the new version of the article: %1</source>
        <translation>Impossible d’enregistrer la nouvelle version de l’article&#xa0;: %1</translation>
    </message>
    <message>
        <source>The article&apos;s metadata must be a JSON object.</source>
        <translation>Les métadonnées de l’article doivent être un objet JSON.</translation>
    </message>
    <message>
        <source>Cannot save the label “%1”: %2</source>
        <translation>Impossible d’enregistrer l’étiquette «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>It was moved to %1.</source>
        <translation>Il a été déplacé vers %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a Marginalia project (%2).</source>
        <translation>%1 n’est pas un projet Marginalia (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application, not a Marginalia project.</source>
        <translation>%1 est une base de données SQLite d’une autre application, pas un projet Marginalia.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Marginalia (schema %2; this version reads up to %3). It was not modified.</source>
        <translation>%1 a été écrit par une version plus récente de Marginalia (schéma %2&#xa0;; cette version lit jusqu’au schéma %3). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version&apos;s format; open it once for writing.</source>
        <translation>%1 doit être mis à niveau au format de cette version&#xa0;; ouvrez-le une fois en écriture.</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>Impossible de configurer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the project %1: %2. It was left as it was.</source>
        <translation>Impossible de mettre à niveau le projet %1&#xa0;: %2. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Cannot create the project %1: %2</source>
        <translation>Impossible de créer le projet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is this project&apos;s own file.</source>
        <translation>%1 est le fichier même de ce projet.</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Impossible d’enregistrer une copie dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save the article: %1</source>
        <translation>Impossible d’enregistrer l’article&#xa0;: %1</translation>
    </message>
    <message>
        <source>The article %1 does not have the text its SHA-256 names.</source>
        <translation>L’article %1 n’a pas le texte que désigne son SHA-256.</translation>
    </message>
    <message>
        <source>Cannot save the article %1: %2</source>
        <translation>Impossible d’enregistrer l’article %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The project has no article %1.</source>
        <translation>Le projet n’a pas d’article %1.</translation>
    </message>
    <message>
        <source>The project has no annotation %1.</source>
        <translation>Le projet n’a pas d’annotation %1.</translation>
    </message>
    <message>
        <source>Cannot save the annotation: %1</source>
        <translation>Impossible d’enregistrer l’annotation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot remove the annotation: %1</source>
        <translation>Impossible de supprimer l’annotation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>This label is still used by %Ln annotation(s) or entit(y/ies); remove them first.</source>
        <translation>
            <numerusform>Cette étiquette sert encore à %Ln annotation ou entité&#xa0;; retirez-la d’abord.</numerusform>
            <numerusform>Cette étiquette sert encore à %Ln annotations ou entités&#xa0;; retirez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains triggers or views that Marginalia does not make: it was not opened, and not modified.</source>
        <translation>%1 contient des déclencheurs ou des vues que Marginalia ne crée pas&#xa0;: il n’a été ni ouvert ni modifié.</translation>
    </message>
    <message>
        <source>it was not closed properly and fails its integrity check</source>
        <translation>il n’a pas été fermé correctement et ne passe pas la vérification d’intégrité</translation>
    </message>
    <message>
        <source>SQLite cannot read it: %1</source>
        <translation>SQLite ne peut pas le lire : %1</translation>
    </message>
    <message>
        <source>the file was cut short: it ends inside a page</source>
        <translation>le fichier a été tronqué : il s’arrête au milieu d’une page</translation>
    </message>
    <message>
        <source>the file is empty, but it has backups</source>
        <translation>le fichier est vide, mais il a des sauvegardes</translation>
    </message>
    <message>
        <source>The project %1 is damaged (%2).</source>
        <translation>Le projet %1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>Il n’en existe aucune sauvegarde.</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>La sauvegarde la plus récente est %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. It can be opened read-only.</source>
        <translation>%1 ne peut pas être modifié : le fichier ou son dossier est en lecture seule. Il peut être ouvert en lecture seule.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>“%1” has a capital in the middle of a sentence.</source>
        <translation>«&#xa0;%1&#xa0;» a une majuscule au milieu d’une phrase.</translation>
    </message>
    <message>
        <source>“%1 %2”: a capital inside the sentence and an article that should be elided.</source>
        <translation>«&#xa0;%1 %2&#xa0;»&#xa0;: une majuscule dans la phrase et un article qui devrait être élidé.</translation>
    </message>
    <message>
        <source>“%1” is written in lower case elsewhere in this article.</source>
        <translation>«&#xa0;%1&#xa0;» est écrit en minuscules ailleurs dans cet article.</translation>
    </message>
    <message>
        <source>A full stop is followed by “%1” in lower case: either the capital is missing or the full stop is stray and cuts a sentence in two.</source>
        <translation>Un point est suivi de «&#xa0;%1&#xa0;» en minuscule&#xa0;: soit la majuscule manque, soit le point est de trop et coupe une phrase en deux.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is spelled “%2” elsewhere in this article (%Ln time(s)): the same name spelled two ways?</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» s’écrit «&#xa0;%2&#xa0;» ailleurs dans cet article (%Ln fois)&#xa0;: le même nom écrit de deux façons&#xa0;?</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» s’écrit «&#xa0;%2&#xa0;» ailleurs dans cet article (%Ln fois)&#xa0;: le même nom écrit de deux façons&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: stray or doubled punctuation.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: ponctuation parasite ou doublée.</translation>
    </message>
    <message>
        <source>No space goes before “%1”.</source>
        <translation>Pas d’espace avant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A space is missing after “%1”.</source>
        <translation>Il manque une espace après «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several spaces in a row.</source>
        <translation>Plusieurs espaces à la suite.</translation>
    </message>
    <message>
        <source>Spaces at the start or end of the line.</source>
        <translation>Des espaces en début ou en fin de ligne.</translation>
    </message>
    <message>
        <source>No space goes just inside brackets.</source>
        <translation>Pas d’espace juste à l’intérieur des parenthèses.</translation>
    </message>
    <message>
        <source>A space is missing outside this bracket.</source>
        <translation>Il manque une espace à l’extérieur de cette parenthèse.</translation>
    </message>
    <message>
        <source>“%1”: no space before the hyphen of an inverted pronoun.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: pas d’espace avant le trait d’union d’un pronom inversé.</translation>
    </message>
    <message>
        <source>This paragraph ends without final punctuation.</source>
        <translation>Ce paragraphe se termine sans ponctuation finale.</translation>
    </message>
    <message>
        <source>“%1” opens a quotation or bracket that is never closed.</source>
        <translation>«&#xa0;%1&#xa0;» ouvre une citation ou une parenthèse qui n’est jamais fermée.</translation>
    </message>
    <message>
        <source>“%1” closes a quotation opened before this paragraph, or never opened.</source>
        <translation>«&#xa0;%1&#xa0;» ferme une citation ouverte avant ce paragraphe, ou jamais ouverte.</translation>
    </message>
    <message>
        <source>“%1” closes something that was never opened.</source>
        <translation>«&#xa0;%1&#xa0;» ferme quelque chose qui n’a jamais été ouvert.</translation>
    </message>
    <message>
        <source>French puts a (no-break) space before “%1”.</source>
        <translation>Le français met une espace (insécable) avant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>French puts a no-break space after «.</source>
        <translation>Le français met une espace insécable après «.</translation>
    </message>
    <message>
        <source>French puts a no-break space before ».</source>
        <translation>Le français met une espace insécable avant ».</translation>
    </message>
    <message numerus="yes">
        <source>This article mostly puts ordinary spaces before : ; ? ! (%Ln place(s)); French typography uses no-break spaces, so that the mark never starts a line.</source>
        <translation>
            <numerusform>Cet article met surtout des espaces ordinaires avant : ; ? ! (%Ln endroit)&#xa0;; la typographie française utilise des espaces insécables, pour que le signe ne commence jamais une ligne.</numerusform>
            <numerusform>Cet article met surtout des espaces ordinaires avant : ; ? ! (%Ln endroits)&#xa0;; la typographie française utilise des espaces insécables, pour que le signe ne commence jamais une ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article mostly puts ordinary spaces inside « » (%Ln place(s)); French typography uses no-break spaces, so that a guillemet never stands alone at a line&apos;s edge.</source>
        <translation>
            <numerusform>Cet article met surtout des espaces ordinaires à l’intérieur des « » (%Ln endroit)&#xa0;; la typographie française utilise des espaces insécables, pour qu’un guillemet ne reste jamais seul au bord d’une ligne.</numerusform>
            <numerusform>Cet article met surtout des espaces ordinaires à l’intérieur des « » (%Ln endroits)&#xa0;; la typographie française utilise des espaces insécables, pour qu’un guillemet ne reste jamais seul au bord d’une ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Elsewhere this article puts a no-break space here; this one is an ordinary space, so “%1” can end up alone at the edge of a line.</source>
        <translation>Ailleurs, cet article met ici une espace insécable&#xa0;; celle-ci est une espace ordinaire, et «&#xa0;%1&#xa0;» peut se retrouver seul au bord d’une ligne.</translation>
    </message>
    <message>
        <source>French typography puts a no-break space here, so that “%1” never ends up alone at the edge of a line.</source>
        <translation>La typographie française met ici une espace insécable, pour que «&#xa0;%1&#xa0;» ne se retrouve jamais seul au bord d’une ligne.</translation>
    </message>
    <message>
        <source>French separates a number from its unit with a (no-break) space: “%1”.</source>
        <translation>Le français sépare un nombre de son unité par une espace (insécable)&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A no-break space keeps a number and its unit on one line: “%1”.</source>
        <translation>Une espace insécable garde un nombre et son unité sur la même ligne&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>French groups the digits of a large number by three: “%1”.</source>
        <translation>Le français groupe par trois les chiffres d’un grand nombre&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is an accent sign, not an apostrophe.</source>
        <translation>«&#xa0;%1&#xa0;» est un signe d’accent, pas une apostrophe.</translation>
    </message>
    <message>
        <source>“%1” is elided: no space goes after its apostrophe.</source>
        <translation>«&#xa0;%1&#xa0;» est élidé&#xa0;: pas d’espace après son apostrophe.</translation>
    </message>
    <message>
        <source>“%1”: one apostrophe is enough.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une seule apostrophe suffit.</translation>
    </message>
    <message>
        <source>This article uses the typographic apostrophe ’ elsewhere; here it has a straight &apos;.</source>
        <translation>Cet article utilise ailleurs l’apostrophe typographique ’&#xa0;; ici, elle est droite &apos;.</translation>
    </message>
    <message>
        <source>No space goes before “%1” in this language.</source>
        <translation>Pas d’espace avant «&#xa0;%1&#xa0;» dans cette langue.</translation>
    </message>
    <message>
        <source>“%1” is written twice.</source>
        <translation>«&#xa0;%1&#xa0;» est écrit deux fois.</translation>
    </message>
    <message>
        <source>This line repeats the start of the headline and stops: a truncated duplicate.</source>
        <translation>Cette ligne répète le début du titre et s’arrête&#xa0;: un doublon tronqué.</translation>
    </message>
    <message>
        <source>This line repeats the start of another paragraph and stops: a truncated duplicate.</source>
        <translation>Cette ligne répète le début d’un autre paragraphe et s’arrête&#xa0;: un doublon tronqué.</translation>
    </message>
    <message>
        <source>“%1 %2” has lost its apostrophe: “%3”.</source>
        <translation>«&#xa0;%1 %2&#xa0;» a perdu son apostrophe&#xa0;: «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” looks like one word broken in two: “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à un mot coupé en deux&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is missing an accent: “%2”.</source>
        <translation>Il manque un accent à «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” looks like two words run together: “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à deux mots soudés&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not in the dictionary; did you mean “%2”?</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans le dictionnaire&#xa0;; vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” is not in the dictionary; it looks like a name. Tag it or add it to the project dictionary if it is spelled right.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans le dictionnaire&#xa0;; on dirait un nom. Étiquetez-le, ou ajoutez-le au dictionnaire du projet s’il est bien écrit.</translation>
    </message>
    <message>
        <source>“%1” is not in the %2 dictionary.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans le dictionnaire %2.</translation>
    </message>
    <message>
        <source>“a %1”: before a place or a name this is usually the preposition “à”.</source>
        <translation>«&#xa0;a %1&#xa0;»&#xa0;: devant un lieu ou un nom, c’est généralement la préposition «&#xa0;à&#xa0;».</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>“%1” looks like words left untranslated: the dictionary for %2 knows them, this article&apos;s does not.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à des mots restés non traduits&#xa0;: le dictionnaire %2 les connaît, celui de l’article non.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 is already open in another Marginalia window (process %2 on %3). Close it there, or open another project.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre de Marginalia (processus %2 sur %3). Fermez-le là-bas, ou ouvrez un autre projet.</translation>
    </message>
    <message>
        <source>Cannot lock %1: the folder is not writable.</source>
        <translation>Impossible de verrouiller %1&#xa0;: le dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>This project is already saved as %1.</source>
        <translation>Ce projet est déjà enregistré sous %1.</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Impossible d’enregistrer dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This project is open read-only here: articles cannot be added to it.</source>
        <translation>Ce projet est ouvert ici en lecture seule&#xa0;: impossible d’y ajouter des articles.</translation>
    </message>
    <message>
        <source>This project is open read-only here: nothing can be imported into it.</source>
        <translation>Ce projet est ouvert ici en lecture seule&#xa0;: rien ne peut y être importé.</translation>
    </message>
    <message numerus="yes">
        <source>This is a new version of the article: %Ln annotation(s) could not find their text and are listed as orphans in the Annotations panel, to be placed or deleted.</source>
        <translation>
            <numerusform>Ceci est une nouvelle version de l’article&#xa0;: %Ln annotation n’a pas retrouvé son texte&#xa0;; elle figure comme orpheline dans le panneau Annotations, à placer ou à supprimer.</numerusform>
            <numerusform>Ceci est une nouvelle version de l’article&#xa0;: %Ln annotations n’ont pas retrouvé leur texte&#xa0;; elles figurent comme orphelines dans le panneau Annotations, à placer ou à supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no article yet.</source>
        <translation>Ce projet n’a encore aucun article.</translation>
    </message>
    <message>
        <source>There is no word to add.</source>
        <translation>Il n’y a aucun mot à ajouter.</translation>
    </message>
    <message>
        <source>This project is open read-only here.</source>
        <translation>Ce projet est ouvert ici en lecture seule.</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Aucun article n’est ouvert.</translation>
    </message>
    <message>
        <source>That annotation is not in this article.</source>
        <translation>Cette annotation n’est pas dans cet article.</translation>
    </message>
</context>
<context>
    <name>SpellBackend</name>
    <message>
        <source>No Hunspell dictionary for %1 in %2.</source>
        <translation>Aucun dictionnaire Hunspell pour %1 dans %2.</translation>
    </message>
    <message>
        <source>Sonnet has no dictionary for %1 (it offers: %2).</source>
        <translation>Sonnet n’a pas de dictionnaire pour %1 (il propose&#xa0;: %2).</translation>
    </message>
    <message>
        <source>No %1 dictionary for language &quot;%2&quot;. Installed: %3.</source>
        <translation>Aucun dictionnaire %1 pour la langue «&#xa0;%2&#xa0;». Installés&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read machine-translated news, see what the translation broke, annotate it.</source>
        <translation>Lire l’actualité traduite automatiquement, voir ce que la traduction a cassé, l’annoter.</translation>
    </message>
    <message>
        <source>Project file (default: %1).</source>
        <translation>Fichier de projet (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>An article to open (.txt, .md, .html).</source>
        <translation>Un article à ouvrir (.txt, .md, .html).</translation>
    </message>
    <message>
        <source>%1 is already open in another Marginalia window. Open it read-only here?</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre de Marginalia. L’ouvrir ici en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>Open the newest backup?</source>
        <translation>Ouvrir la sauvegarde la plus récente&#xa0;?</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Open it read-only?</source>
        <translation>%1 ne peut pas être modifié : le fichier ou son dossier est en lecture seule. L’ouvrir en lecture seule ?</translation>
    </message>
</context>
</TS>
