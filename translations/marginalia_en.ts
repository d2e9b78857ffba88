<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleLoader</name>
    <message numerus="yes">
        <source>%Ln external resource(s) in the HTML were not loaded.</source>
        <translation>
            <numerusform>%Ln external resource in the HTML was not loaded.</numerusform>
            <numerusform>%Ln external resources in the HTML were not loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid %1: %Ln invalid byte sequence(s) were replaced with �.</source>
        <translation>
            <numerusform>The file is not valid %1: %Ln invalid byte sequence was replaced with �.</numerusform>
            <numerusform>The file is not valid %1: %Ln invalid byte sequences were replaced with �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln NUL byte(s) were removed from the text.</source>
        <translation>
            <numerusform>%Ln NUL byte was removed from the text.</numerusform>
            <numerusform>%Ln NUL bytes were removed from the text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The HTML nests its elements more than %Ln level(s) deep: the deeper tags were ignored and only their text was kept.</source>
        <translation>
            <numerusform>The HTML nests its elements more than %Ln level deep: the deeper tags were ignored and only their text was kept.</numerusform>
            <numerusform>The HTML nests its elements more than %Ln levels deep: the deeper tags were ignored and only their text was kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%Ln article(s) added</source>
        <translation>
            <numerusform>%Ln article added</numerusform>
            <numerusform>%Ln articles added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) already in the project</source>
        <translation>
            <numerusform>%Ln article already in the project</numerusform>
            <numerusform>%Ln articles already in the project</numerusform>
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
            <numerusform>%Ln entity added</numerusform>
            <numerusform>%Ln entities added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) already known</source>
        <translation>
            <numerusform>%Ln entity already known</numerusform>
            <numerusform>%Ln entities already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new label(s)</source>
        <translation>
            <numerusform>%Ln new label</numerusform>
            <numerusform>%Ln new labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) in place</source>
        <translation>
            <numerusform>%Ln annotation in place</numerusform>
            <numerusform>%Ln annotations in place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln moved</numerusform>
            <numerusform>%Ln moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found approximately</source>
        <translation>
            <numerusform>%Ln found approximately</numerusform>
            <numerusform>%Ln found approximately</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln orphaned</numerusform>
            <numerusform>%Ln orphaned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) written to %1</source>
        <translation>
            <numerusform>%Ln annotation written to %1</numerusform>
            <numerusform>%Ln annotations written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message numerus="yes">
        <source>Nothing was imported. %Ln problem(s):</source>
        <translation>
            <numerusform>Nothing was imported. %Ln problem:</numerusform>
            <numerusform>Nothing was imported. %Ln problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MQM score %1 · %Ln error(s), penalty %2 over %3 words (%4 per 1,000 words; WMT 2021 weights)</source>
        <translation>
            <numerusform>MQM score %1 · %Ln error, penalty %2 over %3 words (%4 per 1,000 words; WMT 2021 weights)</numerusform>
            <numerusform>MQM score %1 · %Ln errors, penalty %2 over %3 words (%4 per 1,000 words; WMT 2021 weights)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Annotator</name>
    <message numerus="yes">
        <source>Remove %Ln tag(s)</source>
        <translation>
            <numerusform>Remove %Ln tag</numerusform>
            <numerusform>Remove %Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>Tag %Ln occurrence of “%1” as %2</numerusform>
            <numerusform>Tag %Ln occurrences of “%1” as %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kind of “%1” cannot change while %Ln annotation(s) use it.</source>
        <translation>
            <numerusform>The kind of “%1” cannot change while %Ln annotation uses it.</numerusform>
            <numerusform>The kind of “%1” cannot change while %Ln annotations use it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kind of “%1” cannot change while it is the type of %Ln entit(y/ies).</source>
        <translation>
            <numerusform>The kind of “%1” cannot change while it is the type of %Ln entity.</numerusform>
            <numerusform>The kind of “%1” cannot change while it is the type of %Ln entities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be removed: %Ln annotation(s) use it. Delete them or tag them with another label first.</source>
        <translation>
            <numerusform>“%1” cannot be removed: %Ln annotation uses it. Delete it or tag it with another label first.</numerusform>
            <numerusform>“%1” cannot be removed: %Ln annotations use it. Delete them or tag them with another label first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be removed: it is the type of %Ln entit(y/ies). Delete them or give them another type first.</source>
        <translation>
            <numerusform>“%1” cannot be removed: it is the type of %Ln entity. Delete it or give it another type first.</numerusform>
            <numerusform>“%1” cannot be removed: it is the type of %Ln entities. Delete them or give them another type first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AnnotationsPanel</name>
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
            <numerusform>%Ln orphaned</numerusform>
            <numerusform>%Ln orphaned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ArticlesPanel</name>
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
            <numerusform>%Ln done</numerusform>
            <numerusform>%Ln done</numerusform>
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
            <numerusform>%Ln MT error</numerusform>
            <numerusform>%Ln MT errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln orphaned</numerusform>
            <numerusform>%Ln orphaned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open finding(s) when last checked</source>
        <translation>
            <numerusform>%Ln open finding when last checked</numerusform>
            <numerusform>%Ln open findings when last checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the text</source>
        <translation>
            <numerusform>%Ln in the text</numerusform>
            <numerusform>%Ln in the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in annotations and notes</source>
        <translation>
            <numerusform>%Ln in annotations and notes</numerusform>
            <numerusform>%Ln in annotations and notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” found in %Ln article(s)</source>
        <translation>
            <numerusform>“%1” found in %Ln article</numerusform>
            <numerusform>“%1” found in %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClaimsModel</name>
    <message numerus="yes">
        <source>%Ln evidence link(s)</source>
        <translation>
            <numerusform>%Ln evidence link</numerusform>
            <numerusform>%Ln evidence links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClaimsPanel</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln claim shown</numerusform>
            <numerusform>%1 of %Ln claims shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::EntitiesPanel</name>
    <message numerus="yes">
        <source>%Ln entity(ies)</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) not linked</source>
        <translation>
            <numerusform>%Ln mention not linked</numerusform>
            <numerusform>%Ln mentions not linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln entity(ies)</source>
        <translation>
            <numerusform>Delete %Ln entity</numerusform>
            <numerusform>Delete %Ln entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities deleted; their mentions stay. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln entity deleted; its mentions stay. Ctrl+Z brings it back.</numerusform>
            <numerusform>%Ln entities deleted; their mentions stay. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s) of “%1” tagged.</source>
        <translation>
            <numerusform>%Ln occurrence of “%1” tagged.</numerusform>
            <numerusform>%Ln occurrences of “%1” tagged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep “%1” (%Ln mention(s))</source>
        <translation>
            <numerusform>Keep “%1” (%Ln mention)</numerusform>
            <numerusform>Keep “%1” (%Ln mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) in this article</source>
        <translation>
            <numerusform>%Ln mention in this article</numerusform>
            <numerusform>%Ln mentions in this article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) in the project</source>
        <translation>
            <numerusform>%Ln mention in the project</numerusform>
            <numerusform>%Ln mentions in the project</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ExportDialog</name>
    <message numerus="yes">
        <source>Preview: %Ln annotation(s).</source>
        <translation>
            <numerusform>Preview: %Ln annotation.</numerusform>
            <numerusform>Preview: %Ln annotations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: %Ln annotation(s).</source>
        <translation>
            <numerusform>Preview of %1: %Ln annotation.</numerusform>
            <numerusform>Preview of %1: %Ln annotations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) cannot be written in this format, e.g. %1</source>
        <translation>
            <numerusform>%Ln annotation cannot be written in this format, e.g. %1</numerusform>
            <numerusform>%Ln annotations cannot be written in this format, e.g. %1</numerusform>
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
    <message numerus="yes">
        <source>%Ln annotation(s) could not be written in this format:</source>
        <translation>
            <numerusform>%Ln annotation could not be written in this format:</numerusform>
            <numerusform>%Ln annotations could not be written in this format:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindingsPanel</name>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::HeatStrip</name>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
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
    <name>Marginalia::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln annotation(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln annotation deleted. Ctrl+Z brings it back.</numerusform>
            <numerusform>%Ln annotations deleted. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not saved yet, retrying…</source>
        <translation>
            <numerusform>%Ln change not saved yet, retrying…</numerusform>
            <numerusform>%Ln changes not saved yet, retrying…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) added</source>
        <translation>
            <numerusform>%Ln article added</numerusform>
            <numerusform>%Ln articles added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new version(s) of stored articles</source>
        <translation>
            <numerusform>%Ln new version of stored articles</numerusform>
            <numerusform>%Ln new versions of stored articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) already in the project</source>
        <translation>
            <numerusform>%Ln article already in the project</numerusform>
            <numerusform>%Ln articles already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read.</source>
        <translation>
            <numerusform>%Ln file could not be read.</numerusform>
            <numerusform>%Ln files could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking stopped: %1 of %Ln article(s) checked.</source>
        <translation>
            <numerusform>Checking stopped: %1 of %Ln article checked.</numerusform>
            <numerusform>Checking stopped: %1 of %Ln articles checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) checked: see the Issues column of the Articles panel.</source>
        <translation>
            <numerusform>%Ln article checked: see the Issues column of the Articles panel.</numerusform>
            <numerusform>%Ln articles checked: see the Issues column of the Articles panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln annotation(s)</source>
        <translation>
            <numerusform>Imported %Ln annotation</numerusform>
            <numerusform>Imported %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) added</source>
        <translation>
            <numerusform>%Ln entity added</numerusform>
            <numerusform>%Ln entities added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y/ies) already known</source>
        <translation>
            <numerusform>%Ln entity already known</numerusform>
            <numerusform>%Ln entities already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln line skipped</numerusform>
            <numerusform>%Ln lines skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MqmPanel</name>
    <message numerus="yes">
        <source>%Ln confirmed MT error(s) in %1 words</source>
        <translation>
            <numerusform>%Ln confirmed MT error in %1 words</numerusform>
            <numerusform>%Ln confirmed MT errors in %1 words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln critical error(s): the article fails, whatever its score.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln critical error: the article fails, whatever its score.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln critical errors: the article fails, whatever its score.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checker issue(s) not confirmed: they do not count until accepted.</source>
        <translation>
            <numerusform>%Ln checker issue not confirmed: it does not count until accepted.</numerusform>
            <numerusform>%Ln checker issues not confirmed: they do not count until accepted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SpellingPage</name>
    <message numerus="yes">
        <source>Spell checking by %1, with %Ln dictionaries installed.</source>
        <translation>
            <numerusform>Spell checking by %1, with %Ln dictionary installed.</numerusform>
            <numerusform>Spell checking by %1, with %Ln dictionaries installed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message numerus="yes">
        <source>This label is still used by %Ln annotation(s) or entit(y/ies); remove them first.</source>
        <translation>
            <numerusform>This label is still used by %Ln annotation or entity; remove it first.</numerusform>
            <numerusform>This label is still used by %Ln annotations or entities; remove them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <source>“%1” is spelled “%2” elsewhere in this article (%Ln time(s)): the same name spelled two ways?</source>
        <translation>
            <numerusform>“%1” is spelled “%2” elsewhere in this article (%Ln time): the same name spelled two ways?</numerusform>
            <numerusform>“%1” is spelled “%2” elsewhere in this article (%Ln times): the same name spelled two ways?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article mostly puts ordinary spaces before : ; ? ! (%Ln place(s)); French typography uses no-break spaces, so that the mark never starts a line.</source>
        <translation>
            <numerusform>This article mostly puts ordinary spaces before : ; ? ! (%Ln place); French typography uses no-break spaces, so that the mark never starts a line.</numerusform>
            <numerusform>This article mostly puts ordinary spaces before : ; ? ! (%Ln places); French typography uses no-break spaces, so that the mark never starts a line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article mostly puts ordinary spaces inside « » (%Ln place(s)); French typography uses no-break spaces, so that a guillemet never stands alone at a line&apos;s edge.</source>
        <translation>
            <numerusform>This article mostly puts ordinary spaces inside « » (%Ln place); French typography uses no-break spaces, so that a guillemet never stands alone at a line&apos;s edge.</numerusform>
            <numerusform>This article mostly puts ordinary spaces inside « » (%Ln places); French typography uses no-break spaces, so that a guillemet never stands alone at a line&apos;s edge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <source>This is a new version of the article: %Ln annotation(s) could not find their text and are listed as orphans in the Annotations panel, to be placed or deleted.</source>
        <translation>
            <numerusform>This is a new version of the article: %Ln annotation could not find its text and is listed as an orphan in the Annotations panel, to be placed or deleted.</numerusform>
            <numerusform>This is a new version of the article: %Ln annotations could not find their text and are listed as orphans in the Annotations panel, to be placed or deleted.</numerusform>
        </translation>
    </message>
</context>
</TS>
