// Every category of the checker, in the languages it applies to, with
// positive and negative cases. Fixtures are written by the team; the
// dictionaries are Debian's, through this build's spell backend.

#include "checker.h"
#include "spellbackend.h"

#include <QTest>

using namespace Marginalia;

namespace {

// A title line first: the first paragraph is the headline, as in articles.
// "Test" is a word in every language tested here.
const QString Title = QStringLiteral("Test 1\n\n");

Findings checkText(const QString &language, const QString &body, const QSet<QString> &userWords = {})
{
    static QHash<QString, std::shared_ptr<Checker>> checkers;
    auto &checker = checkers[language];
    if (!checker) {
        auto created = Checker::create(language);
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        checker = std::move(*created);
    }
    checker->setUserWords(userWords);
    const QString text = Title + body + u'\n';
    Findings findings = checker->check(text, text.toUcs4().size());
    checker->setUserWords({});
    return findings;
}

QString describe(const Findings &findings)
{
    QStringList parts;
    for (const Finding &f : findings)
        parts << QStringLiteral("%1/%2:“%3”").arg(categoryId(f.category), severityId(f.severity), f.text);
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &lang : {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("de")}) {
            if (SpellBackends::resolveLanguage(lang).isEmpty())
                QFAIL(qPrintable(QStringLiteral("no %1 dictionary installed").arg(lang)));
        }
    }

    void finds_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("flagged");
        QTest::addColumn<QString>("suggestion");

        auto row = [](const char *name, const char *lang, const char *text, const char *category, const char *flagged,
                      const char *suggestion = "") {
            QTest::newRow(name) << QString::fromUtf8(lang) << QString::fromUtf8(text) << QString::fromUtf8(category)
                                << QString::fromUtf8(flagged) << QString::fromUtf8(suggestion);
        };
        // French
        row("fr merged acronym", "fr", "Le ministre a parlé avec l’OTANet les alliés.", "merged-words", "OTANet",
            "OTAN et");
        row("fr merged name", "fr", "Martin Dubreuil est venu. Dubreuila-t-il parlé ? Oui, Dubreuil a parlé.",
            "merged-words", "Dubreuila-t-il", "Dubreuil a-t-il");
        row("fr merged words", "fr", "Il a salué toutesles équipes du chantier.", "merged-words", "toutesles",
            "toutes les");
        row("fr split word", "fr", "Les manifestants ont défilé en dé nonçant la réforme.", "split-word", "dé nonçant",
            "dénonçant");
        row("fr missing accent", "fr", "Le gouvernement a deja publié le texte.", "diacritics", "deja", "déjà");
        row("fr a for à", "fr", "La ministre est arrivée a Paris hier soir.", "diacritics", "a", "à");
        row("fr capital pronoun", "fr", "Il a dit que Ils viendront demain.", "casing", "Ils", "ils");
        row("fr capital article", "fr", "Il a dit que De nombreux alliés viendront.", "casing", "De", "de");
        row("fr la Attaque", "fr", "Ils ont parlé pendant la Attaque de missiles.", "casing", "la Attaque",
            "l’attaque");
        row("fr lower after stop", "fr", "Le texte a été voté. le ministre a signé.", "casing", ". le", " le");
        row("fr stray punctuation", "fr", "Il est venu. , puis il est parti.", "punctuation", ". ,", ",");
        row("fr space before comma", "fr", "Il est venu , puis il est parti.", "punctuation", " ,", ",");
        row("fr several spaces", "fr", "Il est   venu hier.", "punctuation", "   ", " ");
        row("fr space inside brackets", "fr", "C’est (enfin ) parti.", "punctuation", " )", ")");
        row("fr glued brackets", "fr", "Au fond du couloir(celui du deuxième étage) se trouve.", "punctuation", "(",
            "(");
        row("fr inverted pronoun", "fr", "Le faut -il vraiment ?", "punctuation", "faut -il", "faut-il");
        row("fr missing space after comma", "fr", "Il est venu,puis il est parti.", "punctuation", ",", ", ");
        row("en missing space after stop", "en", "They left early.Then the rain came.", "punctuation", ".", ". ");
        row("fr paragraph end", "fr", "Il est venu hier soir sans prévenir personne", "punctuation", "personne",
            "personne.");
        row("fr unclosed guillemet", "fr", "Il a déclaré « nous viendrons demain et il est parti.", "unpaired-quote",
            "«");
        row("fr unclosed guillemet before a new paragraph", "fr",
            "Il a déclaré « nous viendrons demain.\n\nLe maire est reparti.", "unpaired-quote", "«");
        row("fr closing without opening", "fr", "Il a déclaré nous viendrons » demain.", "unpaired-quote", "»");
        row("fr no space before colon", "fr", "Une question demeure: la ligne ouvrira-t-elle ?", "typography", ":",
            "\u00A0:");
        row("fr no space inside guillemets", "fr", "Il a dit «oui» hier.", "typography", "«", "«\u00A0");
        row("fr straight apostrophe", "fr", "L’équipe dit qu'il viendra.", "typography", "'", "’");
        row("fr missing apostrophe", "fr", "Il pense qu il viendra demain.", "punctuation", "qu il", "qu’il");
        row("fr missing apostrophe at sentence start", "fr", "L opinion des gens a changé.", "punctuation", "L opinion",
            "L’opinion");
        row("fr space after elision", "fr", "C’ est le moment de partir.", "punctuation", "C’ ", "C’");
        row("fr accent as apostrophe", "fr", "Je pense qu`elle viendra.", "typography", "`", "’");
        row("fr doubled apostrophe", "fr", "L’électricien de l’'usine est parti.", "punctuation", "’'", "’");
        row("fr glued unit", "fr", "Il en veut 18kg de plus.", "typography", "18kg", "18\u00A0kg");
        row("fr glued percent", "fr", "Le taux a atteint 10% hier.", "typography", "10%", "10\u00A0%");
        row("fr no-break space missing where the article uses them", "fr",
            "Il a dit\u00A0: «\u00A0oui\u00A0». Puis\u00A0: «\u00A0non ». Et vous\u202F?", "typography", " »",
            "\u00A0»");
        row("fr doubled word", "fr", "Il a vu le le chat du voisin.", "repetition", "le le", "le");
        row("fr name two ways", "fr", "Le ministre Petrenko est arrivé. Petrenko a parlé. Plus tard, Petrenco a souri.",
            "name-inconsistency", "Petrenco", "Petrenko");
        row("fr untranslated english", "fr", "Le ministre a parlé of the government avec les journalistes.",
            "untranslated", "of the government");
        row("fr truncation", "fr",
            "Le maire annonce la fin des travaux dans le centre.\n\nLe maire annonce la fin des\n\nLa suite.",
            "truncation", "Le maire annonce la fin des");
        row("fr unknown name", "fr", "Le ministre Kowalczyk est arrivé.", "unknown-name", "Kowalczyk");
        row("fr misspelling", "fr", "Bonjuor à tous.", "spelling", "Bonjuor");
        // English
        row("en merged acronym", "en", "The minister met officials from NATOand the EU.", "merged-words", "NATOand",
            "NATO and");
        row("en merged words", "en", "It took almosttwo years to finish.", "merged-words", "almosttwo", "almost two");
        row("en split word", "en", "The pro ject was approved on Monday.", "split-word", "pro ject", "project");
        row("en capital pronoun", "en", "He said that They would come back.", "casing", "They", "they");
        row("en lower after stop", "en", "The vote was held. the council agreed.", "casing", ". the", " the");
        row("en doubled word", "en", "He saw the the car in the street.", "repetition", "the the", "the");
        row("en space before question mark", "en", "Is it true ? Nobody knows.", "typography", " ?", "?");
        row("en unclosed quote", "en", "“We will stay, he said.", "unpaired-quote", "“");
        row("en untranslated french", "en", "The council will meet la semaine prochaine to decide.", "untranslated",
            "semaine prochaine");
        row("en name two ways", "en", "Tabakov said yes. Later Tabakov left. Then Tabakoff returned.",
            "name-inconsistency", "Tabakoff", "Tabakov");
        row("en stray punctuation", "en", "They met at the café . , near the quay.", "punctuation", ". ,", ",");
        row("en misspelling", "en", "The goverment resigned.", "spelling", "goverment");
        row("en capitalised misspelling", "en", "Cases rose in Beligum last week.", "spelling", "Beligum", "Belgium");
        row("en misspelling inside a title-case name", "en", "He spoke to the Ministry of Foriegn Affairs.", "spelling",
            "Foriegn", "Foreign");
        row("en swapped letters at sentence start", "en", "Tihs is the end of the talks.", "spelling", "Tihs", "This");
        row("en missing letter at sentence start", "en", "Adminstration officials said no.", "spelling",
            "Adminstration", "Administration");
        row("en German noun after an article", "en", "The Präsident spoke on Monday.", "untranslated", "Präsident");
        row("en German word starting a sentence", "en", "Dennoch the talks went on.", "untranslated", "Dennoch");
        row("en capital after a semicolon", "en", "The talks went on; They ended at noon.", "casing", "They", "they");
        row("de capital after a semicolon", "de", "Die Sonde wurde beschädigt; Es war nur ein Stein.", "casing", "Es",
            "es");
        row("en doubled number", "en", "The death toll passed 100 100 yesterday.", "repetition", "100 100", "100");
    }

    void finds()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, category);
        QFETCH(QString, flagged);
        QFETCH(QString, suggestion);
        const Findings findings = checkText(language, text);
        const QString full = Title + text;
        const auto it = std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &f) {
            return categoryId(f.category) == category && f.text == flagged;
        });
        QVERIFY2(it != findings.cend(), qPrintable(QStringLiteral("not found; got: ") + describe(findings)));
        // Offsets are code points of the whole text and point at the text.
        QCOMPARE(QString::fromUcs4(
                     reinterpret_cast<const char32_t *>(full.toUcs4().mid(it->start, it->end - it->start).constData()),
                     it->end - it->start),
                 flagged);
        QVERIFY(!it->message.isEmpty());
        QVERIFY(!it->rule.isEmpty());
        if (!suggestion.isEmpty())
            QVERIFY2(it->suggestions.contains(suggestion), qPrintable(it->suggestions.join(u'|')));
        if (category == u"unknown-name")
            QCOMPARE(it->severity, Severity::Info);
    }

    void staysQuiet_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        auto row = [](const char *name, const char *lang, const char *text) {
            QTest::newRow(name) << QString::fromUtf8(lang) << QString::fromUtf8(text);
        };
        row("fr elided acronym", "fr", "Le secrétaire de l’OTAN a parlé avec l’Ukraine et l’ONU.");
        row("fr real doubled pronoun", "fr", "Nous nous sommes vus hier.");
        row("fr recurring name", "fr", "Le ministre Kowalczyk est arrivé. Kowalczyk a parlé longtemps.");
        row("fr correct typography", "fr", "Il a dit\u00A0: «\u00A0oui\u00A0». Et vous\u202F?");
        row("fr ordinary spaces throughout", "fr", "Il a dit : « oui ». Et vous ? Non !");
        row("fr digit groups", "fr", "Il reste 1 000 000 euros et le code 0000 0000.");
        row("fr units spaced", "fr", "Il a couru 100 m en dix secondes et perdu 3,5 kg.");
        row("fr letters in a list", "fr", "Les points a, b, c et d sont validés.");
        row("fr news agency credit", "fr", "Le chancelier est arrivé à Berlin lundi. dpa");
        row("fr character reference left in the text", "fr", "Il est venu&nbsp;: c’était bien.");
        row("fr recurring capitalised name", "fr", "Le groupe Riesen a parlé. Riesen est reparti. Les Ries en rient.");
        row("fr il y a", "fr", "Il y a Paris et Lyon dans la liste.");
        row("fr subject pronoun a", "fr", "Elle a Marie au téléphone.");
        row("fr time", "fr", "Elle est arrivée à 12:30 hier.");
        row("fr brackets", "fr", "Le projet (voté en 2020) avance, dit « le maire ».");
        row("fr quotation over two paragraphs", "fr",
            "« Nous viendrons demain, a-t-il dit.\n\n« Et nous resterons longtemps. »");
        row("fr quotation closed on the next line", "fr", "Il a dit : « Nous viendrons\ndemain. »");
        row("fr ellipsis", "fr", "Il est venu… et il est reparti.");
        row("fr prefix in brackets", "fr", "Il faut (re)former tout ça et il (n’)est qu’ingénieur.");
        row("fr maths", "fr", "Le carré vaut (a + b)² ici.");
        row("fr addresses and numbers", "fr",
            "Retrouvez-nous sur lemonde.fr ou écrivez à redaction@journal.fr, il reste 3,5 % et 1.000 euros.");
        row("en initials", "en", "The U.S. and U.K. delegations met in Washington D.C. on Monday.");
        row("en abbreviation and comma", "en", "See James et al., 1995, and China Railway Co., Ltd. today.");
        row("en compound phrase", "en", "The match went to a tie break after the air freight arrived.");
        row("en quotation continued from before", "en", "All of it is possible,” the minister added.");
        row("en domain", "en", "The news server Aktualne.cz reported it.");
        row("fr abbreviation", "fr", "Des pommes, des poires, etc. et des prunes.");
        row("fr codes", "fr", "La ligne T1 et l’A320 arrivent en 2027.");
        row("fr multiword name", "fr", "Il travaille à la Maison Blanche depuis mai.");
        row("fr first name and name", "fr", "L’ingénieur Levan Tskhadaia dirige le chantier.");
        row("en real doubled word", "en", "He had had enough of it.");
        row("en british spelling", "en", "The harbour was full of colour.");
        row("en possessive of a name", "en", "Tarrowmere said no. Tarrowmere’s offer was withdrawn.");
        row("en full name", "en", "Aisling Reddan runs the café.");
        row("en abbreviation", "en", "Mr. Smith arrived at 10 a.m. and spoke.");
        row("en quotes", "en", "“We will stay,” he said (again).");
        row("en article starting a name", "en", "He wrote for The New York Times and left.");
        row("fr article starting a name", "fr", "Il est né à La Rochelle en mai.");
        row("en name at sentence start", "en", "Adeyemi Holdings bought the port.");
        row("en short name near a word", "en", "The talks with Biden ended.");
        row("de polite Sie", "de", "Wenn Sie morgen kommen, zeige ich Ihnen Ihr Zimmer.");
        row("fr capital after a colon", "fr", "Le ministre a conclu : Nous partirons demain.");
        row("en name at sentence start near a word", "en", "Werth said the talks would go on.");
        row("en foreign name at sentence start", "en", "Citroën sold more cars this year.");
        row("en name known to another dictionary", "en", "Gazprom cut the supply on Monday.");
    }

    void staysQuiet()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        Findings problems;
        for (const Finding &f : checkText(language, text)) {
            if (f.severity != Severity::Info)
                problems << f;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    // Strict typography wants the no-break spaces the default leaves to the
    // article's own habit.
    void strictTypography_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("flagged");
        QTest::newRow("space before question mark") << QStringLiteral("Qui ? Personne.") << QStringLiteral(" ?");
        QTest::newRow("space inside guillemets") << QStringLiteral("Il a dit « oui ».") << QStringLiteral("« ");
        QTest::newRow("number and unit") << QStringLiteral("Ça a duré 3,5 µs.") << QStringLiteral("3,5 µs");
        QTest::newRow("compound unit") << QStringLiteral("Il roule à 140 km/h.") << QStringLiteral("140 km/h");
        QTest::newRow("digit groups") << QStringLiteral("Il a payé 500000 euros.") << QStringLiteral("500000");
    }

    void strictTypography()
    {
        QFETCH(QString, text);
        QFETCH(QString, flagged);
        auto checker = Checker::create(QStringLiteral("fr"));
        QVERIFY2(checker.ok(), qPrintable(checker.error()));
        const QString article = Title + text + u'\n';
        auto typography = [&] {
            Findings found;
            for (const Finding &f : (*checker)->check(article, article.toUcs4().size())) {
                if (f.category == FindingCategory::Typography && f.severity != Severity::Info)
                    found << f;
            }
            return found;
        };
        QVERIFY2(typography().isEmpty(), qPrintable(describe(typography())));
        (*checker)->setStrictTypography(true);
        const Findings strict = typography();
        QVERIFY2(std::any_of(strict.cbegin(), strict.cend(), [&](const Finding &f) { return f.text == flagged; }),
                 qPrintable(describe(strict)));
    }

    void taggedNamesAreNotFlagged()
    {
        const QString text = QStringLiteral("Zelensky a parlé. Le président Zelensky est reparti.");
        const Findings before = checkText(QStringLiteral("fr"), text);
        QVERIFY(std::any_of(before.cbegin(), before.cend(),
                            [](const Finding &f) { return f.category == FindingCategory::UnknownName; }));
        const Findings after = checkText(QStringLiteral("fr"), text, {QStringLiteral("Zelensky")});
        QVERIFY2(after.isEmpty(), qPrintable(describe(after)));
    }

    void aTaggedNameExplainsAMergedWord()
    {
        // "Rutte" appears only merged; once tagged, "Ruttea-t-il" is "Rutte a-t-il".
        const QString text = QStringLiteral("Le secrétaire Marc Ruttea-t-il déclaré ce jeudi.");
        const Findings findings = checkText(QStringLiteral("fr"), text, {QStringLiteral("Rutte")});
        const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                     [](const Finding &f) { return f.category == FindingCategory::MergedWords; });
        QVERIFY2(it != findings.cend(), qPrintable(describe(findings)));
        QCOMPARE(it->suggestions.value(0), QStringLiteral("Rutte a-t-il"));
    }

    void otherLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("merged");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("Der Minister hat das Gesetz unterschrieben. Die Regierung unddie "
                                              "Opposition streiten weiter.")
                            << QStringLiteral("unddie") << QStringLiteral("und die");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("El ministro habló conlos periodistas ayer.")
                            << QStringLiteral("conlos") << QStringLiteral("con los");
    }

    void otherLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, merged);
        QFETCH(QString, suggestion);
        if (SpellBackends::resolveLanguage(language).isEmpty())
            QSKIP("dictionary not installed (scripts/quickstart.sh installs it)");
        const Findings findings = checkText(language, text);
        const auto it =
            std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.text == merged; });
        QVERIFY2(it != findings.cend(), qPrintable(describe(findings)));
        QCOMPARE(it->category, FindingCategory::MergedWords);
        QVERIFY(it->suggestions.contains(suggestion));
    }

    void ukrainianCleanTextStaysQuiet()
    {
        if (SpellBackends::resolveLanguage(QStringLiteral("uk")).isEmpty())
            QSKIP("dictionary not installed (scripts/quickstart.sh installs it)");
        Findings problems;
        for (const Finding &f :
             checkText(QStringLiteral("uk"), QStringLiteral("Міністр заявив, що уряд підтримає реформу."))) {
            if (f.severity != Severity::Info)
                problems << f;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void everyCategoryHasAnMqmMapping()
    {
        for (FindingCategory c : allCategories()) {
            QVERIFY(!categoryId(c).isEmpty());
            QVERIFY(mqmCategory(c).contains(u'/'));
            bool ok = false;
            QCOMPARE(categoryFromId(categoryId(c), &ok), c);
            QVERIFY(ok);
        }
        QCOMPARE(allCategories().size(), 13);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
