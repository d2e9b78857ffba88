// Re-anchoring must find an annotation's text again after the article
// changed, and must never put it on the wrong words: a weak or ambiguous
// match becomes an orphan. Offsets are code points throughout, so emoji, ZWJ
// sequences and combining marks are part of the fixtures. The generated-edit
// test measures both promises on random texts with a known edit script.

#include "anchoring.h"
#include "textoffsets.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <array>
#include <limits>
#include <string>

using namespace Marginalia;

namespace {

qint64 codePoints(const QString &text)
{
    return TextOffsets::codePointLength(text);
}

QString fromCodePoints(const QList<uint> &codePoints)
{
    return QString::fromStdU32String(std::u32string(codePoints.cbegin(), codePoints.cend()));
}

// Code point offset of the n-th occurrence of `needle` in `text`.
qint64 codePointIndexOf(const QString &text, const QString &needle, int occurrence = 0)
{
    qsizetype at = text.indexOf(needle);
    for (int i = 0; i < occurrence && at >= 0; ++i)
        at = text.indexOf(needle, at + 1);
    return at < 0 ? -1 : TextOffsets(text).toCodePoint(at);
}

// The selector of the n-th occurrence of `needle` in `text`, or of its first
// `length` code points.
TextSelector selectorFor(const QString &text, const QString &needle, int occurrence = 0, qint64 length = -1)
{
    const qint64 start = codePointIndexOf(text, needle, occurrence);
    auto selector = makeSelector(text, start, start + (length < 0 ? codePoints(needle) : length));
    if (!selector.ok())
        qFatal("bad fixture: %s", qPrintable(selector.error()));
    return *selector;
}

QString placedText(const QString &text, const Placement &placement)
{
    const TextOffsets offsets(text);
    const qsizetype from = offsets.toUtf16(placement.start);
    return text.mid(from, offsets.toUtf16(placement.end) - from);
}

const QString Article =
    QStringLiteral("Le président a parlé à Kyiv mardi. Le ministre de la défense a répondu le lendemain. "
                   "Selon le porte-parole, le sommet de l’OTAN aura lieu le 12 juillet à Vilnius. "
                   "Zelensky a salué le soutien des alliés et le travail de la délégation.");

// --- Generated edits -------------------------------------------------------

struct Span {
    qint64 start = 0;
    qint64 end = 0;
};

double intersectionOverUnion(const Span &a, const Span &b)
{
    const qint64 inter = std::max<qint64>(0, std::min(a.end, b.end) - std::max(a.start, b.start));
    const qint64 uni = std::max(a.end, b.end) - std::min(a.start, b.start);
    return uni > 0 ? double(inter) / double(uni) : 0.0;
}

const QStringList Words =
    QStringLiteral("le la les un une des du de et à au aux en dans sur pour par avec sans sous entre vers chez "
                   "président ministre gouvernement élection armée frontière accord sommet réunion défense "
                   "économie marché prix énergie guerre paix traité délégation porte-parole journalistes "
                   "a annoncé déclaré rappelé estimé affirmé refusé accepté précisé ajouté reconnu "
                   "hier mardi mercredi jeudi lendemain semaine mois année matin soir "
                   "the a an of to in on for with from by about after before during against "
                   "president minister government election army border agreement summit meeting defence "
                   "economy market prices energy war peace treaty delegation spokesperson reporters "
                   "said announced stated recalled argued denied accepted added confirmed warned "
                   "yesterday Tuesday Wednesday week month year morning evening "
                   "l’OTAN d’Europe qu’il s’est n’est Kyiv Vilnius Bruxelles Zelensky Macron Scholz "
                   "re\u0301sume\u0301 cafe\u0301 naïve façade cœur être très déjà où "
                   "🇫🇷 🇺🇦 👩‍💻 😀 ✅")
        .split(u' ');

// The original text as code points, with the span of every word.
struct Corpus {
    QList<uint> text;
    QList<Span> words;
};

void appendWord(Corpus &corpus, const QString &word)
{
    const QList<uint> cps = word.toUcs4();
    const qint64 start = corpus.text.size();
    corpus.text += cps;
    corpus.words.append({start, start + cps.size()});
}

Corpus generateCorpus(QRandomGenerator &rng, qint64 minLength)
{
    Corpus corpus;
    int sentences = 0;
    while (corpus.text.size() < minLength) {
        const int length = 6 + int(rng.bounded(11));
        for (int i = 0; i < length; ++i) {
            QString word = Words.at(rng.bounded(Words.size()));
            if (i == 0)
                word[0] = word.at(0).toUpper();
            appendWord(corpus, word);
            const bool comma = i + 1 < length && rng.bounded(8) == 0;
            corpus.text += QStringView(comma ? u", " : i + 1 < length ? u" " : u".").toUcs4();
        }
        corpus.text += QStringView(++sentences % 5 == 0 ? u"\n\n" : u" ").toUcs4();
    }
    return corpus;
}

// One character of the edited text and the original offset it came from
// (-1 for inserted text): the edit script, kept as a mapping.
struct Cell {
    uint ch = 0;
    qint64 origin = -1;
};

uint randomLetter(QRandomGenerator &rng)
{
    static const QList<uint> letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzéèàçôœ😀").toUcs4();
    return letters.at(rng.bounded(letters.size()));
}

QList<Cell> randomLetters(QRandomGenerator &rng, int count)
{
    QList<Cell> cells;
    for (int i = 0; i < count; ++i)
        cells.append({randomLetter(rng), -1});
    return cells;
}

QList<Cell> wordCells(QRandomGenerator &rng)
{
    QList<Cell> cells;
    for (const uint ch : QString(Words.at(rng.bounded(Words.size())) + u' ').toUcs4())
        cells.append({ch, -1});
    return cells;
}

// The start of the word after `at`, or the end.
qsizetype nextWordStart(const QList<Cell> &cells, qsizetype at)
{
    while (at < cells.size() && cells.at(at).ch != u' ')
        ++at;
    return std::min(at + 1, cells.size());
}

// One random typo, insertion (letters or a whole word) or deletion.
// Returns how many characters it touched.
qint64 applyOneEdit(QRandomGenerator &rng, QList<Cell> &cells)
{
    const qsizetype at = rng.bounded(cells.size());
    const quint32 kind = rng.bounded(100);
    if (kind < 40) {
        cells[at].ch = randomLetter(rng);
        return 1;
    }
    if (kind < 60 || kind >= 80) {
        const QList<Cell> inserted = kind < 60 ? randomLetters(rng, 1 + rng.bounded(3)) : wordCells(rng);
        const qsizetype where = kind < 60 ? at : nextWordStart(cells, at);
        for (qsizetype i = 0; i < inserted.size(); ++i)
            cells.insert(where + i, inserted.at(i));
        return inserted.size();
    }
    const qsizetype count = std::min<qsizetype>(1 + rng.bounded(3), cells.size() - at);
    cells.remove(at, count);
    return count;
}

// Edits until `budget` characters were touched.
QList<Cell> editedCells(QRandomGenerator &rng, const QList<uint> &text, qint64 budget)
{
    QList<Cell> cells;
    for (qsizetype i = 0; i < text.size(); ++i)
        cells.append({text.at(i), i});
    for (qint64 touched = 0; touched < budget;)
        touched += applyOneEdit(rng, cells);
    return cells;
}

// Where an original span ended up: from its first to its last surviving
// character. Empty when every character of it was deleted.
Span mappedSpan(const QList<qint64> &newPosition, const Span &original)
{
    Span mapped{-1, -1};
    for (qint64 i = original.start; i < original.end; ++i) {
        if (newPosition.at(i) < 0)
            continue;
        if (mapped.start < 0)
            mapped.start = newPosition.at(i);
        mapped.end = newPosition.at(i) + 1;
    }
    return mapped.start < 0 ? Span{} : mapped;
}

// A generated article with annotations, the article after random edits, and
// where each annotation's text truly went.
struct EditScenario {
    QString changed;
    QList<uint> changedCodePoints;
    QList<Span> spans; // in the original text
    QList<TextSelector> selectors;
    QList<Span> truth; // in the changed text; empty when every character was deleted
};

EditScenario makeScenario(quint32 seed)
{
    QRandomGenerator rng(seed);
    const Corpus corpus = generateCorpus(rng, 20000);
    const QString original = fromCodePoints(corpus.text);
    EditScenario scenario;
    for (int i = 0; i < 300; ++i) {
        const qsizetype first = rng.bounded(corpus.words.size() - 6);
        const Span span{corpus.words.at(first).start, corpus.words.at(first + rng.bounded(6)).end};
        scenario.spans.append(span);
        scenario.selectors.append(*makeSelector(original, span.start, span.end));
    }
    const QList<Cell> cells = editedCells(rng, corpus.text, corpus.text.size() / 20);
    QList<qint64> newPosition(corpus.text.size(), -1);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        scenario.changedCodePoints.append(cells.at(i).ch);
        if (cells.at(i).origin >= 0)
            newPosition[cells.at(i).origin] = i;
    }
    scenario.changed = fromCodePoints(scenario.changedCodePoints);
    for (const Span &span : scenario.spans)
        scenario.truth.append(mappedSpan(newPosition, span));
    return scenario;
}

QString excerpt(const EditScenario &scenario, const Span &span)
{
    const QList<uint> cps = scenario.changedCodePoints.mid(span.start, span.end - span.start);
    return fromCodePoints(cps).replace(u'\n', u'⏎');
}

struct Tally {
    int gone = 0; // every character deleted: the right answer is an orphan
    int correct = 0;
    int orphaned = 0; // orphans whose text still exists
    int wrong = 0;
    int moved = 0; // the old offsets no longer hold the quote
    std::array<int, 4> outcomes{}; // by AnchorOutcome
};

// Counts the outcomes against the truth, and names every orphan and every
// misplacement so a failure can be read from the log.
Tally judge(const EditScenario &scenario, const QList<Placement> &placements)
{
    Tally tally;
    for (qsizetype i = 0; i < placements.size(); ++i) {
        const Placement &p = placements.at(i);
        const Span truth = scenario.truth.at(i);
        const Span old = scenario.spans.at(i);
        const QString quote = scenario.selectors.at(i).exact;
        ++tally.outcomes.at(int(p.outcome));
        tally.moved += excerpt(scenario, old) != QString(quote).replace(u'\n', u'⏎') ? 1 : 0;
        const bool gone = truth.end == truth.start;
        tally.gone += gone ? 1 : 0;
        if (p.outcome == AnchorOutcome::Orphan && !gone) {
            ++tally.orphaned;
            qInfo("orphaned: \"%s\", now \"%s\" in \"%s[%s]%s\"", qPrintable(quote),
                  qPrintable(excerpt(scenario, truth)), qPrintable(excerpt(scenario, {truth.start - 24, truth.start})),
                  qPrintable(excerpt(scenario, truth)), qPrintable(excerpt(scenario, {truth.end, truth.end + 24})));
        } else if (p.outcome != AnchorOutcome::Orphan && !gone
                   && intersectionOverUnion({p.start, p.end}, truth) >= 0.5) {
            ++tally.correct;
        } else if (p.outcome != AnchorOutcome::Orphan) {
            ++tally.wrong;
            qWarning("misplaced: \"%s\" placed on \"%s\" (%s, score %.3f), its text is \"%s\"", qPrintable(quote),
                     qPrintable(excerpt(scenario, {p.start, p.end})), qPrintable(anchorOutcomeId(p.outcome)), p.score,
                     qPrintable(excerpt(scenario, truth)));
        }
    }
    return tally;
}

} // namespace

class TestAnchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedTextIsPosition()
    {
        const TextSelector selector = selectorFor(Article, QStringLiteral("le sommet de l’OTAN"));
        const Placement placement = reanchor(Article, selector);
        QCOMPARE(placement.outcome, AnchorOutcome::Position);
        QCOMPARE(placement.start, selector.start);
        QCOMPARE(placement.end, selector.end);
        QCOMPARE(placement.score, 1.0);
    }

    void makeSelectorKeepsContextInCodePoints()
    {
        const QString text = QStringLiteral("😀😀 début 👩‍👩‍👧 milieu fin 🇫🇷");
        const qint64 start = codePointIndexOf(text, QStringLiteral("milieu"));
        QCOMPARE(start, 15); // 2 emoji, " début " (7), the family (5 code points), a space
        const auto selector = makeSelector(text, start, start + 6, 10);
        QVERIFY(selector.ok());
        QCOMPARE(selector->exact, QStringLiteral("milieu"));
        QCOMPARE(selector->prefix, QStringLiteral("but 👩‍👩‍👧 "));
        QCOMPARE(selector->suffix, QStringLiteral(" fin 🇫🇷"));
    }

    void insertionBeforeIsExactAtShiftedOffsets()
    {
        const TextSelector selector = selectorFor(Article, QStringLiteral("Vilnius"));
        const QString inserted = QStringLiteral("Mise à jour 😀 : ");
        const Placement placement = reanchor(inserted + Article, selector);
        QCOMPARE(placement.outcome, AnchorOutcome::Exact);
        QCOMPARE(placement.start, selector.start + codePoints(inserted));
        QCOMPARE(placement.end, selector.end + codePoints(inserted));
    }

    void oneCharacterEditInsideIsFuzzy()
    {
        const TextSelector selector = selectorFor(Article, QStringLiteral("Zelensky a salué"));
        QString changed = Article;
        changed.replace(QStringLiteral("Zelensky"), QStringLiteral("Zelenski"));
        changed.prepend(QStringLiteral("Correction. "));
        const Placement placement = reanchor(changed, selector);
        QCOMPARE(placement.outcome, AnchorOutcome::Fuzzy);
        QCOMPARE(placement.start, codePointIndexOf(changed, QStringLiteral("Zelenski a salué")));
        QCOMPARE(placedText(changed, placement), QStringLiteral("Zelenski a salué"));
        QVERIFY(placement.score > 0.9 && placement.score < 1.0);
    }

    void deletedQuoteIsOrphan()
    {
        const TextSelector selector = selectorFor(Article, QStringLiteral("Le ministre de la défense"));
        QString changed = Article;
        changed.remove(QStringLiteral("Le ministre de la défense a répondu le lendemain. "));
        const Placement placement = reanchor(changed, selector);
        QCOMPARE(placement.outcome, AnchorOutcome::Orphan);
        QCOMPARE(placement.start, -1);
    }

    void repeatedWordIsFoundByItsContext()
    {
        // "le" occurs eight times; the one before "sommet" is annotated.
        const TextSelector selector = selectorFor(Article, QStringLiteral("le sommet"), 0, 2);
        QCOMPARE(selector.suffix.left(10), QStringLiteral(" sommet de"));
        const QString changed = QStringLiteral("Dernière minute. ") + Article;
        const Placement placement = reanchor(changed, selector);
        QCOMPARE(placement.outcome, AnchorOutcome::Exact);
        QCOMPARE(placement.start, codePointIndexOf(changed, QStringLiteral("le sommet")));
    }

    void shortWordEditedInPlaceFollowsItsContext()
    {
        // "le" -> "la" while other "le"s stay verbatim elsewhere: the context
        // points at the edited word, not at an intact look-alike.
        const TextSelector selector = selectorFor(Article, QStringLiteral("le sommet"), 0, 2);
        QString changed = Article;
        changed.replace(QStringLiteral("le sommet"), QStringLiteral("la sommet"));
        const Placement placement = reanchor(QStringLiteral("Hier. ") + changed, selector);
        QCOMPARE(placement.outcome, AnchorOutcome::Fuzzy);
        QCOMPARE(placement.start, codePointIndexOf(QStringLiteral("Hier. ") + changed, QStringLiteral("la sommet")));
        QCOMPARE(placement.end, placement.start + 2);
    }

    void repeatedWordWithoutItsContextIsOrphan()
    {
        // The sentence around the annotated "le" was rewritten; other "le"s
        // remain, in other contexts. None of them is the annotated one.
        const TextSelector selector = selectorFor(Article, QStringLiteral("le sommet"), 0, 2);
        QString changed = Article;
        changed.replace(QStringLiteral("Selon le porte-parole, le sommet de l’OTAN aura lieu le 12 juillet à Vilnius."),
                        QStringLiteral("Aucune date n’a été donnée."));
        QVERIFY(changed.count(QStringLiteral("le")) >= 4);
        const Placement placement = reanchor(changed, selector);
        QCOMPARE(placement.outcome, AnchorOutcome::Orphan);
    }

    void identicalRepeatsAreAmbiguous()
    {
        // Ten identical paragraphs: once the text shifts, nothing tells the
        // fifth from its neighbours, so no guess is made.
        const QString block = QStringLiteral("Le président a parlé à la presse ce matin.\n");
        QString text;
        for (int i = 0; i < 10; ++i)
            text += block;
        const TextSelector selector = selectorFor(text, QStringLiteral("président"), 4);
        QCOMPARE(reanchor(text, selector).outcome, AnchorOutcome::Position);
        const Placement placement = reanchor(QStringLiteral("Titre\n") + text, selector);
        QCOMPARE(placement.outcome, AnchorOutcome::Orphan);
    }

    void unicodeOffsetsAreCodePoints_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("inserted");
        QTest::newRow("emoji before") << QStringLiteral("Réaction 😀😀 : ") << QStringLiteral("le café est froid")
                                      << QStringLiteral("🇫🇷🇺🇦 ");
        QTest::newRow("zwj before") << QStringLiteral("Famille 👩‍👩‍👧 et ")
                                    << QStringLiteral("la maison bleue") << QStringLiteral("👩‍💻 ");
        QTest::newRow("combining before") << QStringLiteral("Le re\u0301sume\u0301 dit ")
                                          << QStringLiteral("que tout va bien") << QStringLiteral("cafe\u0301 ");
        QTest::newRow("emoji inside") << QStringLiteral("Elle écrit ")
                                      << QStringLiteral("bravo 👩‍👩‍👧 🇺🇦 à tous")
                                      << QStringLiteral("😀 ");
        QTest::newRow("combining inside")
            << QStringLiteral("Il a lu ") << QStringLiteral("le re\u0301sume\u0301 du cafe\u0301")
            << QStringLiteral("e\u0301 ");
    }

    void unicodeOffsetsAreCodePoints()
    {
        QFETCH(QString, before);
        QFETCH(QString, quote);
        QFETCH(QString, inserted);
        const QString after = QStringLiteral(" ce soir, selon notre envoyé spécial.");
        const QString text = before + quote + after;
        const TextSelector selector = selectorFor(text, quote);
        QCOMPARE(selector.start, codePoints(before));
        QCOMPARE(selector.end - selector.start, quote.toUcs4().size());

        const Placement shifted = reanchor(inserted + text, selector);
        QCOMPARE(shifted.outcome, AnchorOutcome::Exact);
        QCOMPARE(shifted.start, codePoints(inserted + before));
        QCOMPARE(shifted.end, codePoints(inserted + before + quote));

        // One code point of the quote replaced (in the middle, so never a
        // lone half of an emoji): still found, in code points.
        QList<uint> edited = quote.toUcs4();
        edited[edited.size() / 2] = U'x';
        const QString editedQuote = fromCodePoints(edited);
        const Placement fuzzy = reanchor(inserted + before + editedQuote + after, selector);
        QCOMPARE(fuzzy.outcome, AnchorOutcome::Fuzzy);
        QCOMPARE(fuzzy.start, codePoints(inserted + before));
        QCOMPARE(fuzzy.end, codePoints(inserted + before + editedQuote));
    }

    void invalidSelectorsAreOrphans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("exact");
        const QString kyiv = QStringLiteral("Kyiv");
        QTest::newRow("empty text") << QString() << qint64(0) << qint64(4) << kyiv;
        QTest::newRow("empty exact") << Article << qint64(0) << qint64(0) << QString();
        QTest::newRow("reversed") << Article << qint64(27) << qint64(23) << kyiv;
        QTest::newRow("negative") << Article << qint64(-4) << qint64(0) << kyiv;
        QTest::newRow("length mismatch") << Article << qint64(23) << qint64(40) << kyiv;
        QTest::newRow("past the end, absent") << Article << qint64(9000) << qint64(9006) << QStringLiteral("Odessa");
        QTest::newRow("huge offsets") << Article << std::numeric_limits<qint64>::max() - 6
                                      << std::numeric_limits<qint64>::max() << QStringLiteral("Odessa");
    }

    void invalidSelectorsAreOrphans()
    {
        QFETCH(QString, text);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(QString, exact);
        const TextSelector selector{start, end, exact, QStringLiteral("parlé à "), QStringLiteral(" mardi")};
        const Placement placement = reanchor(text, selector);
        QCOMPARE(placement.outcome, AnchorOutcome::Orphan);
        QCOMPARE(placement.start, -1);
        QCOMPARE(placement.end, -1);
    }

    void makeSelectorRejectsBadSpans()
    {
        QVERIFY(!makeSelector(Article, 5, 5).ok());
        QVERIFY(!makeSelector(Article, 6, 5).ok());
        QVERIFY(!makeSelector(Article, -1, 5).ok());
        QVERIFY(!makeSelector(Article, 0, codePoints(Article) + 1).ok());
        QVERIFY(!makeSelector(QString(), 0, 1).ok());
        QVERIFY(!makeSelector(Article, 6, 5).error().isEmpty());
        QVERIFY(makeSelector(Article, 0, 5).ok());
    }

    void offsetsPastTheEndOfAShorterTextStillSearch()
    {
        const TextSelector selector = selectorFor(Article, QStringLiteral("Zelensky a salué"));
        const QString shorter = Article.mid(Article.indexOf(QStringLiteral("Zelensky")));
        QVERIFY(selector.start > codePoints(shorter));
        const Placement placement = reanchor(shorter, selector);
        QCOMPARE(placement.outcome, AnchorOutcome::Exact);
        QCOMPARE(placement.start, 0);
    }

    void farMoveWithEditIsFoundInTheWholeText()
    {
        // Beyond the window searched around the old position first.
        QRandomGenerator rng(7);
        const Corpus corpus = generateCorpus(rng, 12000);
        const QString filler = fromCodePoints(corpus.text);
        const QString paragraph = QStringLiteral("Le chancelier a promis une réponse rapide aux agriculteurs.\n");
        const TextSelector selector = selectorFor(paragraph + filler, QStringLiteral("une réponse rapide"));
        // The last word grew: the placement covers it whole.
        const QString changed = filler + QStringLiteral("Le chancelier a promis une reponse rapides aux agriculteurs.");
        const Placement placement = reanchor(changed, selector);
        QCOMPARE(placement.outcome, AnchorOutcome::Fuzzy);
        QCOMPARE(placedText(changed, placement), QStringLiteral("une reponse rapides"));
    }

    void longQuoteWithRewrittenContextIsFound()
    {
        const QString quote = QStringLiteral("la délégation ukrainienne a quitté la salle avant le vote final");
        const QString text = QStringLiteral("Au Conseil de sécurité jeudi soir, ") + quote
            + QStringLiteral(", a rapporté notre correspondante.");
        const TextSelector selector = selectorFor(text, quote);
        const QString editedQuote = QString(quote)
                                        .replace(QStringLiteral("ukrainienne"), QStringLiteral("ukrainiene"))
                                        .replace(QStringLiteral("final"), QStringLiteral("finale"));
        const QString changed = QStringLiteral("Selon plusieurs diplomates présents, ") + editedQuote
            + QStringLiteral(". Aucune explication n’a suivi.");
        const Placement placement = reanchor(changed, selector);
        QCOMPARE(placement.outcome, AnchorOutcome::Fuzzy);
        QCOMPARE(placedText(changed, placement), editedQuote);
    }

    void tooManyDistinctCodePointsDoesNotCrash()
    {
        // edlib has one byte per symbol; a quote with 300 distinct code
        // points is found verbatim but cannot be searched approximately.
        QString quote;
        for (char32_t cp = 0x4E00; cp < 0x4E00 + 300; ++cp)
            quote += QString::fromUcs4(&cp, 1);
        const QString text = QStringLiteral("前言。") + quote + QStringLiteral("。后记");
        const TextSelector selector = selectorFor(text, quote);
        const Placement shifted = reanchor(QStringLiteral("新") + text, selector);
        QCOMPARE(shifted.outcome, AnchorOutcome::Exact);
        QCOMPARE(shifted.start, selector.start + 1);
        QString edited = text;
        edited[100] = QChar(u'x');
        QCOMPARE(reanchor(edited, selector).outcome, AnchorOutcome::Orphan);
    }

    void batchAgreesWithSingleCalls()
    {
        QList<TextSelector> selectors;
        for (const QString &needle : {QStringLiteral("Kyiv"), QStringLiteral("le lendemain"), QStringLiteral("Vilnius"),
                                      QStringLiteral("délégation")})
            selectors.append(selectorFor(Article, needle));
        selectors.append(TextSelector{3, 1, QStringLiteral("x"), {}, {}});
        QString changed = QStringLiteral("Mis à jour. ") + Article;
        changed.replace(QStringLiteral("lendemain"), QStringLiteral("lendemein"));
        const QList<Placement> batch = reanchorAll(changed, selectors);
        QCOMPARE(batch.size(), selectors.size());
        for (qsizetype i = 0; i < selectors.size(); ++i) {
            const Placement single = reanchor(changed, selectors.at(i));
            QCOMPARE(batch.at(i).outcome, single.outcome);
            QCOMPARE(batch.at(i).start, single.start);
            QCOMPARE(batch.at(i).end, single.end);
        }
        QCOMPARE(batch.at(1).outcome, AnchorOutcome::Fuzzy);
        QCOMPARE(batch.last().outcome, AnchorOutcome::Orphan);
    }

    void generatedEdits_data()
    {
        QTest::addColumn<quint32>("seed");
        for (const quint32 seed : {1u, 2u, 3u, 4u, 5u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void generatedEdits()
    {
        QFETCH(quint32, seed);
        const EditScenario scenario = makeScenario(seed);
        QElapsedTimer timer;
        timer.start();
        const QList<Placement> placements = reanchorAll(scenario.changed, scenario.selectors);
        const qint64 elapsed = timer.elapsed();
        const Tally tally = judge(scenario, placements);
        const int total = int(placements.size());
        qInfo("seed %u: %d annotations, %d changed at their old offsets, %d with all text deleted; placed correctly "
              "%d (position %d, exact %d, fuzzy %d), orphaned with text present %d, wrong %d; %lld ms",
              seed, total, tally.moved, tally.gone, tally.correct, tally.outcomes.at(int(AnchorOutcome::Position)),
              tally.outcomes.at(int(AnchorOutcome::Exact)), tally.outcomes.at(int(AnchorOutcome::Fuzzy)),
              tally.orphaned, tally.wrong, elapsed);

        // The edits must actually move and change most annotations, or the
        // test would prove nothing.
        QVERIFY(tally.moved > total / 2);
        QCOMPARE(tally.wrong, 0);
        // An annotation whose every character was deleted has no true text
        // to land on: orphaning it is right, and it is not counted here.
        const int present = total - tally.gone;
        QVERIFY2(tally.correct * 100 >= present * 99,
                 qPrintable(QStringLiteral("%1 of %2 placed").arg(tally.correct).arg(present)));
    }
};

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
