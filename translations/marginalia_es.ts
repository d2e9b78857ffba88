<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Anchoring</name>
    <message>
        <source>The span %1–%2 is not inside the article (%3 characters).</source>
        <translation>El fragmento %1–%2 no está dentro del artículo (%3 caracteres).</translation>
    </message>
</context>
<context>
    <name>ArticleLoader</name>
    <message numerus="yes">
        <source>%Ln external resource(s) in the HTML were not loaded.</source>
        <translation>
            <numerusform>No se ha cargado %Ln recurso externo del HTML.</numerusform>
            <numerusform>No se han cargado %Ln recursos externos del HTML.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); Marginalia opens articles up to %3 MB.</source>
        <translation>%1 es demasiado grande (%2 MB); Marginalia abre artículos de hasta %3 MB.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 contains no text.</source>
        <translation>%1 no contiene texto.</translation>
    </message>
    <message>
        <source>binary data</source>
        <extracomment>What a file that is not text looks like, as in &quot;… (it looks like binary data).&quot;</extracomment>
        <translation>datos binarios</translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid %1: %Ln invalid byte sequence(s) were replaced with �.</source>
        <translation>
            <numerusform>El archivo no es %1 válido: se ha sustituido %Ln secuencia de bytes no válida por �.</numerusform>
            <numerusform>El archivo no es %1 válido: se han sustituido %Ln secuencias de bytes no válidas por �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln NUL byte(s) were removed from the text.</source>
        <translation>
            <numerusform>Se ha eliminado %Ln byte NUL del texto.</numerusform>
            <numerusform>Se han eliminado %Ln bytes NUL del texto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was read as %1 without a byte order mark.</source>
        <translation>El archivo se ha leído como %1 sin marca de orden de bytes (BOM).</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like %2).</source>
        <translation>%1 no es un archivo de texto (tipo detectado: %2).</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>La entrada</translation>
    </message>
    <message numerus="yes">
        <source>The HTML nests its elements more than %Ln level(s) deep: the deeper tags were ignored and only their text was kept.</source>
        <translation>
            <numerusform>El HTML anida sus elementos a más de %Ln nivel de profundidad: se han ignorado las etiquetas más profundas y solo se ha conservado su texto.</numerusform>
            <numerusform>El HTML anida sus elementos a más de %Ln niveles de profundidad: se han ignorado las etiquetas más profundas y solo se ha conservado su texto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln hallazgo</numerusform>
            <numerusform>%Ln hallazgos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Mayormente verdadero</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Mayormente falso</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>No verificable</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>T</source>
        <comment>verdict key: True</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>M</source>
        <comment>verdict key: Mostly true</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>X</source>
        <comment>verdict key: Mixed</comment>
        <translation>X</translation>
    </message>
    <message>
        <source>O</source>
        <comment>verdict key: Mostly false</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>F</source>
        <comment>verdict key: False</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>U</source>
        <comment>verdict key: Unverifiable</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>N</source>
        <comment>verdict key: Not checked</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Estadística</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>Causal</source>
        <translation>Causal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>1 — low</source>
        <translation>1 — bajo</translation>
    </message>
    <message>
        <source>2 — medium</source>
        <translation>2 — medio</translation>
    </message>
    <message>
        <source>3 — high</source>
        <translation>3 — alto</translation>
    </message>
    <message>
        <source>0 — not rated</source>
        <translation>0 — sin valorar</translation>
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
        <translation>%1 (%2; también %3)</translation>
    </message>
    <message>
        <source>“%1”, mention of %2: …%3…</source>
        <translation>«%1», mención de %2: …%3…</translation>
    </message>
    <message>
        <source>“%1”, %2 mention: …%3…</source>
        <translation>«%1», mención de tipo %2: …%3…</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>entidad %1</translation>
    </message>
    <message>
        <source>mention %1</source>
        <translation>mención %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--project FILE is needed</source>
        <translation>se necesita --project FILE</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 has no article %2 (see marginalia-cli list)</source>
        <translation>%1 no tiene ningún artículo %2 (véase marginalia-cli list)</translation>
    </message>
    <message>
        <source>Add articles to a project, or new versions of stored ones.</source>
        <translation>Añadir artículos a un proyecto, o versiones nuevas de los ya almacenados.</translation>
    </message>
    <message>
        <source>The project file (created if missing).</source>
        <translation>El archivo de proyecto (se crea si no existe).</translation>
    </message>
    <message>
        <source>Read annotation files of this format (%1) instead of articles.</source>
        <translation>Leer archivos de anotaciones en este formato (%1) en lugar de artículos.</translation>
    </message>
    <message>
        <source>Import what can be read and report the rest (default: all or nothing).</source>
        <translation>Importar lo que se pueda leer e informar del resto (predeterminado: todo o nada).</translation>
    </message>
    <message>
        <source>Articles (.txt, .md, .html), or files of --format.</source>
        <translation>Artículos (.txt, .md, .html) o archivos en el formato de --format.</translation>
    </message>
    <message>
        <source>import needs --project FILE and at least one PATH</source>
        <translation>import necesita --project FILE y al menos un PATH</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot; (one of: %2)</source>
        <translation>no se puede importar «%1» (formatos posibles: %2)</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>no importado: %1</translation>
    </message>
    <message>
        <source>%1: already in the project (article %2), unchanged</source>
        <translation>%1: ya está en el proyecto (artículo %2), sin cambios</translation>
    </message>
    <message>
        <source>%1: added as article %2</source>
        <translation>%1: añadido como artículo %2</translation>
    </message>
    <message>
        <source>The project&apos;s articles with their annotations per label.</source>
        <translation>Los artículos del proyecto con sus anotaciones por etiqueta.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo de proyecto.</translation>
    </message>
    <message>
        <source>Check articles for machine-translation damage.</source>
        <translation>Revisar artículos en busca de daños causados por la traducción automática.</translation>
    </message>
    <message>
        <source>Language (fr) or dictionary (fr_FR) to check with.</source>
        <translation>Idioma (fr) o diccionario (fr_FR) con el que revisar.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Formato de salida: text o json.</translation>
    </message>
    <message>
        <source>Do not compute suggestions (faster).</source>
        <translation>No calcular sugerencias (más rápido).</translation>
    </message>
    <message>
        <source>French: want no-break spaces before : ; ? !, inside « » and before units everywhere, instead of following the article&apos;s own habit.</source>
        <translation>Francés: exigir espacios de no separación antes de : ; ? !, dentro de « » y antes de las unidades en todo el texto, en lugar de seguir la costumbre del propio artículo.</translation>
    </message>
    <message>
        <source>Check an article stored in this project.</source>
        <translation>Revisar un artículo almacenado en este proyecto.</translation>
    </message>
    <message>
        <source>The stored article: its document id (fr-02) or its number in the project.</source>
        <translation>El artículo almacenado: su identificador de documento (fr-02) o su número en el proyecto.</translation>
    </message>
    <message>
        <source>Articles to check (.txt, .md, .html).</source>
        <translation>Artículos que revisar (.txt, .md, .html).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text or json)</source>
        <translation>formato desconocido «%1» (usar text o json)</translation>
    </message>
    <message>
        <source>--project and --document go together</source>
        <translation>--project y --document van juntos</translation>
    </message>
    <message>
        <source>check needs at least one FILE</source>
        <translation>check necesita al menos un FILE</translation>
    </message>
    <message>
        <source>no dictionary is installed</source>
        <translation>no hay ningún diccionario instalado</translation>
    </message>
    <message>
        <source>Write a project&apos;s annotations in a format other tools read.</source>
        <translation>Escribir las anotaciones de un proyecto en un formato que lean otras herramientas.</translation>
    </message>
    <message>
        <source>Export format: %1.</source>
        <translation>Formato de exportación: %1.</translation>
    </message>
    <message>
        <source>Only this article (its document id, e.g. fr-02); repeatable.</source>
        <translation>Solo este artículo (su identificador de documento, p. ej. fr-02); se puede repetir.</translation>
    </message>
    <message>
        <source>Only these labels, comma-separated.</source>
        <translation>Solo estas etiquetas, separadas por comas.</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark.</source>
        <translation>CSV: empezar con una marca de orden de bytes (BOM) UTF-8.</translation>
    </message>
    <message>
        <source>ClaimReview: who publishes the reviews.</source>
        <translation>ClaimReview: quién publica las verificaciones.</translation>
    </message>
    <message>
        <source>ClaimReview: the page the reviews are published on.</source>
        <translation>ClaimReview: la página en la que se publican las verificaciones.</translation>
    </message>
    <message>
        <source>Where to write.</source>
        <translation>Dónde escribir.</translation>
    </message>
    <message>
        <source>export needs --project FILE and --output PATH</source>
        <translation>export necesita --project FILE y --output PATH</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (one of: %2)</source>
        <translation>formato de exportación desconocido «%1» (formatos posibles: %2)</translation>
    </message>
    <message>
        <source>not exported: %1</source>
        <translation>no exportado: %1</translation>
    </message>
    <message>
        <source>Marginalia on the command line: check articles, export annotations.</source>
        <translation>Marginalia en la línea de órdenes: revisar artículos, exportar anotaciones.</translation>
    </message>
    <message>
        <source>check, import, list, export or backend</source>
        <translation>check, import, list, export o backend</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
%2</source>
        <translation>orden desconocida «%1»
%2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Check an article stored in a project.</source>
        <translation>Revisar un artículo guardado en un proyecto.</translation>
    </message>
    <message>
        <source>Add articles to a project; a new version of a stored one re-anchors its annotations.</source>
        <translation>Añadir artículos a un proyecto; una versión nueva de uno guardado vuelve a anclar sus anotaciones.</translation>
    </message>
    <message>
        <source>Write a project&apos;s annotations.</source>
        <translation>Escribir las anotaciones de un proyecto.</translation>
    </message>
    <message>
        <source>Print the spell backend and its dictionaries.</source>
        <translation>Mostrar el corrector ortográfico y sus diccionarios.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) added</source>
        <translation>
            <numerusform>%Ln artículo añadido</numerusform>
            <numerusform>%Ln artículos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) already in the project</source>
        <translation>
            <numerusform>%Ln artículo ya en el proyecto</numerusform>
            <numerusform>%Ln artículos ya en el proyecto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln anotación</numerusform>
            <numerusform>%Ln anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) added</source>
        <translation>
            <numerusform>%Ln entidad añadida</numerusform>
            <numerusform>%Ln entidades añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) already known</source>
        <translation>
            <numerusform>%Ln entidad ya conocida</numerusform>
            <numerusform>%Ln entidades ya conocidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new label(s)</source>
        <translation>
            <numerusform>%Ln etiqueta nueva</numerusform>
            <numerusform>%Ln etiquetas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) in place</source>
        <translation>
            <numerusform>%Ln anotación en su sitio</numerusform>
            <numerusform>%Ln anotaciones en su sitio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln desplazada</numerusform>
            <numerusform>%Ln desplazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found approximately</source>
        <translation>
            <numerusform>%Ln encontrada de forma aproximada</numerusform>
            <numerusform>%Ln encontradas de forma aproximada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln huérfana</numerusform>
            <numerusform>%Ln huérfanas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: new version of article %2: %3</source>
        <translation>%1: versión nueva del artículo %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) written to %1</source>
        <translation>
            <numerusform>%Ln anotación escrita en %1</numerusform>
            <numerusform>%Ln anotaciones escritas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorpusChecker</name>
    <message>
        <source>The articles are being checked already.</source>
        <translation>Ya se están revisando los artículos.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot copy to %1</source>
        <translation>No se puede copiar en %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>%1: the claimant of &apos;%2&apos; is the entity &apos;%3&apos;, not a mention: brat cannot link it</source>
        <translation>%1: el autor de la afirmación «%2» es la entidad «%3», no una mención: brat no puede enlazarlo</translation>
    </message>
    <message>
        <source>%1: a note on the article itself (&apos;%2&apos;): brat notes belong to annotations</source>
        <translation>%1: una nota sobre el propio artículo («%2»): en brat, las notas pertenecen a las anotaciones</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>refers to the event %1; events are not imported</source>
        <translation>remite al evento %1; los eventos no se importan</translation>
    </message>
    <message>
        <source>refers to %1; only text-bound annotations (T) can carry this</source>
        <translation>remite a %1; solo las anotaciones ligadas al texto (T) pueden llevar esto</translation>
    </message>
    <message>
        <source>refers to %1, which this file does not define</source>
        <translation>remite a %1, que este archivo no define</translation>
    </message>
    <message>
        <source>a text-bound annotation needs a type and offsets</source>
        <translation>una anotación ligada al texto necesita un tipo y unos desplazamientos</translation>
    </message>
    <message>
        <source>offsets &apos;%1&apos; are not a span of the text (%2 characters)</source>
        <translation>los desplazamientos «%1» no son un fragmento del texto (%2 caracteres)</translation>
    </message>
    <message>
        <source>fragments overlap</source>
        <translation>los fragmentos se solapan</translation>
    </message>
    <message>
        <source>discontinuous span joined into one: it now also covers &apos;%1&apos;</source>
        <translation>fragmento discontinuo unido en uno solo: ahora también abarca «%1»</translation>
    </message>
    <message>
        <source>the text &apos;%1&apos; is not what the offsets cover (&apos;%2&apos;); the offsets are kept</source>
        <translation>el texto «%1» no es el que abarcan los desplazamientos («%2»); se conservan los desplazamientos</translation>
    </message>
    <message>
        <source>a relation needs a type and two arguments</source>
        <translation>una relación necesita un tipo y dos argumentos</translation>
    </message>
    <message>
        <source>an equivalence needs a type and at least two annotations</source>
        <translation>una equivalencia necesita un tipo y al menos dos anotaciones</translation>
    </message>
    <message>
        <source>an attribute needs a name, an annotation and at most one value</source>
        <translation>un atributo necesita un nombre, una anotación y como máximo un valor</translation>
    </message>
    <message>
        <source>a normalisation reads &apos;Reference T1 DB:ID&apos;</source>
        <translation>una normalización tiene la forma «Reference T1 DB:ID»</translation>
    </message>
    <message>
        <source>%1 already refers to %2; a mention refers to one entity</source>
        <translation>%1 ya remite a %2; una mención remite a una sola entidad</translation>
    </message>
    <message>
        <source>a note reads &apos;AnnotatorNotes T1&lt;TAB&gt;text&apos;</source>
        <translation>una nota tiene la forma «AnnotatorNotes T1&lt;TAB&gt;texto»</translation>
    </message>
    <message>
        <source>cannot read the text %1: %2</source>
        <translation>no se puede leer el texto %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, which brat requires</source>
        <translation>%1 no está en UTF-8, como exige brat</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>no está en UTF-8</translation>
    </message>
    <message>
        <source>no id and TAB at the start of the line</source>
        <translation>falta un identificador seguido de TAB al principio de la línea</translation>
    </message>
    <message>
        <source>events (%1) are not supported</source>
        <translation>los eventos (%1) no se admiten</translation>
    </message>
    <message>
        <source>unknown annotation type &apos;%1&apos;</source>
        <translation>tipo de anotación desconocido «%1»</translation>
    </message>
    <message>
        <source>%1 is neither a brat .ann or .txt file nor a folder.</source>
        <translation>%1 no es un archivo .ann o .txt de brat ni una carpeta.</translation>
    </message>
    <message>
        <source>%1: no %2 beside it</source>
        <translation>%1: no hay ningún %2 a su lado</translation>
    </message>
    <message>
        <source>%1 claim %2 (“%3”)</source>
        <translation>%1, afirmación %2 («%3»)</translation>
    </message>
    <message>
        <source>%1: not checked yet, no review to publish</source>
        <translation>%1: aún sin verificar, no hay ninguna revisión que publicar</translation>
    </message>
    <message>
        <source>%1: no claimant, the review has no itemReviewed.author</source>
        <translation>%1: sin autor, la revisión no tiene itemReviewed.author</translation>
    </message>
    <message>
        <source>%1: the article has no &quot;date&quot; metadata, the claim no datePublished</source>
        <translation>%1: el artículo no tiene el metadato «date» y la afirmación no tiene datePublished</translation>
    </message>
    <message>
        <source>%1: no reviewer named (--reviewer), the review has no author</source>
        <translation>%1: no se ha indicado ningún revisor (--reviewer), la revisión no tiene autor</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is not an IOB tag; read as O</source>
        <translation>la etiqueta «%1» no es una etiqueta IOB; se lee como O</translation>
    </message>
    <message>
        <source>a line without a token</source>
        <translation>una línea sin token</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8: read as Latin-1.</source>
        <translation>%1 no está en UTF-8: se lee como Latin-1.</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3” (%4–%5) overlaps an earlier correction</source>
        <translation>%1: «%2» → «%3» (%4–%5) se solapa con una corrección anterior</translation>
    </message>
    <message>
        <source>There is no article to write.</source>
        <translation>No hay ningún artículo que escribir.</translation>
    </message>
    <message>
        <source>JSON Lines, lossless (a whole project, read back by import)</source>
        <translation>JSON Lines, sin pérdidas (un proyecto entero, que la importación vuelve a leer)</translation>
    </message>
    <message>
        <source>CSV (one row per annotation)</source>
        <translation>CSV (una fila por anotación)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>MQM TSV (WMT layout, with per-article scores)</source>
        <translation>MQM TSV (formato WMT, con puntuaciones por artículo)</translation>
    </message>
    <message>
        <source>brat standoff (a folder of .txt and .ann)</source>
        <translation>brat standoff (una carpeta de archivos .txt y .ann)</translation>
    </message>
    <message>
        <source>CoNLL-2003 IOB2 (token and entity tag)</source>
        <translation>CoNLL-2003 IOB2 (token y etiqueta de entidad)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (claims with a verdict)</source>
        <translation>schema.org ClaimReview (afirmaciones con veredicto)</translation>
    </message>
    <message>
        <source>HTML report (printable, self-contained)</source>
        <translation>Informe HTML (imprimible, autónomo)</translation>
    </message>
    <message>
        <source>Corrected text (accepted corrections applied)</source>
        <translation>Texto corregido (con las correcciones aceptadas aplicadas)</translation>
    </message>
    <message>
        <source>The project has no label named “%1”.</source>
        <translation>El proyecto no tiene ninguna etiqueta llamada «%1».</translation>
    </message>
    <message>
        <source>The project has no article “%1”.</source>
        <translation>El proyecto no tiene ningún artículo «%1».</translation>
    </message>
    <message>
        <source>There is nothing to import: name at least one file.</source>
        <translation>No hay nada que importar: indique al menos un archivo.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>No se puede escribir %1: es una carpeta.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutra</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>%1: “%2” is not drawn (its text is no longer there)</source>
        <translation>%1: «%2» no se marca (su texto ya no existe)</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <source>Language %1</source>
        <translation>Idioma %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Translation errors (MQM)</source>
        <translation>Errores de traducción (MQM)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Marginalia report</source>
        <translation>Informe de Marginalia</translation>
    </message>
    <message>
        <source>Written by Marginalia.</source>
        <translation>Generado por Marginalia.</translation>
    </message>
    <message>
        <source>an annotation has no label</source>
        <translation>una anotación no tiene etiqueta</translation>
    </message>
    <message>
        <source>entity “%1”: %2</source>
        <translation>entidad «%1»: %2</translation>
    </message>
    <message>
        <source>%1: annotation %2: the span %3–%4 is not inside the text (%5 characters)</source>
        <translation>%1: anotación %2: el fragmento %3–%4 no está dentro del texto (%5 caracteres)</translation>
    </message>
    <message>
        <source>%1: annotation %2: %3</source>
        <translation>%1: anotación %2: %3</translation>
    </message>
    <message>
        <source>%1: annotation %2: no entity “%3”</source>
        <translation>%1: anotación %2: no existe la entidad «%3»</translation>
    </message>
    <message>
        <source>%1: claim %2: no mention “%3” for its claimant</source>
        <translation>%1: afirmación %2: no existe la mención «%3» para su autor</translation>
    </message>
    <message>
        <source>%1: relation %2 %3 → %4: no such annotation</source>
        <translation>%1: relación %2 %3 → %4: no existe esa anotación</translation>
    </message>
    <message>
        <source>This project is open read-only here: nothing can be imported into it.</source>
        <translation>Este proyecto está abierto aquí en modo de solo lectura: no se puede importar nada en él.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. %Ln problem(s):</source>
        <translation>
            <numerusform>No se ha importado nada. %Ln problema:</numerusform>
            <numerusform>No se ha importado nada. %Ln problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>no es JSON (%1)</translation>
    </message>
    <message>
        <source>not a Marginalia JSON Lines file (the first line names no &quot;marginalia&quot; jsonl)</source>
        <translation>no es un archivo JSON Lines de Marginalia (la primera línea no declara un jsonl «marginalia»)</translation>
    </message>
    <message>
        <source>written by a newer Marginalia (version %1; this one reads %2)</source>
        <translation>escrito por una versión más reciente de Marginalia (versión %1; esta lee la %2)</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>tipo de registro desconocido «%1»</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1: archivo vacío</translation>
    </message>
    <message>
        <source>“%1” is not an id</source>
        <translation>«%1» no es un identificador</translation>
    </message>
    <message>
        <source>a label needs a name, a colour and a style</source>
        <translation>una etiqueta necesita un nombre, un color y un estilo</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>una entidad necesita un nombre</translation>
    </message>
    <message>
        <source>article %1: the text is not the one its SHA-256 names</source>
        <translation>artículo %1: el texto no es el que indica su SHA-256</translation>
    </message>
    <message>
        <source>article %1: the body length is not inside the text</source>
        <translation>artículo %1: la longitud del cuerpo excede el texto</translation>
    </message>
    <message>
        <source>annotation %1: no span (start %2, end %3)</source>
        <translation>anotación %1: sin fragmento (inicio %2, fin %3)</translation>
    </message>
    <message>
        <source>annotation %1: the claim&apos;s kind or verdict is unknown</source>
        <translation>anotación %1: el tipo o el veredicto de la afirmación es desconocido</translation>
    </message>
    <message>
        <source>annotation %1: the MT error&apos;s severity is unknown</source>
        <translation>anotación %1: la gravedad del error de TA es desconocida</translation>
    </message>
    <message>
        <source>entity %1: no label %2</source>
        <translation>entidad %1: no existe la etiqueta %2</translation>
    </message>
    <message>
        <source>annotation %1: no article %2</source>
        <translation>anotación %1: no existe el artículo %2</translation>
    </message>
    <message>
        <source>annotation %1: the span %2–%3 is past the end of its article</source>
        <translation>anotación %1: el fragmento %2–%3 sobrepasa el final de su artículo</translation>
    </message>
    <message>
        <source>annotation %1: no label %2</source>
        <translation>anotación %1: no existe la etiqueta %2</translation>
    </message>
    <message>
        <source>annotation %1: no entity %2</source>
        <translation>anotación %1: no existe la entidad %2</translation>
    </message>
    <message>
        <source>claim %1: no mention %2 for its claimant</source>
        <translation>afirmación %1: no existe la mención %2 para su autor</translation>
    </message>
    <message>
        <source>claim %1: no entity %2 for its claimant</source>
        <translation>afirmación %1: no existe la entidad %2 para su autor</translation>
    </message>
    <message>
        <source>note %1: what it is on is not in the file</source>
        <translation>nota %1: lo que anota no está en el archivo</translation>
    </message>
    <message>
        <source>relation %1: an end is not in the file</source>
        <translation>relación %1: uno de sus extremos no está en el archivo</translation>
    </message>
    <message>
        <source>annotation %1: no article %2 in the files</source>
        <translation>anotación %1: no existe el artículo %2 en los archivos</translation>
    </message>
    <message>
        <source>relation %1: its source is not in the files</source>
        <translation>relación %1: su origen no está en los archivos</translation>
    </message>
    <message>
        <source>%1: “%2” (%3–%4) is in no segment</source>
        <translation>%1: «%2» (%3–%4) no está en ningún segmento</translation>
    </message>
    <message>
        <source>%1: “%2” (%3–%4) crosses a segment&apos;s end: clipped to it</source>
        <translation>%1: «%2» (%3–%4) sobrepasa el final de un segmento: se recorta hasta él</translation>
    </message>
    <message>
        <source>%1:1: not an MQM TSV header (it needs system, doc, seg_id, rater, target, category and severity columns)</source>
        <translation>%1:1: no es una cabecera MQM TSV (necesita las columnas system, doc, seg_id, rater, target, category y severity)</translation>
    </message>
    <message>
        <source>%1: %2 fields where the header has %3</source>
        <translation>%1: %2 campos donde la cabecera tiene %3</translation>
    </message>
    <message>
        <source>%1: the seg_id “%2” is not a number</source>
        <translation>%1: el seg_id «%2» no es un número</translation>
    </message>
    <message>
        <source>%1: the error span is not one &lt;v&gt;…&lt;/v&gt; pair</source>
        <translation>%1: el fragmento del error no es un único par &lt;v&gt;…&lt;/v&gt;</translation>
    </message>
    <message>
        <source>%1: unknown severity “%2”</source>
        <translation>%1: gravedad desconocida «%2»</translation>
    </message>
    <message>
        <source>%1: segment %2 of %3 has another target at %4:%5</source>
        <translation>%1: el segmento %2 de %3 tiene otro texto de destino en %4:%5</translation>
    </message>
    <message>
        <source>%1: seg_id %2 is also written “%3” in %4</source>
        <translation>%1: el seg_id %2 también se escribe «%3» en %4</translation>
    </message>
    <message>
        <source>%1: the segment is empty</source>
        <translation>%1: el segmento está vacío</translation>
    </message>
    <message>
        <source>%1: annotation %2 (“%3”): its claimant, annotation %4, is not in the export</source>
        <translation>%1: anotación %2 («%3»): su autor, la anotación %4, no está en la exportación</translation>
    </message>
    <message>
        <source>Marginalia annotations</source>
        <translation>Anotaciones de Marginalia</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2 at byte %3</source>
        <translation>%1: no es JSON: %2 en el byte %3</translation>
    </message>
    <message>
        <source>the collection&apos;s pages are not in the file (its first page is %1)</source>
        <translation>las páginas de la colección no están en el archivo (su primera página es %1)</translation>
    </message>
    <message>
        <source>not an Annotation, AnnotationPage or AnnotationCollection</source>
        <translation>no es una Annotation, AnnotationPage ni AnnotationCollection</translation>
    </message>
    <message>
        <source>item %1 of a page is not an Annotation</source>
        <translation>el elemento %1 de una página no es una Annotation</translation>
    </message>
    <message>
        <source>the next page, %1, is not in the file</source>
        <translation>la página siguiente, %1, no está en el archivo</translation>
    </message>
    <message>
        <source>%1: annotation %2</source>
        <translation>%1: anotación %2</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>no tiene destino</translation>
    </message>
    <message>
        <source>it links %1 to nothing</source>
        <translation>no enlaza %1 con nada</translation>
    </message>
    <message>
        <source>its source %1 is not an article of the project</source>
        <translation>su origen %1 no es un artículo del proyecto</translation>
    </message>
    <message>
        <source>its source %1 (document %2) is not an article of the project</source>
        <translation>su origen %1 (documento %2) no es un artículo del proyecto</translation>
    </message>
    <message>
        <source>it annotates a whole article, which can only have notes</source>
        <translation>anota un artículo entero, que solo puede tener notas</translation>
    </message>
    <message>
        <source>its RangeSelector ends (%1) before it starts (%2)</source>
        <translation>su RangeSelector termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <source>its TextPositionSelector %1–%2 is past the end of the article (%3)</source>
        <translation>su TextPositionSelector %1–%2 sobrepasa el final del artículo (%3)</translation>
    </message>
    <message>
        <source>it has no text selector</source>
        <translation>no tiene selector de texto</translation>
    </message>
    <message>
        <source>its quote “%1” is not in the article, or not in one place</source>
        <translation>su cita «%1» no está en el artículo, o no está en un único lugar</translation>
    </message>
    <message>
        <source>Also tagged: %1</source>
        <translation>También etiquetada como: %1</translation>
    </message>
    <message>
        <source>Suggested edit: %1</source>
        <translation>Modificación sugerida: %1</translation>
    </message>
    <message>
        <source>an annotation with this id was already read</source>
        <translation>ya se ha leído una anotación con este identificador</translation>
    </message>
    <message>
        <source>its claimant, annotation %1, is not in the import</source>
        <translation>su autor, la anotación %1, no está en la importación</translation>
    </message>
    <message>
        <source>it links %1, which is not an annotation in the import</source>
        <translation>enlaza %1, que no es una anotación de la importación</translation>
    </message>
    <message>
        <source>it links to %1, which is not an annotation of the same article</source>
        <translation>enlaza con %1, que no es una anotación del mismo artículo</translation>
    </message>
    <message>
        <source>its TextPositionSelector counts from a fragment of a structured document, which a plain-text article does not have</source>
        <translation>su TextPositionSelector cuenta desde un fragmento de un documento estructurado, algo que un artículo de texto sin formato no tiene</translation>
    </message>
    <message>
        <source>its TextPositionSelector is not a non-empty range of positions</source>
        <translation>su TextPositionSelector no es un intervalo de posiciones no vacío</translation>
    </message>
    <message>
        <source>its RFC 5147 fragment “%1” is not a character range (char=start,end)</source>
        <translation>su fragmento RFC 5147 «%1» no es un intervalo de caracteres (char=inicio,fin)</translation>
    </message>
    <message>
        <source>its %1 does not select text</source>
        <translation>su %1 no selecciona texto</translation>
    </message>
    <message>
        <source>%1 is not an entity span</source>
        <translation>%1 no es un fragmento de entidad</translation>
    </message>
    <message>
        <source>%1 overlaps “%2”</source>
        <translation>%1 se solapa con «%2»</translation>
    </message>
    <message>
        <source>%1 covers no token</source>
        <translation>%1 no abarca ningún token</translation>
    </message>
    <message>
        <source>Marginalia cannot import the %1 format.</source>
        <translation>Marginalia no puede importar el formato %1.</translation>
    </message>
    <message numerus="yes">
        <source>MQM score %1 · %Ln error(s), penalty %2 over %3 words (%4 per 1,000 words; WMT 2021 weights)</source>
        <translation>
            <numerusform>Puntuación MQM %1 · %Ln error, penalización %2 sobre %3 palabras (%4 por cada 1000 palabras; pesos de WMT 2021)</numerusform>
            <numerusform>Puntuación MQM %1 · %Ln errores, penalización %2 sobre %3 palabras (%4 por cada 1000 palabras; pesos de WMT 2021)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingStyle</name>
    <message>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>Merged words</source>
        <translation>Palabras fusionadas</translation>
    </message>
    <message>
        <source>Split word</source>
        <translation>Palabra dividida</translation>
    </message>
    <message>
        <source>Capitalisation</source>
        <translation>Uso de mayúsculas</translation>
    </message>
    <message>
        <source>Accents</source>
        <translation>Acentos</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Unpaired quote</source>
        <translation>Comilla sin pareja</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Tipografía</translation>
    </message>
    <message>
        <source>Repeated word</source>
        <translation>Palabra repetida</translation>
    </message>
    <message>
        <source>Name spelled two ways</source>
        <translation>Nombre escrito de dos formas</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Sin traducir</translation>
    </message>
    <message>
        <source>Truncated line</source>
        <translation>Línea truncada</translation>
    </message>
    <message>
        <source>Unknown name</source>
        <translation>Nombre desconocido</translation>
    </message>
</context>
<context>
    <name>LabelAppearance</name>
    <message>
        <source>Fill</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <source>Dashed underline</source>
        <translation>Subrayado discontinuo</translation>
    </message>
    <message>
        <source>Dotted underline</source>
        <translation>Subrayado punteado</translation>
    </message>
    <message>
        <source>Wavy underline</source>
        <translation>Subrayado ondulado</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Recuadro</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>MT error</source>
        <translation>Error de TA</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltado</translation>
    </message>
</context>
<context>
    <name>Marginalia::Annotator</name>
    <message>
        <source>There is no label %1 in this project.</source>
        <translation>No hay ninguna etiqueta %1 en este proyecto.</translation>
    </message>
    <message>
        <source>This project is open read-only here (it is open for writing in another window); nothing was changed.</source>
        <translation>Este proyecto está abierto aquí en modo de solo lectura (está abierto para escritura en otra ventana); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>earlier changes are not saved yet</source>
        <translation>hay cambios anteriores que aún no se han guardado</translation>
    </message>
    <message>
        <source>“%1” could not be saved (%2). It is kept, and Marginalia tries again every few seconds: nothing is lost while the program stays open.</source>
        <translation>No se ha podido guardar «%1» (%2). Se conserva y Marginalia lo reintenta cada pocos segundos: no se pierde nada mientras el programa siga abierto.</translation>
    </message>
    <message>
        <source>The new project file is read-only.</source>
        <translation>El nuevo archivo de proyecto es de solo lectura.</translation>
    </message>
    <message>
        <source>“%1” could not be saved in the new file either: %2</source>
        <translation>Tampoco se ha podido guardar «%1» en el nuevo archivo: %2</translation>
    </message>
    <message>
        <source>Tag “%1” as %2</source>
        <translation>Etiquetar «%1» como %2</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln tag(s)</source>
        <translation>
            <numerusform>Quitar %Ln etiqueta</numerusform>
            <numerusform>Quitar %Ln etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to look for.</source>
        <translation>No hay nada que buscar.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>Etiquetar %Ln aparición de «%1» como %2</numerusform>
            <numerusform>Etiquetar %Ln apariciones de «%1» como %2</numerusform>
        </translation>
    </message>
    <message>
        <source>New version of “%1”</source>
        <translation>Nueva versión de «%1»</translation>
    </message>
    <message>
        <source>This project has no label for MT errors; add one in the label editor.</source>
        <translation>Este proyecto no tiene ninguna etiqueta para errores de TA; añada una en el editor de etiquetas.</translation>
    </message>
    <message>
        <source>Accept “%1” as an MT error</source>
        <translation>Aceptar «%1» como error de TA</translation>
    </message>
    <message>
        <source>This project is open read-only here: articles cannot be added to it.</source>
        <translation>Este proyecto está abierto aquí en modo de solo lectura: no se le pueden añadir artículos.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Marcar «%1» como %2</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar «%1»</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>Una entidad necesita un nombre.</translation>
    </message>
    <message>
        <source>New entity “%1”</source>
        <translation>Nueva entidad «%1»</translation>
    </message>
    <message>
        <source>Edit entity “%1”</source>
        <translation>Editar la entidad «%1»</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>Una entidad no se puede fusionar consigo misma.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionar «%1» en «%2»</translation>
    </message>
    <message>
        <source>Delete entity “%1”</source>
        <translation>Eliminar la entidad «%1»</translation>
    </message>
    <message>
        <source>A note belongs to one article or one annotation.</source>
        <translation>Una nota pertenece a un solo artículo o a una sola anotación.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>Editar una nota</translation>
    </message>
    <message>
        <source>Remove a note</source>
        <translation>Quitar una nota</translation>
    </message>
    <message>
        <source>A relation links two different annotations.</source>
        <translation>Una relación enlaza dos anotaciones distintas.</translation>
    </message>
    <message>
        <source>A relation needs a kind.</source>
        <translation>Una relación necesita un tipo.</translation>
    </message>
    <message>
        <source>Link “%1” to “%2”</source>
        <translation>Enlazar «%1» con «%2»</translation>
    </message>
    <message>
        <source>Remove a link</source>
        <translation>Quitar un enlace</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>The label “%1” needs a colour.</source>
        <translation>La etiqueta «%1» necesita un color.</translation>
    </message>
    <message>
        <source>A label&apos;s key is one of 1 to 9, or none; “%1” is not.</source>
        <translation>La tecla de una etiqueta es un número del 1 al 9, o ninguna; «%1» no lo es.</translation>
    </message>
    <message>
        <source>There is already a label named “%1”.</source>
        <translation>Ya hay una etiqueta llamada «%1».</translation>
    </message>
    <message>
        <source>Add label “%1”</source>
        <translation>Añadir la etiqueta «%1»</translation>
    </message>
    <message numerus="yes">
        <source>The kind of “%1” cannot change while %Ln annotation(s) use it.</source>
        <translation>
            <numerusform>El tipo de «%1» no puede cambiar mientras %Ln anotación la use.</numerusform>
            <numerusform>El tipo de «%1» no puede cambiar mientras %Ln anotaciones la usen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kind of “%1” cannot change while it is the type of %Ln entit(y/ies).</source>
        <translation>
            <numerusform>El tipo de «%1» no puede cambiar mientras sea el tipo de %Ln entidad.</numerusform>
            <numerusform>El tipo de «%1» no puede cambiar mientras sea el tipo de %Ln entidades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit label “%1”</source>
        <translation>Editar la etiqueta «%1»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be removed: %Ln annotation(s) use it. Delete them or tag them with another label first.</source>
        <translation>
            <numerusform>No se puede quitar «%1»: %Ln anotación la usa. Elimínela o etiquétela antes con otra etiqueta.</numerusform>
            <numerusform>No se puede quitar «%1»: %Ln anotaciones la usan. Elimínelas o etiquételas antes con otra etiqueta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be removed: it is the type of %Ln entit(y/ies). Delete them or give them another type first.</source>
        <translation>
            <numerusform>No se puede quitar «%1»: es el tipo de %Ln entidad. Elimínela o asígnele antes otro tipo.</numerusform>
            <numerusform>No se puede quitar «%1»: es el tipo de %Ln entidades. Elimínelas o asígneles antes otro tipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove label “%1”</source>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AnnotationsModel</name>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>mayormente verdadero</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>mayormente falso</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation>no verificable</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutra</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>major</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>Lost its text when the article changed: place it or delete it</source>
        <translation>Su texto se perdió al cambiar el artículo: colóquela o elimínela</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>%1 · verdict: %2</source>
        <translation>%1 · veredicto: %2</translation>
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
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AnnotationsPanel</name>
    <message>
        <source>&amp;Orphans only</source>
        <translation>Solo &amp;huérfanas</translation>
    </message>
    <message>
        <source>&amp;Place at Selection</source>
        <translation>&amp;Colocar en la selección</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Show annotations with label</source>
        <translation>Mostrar las anotaciones con la etiqueta</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Buscar en las anotaciones</translation>
    </message>
    <message>
        <source>Search text, label, entity…</source>
        <translation>Buscar texto, etiqueta, entidad…</translation>
    </message>
    <message>
        <source>Show only orphaned annotations</source>
        <translation>Mostrar solo las anotaciones huérfanas</translation>
    </message>
    <message>
        <source>Place the orphaned annotation on the selected text</source>
        <translation>Colocar la anotación huérfana en el texto seleccionado</translation>
    </message>
    <message>
        <source>Select its text in the article, then place the orphan there</source>
        <translation>Seleccione su texto en el artículo y luego coloque ahí la anotación huérfana</translation>
    </message>
    <message>
        <source>Delete the selected annotations</source>
        <translation>Eliminar las anotaciones seleccionadas</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Del)</source>
        <translation>Eliminar las anotaciones seleccionadas (Suprimir)</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln anotación</numerusform>
            <numerusform>%Ln anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln huérfana</numerusform>
            <numerusform>%Ln huérfanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln mostrada</numerusform>
            <numerusform>%Ln mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab / Shift+Tab in the article: next / previous</source>
        <translation>Tabulador / Mayúsculas+Tabulador en el artículo: siguiente / anterior</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Follow the system&apos;s colours, or use Marginalia&apos;s own light or dark colours</source>
        <translation>Seguir los colores del sistema o usar los colores claros u oscuros propios de Marginalia</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Tipo de letra de lectura</translation>
    </message>
    <message>
        <source>The font of the article text</source>
        <translation>El tipo de letra del texto del artículo</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>Tipo de letra de &amp;lectura:</translation>
    </message>
    <message>
        <source>Font size in points</source>
        <translation>Tamaño de letra en puntos</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Tamaño de l&amp;etra:</translation>
    </message>
    <message>
        <source>Line spacing in percent</source>
        <translation>Interlineado en porcentaje</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Interlineado:</translation>
    </message>
    <message>
        <source>Li&amp;mit the length of a line</source>
        <translation>Li&amp;mitar la longitud de las líneas</translation>
    </message>
    <message>
        <source>Limit the length of a line</source>
        <translation>Limitar la longitud de las líneas</translation>
    </message>
    <message>
        <source>Unchecked, the text fills the width of the window</source>
        <translation>Si no está marcado, el texto ocupa todo el ancho de la ventana</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>Caracteres por línea</translation>
    </message>
    <message>
        <source>The text column is centred in the window</source>
        <translation>La columna de texto se centra en la ventana</translation>
    </message>
    <message>
        <source>C&amp;haracters per line:</source>
        <translation>&amp;Caracteres por línea:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ArticleView</name>
    <message>
        <source>Claims and claimants</source>
        <translation>Afirmaciones y autores</translation>
    </message>
    <message>
        <source>Claim, no claimant: “%1”</source>
        <translation>Afirmación sin autor: «%1»</translation>
    </message>
    <message>
        <source>Claim by &lt;b&gt;%1&lt;/b&gt;: “%2”</source>
        <translation>Afirmación de &lt;b&gt;%1&lt;/b&gt;: «%2»</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>Sugerencias:</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Buscando sugerencias…</translation>
    </message>
    <message>
        <source>Right-click for actions.</source>
        <translation>Clic derecho para ver las acciones.</translation>
    </message>
    <message>
        <source>Tagged &lt;b&gt;%1&lt;/b&gt;: “%2”</source>
        <translation>Etiquetado como &lt;b&gt;%1&lt;/b&gt;: «%2»</translation>
    </message>
    <message>
        <source>Claimed by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Afirmado por &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ArticlesPanel</name>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Doc.</source>
        <translation>Doc.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Identificador del documento</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status: ○ to do, ◐ in progress, ● done</source>
        <translation>Estado: ○ pendiente, ◐ en curso, ● terminado</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Open checker findings when the article was last checked (Check ▸ Check All Articles)</source>
        <translation>Hallazgos abiertos en la última revisión del artículo (Revisión ▸ Revisar todos los artículos)</translation>
    </message>
    <message>
        <source>Search matches</source>
        <translation>Coincidencias de la búsqueda</translation>
    </message>
    <message>
        <source>Articles of the project</source>
        <translation>Artículos del proyecto</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>Buscar en el corpus</translation>
    </message>
    <message>
        <source>Search all articles: text, tags, entities, notes…</source>
        <translation>Buscar en todos los artículos: texto, etiquetas, entidades, notas…</translation>
    </message>
    <message>
        <source>Status of the selected article</source>
        <translation>Estado del artículo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln terminado</numerusform>
            <numerusform>%Ln terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln anotación</numerusform>
            <numerusform>%Ln anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln MT error(s)</source>
        <translation>
            <numerusform>%Ln error de TA</numerusform>
            <numerusform>%Ln errores de TA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln huérfana</numerusform>
            <numerusform>%Ln huérfanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no revisado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open finding(s) when last checked</source>
        <translation>
            <numerusform>%Ln hallazgo abierto en la última revisión</numerusform>
            <numerusform>%Ln hallazgos abiertos en la última revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the text</source>
        <translation>
            <numerusform>%Ln en el texto</numerusform>
            <numerusform>%Ln en el texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in annotations and notes</source>
        <translation>
            <numerusform>%Ln en anotaciones y notas</numerusform>
            <numerusform>%Ln en anotaciones y notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” found in %Ln article(s)</source>
        <translation>
            <numerusform>«%1» encontrado en %Ln artículo</numerusform>
            <numerusform>«%1» encontrado en %Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Mark as &amp;To Do</source>
        <translation>Marcar como «&amp;Pendiente»</translation>
    </message>
    <message>
        <source>Mark as &amp;In Progress</source>
        <translation>Marcar como «&amp;En curso»</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>Marcar como «&amp;Terminado»</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClaimEditor</name>
    <message>
        <source>Claim — “%1”</source>
        <translation>Afirmación — «%1»</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>Texto de la afirmación</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Afirmación:</translation>
    </message>
    <message>
        <source>&amp;Claimant:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation>Tipo de afirmación</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Check-worthiness</source>
        <translation>Interés de verificación</translation>
    </message>
    <message>
        <source>How much the claim is worth checking; type a digit from 0 to 3.</source>
        <translation>Cuánto merece la pena verificar la afirmación; escriba un dígito del 0 al 3.</translation>
    </message>
    <message>
        <source>Check-&amp;worthiness:</source>
        <translation>&amp;Interés de verificación:</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>In your own words, e.g. “Misleading”</source>
        <translation>Con palabras propias, p. ej., «Engañoso»</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Calificación:</translation>
    </message>
    <message>
        <source>Revi&amp;ewed on</source>
        <translation>Revisada &amp;el</translation>
    </message>
    <message>
        <source>Date reviewed</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>The entities could not be read: %1</source>
        <translation>No se han podido leer las entidades: %1</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Type part of a name, then pick it from the list</source>
        <translation>Escriba parte de un nombre y elíjalo de la lista</translation>
    </message>
    <message>
        <source>Entities and mentions</source>
        <translation>Entidades y menciones</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
    <message>
        <source>Keys: %1. Alone on a verdict, with Alt anywhere.</source>
        <translation>Teclas: %1. Solas sobre un veredicto; con Alt, desde cualquier sitio.</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Enlaces a pruebas</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Enlace a una prueba</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nota sobre la prueba</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Qué muestra</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>L&amp;ink:</source>
        <translation>En&amp;lace:</translation>
    </message>
    <message>
        <source>“%1” is neither an entity nor a mention in this article. Type part of a name and pick it from the list, or clear the claimant.</source>
        <translation>«%1» no es ni una entidad ni una mención de este artículo. Escriba parte de un nombre y elíjalo de la lista, o borre el autor.</translation>
    </message>
    <message>
        <source>No claimant.</source>
        <translation>Sin autor.</translation>
    </message>
    <message>
        <source>Not found yet: pick an entity or a mention from the list.</source>
        <translation>Aún no encontrado: elija una entidad o una mención de la lista.</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Entidad: %1</translation>
    </message>
    <message>
        <source>Mention: %1</source>
        <translation>Mención: %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address: evidence links start with http:// or https://.</source>
        <translation>«%1» no es una dirección web: los enlaces a pruebas empiezan por http:// o https://.</translation>
    </message>
    <message>
        <source>This link is in the list already.</source>
        <translation>Este enlace ya está en la lista.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>The claim&apos;s text, quoted.</extracomment>
        <translation>«%1»</translation>
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
        <translation>Sin autor</translation>
    </message>
    <message>
        <source>%1 (reviewed %2)</source>
        <translation>%1 (revisado el %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence link(s)</source>
        <translation>
            <numerusform>%Ln enlace a pruebas</numerusform>
            <numerusform>%Ln enlaces a pruebas</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClaimsPanel</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Show claims with verdict</source>
        <translation>Mostrar las afirmaciones con el veredicto</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Todos los veredictos</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Edit the claim: claimant, verdict, evidence (F2)</source>
        <translation>Editar la afirmación: autor, veredicto, pruebas (F2)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>The claimants could not be read: %1</source>
        <translation>No se han podido leer los autores: %1</translation>
    </message>
    <message>
        <source>There is no claim %1 in this article.</source>
        <translation>No hay ninguna afirmación %1 en este artículo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s) shown</source>
        <translation>
            <numerusform>Mostrando %1 de %Ln afirmación</numerusform>
            <numerusform>Mostrando %1 de %Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>F2: edit</source>
        <translation>F2: editar</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::EntitiesPanel</name>
    <message>
        <source>Also called: %1</source>
        <translation>También llamada: %1</translation>
    </message>
    <message>
        <source>(unknown type)</source>
        <translation>(tipo desconocido)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) in this article</source>
        <translation>
            <numerusform>%Ln mención en este artículo</numerusform>
            <numerusform>%Ln menciones en este artículo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) in the project</source>
        <translation>
            <numerusform>%Ln mención en el proyecto</numerusform>
            <numerusform>%Ln menciones en el proyecto</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tagged as %1, not linked to an entity</source>
        <translation>Etiquetada como %1, sin enlazar a ninguna entidad</translation>
    </message>
    <message>
        <source>Its text was not found when the article changed.</source>
        <translation>Su texto no se encontró al cambiar el artículo.</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>Nueva entidad</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Editar entidad</translation>
    </message>
    <message>
        <source>An entity keeps the type its mentions were tagged with.</source>
        <translation>Una entidad conserva el tipo con el que se etiquetaron sus menciones.</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>Alias, uno por línea</translation>
    </message>
    <message>
        <source>Wikidata id</source>
        <translation>Identificador de Wikidata</translation>
    </message>
    <message>
        <source>Q followed by digits, or empty</source>
        <translation>Q seguida de dígitos, o vacío</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save the entity</source>
        <translation>Guardar la entidad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Alias:</translation>
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
        <translation>Una entidad necesita un nombre.</translation>
    </message>
    <message>
        <source>The project has no entity label to give this entity a type.</source>
        <translation>El proyecto no tiene ninguna etiqueta de entidad con la que dar un tipo a esta entidad.</translation>
    </message>
    <message>
        <source>A Wikidata id is the letter Q followed by digits, such as Q90.</source>
        <translation>Un identificador de Wikidata es la letra Q seguida de dígitos, como Q90.</translation>
    </message>
    <message>
        <source>The URL must be a web address starting with https:// or http://.</source>
        <translation>La URL debe ser una dirección web que empiece por https:// o http://.</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Fusionar entidades</translation>
    </message>
    <message>
        <source>The mentions of one entity move to the other, and its name and aliases become aliases of the one kept. Which one is kept?</source>
        <translation>Las menciones de una entidad pasan a la otra, y su nombre y sus alias se convierten en alias de la que se conserva. ¿Cuál se conserva?</translation>
    </message>
    <message numerus="yes">
        <source>Keep “%1” (%Ln mention(s))</source>
        <translation>
            <numerusform>Conservar «%1» (%Ln mención)</numerusform>
            <numerusform>Conservar «%1» (%Ln menciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Merge the two entities</source>
        <translation>Fusionar las dos entidades</translation>
    </message>
    <message>
        <source>They have different types: the kept entity keeps its own, and each mention keeps the label it was tagged with.</source>
        <translation>Tienen tipos distintos: la entidad conservada mantiene el suyo, y cada mención mantiene la etiqueta con la que se etiquetó.</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Entities with their mentions in this article. Enter shows a mention; Ins makes an entity of selected mentions, F2 edits, Ctrl+M merges two, Ctrl+T tags every occurrence, Del deletes.</source>
        <translation>Entidades con sus menciones en este artículo. Intro muestra una mención; Insertar crea una entidad con las menciones seleccionadas, F2 edita, Control+M fusiona dos, Control+T etiqueta todas las apariciones y Suprimir elimina.</translation>
    </message>
    <message>
        <source>Filter entities by name or alias</source>
        <translation>Filtrar las entidades por nombre o alias</translation>
    </message>
    <message>
        <source>Filter by name or alias…</source>
        <translation>Filtrar por nombre o alias…</translation>
    </message>
    <message>
        <source>Entity actions</source>
        <translation>Acciones de entidad</translation>
    </message>
    <message>
        <source>&amp;New Entity…</source>
        <translation>&amp;Nueva entidad…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Make an entity of the selected mentions</source>
        <translation>Crear una entidad con las menciones seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Edit Entity…</source>
        <translation>&amp;Editar entidad…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Rename the entity, edit its aliases and links</source>
        <translation>Cambiar el nombre de la entidad, editar sus alias y enlaces</translation>
    </message>
    <message>
        <source>&amp;Merge Entities…</source>
        <translation>&amp;Fusionar entidades…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Merge the two selected entities into one</source>
        <translation>Fusionar en una sola las dos entidades seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Tag All Occurrences</source>
        <translation>E&amp;tiquetar todas las apariciones</translation>
    </message>
    <message>
        <source>Tag All</source>
        <translation>Etiquetar todas</translation>
    </message>
    <message>
        <source>Tag every occurrence of the entity&apos;s name and aliases in this article</source>
        <translation>Etiquetar todas las apariciones del nombre y los alias de la entidad en este artículo</translation>
    </message>
    <message>
        <source>&amp;Delete Entity</source>
        <translation>E&amp;liminar entidad</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected entities; their mentions stay, unlinked</source>
        <translation>Eliminar las entidades seleccionadas; sus menciones se quedan, sin enlazar</translation>
    </message>
    <message>
        <source>The entities could not be read: %1</source>
        <translation>No se han podido leer las entidades: %1</translation>
    </message>
    <message>
        <source>Not linked to an entity</source>
        <translation>Sin enlazar a ninguna entidad</translation>
    </message>
    <message>
        <source>Mentions tagged with an entity label but not linked to an entity yet: select some and press Ins to make them an entity.</source>
        <translation>Menciones etiquetadas con una etiqueta de entidad pero aún sin enlazar a ninguna entidad: seleccione algunas y pulse Insertar para convertirlas en una entidad.</translation>
    </message>
    <message>
        <source>No entities yet. Tag a name in the article (1, 2 or 3), select it here and press Ins to make it an entity.</source>
        <translation>Aún no hay entidades. Etiquete un nombre en el artículo (1, 2 o 3), selecciónelo aquí y pulse Insertar para convertirlo en una entidad.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) not linked</source>
        <translation>
            <numerusform>%Ln mención sin enlazar</numerusform>
            <numerusform>%Ln menciones sin enlazar</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show in Article</source>
        <translation>&amp;Mostrar en el artículo</translation>
    </message>
    <message>
        <source>Entity “%1” created.</source>
        <translation>Entidad «%1» creada.</translation>
    </message>
    <message>
        <source>Entity “%1” saved.</source>
        <translation>Entidad «%1» guardada.</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”.</source>
        <translation>«%1» fusionada en «%2».</translation>
    </message>
    <message>
        <source>Entity “%1” deleted; its mentions stay. Ctrl+Z brings it back.</source>
        <translation>Entidad «%1» eliminada; sus menciones se quedan. Control+Z la restaura.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities deleted; their mentions stay. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln entidad eliminada; sus menciones se quedan. Control+Z la restaura.</numerusform>
            <numerusform>%Ln entidades eliminadas; sus menciones se quedan. Control+Z las restaura.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag all occurrences of “%1”</source>
        <translation>Etiquetar todas las apariciones de «%1»</translation>
    </message>
    <message>
        <source>No untagged occurrence of “%1” in this article.</source>
        <translation>No hay ninguna aparición sin etiquetar de «%1» en este artículo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s) of “%1” tagged.</source>
        <translation>
            <numerusform>%Ln aparición de «%1» etiquetada.</numerusform>
            <numerusform>%Ln apariciones de «%1» etiquetadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entity(ies)</source>
        <translation>
            <numerusform>%Ln entidad</numerusform>
            <numerusform>%Ln entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln entity(ies)</source>
        <translation>
            <numerusform>Eliminar %Ln entidad</numerusform>
            <numerusform>Eliminar %Ln entidades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>Exportar anotaciones</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;This article</source>
        <translation>Es&amp;te artículo</translation>
    </message>
    <message>
        <source>&amp;All articles</source>
        <translation>Todos los &amp;artículos</translation>
    </message>
    <message>
        <source>Labels to export</source>
        <translation>Etiquetas que exportar</translation>
    </message>
    <message>
        <source>Start with a byte order &amp;mark (for spreadsheets that need one)</source>
        <translation>Empezar con una &amp;marca de orden de bytes (para las hojas de cálculo que la necesiten)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Who publishes the reviews</source>
        <translation>Quién publica las revisiones</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>Página de las revisiones</translation>
    </message>
    <message>
        <source>https://… the page the reviews are on</source>
        <translation>https://… la página en la que están las revisiones</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Revisor:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>Imprimir en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Artículos:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>Et&amp;iquetas:</translation>
    </message>
    <message>
        <source>Preview (the start of what is written):</source>
        <translation>Vista previa (el principio de lo que se escribe):</translation>
    </message>
    <message>
        <source>Choose at least one label to export.</source>
        <translation>Elija al menos una etiqueta que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: %Ln annotation(s).</source>
        <translation>
            <numerusform>Vista previa de %1: %Ln anotación.</numerusform>
            <numerusform>Vista previa de %1: %Ln anotaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>No impreso: %1</translation>
    </message>
    <message>
        <source>Not printed: %1 could not be written.</source>
        <translation>No impreso: no se ha podido escribir %1.</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>Impreso en %1.</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Imprimir en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>(Shown indented; the file is compact.)</source>
        <translation>(Se muestra con sangría; el archivo es compacto.)</translation>
    </message>
    <message>
        <source>Re&amp;view page:</source>
        <translation>&amp;Página de las revisiones:</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln annotation(s).</source>
        <translation>
            <numerusform>Vista previa: %Ln anotación.</numerusform>
            <numerusform>Vista previa: %Ln anotaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) cannot be written in this format, e.g. %1</source>
        <translation>
            <numerusform>%Ln anotación no se puede escribir en este formato, p. ej.: %1</numerusform>
            <numerusform>%Ln anotaciones no se pueden escribir en este formato, p. ej.: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln anotación</numerusform>
            <numerusform>%Ln anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1: %2.</source>
        <translation>Escrito en %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) could not be written in this format:</source>
        <translation>
            <numerusform>No se ha podido escribir %Ln anotación en este formato:</numerusform>
            <numerusform>No se han podido escribir %Ln anotaciones en este formato:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingCard</name>
    <message>
        <source>note</source>
        <extracomment>A finding&apos;s severity, after its category on the card: &quot;Spelling · minor&quot;.</extracomment>
        <translation>nota</translation>
    </message>
    <message>
        <source>minor</source>
        <extracomment>A finding&apos;s severity, after its category on the card: &quot;Spelling · minor&quot;.</extracomment>
        <translation>menor</translation>
    </message>
    <message>
        <source>major</source>
        <extracomment>A finding&apos;s severity, after its category on the card: &quot;Spelling · major&quot;.</extracomment>
        <translation>grave</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Detalles del hallazgo</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>Copiar «%1»</translation>
    </message>
    <message>
        <source>Copy the suggestion; Marginalia never changes the article.</source>
        <translation>Copiar la sugerencia; Marginalia nunca modifica el artículo.</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Buscando sugerencias…</translation>
    </message>
    <message>
        <source>Accept as MT Error</source>
        <translation>Aceptar como error de TA</translation>
    </message>
    <message>
        <source>Record it as a translation error (%1) in the project.</source>
        <translation>Registrarlo en el proyecto como error de traducción (%1).</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Do not show this finding again in this article.</source>
        <translation>No volver a mostrar este hallazgo en este artículo.</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Añadir al diccionario</translation>
    </message>
    <message>
        <source>Accept “%1” in every article of this project.</source>
        <translation>Aceptar «%1» en todos los artículos de este proyecto.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingsModel</name>
    <message>
        <source>%1 — “%2”</source>
        <extracomment>A line of the Findings list: the finding&apos;s category, then the text it is about.</extracomment>
        <translation>%1 — «%2»</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingsPage</name>
    <message>
        <source>Kinds of findings shown</source>
        <translation>Tipos de hallazgos mostrados</translation>
    </message>
    <message>
        <source>MQM category: %1</source>
        <translation>Categoría MQM: %1</translation>
    </message>
    <message>
        <source>&amp;Show these kinds of findings:</source>
        <translation>&amp;Mostrar estos tipos de hallazgos:</translation>
    </message>
    <message>
        <source>Hidden kinds are still checked; they are left out of the article, the Findings panel and Next Finding (F8).</source>
        <translation>Los tipos ocultos se siguen revisando; solo se excluyen del artículo, del panel Hallazgos y de Hallazgo siguiente (F8).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problema</numerusform>
            <numerusform>%Ln problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message>
        <source>F8 / Shift+F8: next / previous</source>
        <translation>F8 / Mayúsculas+F8: siguiente / anterior</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::HeatStrip</name>
    <message>
        <source>Overview of findings and annotations</source>
        <translation>Vista general de hallazgos y anotaciones</translation>
    </message>
    <message>
        <source>Left: the checker&apos;s findings; right: annotations; the frame is the part on screen. Click to go there.</source>
        <translation>Izquierda: los hallazgos de la revisión; derecha: las anotaciones; el marco es la parte visible en pantalla. Un clic lleva allí.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln hallazgo</numerusform>
            <numerusform>%Ln hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln anotación</numerusform>
            <numerusform>%Ln anotaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::LabelSchemaEditor</name>
    <message>
        <source>Kind of “%1”</source>
        <translation>Tipo de «%1»</translation>
    </message>
    <message>
        <source>Key of “%1”</source>
        <translation>Tecla de «%1»</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Sin tecla</translation>
    </message>
    <message>
        <source>%1 (from “%2”)</source>
        <translation>%1 (de «%2»)</translation>
    </message>
    <message>
        <source>Style of “%1”</source>
        <translation>Estilo de «%1»</translation>
    </message>
    <message>
        <source>Name of “%1”</source>
        <translation>Nombre de «%1»</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Etiqueta nueva</translation>
    </message>
    <message>
        <source>New label %1</source>
        <translation>Etiqueta nueva %1</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <source>Add a label (Ins)</source>
        <translation>Añadir una etiqueta (Insertar)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>Choose the label&apos;s colour</source>
        <translation>Elegir el color de la etiqueta</translation>
    </message>
    <message>
        <source>Choose the current label&apos;s colour (Enter on its colour)</source>
        <translation>Elegir el color de la etiqueta actual (Intro sobre su color)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the label</source>
        <translation>Quitar la etiqueta</translation>
    </message>
    <message>
        <source>Remove the current label, if no annotation uses it (Del)</source>
        <translation>Quitar la etiqueta actual, si ninguna anotación la usa (Suprimir)</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rehecho: %1.</translation>
    </message>
    <message>
        <source>Added “%1”: type its name and press Enter.</source>
        <translation>Se ha añadido «%1»: escriba su nombre y pulse Intro.</translation>
    </message>
    <message>
        <source>Choose the label to remove first.</source>
        <translation>Elija primero la etiqueta que quitar.</translation>
    </message>
    <message>
        <source>Removed “%1”. Ctrl+Z brings it back.</source>
        <translation>Se ha quitado «%1». Control+Z la restaura.</translation>
    </message>
    <message>
        <source>Choose the label to colour first.</source>
        <translation>Elija primero la etiqueta a la que dar color.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Color de «%1»</translation>
    </message>
    <message>
        <source>Add &amp;Label</source>
        <translation>&amp;Añadir etiqueta</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::LabelSchemaModel</name>
    <message>
        <source>The label&apos;s name, unique in the project (F2 to rename)</source>
        <translation>El nombre de la etiqueta, único en el proyecto (F2 para cambiarlo)</translation>
    </message>
    <message>
        <source>What the label records: an entity, a claim, an MT error or a highlight. It cannot change while annotations use the label.</source>
        <translation>Lo que registra la etiqueta: una entidad, una afirmación, un error de TA o un resaltado. No puede cambiar mientras haya anotaciones que usen la etiqueta.</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Color %1</translation>
    </message>
    <message>
        <source>Enter or double-click to choose another colour</source>
        <translation>Intro o doble clic para elegir otro color</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Sin tecla</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
    <message>
        <source>The key that tags the selection with this label (1 to 9). A key another label has moves here.</source>
        <translation>La tecla que etiqueta la selección con esta etiqueta (del 1 al 9). Si otra etiqueta tiene esa tecla, pasa a esta.</translation>
    </message>
    <message>
        <source>How the article shows the label: a fill, a line under the text or a box. Labels drawn differently stay visible where they overlap.</source>
        <translation>Cómo muestra el artículo la etiqueta: un relleno, una línea bajo el texto o un recuadro. Las etiquetas dibujadas de forma distinta siguen siendo visibles donde se solapan.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Key %1 now tags “%2”; “%3” has no key.</source>
        <translation>La tecla %1 ahora etiqueta «%2»; «%3» no tiene tecla.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MainWindow</name>
    <message>
        <source>Article metadata</source>
        <translation>Metadatos del artículo</translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation>Guardar en otro sitio…</translation>
    </message>
    <message>
        <source>Save the project, with the changes not saved yet, to another file</source>
        <translation>Guardar el proyecto, con los cambios aún no guardados, en otro archivo</translation>
    </message>
    <message>
        <source>Project: %1 (read-only)</source>
        <translation>Proyecto: %1 (solo lectura)</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln anotación eliminada. Control+Z la recupera.</numerusform>
            <numerusform>%Ln anotaciones eliminadas. Control+Z las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>MQM</source>
        <translation>MQM</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Saved as %1. Work goes on in this file.</source>
        <translation>Guardado como %1. El trabajo continúa en este archivo.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Article…</source>
        <translation>&amp;Abrir artículo…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Open a Folder of Articles</source>
        <translation>Abrir una carpeta de artículos</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>&amp;Guardar proyecto como…</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Exportar anotaciones…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importar anotaciones…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Select &amp;Sentence</source>
        <translation>Seleccionar &amp;oración</translation>
    </message>
    <message>
        <source>Extend Selection to Next Sentence</source>
        <translation>Extender la selección a la oración siguiente</translation>
    </message>
    <message>
        <source>Extend Selection to Previous Sentence</source>
        <translation>Extender la selección a la oración anterior</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>E&amp;tiquetar</translation>
    </message>
    <message>
        <source>&amp;Remove Tags at Caret</source>
        <translation>&amp;Quitar etiquetas en el cursor</translation>
    </message>
    <message>
        <source>&amp;Edit Labels…</source>
        <translation>&amp;Editar etiquetas…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>Hallazgo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>Hallazgo &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Explain Finding at Caret</source>
        <translation>&amp;Explicar hallazgo en el cursor</translation>
    </message>
    <message>
        <source>Check &amp;All Articles</source>
        <translation>Revisar &amp;todos los artículos</translation>
    </message>
    <message>
        <source>Check every article of the project and count its open findings in the Articles panel</source>
        <translation>Revisar todos los artículos del proyecto y contar sus hallazgos pendientes en el panel Artículos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Findings Panel</source>
        <translation>Panel de &amp;hallazgos</translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation>Panel de &amp;anotaciones</translation>
    </message>
    <message>
        <source>A&amp;rticles Panel</source>
        <translation>Panel de a&amp;rtículos</translation>
    </message>
    <message>
        <source>&amp;Claims Panel</source>
        <translation>Panel de afirma&amp;ciones</translation>
    </message>
    <message>
        <source>&amp;Entities Panel</source>
        <translation>Panel de &amp;entidades</translation>
    </message>
    <message>
        <source>&amp;MQM Score Panel</source>
        <translation>Panel de &amp;puntuación MQM</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>The Ar&amp;ticle Text</source>
        <translation>El te&amp;xto del artículo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Artículo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Artículo &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Edit What Is at the Caret (Enter)</source>
        <translation>&amp;Editar lo que hay en el cursor (Intro)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Preferencias</translation>
    </message>
    <message>
        <source>&amp;Configure Marginalia…</source>
        <translation>&amp;Configurar Marginalia…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>Acerca &amp;de Marginalia</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Document &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Documento &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Language: %1 (%2)</source>
        <translation>Idioma: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (read-only) — Marginalia</source>
        <translation>%1 (solo lectura) — Marginalia</translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Etiquetar como %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln hallazgo</numerusform>
            <numerusform>%Ln hallazgos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dictionary: %1</source>
        <translation>Diccionario: %1</translation>
    </message>
    <message>
        <source>No annotation to go to: select text and press a label&apos;s key (1–9).</source>
        <translation>No hay ninguna anotación a la que ir: hay que seleccionar texto y pulsar la tecla de una etiqueta (1–9).</translation>
    </message>
    <message>
        <source>Select the text the annotation belongs to, then place it.</source>
        <translation>Seleccionar el texto al que pertenece la anotación y después colocarla.</translation>
    </message>
    <message>
        <source>Placed. Ctrl+Z undoes it.</source>
        <translation>Colocada. Control+Z lo deshace.</translation>
    </message>
    <message>
        <source>No finding at the caret. F8 goes to the next one.</source>
        <translation>No hay ningún hallazgo en el cursor. F8 va al siguiente.</translation>
    </message>
    <message>
        <source>“%1” saved as an MT error (%2). Ctrl+Z undoes it.</source>
        <translation>«%1» guardado como error de TA (%2). Control+Z lo deshace.</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>Copiar «%1»</translation>
    </message>
    <message>
        <source>Accept as MT Error</source>
        <translation>Aceptar como error de TA</translation>
    </message>
    <message>
        <source>Ignore This Finding</source>
        <translation>Ignorar este hallazgo</translation>
    </message>
    <message>
        <source>Add “%1” to the Project Dictionary</source>
        <translation>Añadir «%1» al diccionario del proyecto</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>All changes are saved.</source>
        <translation>Todos los cambios están guardados.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not saved yet, retrying…</source>
        <translation>
            <numerusform>%Ln cambio aún sin guardar; reintentando…</numerusform>
            <numerusform>%Ln cambios aún sin guardar; reintentando…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes cannot be saved</source>
        <translation>No se pueden guardar los cambios</translation>
    </message>
    <message>
        <source>%1 does not take changes at the moment.</source>
        <translation>%1 no admite cambios en este momento.</translation>
    </message>
    <message>
        <source>%1

Your changes are kept in memory and Marginalia tries again every few seconds. Free some space or fix the file&apos;s permissions, or save the project elsewhere now.</source>
        <translation>%1

Los cambios se conservan en memoria y Marginalia vuelve a intentarlo cada pocos segundos. Se puede liberar espacio o corregir los permisos del archivo, o bien guardar ahora el proyecto en otro sitio.</translation>
    </message>
    <message>
        <source>Keep Trying</source>
        <translation>Seguir intentándolo</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>-copy</source>
        <extracomment>Appended to a project&apos;s file name to propose the name of its copy.</extracomment>
        <translation>-copia</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Proyectos de Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Abrir artículo</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Artículos (*.txt *.md *.html *.htm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is not there any more; it was taken off the recent list.</source>
        <translation>%1 ya no existe; se ha quitado de la lista de recientes.</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>No se puede abrir el artículo</translation>
    </message>
    <message>
        <source>No recent articles or folders</source>
        <translation>No hay artículos ni carpetas recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Limpiar lista</translation>
    </message>
    <message>
        <source>No article files (.txt, .md, .html) there.</source>
        <translation>Ahí no hay archivos de artículos (.txt, .md, .html).</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Importando artículos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) added</source>
        <translation>
            <numerusform>%Ln artículo añadido</numerusform>
            <numerusform>%Ln artículos añadidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Algunos archivos no se importaron</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read.</source>
        <translation>
            <numerusform>No se ha podido leer %Ln archivo.</numerusform>
            <numerusform>No se han podido leer %Ln archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to edit at the caret: Enter edits a claim or an MT error, or explains a finding.</source>
        <translation>No hay nada que editar en el cursor: Intro edita una afirmación o un error de TA, o explica un hallazgo.</translation>
    </message>
    <message>
        <source>Checking all articles</source>
        <translation>Revisando todos los artículos</translation>
    </message>
    <message>
        <source>Checking %v of %m</source>
        <extracomment>A progress bar&apos;s text: %v is the number of articles checked, %m how many there are.</extracomment>
        <translation>Revisando %v de %m</translation>
    </message>
    <message>
        <source>Stop checking (what was counted stays)</source>
        <translation>Detener la revisión (lo ya contado se conserva)</translation>
    </message>
    <message numerus="yes">
        <source>Checking stopped: %1 of %Ln article(s) checked.</source>
        <translation>
            <numerusform>Revisión detenida: revisados %1 de %Ln artículo.</numerusform>
            <numerusform>Revisión detenida: revisados %1 de %Ln artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) checked: see the Issues column of the Articles panel.</source>
        <translation>
            <numerusform>%Ln artículo revisado: ver la columna Problemas del panel Artículos.</numerusform>
            <numerusform>%Ln artículos revisados: ver la columna Problemas del panel Artículos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <source>Import What Can Be Read</source>
        <translation>Importar lo que se pueda leer</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln anotación importada</numerusform>
            <numerusform>%Ln anotaciones importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a passage first, then press the label&apos;s key.</source>
        <translation>Primero hay que seleccionar un fragmento y después pulsar la tecla de la etiqueta.</translation>
    </message>
    <message>
        <source>Tagged and saved.</source>
        <translation>Etiquetado y guardado.</translation>
    </message>
    <message>
        <source>No tag at the caret.</source>
        <translation>No hay ninguna etiqueta en el cursor.</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>Acerca de Marginalia</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Read machine-translated news, see what the translation broke, and annotate it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Spell backend:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Dictionary:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Language:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Project file:&lt;/b&gt; %5&lt;br&gt;Qt %6 · SQLite %7&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Leer noticias traducidas automáticamente, ver qué ha estropeado la traducción y anotarlo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Motor ortográfico:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Diccionario:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Idioma:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Archivo de proyecto:&lt;/b&gt; %5&lt;br&gt;Qt %6 · SQLite %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(not loaded yet)</source>
        <translation>(aún sin cargar)</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(aún desconocido)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s) of stored articles</source>
        <translation>
            <numerusform>%Ln versión nueva de artículos guardados</numerusform>
            <numerusform>%Ln versiones nuevas de artículos guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) already in the project</source>
        <translation>
            <numerusform>%Ln artículo ya en el proyecto</numerusform>
            <numerusform>%Ln artículos ya en el proyecto</numerusform>
        </translation>
    </message>
    <message>
        <source>Import canceled: %1.</source>
        <translation>Importación cancelada: %1.</translation>
    </message>
    <message>
        <source>Import: %1.</source>
        <translation>Importación: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) added</source>
        <translation>
            <numerusform>%Ln entidad añadida</numerusform>
            <numerusform>%Ln entidades añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) already known</source>
        <translation>
            <numerusform>%Ln entidad ya conocida</numerusform>
            <numerusform>%Ln entidades ya conocidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln línea omitida</numerusform>
            <numerusform>%Ln líneas omitidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MqmPanel</name>
    <message>
        <source>Neutral</source>
        <translation>Neutra</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>MQM quality score</source>
        <translation>Puntuación de calidad MQM</translation>
    </message>
    <message>
        <source>MQM score details</source>
        <translation>Detalles de la puntuación MQM</translation>
    </message>
    <message>
        <source>MQM weights</source>
        <translation>Pesos MQM</translation>
    </message>
    <message>
        <source>MQM default (1 / 5 / 25)</source>
        <translation>MQM predeterminado (1 / 5 / 25)</translation>
    </message>
    <message>
        <source>WMT 2021 (minor punctuation 0.1)</source>
        <translation>WMT 2021 (puntuación menor: 0,1)</translation>
    </message>
    <message>
        <source>Penalty per error: Neutral 0, Minor 1, Major 5, Critical 25. WMT 2021 also counts a minor punctuation error as 0.1 and a non-translation as 25.</source>
        <translation>Penalización por error: Neutra 0, Menor 1, Grave 5, Crítica 25. WMT 2021 además cuenta un error menor de puntuación como 0,1 y una falta de traducción como 25.</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>Pes&amp;os:</translation>
    </message>
    <message>
        <source>MT errors by MQM dimension and severity</source>
        <translation>Errores de TA por dimensión MQM y gravedad</translation>
    </message>
    <message>
        <source>MT errors by dimension</source>
        <translation>Errores de TA por dimensión</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalización</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Ningún artículo</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>The article has no words to score.</source>
        <translation>El artículo no tiene palabras que puntuar.</translation>
    </message>
    <message>
        <source>Quality %1</source>
        <translation>Calidad %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed MT error(s) in %1 words</source>
        <translation>
            <numerusform>%Ln error de TA confirmado en %1 palabras</numerusform>
            <numerusform>%Ln errores de TA confirmados en %1 palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Penalty %1 · %2 per 1,000 words</source>
        <translation>Penalización %1 · %2 por cada 1000 palabras</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln critical error(s): the article fails, whatever its score.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln error crítico: el artículo no supera la evaluación, sea cual sea su puntuación.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln errores críticos: el artículo no supera la evaluación, sea cual sea su puntuación.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checker issue(s) not confirmed: they do not count until accepted.</source>
        <translation>
            <numerusform>%Ln hallazgo de la revisión sin confirmar: no cuenta hasta que se acepte.</numerusform>
            <numerusform>%Ln hallazgos de la revisión sin confirmar: no cuentan hasta que se acepten.</numerusform>
        </translation>
    </message>
    <message>
        <source>(1 − penalty / words) × 100, themqm.org&apos;s linear model; 100 is a translation without confirmed errors.</source>
        <translation>(1 − penalización / palabras) × 100, el modelo lineal de themqm.org; 100 corresponde a una traducción sin errores confirmados.</translation>
    </message>
    <message>
        <source>No confirmed MT errors yet: tag one (8) or accept a finding.</source>
        <translation>Aún no hay errores de TA confirmados: etiquete uno (8) o acepte un hallazgo.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <extracomment>An MT error in the MQM tree: the text it is about, then its MQM category.</extracomment>
        <translation>«%1» — %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MtErrorEditor</name>
    <message>
        <source>&amp;Neutral</source>
        <translation>&amp;Neutra</translation>
    </message>
    <message>
        <source>M&amp;inor</source>
        <translation>&amp;Menor</translation>
    </message>
    <message>
        <source>M&amp;ajor</source>
        <translation>&amp;Grave</translation>
    </message>
    <message>
        <source>C&amp;ritical</source>
        <translation>C&amp;rítica</translation>
    </message>
    <message>
        <source>Worth noting, costs nothing (preferential change)</source>
        <translation>Digno de mención, no penaliza (cambio preferencial)</translation>
    </message>
    <message>
        <source>Noticeable, but the meaning survives (1 point)</source>
        <translation>Perceptible, pero el sentido se mantiene (1 punto)</translation>
    </message>
    <message>
        <source>Changes the meaning or seriously hurts the reading (5 points)</source>
        <translation>Cambia el sentido o dificulta seriamente la lectura (5 puntos)</translation>
    </message>
    <message>
        <source>Could mislead or do harm; fails the article (25 points)</source>
        <translation>Podría inducir a error o causar daño; el artículo no supera la evaluación (25 puntos)</translation>
    </message>
    <message>
        <source>MT Error</source>
        <translation>Error de TA</translation>
    </message>
    <message>
        <source>MQM category</source>
        <translation>Categoría MQM</translation>
    </message>
    <message>
        <source>The MQM &quot;Dimension/Type&quot; of the error (WMT typology); type to find one</source>
        <translation>La «Dimensión/Tipo» MQM del error (tipología WMT); escriba para buscar una</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>What the translation should say (optional)</source>
        <translation>Lo que debería decir la traducción (opcional)</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravedad:</translation>
    </message>
    <message>
        <source>C&amp;orrection:</source>
        <translation>C&amp;orrección:</translation>
    </message>
    <message>
        <source>Confirmed from the checker&apos;s finding &lt;code&gt;%1&lt;/code&gt;.</source>
        <translation>Confirmado a partir del hallazgo &lt;code&gt;%1&lt;/code&gt; de la revisión.</translation>
    </message>
    <message>
        <source>Choose the MQM category of the error (&quot;Other&quot; when none fits).</source>
        <translation>Elija la categoría MQM del error («Other» si no encaja ninguna).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PreferencesDialog</name>
    <message>
        <source>Configure — Marginalia</source>
        <translation>Configurar — Marginalia</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Restaurar valores &amp;predeterminados</translation>
    </message>
    <message>
        <source>Put every page back to the defaults; Apply or OK keeps them</source>
        <translation>Devolver todas las páginas a los valores predeterminados; Aplicar o Aceptar los conserva</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Buscar una acción o una tecla…</translation>
    </message>
    <message>
        <source>In the %1 panel</source>
        <translation>En el panel %1</translation>
    </message>
    <message>
        <source>In the article and the panels</source>
        <translation>En el artículo y los paneles</translation>
    </message>
    <message>
        <source>Next / previous annotation (in the article)</source>
        <translation>Anotación siguiente / anterior (en el artículo)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tabulador, Mayúsculas+Tabulador</translation>
    </message>
    <message>
        <source>Edit the claim at the caret, or explain the finding there</source>
        <translation>Editar la afirmación en el cursor o explicar el hallazgo que hay ahí</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Move the caret; select word by word</source>
        <translation>Mover el cursor; seleccionar palabra por palabra</translation>
    </message>
    <message>
        <source>Arrows; Shift+Ctrl+Left/Right</source>
        <translation>Flechas; Mayúsculas+Control+Izquierda/Derecha</translation>
    </message>
    <message>
        <source>Select exactly what the keys cover</source>
        <translation>Seleccionar exactamente lo que recorren las teclas</translation>
    </message>
    <message>
        <source>Shift+arrows</source>
        <translation>Mayúsculas+flechas</translation>
    </message>
    <message>
        <source>Select exact characters with the mouse (no snapping to words)</source>
        <translation>Seleccionar caracteres exactos con el ratón (sin ajustar a palabras completas)</translation>
    </message>
    <message>
        <source>Ctrl+drag</source>
        <translation>Control+arrastrar</translation>
    </message>
    <message>
        <source>Leave the article for the next panel</source>
        <translation>Salir del artículo al panel siguiente</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Control+Tabulador</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Annotations panel)</source>
        <translation>Eliminar las anotaciones seleccionadas (panel Anotaciones)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Suprimir</translation>
    </message>
    <message>
        <source>Go to the selected row (any panel)</source>
        <translation>Ir a la fila seleccionada (cualquier panel)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SpellingPage</name>
    <message>
        <source>An article whose last line names its language, such as “fr-02”, is checked in that language. For the other articles:</source>
        <translation>Un artículo cuya última línea indica su idioma, como «fr-02», se revisa en ese idioma. Para los demás artículos:</translation>
    </message>
    <message>
        <source>&amp;Guess the language from the text</source>
        <translation>&amp;Deducir el idioma a partir del texto</translation>
    </message>
    <message>
        <source>Guess the language from the text</source>
        <translation>Deducir el idioma a partir del texto</translation>
    </message>
    <message>
        <source>&amp;Use this dictionary:</source>
        <translation>&amp;Usar este diccionario:</translation>
    </message>
    <message>
        <source>Use this dictionary</source>
        <translation>Usar este diccionario</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dictionary for articles that do not name their language</source>
        <translation>Diccionario para los artículos que no indican su idioma</translation>
    </message>
    <message>
        <source>No dictionary is installed, so spelling is not checked. Debian&apos;s hunspell-* packages bring them.</source>
        <translation>No hay ningún diccionario instalado, así que no se revisa la ortografía. Los paquetes hunspell-* de Debian los proporcionan.</translation>
    </message>
    <message numerus="yes">
        <source>Spell checking by %1, with %Ln dictionaries installed.</source>
        <translation>
            <numerusform>Corrector ortográfico: %1, con %Ln diccionario instalado.</numerusform>
            <numerusform>Corrector ortográfico: %1, con %Ln diccionarios instalados.</numerusform>
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
        <translation>la copia no supera quick_check: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>no se ha podido escribir la copia en el disco</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2</source>
        <translation>no se puede cambiar el nombre de %1 a %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>Cannot back up the project: %1</source>
        <translation>No se puede hacer una copia de seguridad del proyecto: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>La copia de seguridad %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place of %2.</source>
        <translation>No se puede poner la copia de seguridad %1 en lugar de %2.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>No se puede renombrar %1 para apartarlo.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The project has no entity %1.</source>
        <translation>El proyecto no tiene ninguna entidad %1.</translation>
    </message>
    <message>
        <source>Cannot save the entity “%1”: %2</source>
        <translation>No se puede guardar la entidad «%1»: %2</translation>
    </message>
    <message>
        <source>The project has no note %1.</source>
        <translation>El proyecto no tiene ninguna nota %1.</translation>
    </message>
    <message>
        <source>Cannot save the note: %1</source>
        <translation>No se puede guardar la nota: %1</translation>
    </message>
    <message>
        <source>The project has no relation %1.</source>
        <translation>El proyecto no tiene ninguna relación %1.</translation>
    </message>
    <message>
        <source>Cannot save the relation: %1</source>
        <translation>No se puede guardar la relación: %1</translation>
    </message>
    <message>
        <source>Cannot save what was decided about the finding: %1</source>
        <translation>No se puede guardar lo decidido sobre el hallazgo: %1</translation>
    </message>
    <message>
        <source>Cannot save the new version of the article: %1</source>
        <translation>No se puede guardar la versión nueva del artículo: %1</translation>
    </message>
    <message>
        <source>The article&apos;s metadata must be a JSON object.</source>
        <translation>Los metadatos del artículo deben ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Cannot save the label “%1”: %2</source>
        <translation>No se puede guardar la etiqueta «%1»: %2</translation>
    </message>
    <message>
        <source>It was moved to %1.</source>
        <translation>Se ha movido a %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a Marginalia project (%2).</source>
        <translation>%1 no es un proyecto de Marginalia (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application, not a Marginalia project.</source>
        <translation>%1 es una base de datos SQLite de otra aplicación, no un proyecto de Marginalia.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Marginalia (schema %2; this version reads up to %3). It was not modified.</source>
        <translation>%1 se escribió con una versión más reciente de Marginalia (esquema %2; esta versión lee hasta el %3). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version&apos;s format; open it once for writing.</source>
        <translation>%1 necesita actualizarse al formato de esta versión; hay que abrirlo una vez en modo de escritura.</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>No se puede configurar %1: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the project %1: %2. It was left as it was.</source>
        <translation>No se puede actualizar el proyecto %1: %2. Se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Cannot create the project %1: %2</source>
        <translation>No se puede crear el proyecto %1: %2</translation>
    </message>
    <message>
        <source>%1 is this project&apos;s own file.</source>
        <translation>%1 es el propio archivo de este proyecto.</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>No se puede guardar una copia en %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the article: %1</source>
        <translation>No se puede guardar el artículo: %1</translation>
    </message>
    <message>
        <source>The article %1 does not have the text its SHA-256 names.</source>
        <translation>El artículo %1 no tiene el texto que indica su SHA-256.</translation>
    </message>
    <message>
        <source>Cannot save the article %1: %2</source>
        <translation>No se puede guardar el artículo %1: %2</translation>
    </message>
    <message>
        <source>The project has no article %1.</source>
        <translation>El proyecto no tiene ningún artículo %1.</translation>
    </message>
    <message>
        <source>The project has no annotation %1.</source>
        <translation>El proyecto no tiene ninguna anotación %1.</translation>
    </message>
    <message>
        <source>Cannot save the annotation: %1</source>
        <translation>No se puede guardar la anotación: %1</translation>
    </message>
    <message>
        <source>Cannot remove the annotation: %1</source>
        <translation>No se puede eliminar la anotación: %1</translation>
    </message>
    <message numerus="yes">
        <source>This label is still used by %Ln annotation(s) or entit(y/ies); remove them first.</source>
        <translation>
            <numerusform>Esta etiqueta aún la usa %Ln anotación o entidad; primero hay que eliminarla.</numerusform>
            <numerusform>Esta etiqueta aún la usan %Ln anotaciones o entidades; primero hay que eliminarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains triggers or views that Marginalia does not make: it was not opened, and not modified.</source>
        <translation>%1 contiene disparadores o vistas que Marginalia no crea: no se ha abierto ni modificado.</translation>
    </message>
    <message>
        <source>it was not closed properly and fails its integrity check</source>
        <translation>no se cerró correctamente y no supera la comprobación de integridad</translation>
    </message>
    <message>
        <source>SQLite cannot read it: %1</source>
        <translation>SQLite no puede leerlo: %1</translation>
    </message>
    <message>
        <source>the file was cut short: it ends inside a page</source>
        <translation>el archivo se cortó: termina en mitad de una página</translation>
    </message>
    <message>
        <source>the file is empty, but it has backups</source>
        <translation>el archivo está vacío, pero tiene copias de seguridad</translation>
    </message>
    <message>
        <source>The project %1 is damaged (%2).</source>
        <translation>El proyecto %1 está dañado (%2).</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>No hay ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>La copia de seguridad más reciente es %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. It can be opened read-only.</source>
        <translation>No se puede escribir en %1: el archivo o su carpeta son de solo lectura. Se puede abrir en modo de solo lectura.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>“%1” has a capital in the middle of a sentence.</source>
        <translation>«%1» lleva mayúscula en mitad de una oración.</translation>
    </message>
    <message>
        <source>“%1 %2”: a capital inside the sentence and an article that should be elided.</source>
        <translation>«%1 %2»: una mayúscula dentro de la oración y un artículo que debería elidirse.</translation>
    </message>
    <message>
        <source>“%1” is written in lower case elsewhere in this article.</source>
        <translation>«%1» se escribe en minúscula en otras partes de este artículo.</translation>
    </message>
    <message>
        <source>A full stop is followed by “%1” in lower case: either the capital is missing or the full stop is stray and cuts a sentence in two.</source>
        <translation>Un punto va seguido de «%1» en minúscula: o falta la mayúscula o el punto sobra y corta una oración en dos.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is spelled “%2” elsewhere in this article (%Ln time(s)): the same name spelled two ways?</source>
        <translation>
            <numerusform>«%1» se escribe «%2» en otra parte de este artículo (%Ln vez): ¿el mismo nombre escrito de dos formas?</numerusform>
            <numerusform>«%1» se escribe «%2» en otras partes de este artículo (%Ln veces): ¿el mismo nombre escrito de dos formas?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: stray or doubled punctuation.</source>
        <translation>«%1»: puntuación sobrante o duplicada.</translation>
    </message>
    <message>
        <source>No space goes before “%1”.</source>
        <translation>No va espacio antes de «%1».</translation>
    </message>
    <message>
        <source>A space is missing after “%1”.</source>
        <translation>Falta un espacio después de «%1».</translation>
    </message>
    <message>
        <source>Several spaces in a row.</source>
        <translation>Varios espacios seguidos.</translation>
    </message>
    <message>
        <source>Spaces at the start or end of the line.</source>
        <translation>Espacios al principio o al final de la línea.</translation>
    </message>
    <message>
        <source>No space goes just inside brackets.</source>
        <translation>No va espacio justo por dentro de paréntesis o corchetes.</translation>
    </message>
    <message>
        <source>A space is missing outside this bracket.</source>
        <translation>Falta un espacio por fuera de este paréntesis.</translation>
    </message>
    <message>
        <source>“%1”: no space before the hyphen of an inverted pronoun.</source>
        <translation>«%1»: no va espacio antes del guion de un pronombre invertido.</translation>
    </message>
    <message>
        <source>This paragraph ends without final punctuation.</source>
        <translation>Este párrafo termina sin puntuación final.</translation>
    </message>
    <message>
        <source>“%1” opens a quotation or bracket that is never closed.</source>
        <translation>«%1» abre una cita o un paréntesis que nunca se cierra.</translation>
    </message>
    <message>
        <source>“%1” closes a quotation opened before this paragraph, or never opened.</source>
        <translation>«%1» cierra una cita abierta antes de este párrafo, o que nunca se abrió.</translation>
    </message>
    <message>
        <source>“%1” closes something that was never opened.</source>
        <translation>«%1» cierra algo que nunca se abrió.</translation>
    </message>
    <message>
        <source>French puts a (no-break) space before “%1”.</source>
        <translation>En francés va un espacio (de no separación) antes de «%1».</translation>
    </message>
    <message>
        <source>French puts a no-break space after «.</source>
        <translation>En francés va un espacio de no separación después de «.</translation>
    </message>
    <message>
        <source>French puts a no-break space before ».</source>
        <translation>En francés va un espacio de no separación antes de ».</translation>
    </message>
    <message numerus="yes">
        <source>This article mostly puts ordinary spaces before : ; ? ! (%Ln place(s)); French typography uses no-break spaces, so that the mark never starts a line.</source>
        <translation>
            <numerusform>Este artículo suele poner espacios normales antes de : ; ? ! (%Ln lugar); la tipografía francesa usa espacios de no separación para que el signo nunca empiece una línea.</numerusform>
            <numerusform>Este artículo suele poner espacios normales antes de : ; ? ! (%Ln lugares); la tipografía francesa usa espacios de no separación para que el signo nunca empiece una línea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article mostly puts ordinary spaces inside « » (%Ln place(s)); French typography uses no-break spaces, so that a guillemet never stands alone at a line&apos;s edge.</source>
        <translation>
            <numerusform>Este artículo suele poner espacios normales dentro de « » (%Ln lugar); la tipografía francesa usa espacios de no separación para que una comilla angular nunca quede sola en el borde de una línea.</numerusform>
            <numerusform>Este artículo suele poner espacios normales dentro de « » (%Ln lugares); la tipografía francesa usa espacios de no separación para que una comilla angular nunca quede sola en el borde de una línea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Elsewhere this article puts a no-break space here; this one is an ordinary space, so “%1” can end up alone at the edge of a line.</source>
        <translation>En otras partes este artículo pone aquí un espacio de no separación; este es un espacio normal, así que «%1» puede quedar solo en el borde de una línea.</translation>
    </message>
    <message>
        <source>French typography puts a no-break space here, so that “%1” never ends up alone at the edge of a line.</source>
        <translation>La tipografía francesa pone aquí un espacio de no separación para que «%1» nunca quede solo en el borde de una línea.</translation>
    </message>
    <message>
        <source>French separates a number from its unit with a (no-break) space: “%1”.</source>
        <translation>En francés, un número se separa de su unidad con un espacio (de no separación): «%1».</translation>
    </message>
    <message>
        <source>A no-break space keeps a number and its unit on one line: “%1”.</source>
        <translation>Un espacio de no separación mantiene un número y su unidad en la misma línea: «%1».</translation>
    </message>
    <message>
        <source>French groups the digits of a large number by three: “%1”.</source>
        <translation>En francés, las cifras de un número grande se agrupan de tres en tres: «%1».</translation>
    </message>
    <message>
        <source>“%1” is an accent sign, not an apostrophe.</source>
        <translation>«%1» es un signo de acento, no un apóstrofo.</translation>
    </message>
    <message>
        <source>“%1” is elided: no space goes after its apostrophe.</source>
        <translation>«%1» está elidido: no va espacio después de su apóstrofo.</translation>
    </message>
    <message>
        <source>“%1”: one apostrophe is enough.</source>
        <translation>«%1»: basta con un apóstrofo.</translation>
    </message>
    <message>
        <source>This article uses the typographic apostrophe ’ elsewhere; here it has a straight &apos;.</source>
        <translation>En otras partes este artículo usa el apóstrofo tipográfico ’; aquí hay uno recto &apos;.</translation>
    </message>
    <message>
        <source>No space goes before “%1” in this language.</source>
        <translation>En este idioma no va espacio antes de «%1».</translation>
    </message>
    <message>
        <source>“%1” is written twice.</source>
        <translation>«%1» está escrito dos veces.</translation>
    </message>
    <message>
        <source>This line repeats the start of the headline and stops: a truncated duplicate.</source>
        <translation>Esta línea repite el comienzo del titular y se interrumpe: un duplicado truncado.</translation>
    </message>
    <message>
        <source>This line repeats the start of another paragraph and stops: a truncated duplicate.</source>
        <translation>Esta línea repite el comienzo de otro párrafo y se interrumpe: un duplicado truncado.</translation>
    </message>
    <message>
        <source>“%1 %2” has lost its apostrophe: “%3”.</source>
        <translation>«%1 %2» ha perdido el apóstrofo: «%3».</translation>
    </message>
    <message>
        <source>“%1” looks like one word broken in two: “%2”.</source>
        <translation>«%1» parece una palabra partida en dos: «%2».</translation>
    </message>
    <message>
        <source>“%1” is missing an accent: “%2”.</source>
        <translation>A «%1» le falta un acento: «%2».</translation>
    </message>
    <message>
        <source>“%1” looks like two words run together: “%2”.</source>
        <translation>«%1» parece dos palabras unidas: «%2».</translation>
    </message>
    <message>
        <source>“%1” is not in the dictionary; did you mean “%2”?</source>
        <translation>«%1» no está en el diccionario; ¿quizá «%2»?</translation>
    </message>
    <message>
        <source>“%1” is not in the dictionary; it looks like a name. Tag it or add it to the project dictionary if it is spelled right.</source>
        <translation>«%1» no está en el diccionario; parece un nombre. Si está bien escrito, se puede etiquetar o añadir al diccionario del proyecto.</translation>
    </message>
    <message>
        <source>“%1” is not in the %2 dictionary.</source>
        <translation>«%1» no está en el diccionario %2.</translation>
    </message>
    <message>
        <source>“a %1”: before a place or a name this is usually the preposition “à”.</source>
        <translation>«a %1»: delante de un lugar o un nombre suele ser la preposición «à».</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraniano</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polaco</translation>
    </message>
    <message>
        <source>“%1” looks like words left untranslated: the dictionary for %2 knows them, this article&apos;s does not.</source>
        <translation>«%1» parece texto sin traducir: el diccionario de %2 lo reconoce, el de este artículo no.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 is already open in another Marginalia window (process %2 on %3). Close it there, or open another project.</source>
        <translation>%1 ya está abierto en otra ventana de Marginalia (proceso %2 en %3). Hay que cerrarlo allí o abrir otro proyecto.</translation>
    </message>
    <message>
        <source>Cannot lock %1: the folder is not writable.</source>
        <translation>No se puede bloquear %1: no se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>This project is already saved as %1.</source>
        <translation>Este proyecto ya está guardado como %1.</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>No se puede guardar en %1: %2</translation>
    </message>
    <message>
        <source>This project is open read-only here: articles cannot be added to it.</source>
        <translation>Este proyecto está abierto aquí en modo de solo lectura: no se le pueden añadir artículos.</translation>
    </message>
    <message>
        <source>This project is open read-only here: nothing can be imported into it.</source>
        <translation>Este proyecto está abierto aquí en modo de solo lectura: no se puede importar nada en él.</translation>
    </message>
    <message numerus="yes">
        <source>This is a new version of the article: %Ln annotation(s) could not find their text and are listed as orphans in the Annotations panel, to be placed or deleted.</source>
        <translation>
            <numerusform>Esta es una versión nueva del artículo: %Ln anotación no ha encontrado su texto y aparece como huérfana en el panel Anotaciones, para colocarla o eliminarla.</numerusform>
            <numerusform>Esta es una versión nueva del artículo: %Ln anotaciones no han encontrado su texto y aparecen como huérfanas en el panel Anotaciones, para colocarlas o eliminarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no article yet.</source>
        <translation>Este proyecto aún no tiene ningún artículo.</translation>
    </message>
    <message>
        <source>There is no word to add.</source>
        <translation>No hay ninguna palabra que añadir.</translation>
    </message>
    <message>
        <source>This project is open read-only here.</source>
        <translation>Este proyecto está abierto aquí en modo de solo lectura.</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>No hay ningún artículo abierto.</translation>
    </message>
    <message>
        <source>That annotation is not in this article.</source>
        <translation>Esa anotación no está en este artículo.</translation>
    </message>
</context>
<context>
    <name>SpellBackend</name>
    <message>
        <source>No Hunspell dictionary for %1 in %2.</source>
        <translation>No hay ningún diccionario de Hunspell para %1 en %2.</translation>
    </message>
    <message>
        <source>Sonnet has no dictionary for %1 (it offers: %2).</source>
        <translation>Sonnet no tiene ningún diccionario para %1 (ofrece: %2).</translation>
    </message>
    <message>
        <source>No %1 dictionary for language &quot;%2&quot;. Installed: %3.</source>
        <translation>No hay ningún diccionario de %1 para el idioma «%2». Instalados: %3.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read machine-translated news, see what the translation broke, annotate it.</source>
        <translation>Leer noticias traducidas automáticamente, ver qué ha estropeado la traducción y anotarlo.</translation>
    </message>
    <message>
        <source>Project file (default: %1).</source>
        <translation>Archivo de proyecto (predeterminado: %1).</translation>
    </message>
    <message>
        <source>An article to open (.txt, .md, .html).</source>
        <translation>Un artículo para abrir (.txt, .md, .html).</translation>
    </message>
    <message>
        <source>%1 is already open in another Marginalia window. Open it read-only here?</source>
        <translation>%1 ya está abierto en otra ventana de Marginalia. ¿Abrirlo aquí en modo de solo lectura?</translation>
    </message>
    <message>
        <source>Open the newest backup?</source>
        <translation>¿Abrir la copia de seguridad más reciente?</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Open it read-only?</source>
        <translation>No se puede escribir en %1: el archivo o su carpeta son de solo lectura. ¿Abrirlo en modo de solo lectura?</translation>
    </message>
</context>
</TS>
