<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Anchoring</name>
    <message>
        <source>The span %1–%2 is not inside the article (%3 characters).</source>
        <translation>Фрагмент %1–%2 виходить за межі статті (довжина статті в символах: %3).</translation>
    </message>
</context>
<context>
    <name>ArticleLoader</name>
    <message numerus="yes">
        <source>%Ln external resource(s) in the HTML were not loaded.</source>
        <translation>
            <numerusform>%Ln зовнішній ресурс у HTML не завантажено.</numerusform>
            <numerusform>%Ln зовнішні ресурси в HTML не завантажено.</numerusform>
            <numerusform>%Ln зовнішніх ресурсів у HTML не завантажено.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існує.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 не є звичайним файлом.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); Marginalia opens articles up to %3 MB.</source>
        <translation>%1 завеликий (%2 МБ); Marginalia відкриває статті розміром до %3 МБ.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не вдається відкрити %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 contains no text.</source>
        <translation>%1 не містить тексту.</translation>
    </message>
    <message>
        <source>binary data</source>
        <extracomment>What a file that is not text looks like, as in &quot;… (it looks like binary data).&quot;</extracomment>
        <translation>двійкові дані</translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid %1: %Ln invalid byte sequence(s) were replaced with �.</source>
        <translation>
            <numerusform>Файл не є коректним %1: %Ln неприпустиму послідовність байтів замінено на �.</numerusform>
            <numerusform>Файл не є коректним %1: %Ln неприпустимі послідовності байтів замінено на �.</numerusform>
            <numerusform>Файл не є коректним %1: %Ln неприпустимих послідовностей байтів замінено на �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln NUL byte(s) were removed from the text.</source>
        <translation>
            <numerusform>З тексту вилучено %Ln нульовий байт (NUL).</numerusform>
            <numerusform>З тексту вилучено %Ln нульові байти (NUL).</numerusform>
            <numerusform>З тексту вилучено %Ln нульових байтів (NUL).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was read as %1 without a byte order mark.</source>
        <translation>Файл прочитано як %1 без позначки порядку байтів (BOM).</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like %2).</source>
        <translation>%1 не є текстовим файлом (схоже, це %2).</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>Вхідні дані</translation>
    </message>
    <message numerus="yes">
        <source>The HTML nests its elements more than %Ln level(s) deep: the deeper tags were ignored and only their text was kept.</source>
        <translation>
            <numerusform>HTML вкладає елементи глибше ніж на %Ln рівень: глибші теги проігноровано, збережено лише їхній текст.</numerusform>
            <numerusform>HTML вкладає елементи глибше ніж на %Ln рівні: глибші теги проігноровано, збережено лише їхній текст.</numerusform>
            <numerusform>HTML вкладає елементи глибше ніж на %Ln рівнів: глибші теги проігноровано, збережено лише їхній текст.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln зауваження</numerusform>
            <numerusform>%Ln зауваження</numerusform>
            <numerusform>%Ln зауважень</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <source>True</source>
        <translation>Правда</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Здебільшого правда</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Напівправда</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Здебільшого неправда</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неправда</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Неможливо перевірити</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не перевірено</translation>
    </message>
    <message>
        <source>T</source>
        <comment>verdict key: True</comment>
        <translation>П</translation>
    </message>
    <message>
        <source>M</source>
        <comment>verdict key: Mostly true</comment>
        <translation>З</translation>
    </message>
    <message>
        <source>X</source>
        <comment>verdict key: Mixed</comment>
        <translation>І</translation>
    </message>
    <message>
        <source>O</source>
        <comment>verdict key: Mostly false</comment>
        <translation>Б</translation>
    </message>
    <message>
        <source>F</source>
        <comment>verdict key: False</comment>
        <translation>Н</translation>
    </message>
    <message>
        <source>U</source>
        <comment>verdict key: Unverifiable</comment>
        <translation>М</translation>
    </message>
    <message>
        <source>N</source>
        <comment>verdict key: Not checked</comment>
        <translation>Р</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Causal</source>
        <translation>Причиновий зв’язок</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>1 — low</source>
        <translation>1 — низька</translation>
    </message>
    <message>
        <source>2 — medium</source>
        <translation>2 — середня</translation>
    </message>
    <message>
        <source>3 — high</source>
        <translation>3 — висока</translation>
    </message>
    <message>
        <source>0 — not rated</source>
        <translation>0 — не оцінено</translation>
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
        <translation>%1 (%2; також %3)</translation>
    </message>
    <message>
        <source>“%1”, mention of %2: …%3…</source>
        <translation>«%1», згадка про %2: …%3…</translation>
    </message>
    <message>
        <source>“%1”, %2 mention: …%3…</source>
        <translation>«%1», згадка (%2): …%3…</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>сутність %1</translation>
    </message>
    <message>
        <source>mention %1</source>
        <translation>згадка %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--project FILE is needed</source>
        <translation>потрібен параметр --project FILE</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не існує</translation>
    </message>
    <message>
        <source>%1 has no article %2 (see marginalia-cli list)</source>
        <translation>у %1 немає статті %2 (див. marginalia-cli list)</translation>
    </message>
    <message>
        <source>Add articles to a project, or new versions of stored ones.</source>
        <translation>Додати статті до проєкту або нові версії вже збережених статей.</translation>
    </message>
    <message>
        <source>The project file (created if missing).</source>
        <translation>Файл проєкту (створюється, якщо його немає).</translation>
    </message>
    <message>
        <source>Read annotation files of this format (%1) instead of articles.</source>
        <translation>Читати замість статей файли анотацій цього формату (%1).</translation>
    </message>
    <message>
        <source>Import what can be read and report the rest (default: all or nothing).</source>
        <translation>Імпортувати те, що вдалося прочитати, і повідомити про решту (типово: усе або нічого).</translation>
    </message>
    <message>
        <source>Articles (.txt, .md, .html), or files of --format.</source>
        <translation>Статті (.txt, .md, .html) або файли формату --format.</translation>
    </message>
    <message>
        <source>import needs --project FILE and at least one PATH</source>
        <translation>для import потрібні --project FILE і принаймні один PATH</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot; (one of: %2)</source>
        <translation>неможливо імпортувати формат «%1» (можливі: %2)</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>не імпортовано: %1</translation>
    </message>
    <message>
        <source>%1: already in the project (article %2), unchanged</source>
        <translation>%1: уже є в проєкті (стаття %2), без змін</translation>
    </message>
    <message>
        <source>%1: added as article %2</source>
        <translation>%1: додано як статтю %2</translation>
    </message>
    <message>
        <source>The project&apos;s articles with their annotations per label.</source>
        <translation>Статті проєкту з кількістю анотацій за мітками.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Файл проєкту.</translation>
    </message>
    <message>
        <source>Check articles for machine-translation damage.</source>
        <translation>Перевірити статті на пошкодження від машинного перекладу.</translation>
    </message>
    <message>
        <source>Language (fr) or dictionary (fr_FR) to check with.</source>
        <translation>Мова (fr) або словник (fr_FR) для перевірки.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Формат виведення: text або json.</translation>
    </message>
    <message>
        <source>Do not compute suggestions (faster).</source>
        <translation>Не обчислювати пропозиції (швидше).</translation>
    </message>
    <message>
        <source>French: want no-break spaces before : ; ? !, inside « » and before units everywhere, instead of following the article&apos;s own habit.</source>
        <translation>Французька: вимагати нерозривних пробілів перед : ; ? !, усередині « » і перед одиницями виміру всюди, а не дотримуватися звички самої статті.</translation>
    </message>
    <message>
        <source>Check an article stored in this project.</source>
        <translation>Перевірити статтю, збережену в цьому проєкті.</translation>
    </message>
    <message>
        <source>The stored article: its document id (fr-02) or its number in the project.</source>
        <translation>Збережена стаття: її ідентифікатор документа (fr-02) або номер у проєкті.</translation>
    </message>
    <message>
        <source>Articles to check (.txt, .md, .html).</source>
        <translation>Статті для перевірки (.txt, .md, .html).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text or json)</source>
        <translation>невідомий формат «%1» (використовуйте text або json)</translation>
    </message>
    <message>
        <source>--project and --document go together</source>
        <translation>--project і --document слід вказувати разом</translation>
    </message>
    <message>
        <source>check needs at least one FILE</source>
        <translation>для check потрібен принаймні один FILE</translation>
    </message>
    <message>
        <source>no dictionary is installed</source>
        <translation>не встановлено жодного словника</translation>
    </message>
    <message>
        <source>Write a project&apos;s annotations in a format other tools read.</source>
        <translation>Записати анотації проєкту у форматі, який читають інші інструменти.</translation>
    </message>
    <message>
        <source>Export format: %1.</source>
        <translation>Формат експорту: %1.</translation>
    </message>
    <message>
        <source>Only this article (its document id, e.g. fr-02); repeatable.</source>
        <translation>Лише ця стаття (її ідентифікатор документа, напр. fr-02); можна повторювати.</translation>
    </message>
    <message>
        <source>Only these labels, comma-separated.</source>
        <translation>Лише ці мітки, через кому.</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark.</source>
        <translation>CSV: почати з позначки порядку байтів UTF-8 (BOM).</translation>
    </message>
    <message>
        <source>ClaimReview: who publishes the reviews.</source>
        <translation>ClaimReview: хто публікує перевірки.</translation>
    </message>
    <message>
        <source>ClaimReview: the page the reviews are published on.</source>
        <translation>ClaimReview: сторінка, на якій публікуються перевірки.</translation>
    </message>
    <message>
        <source>Where to write.</source>
        <translation>Куди записати.</translation>
    </message>
    <message>
        <source>export needs --project FILE and --output PATH</source>
        <translation>для export потрібні --project FILE і --output PATH</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (one of: %2)</source>
        <translation>невідомий формат експорту «%1» (можливі: %2)</translation>
    </message>
    <message>
        <source>not exported: %1</source>
        <translation>не експортовано: %1</translation>
    </message>
    <message>
        <source>Marginalia on the command line: check articles, export annotations.</source>
        <translation>Marginalia в командному рядку: перевірка статей, експорт анотацій.</translation>
    </message>
    <message>
        <source>check, import, list, export or backend</source>
        <translation>check, import, list, export або backend</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
%2</source>
        <translation>невідома команда «%1»
%2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команди:</translation>
    </message>
    <message>
        <source>Check an article stored in a project.</source>
        <translation>Перевірити статтю, збережену в проєкті.</translation>
    </message>
    <message>
        <source>Add articles to a project; a new version of a stored one re-anchors its annotations.</source>
        <translation>Додати статті до проєкту; нова версія збереженої статті заново прив’язує її анотації.</translation>
    </message>
    <message>
        <source>Write a project&apos;s annotations.</source>
        <translation>Записати анотації проєкту.</translation>
    </message>
    <message>
        <source>Print the spell backend and its dictionaries.</source>
        <translation>Вивести рушій перевірки правопису та його словники.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) added</source>
        <translation>
            <numerusform>додано %Ln статтю</numerusform>
            <numerusform>додано %Ln статті</numerusform>
            <numerusform>додано %Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) already in the project</source>
        <translation>
            <numerusform>%Ln стаття вже в проєкті</numerusform>
            <numerusform>%Ln статті вже в проєкті</numerusform>
            <numerusform>%Ln статей уже в проєкті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln анотація</numerusform>
            <numerusform>%Ln анотації</numerusform>
            <numerusform>%Ln анотацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) added</source>
        <translation>
            <numerusform>додано %Ln сутність</numerusform>
            <numerusform>додано %Ln сутності</numerusform>
            <numerusform>додано %Ln сутностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) already known</source>
        <translation>
            <numerusform>%Ln сутність уже відома</numerusform>
            <numerusform>%Ln сутності вже відомі</numerusform>
            <numerusform>%Ln сутностей уже відомі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new label(s)</source>
        <translation>
            <numerusform>%Ln нова мітка</numerusform>
            <numerusform>%Ln нові мітки</numerusform>
            <numerusform>%Ln нових міток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) in place</source>
        <translation>
            <numerusform>%Ln анотація на місці</numerusform>
            <numerusform>%Ln анотації на місці</numerusform>
            <numerusform>%Ln анотацій на місці</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln переміщена</numerusform>
            <numerusform>%Ln переміщені</numerusform>
            <numerusform>%Ln переміщених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found approximately</source>
        <translation>
            <numerusform>%Ln знайдена приблизно</numerusform>
            <numerusform>%Ln знайдені приблизно</numerusform>
            <numerusform>%Ln знайдених приблизно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln осиротіла</numerusform>
            <numerusform>%Ln осиротілі</numerusform>
            <numerusform>%Ln осиротілих</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: new version of article %2: %3</source>
        <translation>%1: нова версія статті %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) written to %1</source>
        <translation>
            <numerusform>%Ln анотацію записано до %1</numerusform>
            <numerusform>%Ln анотації записано до %1</numerusform>
            <numerusform>%Ln анотацій записано до %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorpusChecker</name>
    <message>
        <source>The articles are being checked already.</source>
        <translation>Статті вже перевіряються.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot copy to %1</source>
        <translation>Не вдається скопіювати до %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Не вдається відкрити %1</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>%1: the claimant of &apos;%2&apos; is the entity &apos;%3&apos;, not a mention: brat cannot link it</source>
        <translation>%1: автор твердження «%2» — сутність «%3», а не згадка: brat не може її пов’язати</translation>
    </message>
    <message>
        <source>%1: a note on the article itself (&apos;%2&apos;): brat notes belong to annotations</source>
        <translation>%1: нотатка до самої статті («%2»): у brat нотатки належать анотаціям</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдалося створити теку %1.</translation>
    </message>
    <message>
        <source>refers to the event %1; events are not imported</source>
        <translation>посилається на подію %1; події не імпортуються</translation>
    </message>
    <message>
        <source>refers to %1; only text-bound annotations (T) can carry this</source>
        <translation>посилається на %1; таке можуть мати лише анотації, прив’язані до тексту (T)</translation>
    </message>
    <message>
        <source>refers to %1, which this file does not define</source>
        <translation>посилається на %1, що не визначено в цьому файлі</translation>
    </message>
    <message>
        <source>a text-bound annotation needs a type and offsets</source>
        <translation>анотації, прив’язаній до тексту, потрібні тип і зміщення</translation>
    </message>
    <message>
        <source>offsets &apos;%1&apos; are not a span of the text (%2 characters)</source>
        <translation>зміщення «%1» не задають фрагмент тексту (символів: %2)</translation>
    </message>
    <message>
        <source>fragments overlap</source>
        <translation>фрагменти перекриваються</translation>
    </message>
    <message>
        <source>discontinuous span joined into one: it now also covers &apos;%1&apos;</source>
        <translation>розривний фрагмент об’єднано в один: тепер він охоплює також «%1»</translation>
    </message>
    <message>
        <source>the text &apos;%1&apos; is not what the offsets cover (&apos;%2&apos;); the offsets are kept</source>
        <translation>текст «%1» не збігається з тим, що охоплюють зміщення («%2»); зміщення збережено</translation>
    </message>
    <message>
        <source>a relation needs a type and two arguments</source>
        <translation>зв’язку потрібні тип і два аргументи</translation>
    </message>
    <message>
        <source>an equivalence needs a type and at least two annotations</source>
        <translation>еквівалентності потрібні тип і щонайменше дві анотації</translation>
    </message>
    <message>
        <source>an attribute needs a name, an annotation and at most one value</source>
        <translation>атрибуту потрібні назва, анотація й не більше одного значення</translation>
    </message>
    <message>
        <source>a normalisation reads &apos;Reference T1 DB:ID&apos;</source>
        <translation>нормалізація має вигляд «Reference T1 DB:ID»</translation>
    </message>
    <message>
        <source>%1 already refers to %2; a mention refers to one entity</source>
        <translation>%1 уже посилається на %2; згадка посилається лише на одну сутність</translation>
    </message>
    <message>
        <source>a note reads &apos;AnnotatorNotes T1&lt;TAB&gt;text&apos;</source>
        <translation>нотатка має вигляд «AnnotatorNotes T1&lt;TAB&gt;text»</translation>
    </message>
    <message>
        <source>cannot read the text %1: %2</source>
        <translation>не вдалося прочитати текст %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, which brat requires</source>
        <translation>%1 не в кодуванні UTF-8, якого вимагає brat</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>не вдалося прочитати: %1</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>не UTF-8</translation>
    </message>
    <message>
        <source>no id and TAB at the start of the line</source>
        <translation>на початку рядка немає ідентифікатора й TAB</translation>
    </message>
    <message>
        <source>events (%1) are not supported</source>
        <translation>події (%1) не підтримуються</translation>
    </message>
    <message>
        <source>unknown annotation type &apos;%1&apos;</source>
        <translation>невідомий тип анотації «%1»</translation>
    </message>
    <message>
        <source>%1 is neither a brat .ann or .txt file nor a folder.</source>
        <translation>%1 не є ні файлом brat .ann чи .txt, ні текою.</translation>
    </message>
    <message>
        <source>%1: no %2 beside it</source>
        <translation>%1: поруч немає %2</translation>
    </message>
    <message>
        <source>%1 claim %2 (“%3”)</source>
        <translation>%1, твердження %2 («%3»)</translation>
    </message>
    <message>
        <source>%1: not checked yet, no review to publish</source>
        <translation>%1: ще не перевірено, немає огляду для публікації</translation>
    </message>
    <message>
        <source>%1: no claimant, the review has no itemReviewed.author</source>
        <translation>%1: немає автора твердження, огляд не має itemReviewed.author</translation>
    </message>
    <message>
        <source>%1: the article has no &quot;date&quot; metadata, the claim no datePublished</source>
        <translation>%1: стаття не має метаданих &quot;date&quot;, тож у твердження немає datePublished</translation>
    </message>
    <message>
        <source>%1: no reviewer named (--reviewer), the review has no author</source>
        <translation>%1: автора оглядів не вказано (--reviewer), огляд не має автора</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is not an IOB tag; read as O</source>
        <translation>теґ «%1» не є теґом IOB; прочитано як O</translation>
    </message>
    <message>
        <source>a line without a token</source>
        <translation>рядок без токена</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8: read as Latin-1.</source>
        <translation>%1 не в кодуванні UTF-8: прочитано як Latin-1.</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3” (%4–%5) overlaps an earlier correction</source>
        <translation>%1: «%2» → «%3» (%4–%5) перекривається з попереднім виправленням</translation>
    </message>
    <message>
        <source>There is no article to write.</source>
        <translation>Немає статті для запису.</translation>
    </message>
    <message>
        <source>JSON Lines, lossless (a whole project, read back by import)</source>
        <translation>JSON Lines, без втрат (увесь проєкт, який можна знову імпортувати)</translation>
    </message>
    <message>
        <source>CSV (one row per annotation)</source>
        <translation>CSV (один рядок на анотацію)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>MQM TSV (WMT layout, with per-article scores)</source>
        <translation>MQM TSV (формат WMT, з оцінками кожної статті)</translation>
    </message>
    <message>
        <source>brat standoff (a folder of .txt and .ann)</source>
        <translation>brat standoff (тека файлів .txt і .ann)</translation>
    </message>
    <message>
        <source>CoNLL-2003 IOB2 (token and entity tag)</source>
        <translation>CoNLL-2003 IOB2 (токен і теґ сутності)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (claims with a verdict)</source>
        <translation>schema.org ClaimReview (твердження з вердиктом)</translation>
    </message>
    <message>
        <source>HTML report (printable, self-contained)</source>
        <translation>Звіт HTML (для друку, самодостатній)</translation>
    </message>
    <message>
        <source>Corrected text (accepted corrections applied)</source>
        <translation>Виправлений текст (із застосованими прийнятими виправленнями)</translation>
    </message>
    <message>
        <source>The project has no label named “%1”.</source>
        <translation>У проєкті немає мітки з назвою «%1».</translation>
    </message>
    <message>
        <source>The project has no article “%1”.</source>
        <translation>У проєкті немає статті «%1».</translation>
    </message>
    <message>
        <source>There is nothing to import: name at least one file.</source>
        <translation>Немає чого імпортувати: вкажіть принаймні один файл.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Не вдалося записати %1: це тека.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтральна</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Незначна</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Значна</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критична</translation>
    </message>
    <message>
        <source>%1: “%2” is not drawn (its text is no longer there)</source>
        <translation>%1: «%2» не показано (цього тексту вже немає)</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <source>Language %1</source>
        <translation>Мова %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Анотації</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сутність</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Автор твердження</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Translation errors (MQM)</source>
        <translation>Помилки перекладу (MQM)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серйозність</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Виправлення</translation>
    </message>
    <message>
        <source>Marginalia report</source>
        <translation>Звіт Marginalia</translation>
    </message>
    <message>
        <source>Written by Marginalia.</source>
        <translation>Створено в Marginalia.</translation>
    </message>
    <message>
        <source>an annotation has no label</source>
        <translation>анотація не має мітки</translation>
    </message>
    <message>
        <source>entity “%1”: %2</source>
        <translation>сутність «%1»: %2</translation>
    </message>
    <message>
        <source>%1: annotation %2: the span %3–%4 is not inside the text (%5 characters)</source>
        <translation>%1: анотація %2: фрагмент %3–%4 виходить за межі тексту (символів: %5)</translation>
    </message>
    <message>
        <source>%1: annotation %2: %3</source>
        <translation>%1: анотація %2: %3</translation>
    </message>
    <message>
        <source>%1: annotation %2: no entity “%3”</source>
        <translation>%1: анотація %2: немає сутності «%3»</translation>
    </message>
    <message>
        <source>%1: claim %2: no mention “%3” for its claimant</source>
        <translation>%1: твердження %2: немає згадки «%3» для його автора</translation>
    </message>
    <message>
        <source>%1: relation %2 %3 → %4: no such annotation</source>
        <translation>%1: зв’язок %2 %3 → %4: такої анотації немає</translation>
    </message>
    <message>
        <source>This project is open read-only here: nothing can be imported into it.</source>
        <translation>Тут цей проєкт відкрито лише для читання: до нього нічого не можна імпортувати.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. %Ln problem(s):</source>
        <translation>
            <numerusform>Нічого не імпортовано. %Ln проблема:</numerusform>
            <numerusform>Нічого не імпортовано. %Ln проблеми:</numerusform>
            <numerusform>Нічого не імпортовано. %Ln проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: не вдалося прочитати: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не об’єкт JSON</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>не JSON (%1)</translation>
    </message>
    <message>
        <source>not a Marginalia JSON Lines file (the first line names no &quot;marginalia&quot; jsonl)</source>
        <translation>не файл Marginalia JSON Lines (перший рядок не вказує &quot;marginalia&quot; jsonl)</translation>
    </message>
    <message>
        <source>written by a newer Marginalia (version %1; this one reads %2)</source>
        <translation>записано новішою версією Marginalia (версія %1; ця читає %2)</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>невідомий тип запису «%1»</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1: порожній файл</translation>
    </message>
    <message>
        <source>“%1” is not an id</source>
        <translation>«%1» не є ідентифікатором</translation>
    </message>
    <message>
        <source>a label needs a name, a colour and a style</source>
        <translation>мітці потрібні назва, колір і стиль</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>сутності потрібна назва</translation>
    </message>
    <message>
        <source>article %1: the text is not the one its SHA-256 names</source>
        <translation>стаття %1: текст не відповідає її SHA-256</translation>
    </message>
    <message>
        <source>article %1: the body length is not inside the text</source>
        <translation>стаття %1: довжина основної частини виходить за межі тексту</translation>
    </message>
    <message>
        <source>annotation %1: no span (start %2, end %3)</source>
        <translation>анотація %1: немає фрагмента (початок %2, кінець %3)</translation>
    </message>
    <message>
        <source>annotation %1: the claim&apos;s kind or verdict is unknown</source>
        <translation>анотація %1: невідомий тип або вердикт твердження</translation>
    </message>
    <message>
        <source>annotation %1: the MT error&apos;s severity is unknown</source>
        <translation>анотація %1: невідома серйозність помилки МП</translation>
    </message>
    <message>
        <source>entity %1: no label %2</source>
        <translation>сутність %1: немає мітки %2</translation>
    </message>
    <message>
        <source>annotation %1: no article %2</source>
        <translation>анотація %1: немає статті %2</translation>
    </message>
    <message>
        <source>annotation %1: the span %2–%3 is past the end of its article</source>
        <translation>анотація %1: фрагмент %2–%3 виходить за кінець статті</translation>
    </message>
    <message>
        <source>annotation %1: no label %2</source>
        <translation>анотація %1: немає мітки %2</translation>
    </message>
    <message>
        <source>annotation %1: no entity %2</source>
        <translation>анотація %1: немає сутності %2</translation>
    </message>
    <message>
        <source>claim %1: no mention %2 for its claimant</source>
        <translation>твердження %1: немає згадки %2 для його автора</translation>
    </message>
    <message>
        <source>claim %1: no entity %2 for its claimant</source>
        <translation>твердження %1: немає сутності %2 для його автора</translation>
    </message>
    <message>
        <source>note %1: what it is on is not in the file</source>
        <translation>нотатка %1: того, до чого її додано, немає у файлі</translation>
    </message>
    <message>
        <source>relation %1: an end is not in the file</source>
        <translation>зв’язок %1: одного з його кінців немає у файлі</translation>
    </message>
    <message>
        <source>annotation %1: no article %2 in the files</source>
        <translation>анотація %1: у файлах немає статті %2</translation>
    </message>
    <message>
        <source>relation %1: its source is not in the files</source>
        <translation>зв’язок %1: його джерела немає у файлах</translation>
    </message>
    <message>
        <source>%1: “%2” (%3–%4) is in no segment</source>
        <translation>%1: «%2» (%3–%4) не належить жодному сегменту</translation>
    </message>
    <message>
        <source>%1: “%2” (%3–%4) crosses a segment&apos;s end: clipped to it</source>
        <translation>%1: «%2» (%3–%4) виходить за кінець сегмента: обрізано по ньому</translation>
    </message>
    <message>
        <source>%1:1: not an MQM TSV header (it needs system, doc, seg_id, rater, target, category and severity columns)</source>
        <translation>%1:1: це не заголовок MQM TSV (потрібні стовпці system, doc, seg_id, rater, target, category і severity)</translation>
    </message>
    <message>
        <source>%1: %2 fields where the header has %3</source>
        <translation>%1: кількість полів — %2, а в заголовку — %3</translation>
    </message>
    <message>
        <source>%1: the seg_id “%2” is not a number</source>
        <translation>%1: seg_id «%2» не є числом</translation>
    </message>
    <message>
        <source>%1: the error span is not one &lt;v&gt;…&lt;/v&gt; pair</source>
        <translation>%1: фрагмент помилки не є однією парою &lt;v&gt;…&lt;/v&gt;</translation>
    </message>
    <message>
        <source>%1: unknown severity “%2”</source>
        <translation>%1: невідома серйозність «%2»</translation>
    </message>
    <message>
        <source>%1: segment %2 of %3 has another target at %4:%5</source>
        <translation>%1: сегмент %2 документа %3 має інший цільовий текст у %4:%5</translation>
    </message>
    <message>
        <source>%1: seg_id %2 is also written “%3” in %4</source>
        <translation>%1: seg_id %2 також записано як «%3» у документі %4</translation>
    </message>
    <message>
        <source>%1: the segment is empty</source>
        <translation>%1: сегмент порожній</translation>
    </message>
    <message>
        <source>%1: annotation %2 (“%3”): its claimant, annotation %4, is not in the export</source>
        <translation>%1: анотація %2 («%3»): її автора твердження, анотації %4, немає в експорті</translation>
    </message>
    <message>
        <source>Marginalia annotations</source>
        <translation>Анотації Marginalia</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: не вдалося прочитати: %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2 at byte %3</source>
        <translation>%1: не JSON: %2 у байті %3</translation>
    </message>
    <message>
        <source>the collection&apos;s pages are not in the file (its first page is %1)</source>
        <translation>сторінок колекції немає у файлі (її перша сторінка — %1)</translation>
    </message>
    <message>
        <source>not an Annotation, AnnotationPage or AnnotationCollection</source>
        <translation>не Annotation, AnnotationPage чи AnnotationCollection</translation>
    </message>
    <message>
        <source>item %1 of a page is not an Annotation</source>
        <translation>елемент %1 сторінки не є Annotation</translation>
    </message>
    <message>
        <source>the next page, %1, is not in the file</source>
        <translation>наступної сторінки, %1, немає у файлі</translation>
    </message>
    <message>
        <source>%1: annotation %2</source>
        <translation>%1: анотація %2</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>вона не має цілі (target)</translation>
    </message>
    <message>
        <source>it links %1 to nothing</source>
        <translation>вона ні з чим не пов’язує %1</translation>
    </message>
    <message>
        <source>its source %1 is not an article of the project</source>
        <translation>її джерело %1 не є статтею проєкту</translation>
    </message>
    <message>
        <source>its source %1 (document %2) is not an article of the project</source>
        <translation>її джерело %1 (документ %2) не є статтею проєкту</translation>
    </message>
    <message>
        <source>it annotates a whole article, which can only have notes</source>
        <translation>вона анотує цілу статтю, а до статті можна додавати лише нотатки</translation>
    </message>
    <message>
        <source>its RangeSelector ends (%1) before it starts (%2)</source>
        <translation>її RangeSelector закінчується (%1) раніше, ніж починається (%2)</translation>
    </message>
    <message>
        <source>its TextPositionSelector %1–%2 is past the end of the article (%3)</source>
        <translation>її TextPositionSelector %1–%2 виходить за кінець статті (%3)</translation>
    </message>
    <message>
        <source>it has no text selector</source>
        <translation>вона не має текстового селектора</translation>
    </message>
    <message>
        <source>its quote “%1” is not in the article, or not in one place</source>
        <translation>її цитати «%1» немає в статті або вона трапляється в кількох місцях</translation>
    </message>
    <message>
        <source>Also tagged: %1</source>
        <translation>Також позначено: %1</translation>
    </message>
    <message>
        <source>Suggested edit: %1</source>
        <translation>Запропоноване виправлення: %1</translation>
    </message>
    <message>
        <source>an annotation with this id was already read</source>
        <translation>анотацію з цим ідентифікатором уже прочитано</translation>
    </message>
    <message>
        <source>its claimant, annotation %1, is not in the import</source>
        <translation>її автора твердження, анотації %1, немає серед імпортованого</translation>
    </message>
    <message>
        <source>it links %1, which is not an annotation in the import</source>
        <translation>вона пов’язує %1, але це не анотація серед імпортованого</translation>
    </message>
    <message>
        <source>it links to %1, which is not an annotation of the same article</source>
        <translation>вона посилається на %1, але це не анотація тієї самої статті</translation>
    </message>
    <message>
        <source>its TextPositionSelector counts from a fragment of a structured document, which a plain-text article does not have</source>
        <translation>її TextPositionSelector відлічує від фрагмента структурованого документа, якого немає у статті з простим текстом</translation>
    </message>
    <message>
        <source>its TextPositionSelector is not a non-empty range of positions</source>
        <translation>її TextPositionSelector не є непорожнім діапазоном позицій</translation>
    </message>
    <message>
        <source>its RFC 5147 fragment “%1” is not a character range (char=start,end)</source>
        <translation>її фрагмент RFC 5147 «%1» не є діапазоном символів (char=start,end)</translation>
    </message>
    <message>
        <source>its %1 does not select text</source>
        <translation>її %1 не вибирає текст</translation>
    </message>
    <message>
        <source>%1 is not an entity span</source>
        <translation>%1 не є фрагментом сутності</translation>
    </message>
    <message>
        <source>%1 overlaps “%2”</source>
        <translation>%1 перекривається з «%2»</translation>
    </message>
    <message>
        <source>%1 covers no token</source>
        <translation>%1 не охоплює жодного токена</translation>
    </message>
    <message>
        <source>Marginalia cannot import the %1 format.</source>
        <translation>Marginalia не може імпортувати формат %1.</translation>
    </message>
    <message numerus="yes">
        <source>MQM score %1 · %Ln error(s), penalty %2 over %3 words (%4 per 1,000 words; WMT 2021 weights)</source>
        <translation>
            <numerusform>Оцінка MQM %1 · %Ln помилка, штраф %2, слів: %3 (%4 на 1000 слів; ваги WMT 2021)</numerusform>
            <numerusform>Оцінка MQM %1 · %Ln помилки, штраф %2, слів: %3 (%4 на 1000 слів; ваги WMT 2021)</numerusform>
            <numerusform>Оцінка MQM %1 · %Ln помилок, штраф %2, слів: %3 (%4 на 1000 слів; ваги WMT 2021)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingStyle</name>
    <message>
        <source>Spelling</source>
        <translation>Орфографія</translation>
    </message>
    <message>
        <source>Merged words</source>
        <translation>Злиті слова</translation>
    </message>
    <message>
        <source>Split word</source>
        <translation>Розірване слово</translation>
    </message>
    <message>
        <source>Capitalisation</source>
        <translation>Регістр літер</translation>
    </message>
    <message>
        <source>Accents</source>
        <translation>Діакритичні знаки</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Пунктуація</translation>
    </message>
    <message>
        <source>Unpaired quote</source>
        <translation>Непарні лапки</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Типографіка</translation>
    </message>
    <message>
        <source>Repeated word</source>
        <translation>Повторене слово</translation>
    </message>
    <message>
        <source>Name spelled two ways</source>
        <translation>Назва у двох написаннях</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Неперекладене</translation>
    </message>
    <message>
        <source>Truncated line</source>
        <translation>Обрізаний рядок</translation>
    </message>
    <message>
        <source>Unknown name</source>
        <translation>Невідома назва</translation>
    </message>
</context>
<context>
    <name>LabelAppearance</name>
    <message>
        <source>Fill</source>
        <translation>Заливка</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Підкреслення</translation>
    </message>
    <message>
        <source>Dashed underline</source>
        <translation>Штрихове підкреслення</translation>
    </message>
    <message>
        <source>Dotted underline</source>
        <translation>Точкове підкреслення</translation>
    </message>
    <message>
        <source>Wavy underline</source>
        <translation>Хвилясте підкреслення</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Рамка</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сутність</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>MT error</source>
        <translation>Помилка МП</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Підсвічування</translation>
    </message>
</context>
<context>
    <name>Marginalia::Annotator</name>
    <message>
        <source>There is no label %1 in this project.</source>
        <translation>У цьому проєкті немає мітки %1.</translation>
    </message>
    <message>
        <source>This project is open read-only here (it is open for writing in another window); nothing was changed.</source>
        <translation>Тут цей проєкт відкрито лише для читання (його відкрито для запису в іншому вікні); нічого не змінено.</translation>
    </message>
    <message>
        <source>earlier changes are not saved yet</source>
        <translation>попередні зміни ще не збережено</translation>
    </message>
    <message>
        <source>“%1” could not be saved (%2). It is kept, and Marginalia tries again every few seconds: nothing is lost while the program stays open.</source>
        <translation>Не вдалося зберегти «%1» (%2). Зміну збережено в пам’яті, і Marginalia повторює спробу кожні кілька секунд: поки програма відкрита, нічого не втрачається.</translation>
    </message>
    <message>
        <source>The new project file is read-only.</source>
        <translation>Новий файл проєкту доступний лише для читання.</translation>
    </message>
    <message>
        <source>“%1” could not be saved in the new file either: %2</source>
        <translation>Не вдалося зберегти «%1» і в новому файлі: %2</translation>
    </message>
    <message>
        <source>Tag “%1” as %2</source>
        <translation>Позначити «%1» як %2</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Змінити «%1»</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Зняти позначку «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln tag(s)</source>
        <translation>
            <numerusform>Зняти %Ln позначку</numerusform>
            <numerusform>Зняти %Ln позначки</numerusform>
            <numerusform>Зняти %Ln позначок</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to look for.</source>
        <translation>Немає чого шукати.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>Позначити %Ln входження «%1» як %2</numerusform>
            <numerusform>Позначити %Ln входження «%1» як %2</numerusform>
            <numerusform>Позначити %Ln входжень «%1» як %2</numerusform>
        </translation>
    </message>
    <message>
        <source>New version of “%1”</source>
        <translation>Нова версія «%1»</translation>
    </message>
    <message>
        <source>This project has no label for MT errors; add one in the label editor.</source>
        <translation>У цьому проєкті немає мітки для помилок МП; додайте її в редакторі міток.</translation>
    </message>
    <message>
        <source>Accept “%1” as an MT error</source>
        <translation>Прийняти «%1» як помилку МП</translation>
    </message>
    <message>
        <source>This project is open read-only here: articles cannot be added to it.</source>
        <translation>Тут цей проєкт відкрито лише для читання: до нього не можна додавати статті.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в роботі</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>до виконання</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Змінити стан «%1» на «%2»</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ігнорувати «%1»</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>Сутності потрібна назва.</translation>
    </message>
    <message>
        <source>New entity “%1”</source>
        <translation>Нова сутність «%1»</translation>
    </message>
    <message>
        <source>Edit entity “%1”</source>
        <translation>Змінити сутність «%1»</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>Сутність не можна об’єднати із собою.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Об’єднати «%1» з «%2»</translation>
    </message>
    <message>
        <source>Delete entity “%1”</source>
        <translation>Вилучити сутність «%1»</translation>
    </message>
    <message>
        <source>A note belongs to one article or one annotation.</source>
        <translation>Нотатка належить одній статті або одній анотації.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>Змінити нотатку</translation>
    </message>
    <message>
        <source>Remove a note</source>
        <translation>Вилучити нотатку</translation>
    </message>
    <message>
        <source>A relation links two different annotations.</source>
        <translation>Зв’язок поєднує дві різні анотації.</translation>
    </message>
    <message>
        <source>A relation needs a kind.</source>
        <translation>Зв’язку потрібен тип.</translation>
    </message>
    <message>
        <source>Link “%1” to “%2”</source>
        <translation>Пов’язати «%1» з «%2»</translation>
    </message>
    <message>
        <source>Remove a link</source>
        <translation>Вилучити зв’язок</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Мітці потрібна назва.</translation>
    </message>
    <message>
        <source>The label “%1” needs a colour.</source>
        <translation>Мітці «%1» потрібен колір.</translation>
    </message>
    <message>
        <source>A label&apos;s key is one of 1 to 9, or none; “%1” is not.</source>
        <translation>Клавіша мітки — одна з 1–9 або жодної; «%1» не підходить.</translation>
    </message>
    <message>
        <source>There is already a label named “%1”.</source>
        <translation>Мітка з назвою «%1» уже існує.</translation>
    </message>
    <message>
        <source>Add label “%1”</source>
        <translation>Додати мітку «%1»</translation>
    </message>
    <message numerus="yes">
        <source>The kind of “%1” cannot change while %Ln annotation(s) use it.</source>
        <translation>
            <numerusform>Вид мітки «%1» не можна змінити, доки її використовує %Ln анотація.</numerusform>
            <numerusform>Вид мітки «%1» не можна змінити, доки її використовують %Ln анотації.</numerusform>
            <numerusform>Вид мітки «%1» не можна змінити, доки її використовують %Ln анотацій.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kind of “%1” cannot change while it is the type of %Ln entit(y/ies).</source>
        <translation>
            <numerusform>Вид мітки «%1» не можна змінити, доки вона є типом %Ln сутності.</numerusform>
            <numerusform>Вид мітки «%1» не можна змінити, доки вона є типом %Ln сутностей.</numerusform>
            <numerusform>Вид мітки «%1» не можна змінити, доки вона є типом %Ln сутностей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit label “%1”</source>
        <translation>Змінити мітку «%1»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be removed: %Ln annotation(s) use it. Delete them or tag them with another label first.</source>
        <translation>
            <numerusform>Мітку «%1» не можна вилучити: її використовує %Ln анотація. Спочатку вилучіть її або позначте іншою міткою.</numerusform>
            <numerusform>Мітку «%1» не можна вилучити: її використовують %Ln анотації. Спочатку вилучіть їх або позначте іншою міткою.</numerusform>
            <numerusform>Мітку «%1» не можна вилучити: її використовують %Ln анотацій. Спочатку вилучіть їх або позначте іншою міткою.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be removed: it is the type of %Ln entit(y/ies). Delete them or give them another type first.</source>
        <translation>
            <numerusform>Мітку «%1» не можна вилучити: вона є типом %Ln сутності. Спочатку вилучіть її або призначте їй інший тип.</numerusform>
            <numerusform>Мітку «%1» не можна вилучити: вона є типом %Ln сутностей. Спочатку вилучіть їх або призначте їм інший тип.</numerusform>
            <numerusform>Мітку «%1» не можна вилучити: вона є типом %Ln сутностей. Спочатку вилучіть їх або призначте їм інший тип.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove label “%1”</source>
        <translation>Вилучити мітку «%1»</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AnnotationsModel</name>
    <message>
        <source>true</source>
        <translation>правда</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>здебільшого правда</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>напівправда</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>здебільшого неправда</translation>
    </message>
    <message>
        <source>false</source>
        <translation>неправда</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation>неможливо перевірити</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не перевірено</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>нейтральна</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>незначна</translation>
    </message>
    <message>
        <source>major</source>
        <translation>значна</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критична</translation>
    </message>
    <message>
        <source>Lost its text when the article changed: place it or delete it</source>
        <translation>Втратила свій текст після зміни статті: розмістіть або вилучіть її</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Вердикт: %1</translation>
    </message>
    <message>
        <source>%1 · verdict: %2</source>
        <translation>%1 · вердикт: %2</translation>
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
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиція</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AnnotationsPanel</name>
    <message>
        <source>&amp;Orphans only</source>
        <translation>Лише &amp;осиротілі</translation>
    </message>
    <message>
        <source>&amp;Place at Selection</source>
        <translation>&amp;Розмістити на виділенні</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Анотації</translation>
    </message>
    <message>
        <source>Show annotations with label</source>
        <translation>Показувати анотації з міткою</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Пошук анотацій</translation>
    </message>
    <message>
        <source>Search text, label, entity…</source>
        <translation>Шукати текст, мітку, сутність…</translation>
    </message>
    <message>
        <source>Show only orphaned annotations</source>
        <translation>Показувати лише осиротілі анотації</translation>
    </message>
    <message>
        <source>Place the orphaned annotation on the selected text</source>
        <translation>Розмістити осиротілу анотацію на виділеному тексті</translation>
    </message>
    <message>
        <source>Select its text in the article, then place the orphan there</source>
        <translation>Виділіть її текст у статті, потім розмістіть там осиротілу анотацію</translation>
    </message>
    <message>
        <source>Delete the selected annotations</source>
        <translation>Вилучити вибрані анотації</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Del)</source>
        <translation>Вилучити вибрані анотації (Del)</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Усі мітки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln анотація</numerusform>
            <numerusform>%Ln анотації</numerusform>
            <numerusform>%Ln анотацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln осиротіла</numerusform>
            <numerusform>%Ln осиротілі</numerusform>
            <numerusform>%Ln осиротілих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln показана</numerusform>
            <numerusform>%Ln показані</numerusform>
            <numerusform>%Ln показаних</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab / Shift+Tab in the article: next / previous</source>
        <translation>Tab / Shift+Tab у статті: наступна / попередня</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>Follow the system&apos;s colours, or use Marginalia&apos;s own light or dark colours</source>
        <translation>Використовувати кольори системи або власні світлі чи темні кольори Marginalia</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Шрифт для читання</translation>
    </message>
    <message>
        <source>The font of the article text</source>
        <translation>Шрифт тексту статті</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Шрифт для читання:</translation>
    </message>
    <message>
        <source>Font size in points</source>
        <translation>Розмір шрифту в пунктах</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>&amp;Розмір шрифту:</translation>
    </message>
    <message>
        <source>Line spacing in percent</source>
        <translation>Міжрядковий інтервал у відсотках</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Міжрядковий інтервал:</translation>
    </message>
    <message>
        <source>Li&amp;mit the length of a line</source>
        <translation>&amp;Обмежити довжину рядка</translation>
    </message>
    <message>
        <source>Limit the length of a line</source>
        <translation>Обмежити довжину рядка</translation>
    </message>
    <message>
        <source>Unchecked, the text fills the width of the window</source>
        <translation>Якщо вимкнено, текст займає всю ширину вікна</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>Символів у рядку</translation>
    </message>
    <message>
        <source>The text column is centred in the window</source>
        <translation>Стовпчик тексту вирівнюється по центру вікна</translation>
    </message>
    <message>
        <source>C&amp;haracters per line:</source>
        <translation>&amp;Символів у рядку:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ArticleView</name>
    <message>
        <source>Claims and claimants</source>
        <translation>Твердження та їхні автори</translation>
    </message>
    <message>
        <source>Claim, no claimant: “%1”</source>
        <translation>Твердження без автора: «%1»</translation>
    </message>
    <message>
        <source>Claim by &lt;b&gt;%1&lt;/b&gt;: “%2”</source>
        <translation>Твердження (автор: &lt;b&gt;%1&lt;/b&gt;): «%2»</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>Пропозиції:</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Пошук пропозицій…</translation>
    </message>
    <message>
        <source>Right-click for actions.</source>
        <translation>Клацніть правою кнопкою, щоб побачити дії.</translation>
    </message>
    <message>
        <source>Tagged &lt;b&gt;%1&lt;/b&gt;: “%2”</source>
        <translation>Позначено як &lt;b&gt;%1&lt;/b&gt;: «%2»</translation>
    </message>
    <message>
        <source>Claimed by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Автор твердження: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ArticlesPanel</name>
    <message>
        <source>To do</source>
        <translation>До виконання</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В роботі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Doc.</source>
        <translation>Док.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Ідентифікатор документа</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Status: ○ to do, ◐ in progress, ● done</source>
        <translation>Стан: ○ до виконання, ◐ в роботі, ● готово</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Анотації</translation>
    </message>
    <message>
        <source>Open checker findings when the article was last checked (Check ▸ Check All Articles)</source>
        <translation>Відкриті зауваження під час останньої перевірки статті (Перевірка ▸ Перевірити всі статті)</translation>
    </message>
    <message>
        <source>Search matches</source>
        <translation>Збіги пошуку</translation>
    </message>
    <message>
        <source>Articles of the project</source>
        <translation>Статті проєкту</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>Пошук у корпусі</translation>
    </message>
    <message>
        <source>Search all articles: text, tags, entities, notes…</source>
        <translation>Шукати в усіх статтях: текст, позначки, сутності, нотатки…</translation>
    </message>
    <message>
        <source>Status of the selected article</source>
        <translation>Стан вибраної статті</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Стан:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln стаття</numerusform>
            <numerusform>%Ln статті</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln готова</numerusform>
            <numerusform>%Ln готові</numerusform>
            <numerusform>%Ln готових</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln анотація</numerusform>
            <numerusform>%Ln анотації</numerusform>
            <numerusform>%Ln анотацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln MT error(s)</source>
        <translation>
            <numerusform>%Ln помилка МП</numerusform>
            <numerusform>%Ln помилки МП</numerusform>
            <numerusform>%Ln помилок МП</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln тверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln осиротіла</numerusform>
            <numerusform>%Ln осиротілі</numerusform>
            <numerusform>%Ln осиротілих</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ще не перевірено</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open finding(s) when last checked</source>
        <translation>
            <numerusform>%Ln відкрите зауваження під час останньої перевірки</numerusform>
            <numerusform>%Ln відкриті зауваження під час останньої перевірки</numerusform>
            <numerusform>%Ln відкритих зауважень під час останньої перевірки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the text</source>
        <translation>
            <numerusform>%Ln у тексті</numerusform>
            <numerusform>%Ln у тексті</numerusform>
            <numerusform>%Ln у тексті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in annotations and notes</source>
        <translation>
            <numerusform>%Ln в анотаціях і нотатках</numerusform>
            <numerusform>%Ln в анотаціях і нотатках</numerusform>
            <numerusform>%Ln в анотаціях і нотатках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” found in %Ln article(s)</source>
        <translation>
            <numerusform>«%1» знайдено в %Ln статті</numerusform>
            <numerusform>«%1» знайдено в %Ln статтях</numerusform>
            <numerusform>«%1» знайдено в %Ln статтях</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Mark as &amp;To Do</source>
        <translation>Позначити як «&amp;До виконання»</translation>
    </message>
    <message>
        <source>Mark as &amp;In Progress</source>
        <translation>Позначити як «&amp;В роботі»</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>Позначити як «&amp;Готово»</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClaimEditor</name>
    <message>
        <source>Claim — “%1”</source>
        <translation>Твердження — «%1»</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Вердикт:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Докази:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>Текст твердження</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Твердження:</translation>
    </message>
    <message>
        <source>&amp;Claimant:</source>
        <translation>&amp;Автор твердження:</translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation>Тип твердження</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Check-worthiness</source>
        <translation>Доцільність перевірки</translation>
    </message>
    <message>
        <source>How much the claim is worth checking; type a digit from 0 to 3.</source>
        <translation>Наскільки варто перевіряти твердження; введіть цифру від 0 до 3.</translation>
    </message>
    <message>
        <source>Check-&amp;worthiness:</source>
        <translation>&amp;Доцільність перевірки:</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>In your own words, e.g. “Misleading”</source>
        <translation>Своїми словами, напр. «Оманливе»</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Оцінка:</translation>
    </message>
    <message>
        <source>Revi&amp;ewed on</source>
        <translation>Перевір&amp;ено</translation>
    </message>
    <message>
        <source>Date reviewed</source>
        <translation>Дата перевірки</translation>
    </message>
    <message>
        <source>The entities could not be read: %1</source>
        <translation>Не вдалося прочитати сутності: %1</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Автор твердження</translation>
    </message>
    <message>
        <source>Type part of a name, then pick it from the list</source>
        <translation>Введіть частину імені, потім виберіть його зі списку</translation>
    </message>
    <message>
        <source>Entities and mentions</source>
        <translation>Сутності та згадки</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Клавіша %1</translation>
    </message>
    <message>
        <source>Keys: %1. Alone on a verdict, with Alt anywhere.</source>
        <translation>Клавіші: %1. На вердикті — самі, деінде — з Alt.</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Посилання на докази</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Посилання на доказ</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Нотатка до доказу</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Що це показує</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Додат&amp;и</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>L&amp;ink:</source>
        <translation>По&amp;силання:</translation>
    </message>
    <message>
        <source>“%1” is neither an entity nor a mention in this article. Type part of a name and pick it from the list, or clear the claimant.</source>
        <translation>«%1» не є ні сутністю, ні згадкою в цій статті. Введіть частину імені й виберіть його зі списку або очистьте поле автора твердження.</translation>
    </message>
    <message>
        <source>No claimant.</source>
        <translation>Автора твердження немає.</translation>
    </message>
    <message>
        <source>Not found yet: pick an entity or a mention from the list.</source>
        <translation>Ще не знайдено: виберіть сутність або згадку зі списку.</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Сутність: %1</translation>
    </message>
    <message>
        <source>Mention: %1</source>
        <translation>Згадка: %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address: evidence links start with http:// or https://.</source>
        <translation>«%1» не є вебадресою: посилання на докази починаються з http:// або https://.</translation>
    </message>
    <message>
        <source>This link is in the list already.</source>
        <translation>Це посилання вже є у списку.</translation>
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
        <translation>Без автора</translation>
    </message>
    <message>
        <source>%1 (reviewed %2)</source>
        <translation>%1 (перевірено %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence link(s)</source>
        <translation>
            <numerusform>%Ln посилання на докази</numerusform>
            <numerusform>%Ln посилання на докази</numerusform>
            <numerusform>%Ln посилань на докази</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Автор твердження</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClaimsPanel</name>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Show claims with verdict</source>
        <translation>Показувати твердження з вердиктом</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Усі вердикти</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Показати:</translation>
    </message>
    <message>
        <source>Edit the claim: claimant, verdict, evidence (F2)</source>
        <translation>Змінити твердження: автор, вердикт, докази (F2)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>The claimants could not be read: %1</source>
        <translation>Не вдалося прочитати авторів тверджень: %1</translation>
    </message>
    <message>
        <source>There is no claim %1 in this article.</source>
        <translation>У цій статті немає твердження %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln тверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s) shown</source>
        <translation>
            <numerusform>Показано %1 з %Ln твердження</numerusform>
            <numerusform>Показано %1 з %Ln тверджень</numerusform>
            <numerusform>Показано %1 з %Ln тверджень</numerusform>
        </translation>
    </message>
    <message>
        <source>F2: edit</source>
        <translation>F2: змінити</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::EntitiesPanel</name>
    <message>
        <source>Also called: %1</source>
        <translation>Інші назви: %1</translation>
    </message>
    <message>
        <source>(unknown type)</source>
        <translation>(невідомий тип)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) in this article</source>
        <translation>
            <numerusform>%Ln згадка в цій статті</numerusform>
            <numerusform>%Ln згадки в цій статті</numerusform>
            <numerusform>%Ln згадок у цій статті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) in the project</source>
        <translation>
            <numerusform>%Ln згадка в проєкті</numerusform>
            <numerusform>%Ln згадки в проєкті</numerusform>
            <numerusform>%Ln згадок у проєкті</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tagged as %1, not linked to an entity</source>
        <translation>Позначено як %1, не пов’язано із сутністю</translation>
    </message>
    <message>
        <source>Its text was not found when the article changed.</source>
        <translation>Після зміни статті її текст не знайдено.</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>Нова сутність</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Змінити сутність</translation>
    </message>
    <message>
        <source>An entity keeps the type its mentions were tagged with.</source>
        <translation>Сутність зберігає тип, яким було позначено її згадки.</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>По одному в рядку</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>Псевдоніми, по одному в рядку</translation>
    </message>
    <message>
        <source>Wikidata id</source>
        <translation>Ідентифікатор Wikidata</translation>
    </message>
    <message>
        <source>Q followed by digits, or empty</source>
        <translation>Q і цифри або порожньо</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Вебадреса</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Save the entity</source>
        <translation>Зберегти сутність</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Псевдоніми:</translation>
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
        <translation>Сутності потрібна назва.</translation>
    </message>
    <message>
        <source>The project has no entity label to give this entity a type.</source>
        <translation>У проєкті немає мітки сутності, щоб задати цій сутності тип.</translation>
    </message>
    <message>
        <source>A Wikidata id is the letter Q followed by digits, such as Q90.</source>
        <translation>Ідентифікатор Wikidata — це літера Q, за якою йдуть цифри, напр. Q90.</translation>
    </message>
    <message>
        <source>The URL must be a web address starting with https:// or http://.</source>
        <translation>URL має бути вебадресою, що починається з https:// або http://.</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Об’єднати сутності</translation>
    </message>
    <message>
        <source>The mentions of one entity move to the other, and its name and aliases become aliases of the one kept. Which one is kept?</source>
        <translation>Згадки однієї сутності переходять до іншої, а її назва та псевдоніми стають псевдонімами збереженої. Яку зберегти?</translation>
    </message>
    <message numerus="yes">
        <source>Keep “%1” (%Ln mention(s))</source>
        <translation>
            <numerusform>Зберегти «%1» (%Ln згадка)</numerusform>
            <numerusform>Зберегти «%1» (%Ln згадки)</numerusform>
            <numerusform>Зберегти «%1» (%Ln згадок)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об’єднати</translation>
    </message>
    <message>
        <source>Merge the two entities</source>
        <translation>Об’єднати дві сутності</translation>
    </message>
    <message>
        <source>They have different types: the kept entity keeps its own, and each mention keeps the label it was tagged with.</source>
        <translation>Вони мають різні типи: збережена сутність зберігає свій, а кожна згадка — мітку, якою її було позначено.</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Сутності</translation>
    </message>
    <message>
        <source>Entities with their mentions in this article. Enter shows a mention; Ins makes an entity of selected mentions, F2 edits, Ctrl+M merges two, Ctrl+T tags every occurrence, Del deletes.</source>
        <translation>Сутності з їхніми згадками в цій статті. Enter показує згадку; Ins створює сутність із вибраних згадок, F2 — змінює, Ctrl+M — об’єднує дві, Ctrl+T — позначає всі входження, Del — вилучає.</translation>
    </message>
    <message>
        <source>Filter entities by name or alias</source>
        <translation>Фільтрувати сутності за назвою або псевдонімом</translation>
    </message>
    <message>
        <source>Filter by name or alias…</source>
        <translation>Фільтр за назвою або псевдонімом…</translation>
    </message>
    <message>
        <source>Entity actions</source>
        <translation>Дії із сутностями</translation>
    </message>
    <message>
        <source>&amp;New Entity…</source>
        <translation>&amp;Нова сутність…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>Make an entity of the selected mentions</source>
        <translation>Створити сутність із вибраних згадок</translation>
    </message>
    <message>
        <source>&amp;Edit Entity…</source>
        <translation>&amp;Змінити сутність…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Rename the entity, edit its aliases and links</source>
        <translation>Перейменувати сутність, змінити її псевдоніми та посилання</translation>
    </message>
    <message>
        <source>&amp;Merge Entities…</source>
        <translation>&amp;Об’єднати сутності…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
    <message>
        <source>Merge the two selected entities into one</source>
        <translation>Об’єднати дві вибрані сутності в одну</translation>
    </message>
    <message>
        <source>&amp;Tag All Occurrences</source>
        <translation>&amp;Позначити всі входження</translation>
    </message>
    <message>
        <source>Tag All</source>
        <translation>Позначити всі</translation>
    </message>
    <message>
        <source>Tag every occurrence of the entity&apos;s name and aliases in this article</source>
        <translation>Позначити в цій статті всі входження назви та псевдонімів сутності</translation>
    </message>
    <message>
        <source>&amp;Delete Entity</source>
        <translation>&amp;Вилучити сутність</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Delete the selected entities; their mentions stay, unlinked</source>
        <translation>Вилучити вибрані сутності; їхні згадки залишаться, але без зв’язку</translation>
    </message>
    <message>
        <source>The entities could not be read: %1</source>
        <translation>Не вдалося прочитати сутності: %1</translation>
    </message>
    <message>
        <source>Not linked to an entity</source>
        <translation>Не пов’язані із сутністю</translation>
    </message>
    <message>
        <source>Mentions tagged with an entity label but not linked to an entity yet: select some and press Ins to make them an entity.</source>
        <translation>Згадки, позначені міткою сутності, але ще не пов’язані із сутністю: виберіть кілька й натисніть Ins, щоб зробити з них сутність.</translation>
    </message>
    <message>
        <source>No entities yet. Tag a name in the article (1, 2 or 3), select it here and press Ins to make it an entity.</source>
        <translation>Сутностей ще немає. Позначте ім’я в статті (1, 2 або 3), виберіть його тут і натисніть Ins, щоб зробити з нього сутність.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) not linked</source>
        <translation>
            <numerusform>%Ln згадка не пов’язана</numerusform>
            <numerusform>%Ln згадки не пов’язані</numerusform>
            <numerusform>%Ln згадок не пов’язано</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show in Article</source>
        <translation>По&amp;казати в статті</translation>
    </message>
    <message>
        <source>Entity “%1” created.</source>
        <translation>Сутність «%1» створено.</translation>
    </message>
    <message>
        <source>Entity “%1” saved.</source>
        <translation>Сутність «%1» збережено.</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”.</source>
        <translation>«%1» об’єднано з «%2».</translation>
    </message>
    <message>
        <source>Entity “%1” deleted; its mentions stay. Ctrl+Z brings it back.</source>
        <translation>Сутність «%1» вилучено; її згадки залишилися. Ctrl+Z поверне її.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities deleted; their mentions stay. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Вилучено %Ln сутність; її згадки залишилися. Ctrl+Z поверне її.</numerusform>
            <numerusform>Вилучено %Ln сутності; їхні згадки залишилися. Ctrl+Z поверне їх.</numerusform>
            <numerusform>Вилучено %Ln сутностей; їхні згадки залишилися. Ctrl+Z поверне їх.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag all occurrences of “%1”</source>
        <translation>Позначити всі входження «%1»</translation>
    </message>
    <message>
        <source>No untagged occurrence of “%1” in this article.</source>
        <translation>У цій статті немає непозначених входжень «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s) of “%1” tagged.</source>
        <translation>
            <numerusform>Позначено %Ln входження «%1».</numerusform>
            <numerusform>Позначено %Ln входження «%1».</numerusform>
            <numerusform>Позначено %Ln входжень «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entity(ies)</source>
        <translation>
            <numerusform>%Ln сутність</numerusform>
            <numerusform>%Ln сутності</numerusform>
            <numerusform>%Ln сутностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln entity(ies)</source>
        <translation>
            <numerusform>Вилучити %Ln сутність</numerusform>
            <numerusform>Вилучити %Ln сутності</numerusform>
            <numerusform>Вилучити %Ln сутностей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>Експортувати анотації</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>&amp;This article</source>
        <translation>&amp;Ця стаття</translation>
    </message>
    <message>
        <source>&amp;All articles</source>
        <translation>&amp;Усі статті</translation>
    </message>
    <message>
        <source>Labels to export</source>
        <translation>Мітки для експорту</translation>
    </message>
    <message>
        <source>Start with a byte order &amp;mark (for spreadsheets that need one)</source>
        <translation>Почати з &amp;позначки порядку байтів (для електронних таблиць, яким вона потрібна)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Автор оглядів</translation>
    </message>
    <message>
        <source>Who publishes the reviews</source>
        <translation>Хто публікує огляди</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>Сторінка оглядів</translation>
    </message>
    <message>
        <source>https://… the page the reviews are on</source>
        <translation>https://… сторінка, на якій розміщено огляди</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Автор оглядів:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>&amp;Друкувати в PDF…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Статті:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Мітки:</translation>
    </message>
    <message>
        <source>Preview (the start of what is written):</source>
        <translation>Попередній перегляд (початок того, що буде записано):</translation>
    </message>
    <message>
        <source>Choose at least one label to export.</source>
        <translation>Виберіть для експорту принаймні одну мітку.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: %Ln annotation(s).</source>
        <translation>
            <numerusform>Попередній перегляд %1: %Ln анотація.</numerusform>
            <numerusform>Попередній перегляд %1: %Ln анотації.</numerusform>
            <numerusform>Попередній перегляд %1: %Ln анотацій.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Не експортовано: %1</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Не надруковано: %1</translation>
    </message>
    <message>
        <source>Not printed: %1 could not be written.</source>
        <translation>Не надруковано: не вдалося записати %1.</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>Надруковано в %1.</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>Експортувати в теку</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Друкувати в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>(Shown indented; the file is compact.)</source>
        <translation>(Показано з відступами; у файлі — компактно.)</translation>
    </message>
    <message>
        <source>Re&amp;view page:</source>
        <translation>&amp;Сторінка оглядів:</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln annotation(s).</source>
        <translation>
            <numerusform>Попередній перегляд: %Ln анотація.</numerusform>
            <numerusform>Попередній перегляд: %Ln анотації.</numerusform>
            <numerusform>Попередній перегляд: %Ln анотацій.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) cannot be written in this format, e.g. %1</source>
        <translation>
            <numerusform>%Ln анотацію не можна записати в цьому форматі, напр. %1</numerusform>
            <numerusform>%Ln анотації не можна записати в цьому форматі, напр. %1</numerusform>
            <numerusform>%Ln анотацій не можна записати в цьому форматі, напр. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln анотація</numerusform>
            <numerusform>%Ln анотації</numerusform>
            <numerusform>%Ln анотацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln стаття</numerusform>
            <numerusform>%Ln статті</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1: %2.</source>
        <translation>Записано до %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) could not be written in this format:</source>
        <translation>
            <numerusform>%Ln анотацію не вдалося записати в цьому форматі:</numerusform>
            <numerusform>%Ln анотації не вдалося записати в цьому форматі:</numerusform>
            <numerusform>%Ln анотацій не вдалося записати в цьому форматі:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingCard</name>
    <message>
        <source>note</source>
        <extracomment>A finding&apos;s severity, after its category on the card: &quot;Spelling · minor&quot;.</extracomment>
        <translation>примітка</translation>
    </message>
    <message>
        <source>minor</source>
        <extracomment>A finding&apos;s severity, after its category on the card: &quot;Spelling · minor&quot;.</extracomment>
        <translation>незначна</translation>
    </message>
    <message>
        <source>major</source>
        <extracomment>A finding&apos;s severity, after its category on the card: &quot;Spelling · major&quot;.</extracomment>
        <translation>значна</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Подробиці зауваження</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>Копіювати «%1»</translation>
    </message>
    <message>
        <source>Copy the suggestion; Marginalia never changes the article.</source>
        <translation>Скопіювати пропозицію; Marginalia ніколи не змінює статтю.</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Пошук пропозицій…</translation>
    </message>
    <message>
        <source>Accept as MT Error</source>
        <translation>Прийняти як помилку МП</translation>
    </message>
    <message>
        <source>Record it as a translation error (%1) in the project.</source>
        <translation>Записати це в проєкті як помилку перекладу (%1).</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ігнорувати</translation>
    </message>
    <message>
        <source>Do not show this finding again in this article.</source>
        <translation>Більше не показувати це зауваження в цій статті.</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Додати до словника</translation>
    </message>
    <message>
        <source>Accept “%1” in every article of this project.</source>
        <translation>Приймати «%1» в усіх статтях цього проєкту.</translation>
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
        <translation>Види зауважень, які показуються</translation>
    </message>
    <message>
        <source>MQM category: %1</source>
        <translation>Категорія MQM: %1</translation>
    </message>
    <message>
        <source>&amp;Show these kinds of findings:</source>
        <translation>&amp;Показувати такі види зауважень:</translation>
    </message>
    <message>
        <source>Hidden kinds are still checked; they are left out of the article, the Findings panel and Next Finding (F8).</source>
        <translation>Приховані види все одно перевіряються, але їх не показано в статті, на панелі «Зауваження» і під час переходу до наступного зауваження (F8).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Зауваження</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln проблема</numerusform>
            <numerusform>%Ln проблеми</numerusform>
            <numerusform>%Ln проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln примітка</numerusform>
            <numerusform>%Ln примітки</numerusform>
            <numerusform>%Ln приміток</numerusform>
        </translation>
    </message>
    <message>
        <source>F8 / Shift+F8: next / previous</source>
        <translation>F8 / Shift+F8: наступне / попереднє</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::HeatStrip</name>
    <message>
        <source>Overview of findings and annotations</source>
        <translation>Огляд зауважень і анотацій</translation>
    </message>
    <message>
        <source>Left: the checker&apos;s findings; right: annotations; the frame is the part on screen. Click to go there.</source>
        <translation>Ліворуч — зауваження перевірки; праворуч — анотації; рамка — видима на екрані частина. Клацніть, щоб перейти туди.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln зауваження</numerusform>
            <numerusform>%Ln зауваження</numerusform>
            <numerusform>%Ln зауважень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln анотація</numerusform>
            <numerusform>%Ln анотації</numerusform>
            <numerusform>%Ln анотацій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::LabelSchemaEditor</name>
    <message>
        <source>Kind of “%1”</source>
        <translation>Вид «%1»</translation>
    </message>
    <message>
        <source>Key of “%1”</source>
        <translation>Клавіша «%1»</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Без клавіші</translation>
    </message>
    <message>
        <source>%1 (from “%2”)</source>
        <translation>%1 (перейде від «%2»)</translation>
    </message>
    <message>
        <source>Style of “%1”</source>
        <translation>Стиль «%1»</translation>
    </message>
    <message>
        <source>Name of “%1”</source>
        <translation>Назва «%1»</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Нова мітка</translation>
    </message>
    <message>
        <source>New label %1</source>
        <translation>Нова мітка %1</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Додати мітку</translation>
    </message>
    <message>
        <source>Add a label (Ins)</source>
        <translation>Додати мітку (Ins)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Колір…</translation>
    </message>
    <message>
        <source>Choose the label&apos;s colour</source>
        <translation>Вибрати колір мітки</translation>
    </message>
    <message>
        <source>Choose the current label&apos;s colour (Enter on its colour)</source>
        <translation>Вибрати колір поточної мітки (Enter на її кольорі)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Remove the label</source>
        <translation>Вилучити мітку</translation>
    </message>
    <message>
        <source>Remove the current label, if no annotation uses it (Del)</source>
        <translation>Вилучити поточну мітку, якщо її не використовує жодна анотація (Del)</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Додати мітку</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>Вилучити мітку</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нічого скасовувати.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Нічого повторювати.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Скасовано: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Повторено: %1.</translation>
    </message>
    <message>
        <source>Added “%1”: type its name and press Enter.</source>
        <translation>Додано «%1»: введіть її назву й натисніть Enter.</translation>
    </message>
    <message>
        <source>Choose the label to remove first.</source>
        <translation>Спочатку виберіть мітку для вилучення.</translation>
    </message>
    <message>
        <source>Removed “%1”. Ctrl+Z brings it back.</source>
        <translation>Вилучено «%1». Ctrl+Z поверне її.</translation>
    </message>
    <message>
        <source>Choose the label to colour first.</source>
        <translation>Спочатку виберіть мітку, колір якої треба змінити.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Колір «%1»</translation>
    </message>
    <message>
        <source>Add &amp;Label</source>
        <translation>&amp;Додати мітку</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::LabelSchemaModel</name>
    <message>
        <source>The label&apos;s name, unique in the project (F2 to rename)</source>
        <translation>Назва мітки, унікальна в проєкті (F2 — перейменувати)</translation>
    </message>
    <message>
        <source>What the label records: an entity, a claim, an MT error or a highlight. It cannot change while annotations use the label.</source>
        <translation>Що записує мітка: сутність, твердження, помилку МП чи виділення. Вид не можна змінити, доки мітку використовують анотації.</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Колір %1</translation>
    </message>
    <message>
        <source>Enter or double-click to choose another colour</source>
        <translation>Enter або подвійне клацання — вибрати інший колір</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Без клавіші</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Клавіша %1</translation>
    </message>
    <message>
        <source>The key that tags the selection with this label (1 to 9). A key another label has moves here.</source>
        <translation>Клавіша, що позначає виділене цією міткою (від 1 до 9). Клавіша, яку має інша мітка, переходить сюди.</translation>
    </message>
    <message>
        <source>How the article shows the label: a fill, a line under the text or a box. Labels drawn differently stay visible where they overlap.</source>
        <translation>Як стаття показує мітку: заливкою, лінією під текстом або рамкою. Мітки, намальовані по-різному, залишаються видимими там, де перекриваються.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавіша</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Стиль</translation>
    </message>
    <message>
        <source>Key %1 now tags “%2”; “%3” has no key.</source>
        <translation>Клавіша %1 тепер позначає «%2»; «%3» не має клавіші.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MainWindow</name>
    <message>
        <source>Article metadata</source>
        <translation>Метадані статті</translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation>Зберегти деінде…</translation>
    </message>
    <message>
        <source>Save the project, with the changes not saved yet, to another file</source>
        <translation>Зберегти проєкт разом із ще не збереженими змінами в інший файл</translation>
    </message>
    <message>
        <source>Project: %1 (read-only)</source>
        <translation>Проєкт: %1 (лише читання)</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проєкт: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Анотації</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Вилучено %Ln анотацію. Ctrl+Z її поверне.</numerusform>
            <numerusform>Вилучено %Ln анотації. Ctrl+Z їх поверне.</numerusform>
            <numerusform>Вилучено %Ln анотацій. Ctrl+Z їх поверне.</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Сутності</translation>
    </message>
    <message>
        <source>MQM</source>
        <translation>MQM</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <source>Saved as %1. Work goes on in this file.</source>
        <translation>Збережено як %1. Подальша робота ведеться в цьому файлі.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Article…</source>
        <translation>&amp;Відкрити статтю…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Відкрити &amp;теку…</translation>
    </message>
    <message>
        <source>Open a Folder of Articles</source>
        <translation>Відкрити теку зі статтями</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Відкрити &amp;недавні</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Зберегти проєкт &amp;як…</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Експортувати анотації…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Імпортувати анотації…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>З&amp;міни</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Select &amp;Sentence</source>
        <translation>Виділити &amp;речення</translation>
    </message>
    <message>
        <source>Extend Selection to Next Sentence</source>
        <translation>Розширити виділення до наступного речення</translation>
    </message>
    <message>
        <source>Extend Selection to Previous Sentence</source>
        <translation>Розширити виділення до попереднього речення</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Позначки</translation>
    </message>
    <message>
        <source>&amp;Remove Tags at Caret</source>
        <translation>&amp;Вилучити позначки під курсором</translation>
    </message>
    <message>
        <source>&amp;Edit Labels…</source>
        <translation>&amp;Змінити мітки…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Пере&amp;вірка</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>&amp;Наступне зауваження</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>&amp;Попереднє зауваження</translation>
    </message>
    <message>
        <source>&amp;Explain Finding at Caret</source>
        <translation>Поя&amp;снити зауваження під курсором</translation>
    </message>
    <message>
        <source>Check &amp;All Articles</source>
        <translation>Перевірити &amp;всі статті</translation>
    </message>
    <message>
        <source>Check every article of the project and count its open findings in the Articles panel</source>
        <translation>Перевірити кожну статтю проєкту й підрахувати її невирішені зауваження на панелі «Статті»</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>П&amp;ерегляд</translation>
    </message>
    <message>
        <source>&amp;Findings Panel</source>
        <translation>Панель «&amp;Зауваження»</translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation>Панель «&amp;Анотації»</translation>
    </message>
    <message>
        <source>A&amp;rticles Panel</source>
        <translation>Панель «&amp;Статті»</translation>
    </message>
    <message>
        <source>&amp;Claims Panel</source>
        <translation>Панель «&amp;Твердження»</translation>
    </message>
    <message>
        <source>&amp;Entities Panel</source>
        <translation>Панель «С&amp;утності»</translation>
    </message>
    <message>
        <source>&amp;MQM Score Panel</source>
        <translation>Панель «&amp;Оцінка MQM»</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Спра&amp;вжній розмір</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Масштаб %1 %</translation>
    </message>
    <message>
        <source>The Ar&amp;ticle Text</source>
        <translation>Те&amp;кст статті</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Пере&amp;хід</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>&amp;Наступна стаття</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;Попередня стаття</translation>
    </message>
    <message>
        <source>&amp;Edit What Is at the Caret (Enter)</source>
        <translation>&amp;Редагувати об’єкт під курсором (Enter)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Параметр&amp;и</translation>
    </message>
    <message>
        <source>&amp;Configure Marginalia…</source>
        <translation>&amp;Налаштувати Marginalia…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>&amp;Про Marginalia</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>Document &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Документ &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Language: %1 (%2)</source>
        <translation>Мова: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (read-only) — Marginalia</source>
        <translation>%1 (лише читання) — Marginalia</translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Позначити як %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln зауваження</numerusform>
            <numerusform>%Ln зауваження</numerusform>
            <numerusform>%Ln зауважень</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dictionary: %1</source>
        <translation>Словник: %1</translation>
    </message>
    <message>
        <source>No annotation to go to: select text and press a label&apos;s key (1–9).</source>
        <translation>Немає анотації для переходу: виділіть текст і натисніть клавішу мітки (1–9).</translation>
    </message>
    <message>
        <source>Select the text the annotation belongs to, then place it.</source>
        <translation>Виділіть текст, до якого належить анотація, а потім розмістіть її.</translation>
    </message>
    <message>
        <source>Placed. Ctrl+Z undoes it.</source>
        <translation>Розміщено. Ctrl+Z скасовує цю дію.</translation>
    </message>
    <message>
        <source>No finding at the caret. F8 goes to the next one.</source>
        <translation>Під курсором немає зауваження. F8 переходить до наступного.</translation>
    </message>
    <message>
        <source>“%1” saved as an MT error (%2). Ctrl+Z undoes it.</source>
        <translation>«%1» збережено як помилку МП (%2). Ctrl+Z скасовує цю дію.</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>Копіювати «%1»</translation>
    </message>
    <message>
        <source>Accept as MT Error</source>
        <translation>Прийняти як помилку МП</translation>
    </message>
    <message>
        <source>Ignore This Finding</source>
        <translation>Ігнорувати це зауваження</translation>
    </message>
    <message>
        <source>Add “%1” to the Project Dictionary</source>
        <translation>Додати «%1» до словника проєкту</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>All changes are saved.</source>
        <translation>Усі зміни збережено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not saved yet, retrying…</source>
        <translation>
            <numerusform>%Ln зміну ще не збережено, повторна спроба…</numerusform>
            <numerusform>%Ln зміни ще не збережено, повторна спроба…</numerusform>
            <numerusform>%Ln змін ще не збережено, повторна спроба…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes cannot be saved</source>
        <translation>Не вдається зберегти зміни</translation>
    </message>
    <message>
        <source>%1 does not take changes at the moment.</source>
        <translation>%1 зараз не приймає змін.</translation>
    </message>
    <message>
        <source>%1

Your changes are kept in memory and Marginalia tries again every few seconds. Free some space or fix the file&apos;s permissions, or save the project elsewhere now.</source>
        <translation>%1

Ваші зміни зберігаються в пам’яті, і Marginalia повторює спробу кожні кілька секунд. Звільніть місце на диску, виправте права доступу до файлу або негайно збережіть проєкт деінде.</translation>
    </message>
    <message>
        <source>Keep Trying</source>
        <translation>Пробувати далі</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Зберегти проєкт як</translation>
    </message>
    <message>
        <source>-copy</source>
        <extracomment>Appended to a project&apos;s file name to propose the name of its copy.</extracomment>
        <translation>-копія</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Проєкти Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Не вдається зберегти проєкт</translation>
    </message>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Відкрити статтю</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Статті (*.txt *.md *.html *.htm);;Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 is not there any more; it was taken off the recent list.</source>
        <translation>%1 більше не існує; запис вилучено зі списку недавніх.</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Не вдається відкрити статтю</translation>
    </message>
    <message>
        <source>No recent articles or folders</source>
        <translation>Немає недавніх статей або тек</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистити список</translation>
    </message>
    <message>
        <source>No article files (.txt, .md, .html) there.</source>
        <translation>У цій теці немає файлів статей (.txt, .md, .html).</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Імпортування статей…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпортування %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) added</source>
        <translation>
            <numerusform>Додано %Ln статтю</numerusform>
            <numerusform>Додано %Ln статті</numerusform>
            <numerusform>Додано %Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Деякі файли не імпортовано</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read.</source>
        <translation>
            <numerusform>Не вдалося прочитати %Ln файл.</numerusform>
            <numerusform>Не вдалося прочитати %Ln файли.</numerusform>
            <numerusform>Не вдалося прочитати %Ln файлів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to edit at the caret: Enter edits a claim or an MT error, or explains a finding.</source>
        <translation>Під курсором немає нічого для редагування: Enter відкриває редактор твердження чи помилки МП або пояснює зауваження.</translation>
    </message>
    <message>
        <source>Checking all articles</source>
        <translation>Перевірка всіх статей</translation>
    </message>
    <message>
        <source>Checking %v of %m</source>
        <extracomment>A progress bar&apos;s text: %v is the number of articles checked, %m how many there are.</extracomment>
        <translation>Перевірка: %v з %m</translation>
    </message>
    <message>
        <source>Stop checking (what was counted stays)</source>
        <translation>Зупинити перевірку (уже підраховане збережеться)</translation>
    </message>
    <message numerus="yes">
        <source>Checking stopped: %1 of %Ln article(s) checked.</source>
        <translation>
            <numerusform>Перевірку зупинено: перевірено %1 з %Ln статті.</numerusform>
            <numerusform>Перевірку зупинено: перевірено %1 з %Ln статей.</numerusform>
            <numerusform>Перевірку зупинено: перевірено %1 з %Ln статей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) checked: see the Issues column of the Articles panel.</source>
        <translation>
            <numerusform>Перевірено %Ln статтю: див. стовпчик «Зауваження» на панелі «Статті».</numerusform>
            <numerusform>Перевірено %Ln статті: див. стовпчик «Зауваження» на панелі «Статті».</numerusform>
            <numerusform>Перевірено %Ln статей: див. стовпчик «Зауваження» на панелі «Статті».</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Імпортувати анотації</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Import What Can Be Read</source>
        <translation>Імпортувати те, що вдалося прочитати</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln annotation(s)</source>
        <translation>
            <numerusform>Імпортовано %Ln анотацію</numerusform>
            <numerusform>Імпортовано %Ln анотації</numerusform>
            <numerusform>Імпортовано %Ln анотацій</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a passage first, then press the label&apos;s key.</source>
        <translation>Спершу виділіть фрагмент, а потім натисніть клавішу мітки.</translation>
    </message>
    <message>
        <source>Tagged and saved.</source>
        <translation>Позначено й збережено.</translation>
    </message>
    <message>
        <source>No tag at the caret.</source>
        <translation>Під курсором немає позначки.</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>Про Marginalia</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Read machine-translated news, see what the translation broke, and annotate it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Spell backend:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Dictionary:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Language:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Project file:&lt;/b&gt; %5&lt;br&gt;Qt %6 · SQLite %7&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Читати новини в машинному перекладі, бачити, що зіпсував переклад, і анотувати їх.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Рушій перевірки правопису:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Словник:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Мова:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Файл проєкту:&lt;/b&gt; %5&lt;br&gt;Qt %6 · SQLite %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(not loaded yet)</source>
        <translation>(ще не завантажено)</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(ще невідомо)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s) of stored articles</source>
        <translation>
            <numerusform>%Ln нова версія збережених статей</numerusform>
            <numerusform>%Ln нові версії збережених статей</numerusform>
            <numerusform>%Ln нових версій збережених статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) already in the project</source>
        <translation>
            <numerusform>%Ln стаття вже в проєкті</numerusform>
            <numerusform>%Ln статті вже в проєкті</numerusform>
            <numerusform>%Ln статей уже в проєкті</numerusform>
        </translation>
    </message>
    <message>
        <source>Import canceled: %1.</source>
        <translation>Імпорт скасовано: %1.</translation>
    </message>
    <message>
        <source>Import: %1.</source>
        <translation>Імпорт: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) added</source>
        <translation>
            <numerusform>додано %Ln сутність</numerusform>
            <numerusform>додано %Ln сутності</numerusform>
            <numerusform>додано %Ln сутностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) already known</source>
        <translation>
            <numerusform>%Ln сутність уже відома</numerusform>
            <numerusform>%Ln сутності вже відомі</numerusform>
            <numerusform>%Ln сутностей уже відомі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>пропущено %Ln рядок</numerusform>
            <numerusform>пропущено %Ln рядки</numerusform>
            <numerusform>пропущено %Ln рядків</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MqmPanel</name>
    <message>
        <source>Neutral</source>
        <translation>Нейтральна</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Незначна</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Значна</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критична</translation>
    </message>
    <message>
        <source>MQM quality score</source>
        <translation>Оцінка якості MQM</translation>
    </message>
    <message>
        <source>MQM score details</source>
        <translation>Подробиці оцінки MQM</translation>
    </message>
    <message>
        <source>MQM weights</source>
        <translation>Ваги MQM</translation>
    </message>
    <message>
        <source>MQM default (1 / 5 / 25)</source>
        <translation>Типові MQM (1 / 5 / 25)</translation>
    </message>
    <message>
        <source>WMT 2021 (minor punctuation 0.1)</source>
        <translation>WMT 2021 (незначна пунктуаційна 0,1)</translation>
    </message>
    <message>
        <source>Penalty per error: Neutral 0, Minor 1, Major 5, Critical 25. WMT 2021 also counts a minor punctuation error as 0.1 and a non-translation as 25.</source>
        <translation>Штраф за помилку: нейтральна 0, незначна 1, значна 5, критична 25. WMT 2021 також рахує незначну пунктуаційну помилку як 0,1, а неперекладений текст — як 25.</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>&amp;Ваги:</translation>
    </message>
    <message>
        <source>MT errors by MQM dimension and severity</source>
        <translation>Помилки МП за вимірами MQM і серйозністю</translation>
    </message>
    <message>
        <source>MT errors by dimension</source>
        <translation>Помилки МП за вимірами</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Вимір</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Немає статті</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Немає оцінки</translation>
    </message>
    <message>
        <source>The article has no words to score.</source>
        <translation>У статті немає слів для оцінювання.</translation>
    </message>
    <message>
        <source>Quality %1</source>
        <translation>Якість %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed MT error(s) in %1 words</source>
        <translation>
            <numerusform>%Ln підтверджена помилка МП (слів: %1)</numerusform>
            <numerusform>%Ln підтверджені помилки МП (слів: %1)</numerusform>
            <numerusform>%Ln підтверджених помилок МП (слів: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Penalty %1 · %2 per 1,000 words</source>
        <translation>Штраф %1 · %2 на 1000 слів</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln critical error(s): the article fails, whatever its score.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln критична помилка: стаття не проходить незалежно від оцінки.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln критичні помилки: стаття не проходить незалежно від оцінки.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln критичних помилок: стаття не проходить незалежно від оцінки.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checker issue(s) not confirmed: they do not count until accepted.</source>
        <translation>
            <numerusform>%Ln зауваження перевірки не підтверджено: воно не враховується, доки його не прийнято.</numerusform>
            <numerusform>%Ln зауваження перевірки не підтверджено: вони не враховуються, доки їх не прийнято.</numerusform>
            <numerusform>%Ln зауважень перевірки не підтверджено: вони не враховуються, доки їх не прийнято.</numerusform>
        </translation>
    </message>
    <message>
        <source>(1 − penalty / words) × 100, themqm.org&apos;s linear model; 100 is a translation without confirmed errors.</source>
        <translation>(1 − штраф / слова) × 100, лінійна модель themqm.org; 100 — переклад без підтверджених помилок.</translation>
    </message>
    <message>
        <source>No confirmed MT errors yet: tag one (8) or accept a finding.</source>
        <translation>Ще немає підтверджених помилок МП: позначте помилку (8) або прийміть зауваження.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Виправлення: %1</translation>
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
        <translation>&amp;Нейтральна</translation>
    </message>
    <message>
        <source>M&amp;inor</source>
        <translation>Н&amp;езначна</translation>
    </message>
    <message>
        <source>M&amp;ajor</source>
        <translation>&amp;Значна</translation>
    </message>
    <message>
        <source>C&amp;ritical</source>
        <translation>&amp;Критична</translation>
    </message>
    <message>
        <source>Worth noting, costs nothing (preferential change)</source>
        <translation>Варто зазначити, штрафу немає (зміна за вподобанням)</translation>
    </message>
    <message>
        <source>Noticeable, but the meaning survives (1 point)</source>
        <translation>Помітна, але зміст зберігається (1 бал)</translation>
    </message>
    <message>
        <source>Changes the meaning or seriously hurts the reading (5 points)</source>
        <translation>Змінює зміст або серйозно заважає читанню (5 балів)</translation>
    </message>
    <message>
        <source>Could mislead or do harm; fails the article (25 points)</source>
        <translation>Може ввести в оману чи зашкодити; стаття не проходить (25 балів)</translation>
    </message>
    <message>
        <source>MT Error</source>
        <translation>Помилка МП</translation>
    </message>
    <message>
        <source>MQM category</source>
        <translation>Категорія MQM</translation>
    </message>
    <message>
        <source>The MQM &quot;Dimension/Type&quot; of the error (WMT typology); type to find one</source>
        <translation>Вимір і тип помилки за MQM у вигляді «Dimension/Type» (типологія WMT); почніть вводити, щоб знайти</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Виправлення</translation>
    </message>
    <message>
        <source>What the translation should say (optional)</source>
        <translation>Як має бути в перекладі (необов’язково)</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Кате&amp;горія:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Серйозність:</translation>
    </message>
    <message>
        <source>C&amp;orrection:</source>
        <translation>&amp;Виправлення:</translation>
    </message>
    <message>
        <source>Confirmed from the checker&apos;s finding &lt;code&gt;%1&lt;/code&gt;.</source>
        <translation>Підтверджено із зауваження перевірки &lt;code&gt;%1&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Choose the MQM category of the error (&quot;Other&quot; when none fits).</source>
        <translation>Виберіть категорію помилки за MQM («Other», якщо жодна не підходить).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PreferencesDialog</name>
    <message>
        <source>Configure — Marginalia</source>
        <translation>Налаштування — Marginalia</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Правопис</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Застосувати</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Відновити типові</translation>
    </message>
    <message>
        <source>Put every page back to the defaults; Apply or OK keeps them</source>
        <translation>Повернути всі сторінки до типових значень; їх буде збережено після «Застосувати» або «OK»</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Фільтрувати скорочення</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Знайти дію або клавішу…</translation>
    </message>
    <message>
        <source>In the %1 panel</source>
        <translation>На панелі «%1»</translation>
    </message>
    <message>
        <source>In the article and the panels</source>
        <translation>У статті та на панелях</translation>
    </message>
    <message>
        <source>Next / previous annotation (in the article)</source>
        <translation>Наступна / попередня анотація (у статті)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Edit the claim at the caret, or explain the finding there</source>
        <translation>Редагувати твердження під курсором або пояснити зауваження в цьому місці</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move the caret; select word by word</source>
        <translation>Пересунути курсор; виділяти пословно</translation>
    </message>
    <message>
        <source>Arrows; Shift+Ctrl+Left/Right</source>
        <translation>Стрілки; Shift+Ctrl+Вліво/Вправо</translation>
    </message>
    <message>
        <source>Select exactly what the keys cover</source>
        <translation>Виділяти рівно те, що пройдено клавішами</translation>
    </message>
    <message>
        <source>Shift+arrows</source>
        <translation>Shift+стрілки</translation>
    </message>
    <message>
        <source>Select exact characters with the mouse (no snapping to words)</source>
        <translation>Виділяти мишею точні символи (без прив’язки до слів)</translation>
    </message>
    <message>
        <source>Ctrl+drag</source>
        <translation>Ctrl+перетягування</translation>
    </message>
    <message>
        <source>Leave the article for the next panel</source>
        <translation>Перейти зі статті до наступної панелі</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Annotations panel)</source>
        <translation>Вилучити вибрані анотації (панель «Анотації»)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Go to the selected row (any panel)</source>
        <translation>Перейти до вибраного рядка (на будь-якій панелі)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SpellingPage</name>
    <message>
        <source>An article whose last line names its language, such as “fr-02”, is checked in that language. For the other articles:</source>
        <translation>Статтю, останній рядок якої вказує її мову (наприклад, «fr-02»), перевіряють цією мовою. Для інших статей:</translation>
    </message>
    <message>
        <source>&amp;Guess the language from the text</source>
        <translation>Визначати мову за &amp;текстом</translation>
    </message>
    <message>
        <source>Guess the language from the text</source>
        <translation>Визначати мову за текстом</translation>
    </message>
    <message>
        <source>&amp;Use this dictionary:</source>
        <translation>Використовувати &amp;цей словник:</translation>
    </message>
    <message>
        <source>Use this dictionary</source>
        <translation>Використовувати цей словник</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dictionary for articles that do not name their language</source>
        <translation>Словник для статей, у яких не вказано мову</translation>
    </message>
    <message>
        <source>No dictionary is installed, so spelling is not checked. Debian&apos;s hunspell-* packages bring them.</source>
        <translation>Не встановлено жодного словника, тому правопис не перевіряється. Словники надають пакунки Debian hunspell-*.</translation>
    </message>
    <message numerus="yes">
        <source>Spell checking by %1, with %Ln dictionaries installed.</source>
        <translation>
            <numerusform>Перевірка правопису: %1, встановлено %Ln словник.</numerusform>
            <numerusform>Перевірка правопису: %1, встановлено %Ln словники.</numerusform>
            <numerusform>Перевірка правопису: %1, встановлено %Ln словників.</numerusform>
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
        <translation>копія не проходить quick_check: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>не вдалося записати копію на диск</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2</source>
        <translation>не вдається перейменувати %1 на %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Не вдається створити теку резервних копій %1.</translation>
    </message>
    <message>
        <source>Cannot back up the project: %1</source>
        <translation>Не вдається створити резервну копію проєкту: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>Резервною копією %1 неможливо скористатися: %2</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place of %2.</source>
        <translation>Не вдається поставити резервну копію %1 на місце %2.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>Не вдається відкласти %1 убік.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The project has no entity %1.</source>
        <translation>У проєкті немає сутності %1.</translation>
    </message>
    <message>
        <source>Cannot save the entity “%1”: %2</source>
        <translation>Не вдається зберегти сутність «%1»: %2</translation>
    </message>
    <message>
        <source>The project has no note %1.</source>
        <translation>У проєкті немає нотатки %1.</translation>
    </message>
    <message>
        <source>Cannot save the note: %1</source>
        <translation>Не вдається зберегти нотатку: %1</translation>
    </message>
    <message>
        <source>The project has no relation %1.</source>
        <translation>У проєкті немає зв’язку %1.</translation>
    </message>
    <message>
        <source>Cannot save the relation: %1</source>
        <translation>Не вдається зберегти зв’язок: %1</translation>
    </message>
    <message>
        <source>Cannot save what was decided about the finding: %1</source>
        <translation>Не вдається зберегти рішення щодо зауваження: %1</translation>
    </message>
    <message>
        <source>Cannot save the new version of the article: %1</source>
        <translation>Не вдається зберегти нову версію статті: %1</translation>
    </message>
    <message>
        <source>The article&apos;s metadata must be a JSON object.</source>
        <translation>Метадані статті мають бути об’єктом JSON.</translation>
    </message>
    <message>
        <source>Cannot save the label “%1”: %2</source>
        <translation>Не вдається зберегти мітку «%1»: %2</translation>
    </message>
    <message>
        <source>It was moved to %1.</source>
        <translation>Його переміщено до %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не є файлом.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існує.</translation>
    </message>
    <message>
        <source>%1 is not a Marginalia project (%2).</source>
        <translation>%1 не є проєктом Marginalia (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application, not a Marginalia project.</source>
        <translation>%1 — база даних SQLite іншої програми, а не проєкт Marginalia.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Marginalia (schema %2; this version reads up to %3). It was not modified.</source>
        <translation>%1 записано новішою версією Marginalia (схема %2; ця версія читає схеми до %3). Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version&apos;s format; open it once for writing.</source>
        <translation>%1 слід оновити до формату цієї версії; відкрийте його один раз для запису.</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>Не вдається налаштувати %1: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the project %1: %2. It was left as it was.</source>
        <translation>Не вдається оновити проєкт %1: %2. Його залишено без змін.</translation>
    </message>
    <message>
        <source>Cannot create the project %1: %2</source>
        <translation>Не вдається створити проєкт %1: %2</translation>
    </message>
    <message>
        <source>%1 is this project&apos;s own file.</source>
        <translation>%1 — це файл самого цього проєкту.</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Не вдається зберегти копію до %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the article: %1</source>
        <translation>Не вдається зберегти статтю: %1</translation>
    </message>
    <message>
        <source>The article %1 does not have the text its SHA-256 names.</source>
        <translation>Текст статті %1 не відповідає її хешу SHA-256.</translation>
    </message>
    <message>
        <source>Cannot save the article %1: %2</source>
        <translation>Не вдається зберегти статтю %1: %2</translation>
    </message>
    <message>
        <source>The project has no article %1.</source>
        <translation>У проєкті немає статті %1.</translation>
    </message>
    <message>
        <source>The project has no annotation %1.</source>
        <translation>У проєкті немає анотації %1.</translation>
    </message>
    <message>
        <source>Cannot save the annotation: %1</source>
        <translation>Не вдається зберегти анотацію: %1</translation>
    </message>
    <message>
        <source>Cannot remove the annotation: %1</source>
        <translation>Не вдається вилучити анотацію: %1</translation>
    </message>
    <message numerus="yes">
        <source>This label is still used by %Ln annotation(s) or entit(y/ies); remove them first.</source>
        <translation>
            <numerusform>Цю мітку ще використовує %Ln анотація або сутність; спершу вилучіть її.</numerusform>
            <numerusform>Цю мітку ще використовують %Ln анотації або сутності; спершу вилучіть їх.</numerusform>
            <numerusform>Цю мітку ще використовують %Ln анотацій або сутностей; спершу вилучіть їх.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains triggers or views that Marginalia does not make: it was not opened, and not modified.</source>
        <translation>%1 містить тригери або подання, яких Marginalia не створює: його не відкрито й не змінено.</translation>
    </message>
    <message>
        <source>it was not closed properly and fails its integrity check</source>
        <translation>його не було належно закрито, і він не проходить перевірку цілісності</translation>
    </message>
    <message>
        <source>SQLite cannot read it: %1</source>
        <translation>SQLite не може його прочитати: %1</translation>
    </message>
    <message>
        <source>the file was cut short: it ends inside a page</source>
        <translation>файл обрізано: він закінчується посеред сторінки</translation>
    </message>
    <message>
        <source>the file is empty, but it has backups</source>
        <translation>файл порожній, але має резервні копії</translation>
    </message>
    <message>
        <source>The project %1 is damaged (%2).</source>
        <translation>Проєкт %1 пошкоджено (%2).</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>Резервної копії немає.</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>Найновіша резервна копія — %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. It can be opened read-only.</source>
        <translation>%1 неможливо записати: файл або його тека доступні лише для читання. Його можна відкрити лише для читання.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>“%1” has a capital in the middle of a sentence.</source>
        <translation>«%1» написано з великої літери посеред речення.</translation>
    </message>
    <message>
        <source>“%1 %2”: a capital inside the sentence and an article that should be elided.</source>
        <translation>«%1 %2»: велика літера посеред речення та артикль, який мав би зазнати елізії.</translation>
    </message>
    <message>
        <source>“%1” is written in lower case elsewhere in this article.</source>
        <translation>В інших місцях цієї статті «%1» написано з малої літери.</translation>
    </message>
    <message>
        <source>A full stop is followed by “%1” in lower case: either the capital is missing or the full stop is stray and cuts a sentence in two.</source>
        <translation>Після крапки йде «%1» з малої літери: або бракує великої літери, або крапка зайва й розрізає речення надвоє.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is spelled “%2” elsewhere in this article (%Ln time(s)): the same name spelled two ways?</source>
        <translation>
            <numerusform>В інших місцях цієї статті «%1» написано як «%2» (%Ln раз): одна назва у двох написаннях?</numerusform>
            <numerusform>В інших місцях цієї статті «%1» написано як «%2» (%Ln рази): одна назва у двох написаннях?</numerusform>
            <numerusform>В інших місцях цієї статті «%1» написано як «%2» (%Ln разів): одна назва у двох написаннях?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: stray or doubled punctuation.</source>
        <translation>«%1»: зайвий або подвоєний розділовий знак.</translation>
    </message>
    <message>
        <source>No space goes before “%1”.</source>
        <translation>Перед «%1» пробіл не ставиться.</translation>
    </message>
    <message>
        <source>A space is missing after “%1”.</source>
        <translation>Після «%1» бракує пробілу.</translation>
    </message>
    <message>
        <source>Several spaces in a row.</source>
        <translation>Кілька пробілів поспіль.</translation>
    </message>
    <message>
        <source>Spaces at the start or end of the line.</source>
        <translation>Пробіли на початку або в кінці рядка.</translation>
    </message>
    <message>
        <source>No space goes just inside brackets.</source>
        <translation>Одразу всередині дужок пробіл не ставиться.</translation>
    </message>
    <message>
        <source>A space is missing outside this bracket.</source>
        <translation>Із зовнішнього боку цієї дужки бракує пробілу.</translation>
    </message>
    <message>
        <source>“%1”: no space before the hyphen of an inverted pronoun.</source>
        <translation>«%1»: перед дефісом займенника в інверсії пробіл не ставиться.</translation>
    </message>
    <message>
        <source>This paragraph ends without final punctuation.</source>
        <translation>Цей абзац закінчується без кінцевого розділового знака.</translation>
    </message>
    <message>
        <source>“%1” opens a quotation or bracket that is never closed.</source>
        <translation>«%1» відкриває цитату або дужку, які ніде не закрито.</translation>
    </message>
    <message>
        <source>“%1” closes a quotation opened before this paragraph, or never opened.</source>
        <translation>«%1» закриває цитату, відкриту до цього абзацу або не відкриту взагалі.</translation>
    </message>
    <message>
        <source>“%1” closes something that was never opened.</source>
        <translation>«%1» закриває те, що не було відкрито.</translation>
    </message>
    <message>
        <source>French puts a (no-break) space before “%1”.</source>
        <translation>У французькій перед «%1» ставиться (нерозривний) пробіл.</translation>
    </message>
    <message>
        <source>French puts a no-break space after «.</source>
        <translation>У французькій після « ставиться нерозривний пробіл.</translation>
    </message>
    <message>
        <source>French puts a no-break space before ».</source>
        <translation>У французькій перед » ставиться нерозривний пробіл.</translation>
    </message>
    <message numerus="yes">
        <source>This article mostly puts ordinary spaces before : ; ? ! (%Ln place(s)); French typography uses no-break spaces, so that the mark never starts a line.</source>
        <translation>
            <numerusform>У цій статті перед : ; ? ! здебільшого стоять звичайні пробіли (%Ln місце); французька типографіка використовує нерозривні пробіли, щоб знак ніколи не починав рядок.</numerusform>
            <numerusform>У цій статті перед : ; ? ! здебільшого стоять звичайні пробіли (%Ln місця); французька типографіка використовує нерозривні пробіли, щоб знак ніколи не починав рядок.</numerusform>
            <numerusform>У цій статті перед : ; ? ! здебільшого стоять звичайні пробіли (%Ln місць); французька типографіка використовує нерозривні пробіли, щоб знак ніколи не починав рядок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article mostly puts ordinary spaces inside « » (%Ln place(s)); French typography uses no-break spaces, so that a guillemet never stands alone at a line&apos;s edge.</source>
        <translation>
            <numerusform>У цій статті всередині « » здебільшого стоять звичайні пробіли (%Ln місце); французька типографіка використовує нерозривні пробіли, щоб лапка ніколи не лишалася сама на краю рядка.</numerusform>
            <numerusform>У цій статті всередині « » здебільшого стоять звичайні пробіли (%Ln місця); французька типографіка використовує нерозривні пробіли, щоб лапка ніколи не лишалася сама на краю рядка.</numerusform>
            <numerusform>У цій статті всередині « » здебільшого стоять звичайні пробіли (%Ln місць); французька типографіка використовує нерозривні пробіли, щоб лапка ніколи не лишалася сама на краю рядка.</numerusform>
        </translation>
    </message>
    <message>
        <source>Elsewhere this article puts a no-break space here; this one is an ordinary space, so “%1” can end up alone at the edge of a line.</source>
        <translation>Деінде в цій статті в такому місці стоїть нерозривний пробіл; тут пробіл звичайний, тож «%1» може лишитися сам на краю рядка.</translation>
    </message>
    <message>
        <source>French typography puts a no-break space here, so that “%1” never ends up alone at the edge of a line.</source>
        <translation>Французька типографіка ставить тут нерозривний пробіл, щоб «%1» ніколи не лишався сам на краю рядка.</translation>
    </message>
    <message>
        <source>French separates a number from its unit with a (no-break) space: “%1”.</source>
        <translation>У французькій число відокремлюється від одиниці виміру (нерозривним) пробілом: «%1».</translation>
    </message>
    <message>
        <source>A no-break space keeps a number and its unit on one line: “%1”.</source>
        <translation>Нерозривний пробіл утримує число та одиницю виміру в одному рядку: «%1».</translation>
    </message>
    <message>
        <source>French groups the digits of a large number by three: “%1”.</source>
        <translation>У французькій цифри великого числа групуються по три: «%1».</translation>
    </message>
    <message>
        <source>“%1” is an accent sign, not an apostrophe.</source>
        <translation>«%1» — це діакритичний знак, а не апостроф.</translation>
    </message>
    <message>
        <source>“%1” is elided: no space goes after its apostrophe.</source>
        <translation>«%1» — елізія: після апострофа пробіл не ставиться.</translation>
    </message>
    <message>
        <source>“%1”: one apostrophe is enough.</source>
        <translation>«%1»: досить одного апострофа.</translation>
    </message>
    <message>
        <source>This article uses the typographic apostrophe ’ elsewhere; here it has a straight &apos;.</source>
        <translation>Деінде в цій статті вжито типографський апостроф ’; тут стоїть прямий &apos;.</translation>
    </message>
    <message>
        <source>No space goes before “%1” in this language.</source>
        <translation>У цій мові перед «%1» пробіл не ставиться.</translation>
    </message>
    <message>
        <source>“%1” is written twice.</source>
        <translation>«%1» написано двічі.</translation>
    </message>
    <message>
        <source>This line repeats the start of the headline and stops: a truncated duplicate.</source>
        <translation>Цей рядок повторює початок заголовка й обривається: обрізаний дублікат.</translation>
    </message>
    <message>
        <source>This line repeats the start of another paragraph and stops: a truncated duplicate.</source>
        <translation>Цей рядок повторює початок іншого абзацу й обривається: обрізаний дублікат.</translation>
    </message>
    <message>
        <source>“%1 %2” has lost its apostrophe: “%3”.</source>
        <translation>У «%1 %2» загубився апостроф: «%3».</translation>
    </message>
    <message>
        <source>“%1” looks like one word broken in two: “%2”.</source>
        <translation>«%1» схоже на одне слово, розірване надвоє: «%2».</translation>
    </message>
    <message>
        <source>“%1” is missing an accent: “%2”.</source>
        <translation>У «%1» бракує діакритичного знака: «%2».</translation>
    </message>
    <message>
        <source>“%1” looks like two words run together: “%2”.</source>
        <translation>«%1» схоже на два злиті слова: «%2».</translation>
    </message>
    <message>
        <source>“%1” is not in the dictionary; did you mean “%2”?</source>
        <translation>«%1» немає в словнику; можливо, ви мали на увазі «%2»?</translation>
    </message>
    <message>
        <source>“%1” is not in the dictionary; it looks like a name. Tag it or add it to the project dictionary if it is spelled right.</source>
        <translation>«%1» немає в словнику; схоже, це власна назва. Позначте її або, якщо написання правильне, додайте до словника проєкту.</translation>
    </message>
    <message>
        <source>“%1” is not in the %2 dictionary.</source>
        <translation>«%1» немає в словнику %2.</translation>
    </message>
    <message>
        <source>“a %1”: before a place or a name this is usually the preposition “à”.</source>
        <translation>«a %1»: перед назвою місця чи іменем тут зазвичай має бути прийменник «à».</translation>
    </message>
    <message>
        <source>English</source>
        <translation>англійська</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французька</translation>
    </message>
    <message>
        <source>German</source>
        <translation>німецька</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>іспанська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>українська</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>італійська</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>португальська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>російська</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>нідерландська</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польська</translation>
    </message>
    <message>
        <source>“%1” looks like words left untranslated: the dictionary for %2 knows them, this article&apos;s does not.</source>
        <translation>«%1» схоже на неперекладені слова: словник (%2) їх містить, а словник цієї статті — ні.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 is already open in another Marginalia window (process %2 on %3). Close it there, or open another project.</source>
        <translation>%1 вже відкрито в іншому вікні Marginalia (процес %2 на %3). Закрийте його там або відкрийте інший проєкт.</translation>
    </message>
    <message>
        <source>Cannot lock %1: the folder is not writable.</source>
        <translation>Не вдається заблокувати %1: тека недоступна для запису.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдається створити теку %1.</translation>
    </message>
    <message>
        <source>This project is already saved as %1.</source>
        <translation>Цей проєкт уже збережено як %1.</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Не вдається зберегти до %1: %2</translation>
    </message>
    <message>
        <source>This project is open read-only here: articles cannot be added to it.</source>
        <translation>Цей проєкт відкрито тут лише для читання: додавати до нього статті неможливо.</translation>
    </message>
    <message>
        <source>This project is open read-only here: nothing can be imported into it.</source>
        <translation>Цей проєкт відкрито тут лише для читання: імпортувати до нього нічого неможливо.</translation>
    </message>
    <message numerus="yes">
        <source>This is a new version of the article: %Ln annotation(s) could not find their text and are listed as orphans in the Annotations panel, to be placed or deleted.</source>
        <translation>
            <numerusform>Це нова версія статті: %Ln анотація не знайшла свого тексту й показана на панелі «Анотації» як осиротіла — її слід розмістити або вилучити.</numerusform>
            <numerusform>Це нова версія статті: %Ln анотації не знайшли свого тексту й показані на панелі «Анотації» як осиротілі — їх слід розмістити або вилучити.</numerusform>
            <numerusform>Це нова версія статті: %Ln анотацій не знайшли свого тексту й показані на панелі «Анотації» як осиротілі — їх слід розмістити або вилучити.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no article yet.</source>
        <translation>У цьому проєкті ще немає статей.</translation>
    </message>
    <message>
        <source>There is no word to add.</source>
        <translation>Немає слова, яке можна додати.</translation>
    </message>
    <message>
        <source>This project is open read-only here.</source>
        <translation>Цей проєкт відкрито тут лише для читання.</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Жодну статтю не відкрито.</translation>
    </message>
    <message>
        <source>That annotation is not in this article.</source>
        <translation>Цієї анотації немає в цій статті.</translation>
    </message>
</context>
<context>
    <name>SpellBackend</name>
    <message>
        <source>No Hunspell dictionary for %1 in %2.</source>
        <translation>Немає словника Hunspell для %1 у %2.</translation>
    </message>
    <message>
        <source>Sonnet has no dictionary for %1 (it offers: %2).</source>
        <translation>У Sonnet немає словника для %1 (доступні: %2).</translation>
    </message>
    <message>
        <source>No %1 dictionary for language &quot;%2&quot;. Installed: %3.</source>
        <translation>Немає словника %1 для мови «%2». Встановлено: %3.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read machine-translated news, see what the translation broke, annotate it.</source>
        <translation>Читати новини в машинному перекладі, бачити, що зіпсував переклад, і анотувати їх.</translation>
    </message>
    <message>
        <source>Project file (default: %1).</source>
        <translation>Файл проєкту (типово: %1).</translation>
    </message>
    <message>
        <source>An article to open (.txt, .md, .html).</source>
        <translation>Стаття, яку слід відкрити (.txt, .md, .html).</translation>
    </message>
    <message>
        <source>%1 is already open in another Marginalia window. Open it read-only here?</source>
        <translation>%1 вже відкрито в іншому вікні Marginalia. Відкрити тут лише для читання?</translation>
    </message>
    <message>
        <source>Open the newest backup?</source>
        <translation>Відкрити найновішу резервну копію?</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Open it read-only?</source>
        <translation>%1 неможливо записати: файл або його тека доступні лише для читання. Відкрити лише для читання?</translation>
    </message>
</context>
</TS>
