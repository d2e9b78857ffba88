// The checker against the real spell backend of this build (Hunspell on
// Debian 12, Sonnet on Debian 13) and Debian's French dictionary.

#include "articleloader.h"
#include "checker.h"
#include "checkreport.h"
#include "checkservice.h"
#include "languageguess.h"
#include "spellbackend.h"
#include "spelllanguages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Marginalia;

namespace {
// Code point offset of `needle` in `text`, counted independently of
// TextOffsets.
qint64 codePointIndexOf(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : text.left(at).toUcs4().size();
}
} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Checker> m_checker;
    Article m_article;

private Q_SLOTS:
    void initTestCase()
    {
        auto backend = SpellBackends::create(QStringLiteral("fr"));
        QVERIFY2(backend.ok(), qPrintable(backend.error()));
        QCOMPARE((*backend)->backendName(), SpellBackends::compiledBackend());
        QCOMPARE((*backend)->language(), QStringLiteral("fr_FR"));
        qInfo("backend %s, dictionary %s", qPrintable((*backend)->backendName()), qPrintable((*backend)->dictionary()));
        m_checker = std::make_unique<Checker>(std::move(*backend));
        auto article = ArticleLoader::loadFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt"));
        QVERIFY(article.ok());
        m_article = *article;
    }

    void flagsMergedWordsWithCodePointOffsets()
    {
        const Findings findings = m_checker->check(m_article);
        QStringList texts;
        for (const Finding &f : findings)
            texts << f.text;
        // l’OTANet is flagged on the merged part only; l’OTAN and l’Union are words.
        QCOMPARE(texts, (QStringList{QStringLiteral("OTANet"), QStringLiteral("euxdénonçant")}));
        const Finding &otan = findings.at(0);
        QCOMPARE(otan.start, codePointIndexOf(m_article.text, QStringLiteral("OTANet")));
        QCOMPARE(otan.end, otan.start + 6);
        // The flag emoji before it counts as two code points, not four units.
        QCOMPARE(otan.start, qint64(m_article.text.indexOf(QStringLiteral("OTANet")) - 2));
        QCOMPARE(categoryId(otan.category), QStringLiteral("merged-words"));
        QCOMPARE(otan.suggestions, QStringList{QStringLiteral("OTAN et")});
        QCOMPARE(severityId(otan.severity), QStringLiteral("minor"));
        QVERIFY(!otan.message.isEmpty());
    }

    void theIdLineIsNotChecked()
    {
        for (const Finding &f : m_checker->check(m_article))
            QVERIFY(f.end <= m_article.bodyLength);
    }

    // The merged-words rule suggests its own split. (Hunspell's suggest() is
    // not asserted on: its later phases stop on a clock, so what it returns
    // depends on how busy the machine is.)
    void suggestsTheSplit()
    {
        const Findings findings = m_checker->check(m_article);
        const auto merged = std::find_if(findings.cbegin(), findings.cend(),
                                         [](const Finding &f) { return f.text == u"euxdénonçant"; });
        QVERIFY(merged != findings.cend());
        QCOMPARE(merged->category, FindingCategory::MergedWords);
        QCOMPARE(merged->suggestions.value(0), QStringLiteral("eux dénonçant"));
        // Backend suggestions are cached per word: asking twice gives the same list.
        const QStringList first = m_checker->suggestionsFor(QStringLiteral("gouvernemnt"));
        QCOMPARE(m_checker->suggestionsFor(QStringLiteral("gouvernemnt")), first);
    }

    void addedWordsAreAccepted()
    {
        auto backend = SpellBackends::create(QStringLiteral("fr_FR"));
        QVERIFY(backend.ok());
        Checker checker(std::move(*backend));
        const QString text = QStringLiteral("Rutte est venu.");
        QCOMPARE(checker.check(text, text.size()).size(), 1);
        checker.addWord(QStringLiteral("Rutte"));
        QVERIFY(checker.check(text, text.size()).isEmpty());
    }

    void codesWithDigitsAreNotWords()
    {
        const QString text = QStringLiteral("La ligne T1, l’A320 et le COVID-19 arrivent en 2027.");
        QVERIFY(m_checker->check(text, text.size()).isEmpty());
    }

    void guessesTheLanguageOfAnArticleWithoutIdLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("Le conseil municipal a voté hier soir la construction d’une nouvelle "
                                              "école. Les habitants attendaient cette décision depuis des années.")
                            << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("The town council voted last night to build a new school. Residents had "
                                              "been waiting for this decision for years.")
                            << QStringLiteral("en");
    }

    void guessesTheLanguageOfAnArticleWithoutIdLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        // Sonnet may name a regional variant (en_GB): the language is what counts.
        const QString guessed = LanguageGuess::guess(text);
        QVERIFY2(SpellBackends::availableLanguages().contains(guessed), qPrintable(guessed));
        QCOMPARE(SpellLanguages::languagePart(guessed), language);
    }

    // The CLI's JSON is written by hand for speed: it must read back as the
    // same object QJsonDocument makes, whatever the strings hold.
    void jsonLineMatchesQtJson()
    {
        CheckReport report;
        report.file = QStringLiteral("dir/a \"quoted\" file.txt");
        report.language = QStringLiteral("fr_FR");
        report.backend = QStringLiteral("hunspell");
        report.dictionary = QStringLiteral("C:\\dicts\\fr.dic");
        Finding f;
        f.start = 3;
        f.end = 12;
        f.text = QStringLiteral("«\u00A0tab\there\nnew line\u0001 \U0001F600 ZWJ \U0001F469\u200D\U0001F4BB»");
        f.category = FindingCategory::Typography;
        f.severity = Severity::Minor;
        f.rule = QStringLiteral("typography.test");
        f.message = QStringLiteral("“%1” \\ / \"\r");
        f.suggestions = {QStringLiteral("a\"b"), QString(), QStringLiteral("é")};
        report.findings = {f, f};
        report.findings[1].suggestions.clear();

        QJsonParseError error;
        const QByteArray line = report.toJsonLine();
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const QJsonDocument parsed = QJsonDocument::fromJson(line, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.object(), report.toJson());
    }

    void unknownLanguageIsAClearError()
    {
        auto backend = SpellBackends::create(QStringLiteral("xx"));
        QVERIFY(!backend.ok());
        QVERIFY(backend.error().contains(QStringLiteral("xx")));
    }

    void checksOffTheCallingThread()
    {
        CheckService service;
        QSignalSpy checked(&service, &CheckService::checked);
        QSignalSpy suggested(&service, &CheckService::suggestionsReady);
        const quint64 request = service.check(m_article.text, m_article.bodyLength, m_article.language);
        QVERIFY(suggested.wait(30000));
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().at(0).toULongLong(), request);
        const auto findings = suggested.first().at(1).value<Findings>();
        QCOMPARE(findings.size(), 2);
        QVERIFY(findings.at(1).suggestions.contains(QStringLiteral("eux dénonçant")));
        const auto backend = checked.first().at(2).value<BackendInfo>();
        QCOMPARE(backend.language, QStringLiteral("fr_FR"));
        QCOMPARE(backend.backend, SpellBackends::compiledBackend());
    }
};

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
