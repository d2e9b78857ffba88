// Word-level rules: what a spell checker sees, explained the way an editor
// would explain it. A rejected word is, in order of preference: two words run
// together, a word missing its accents, a word of another language, a name
// (recurring or capitalised mid-sentence: information, not an error), or a
// misspelling.

#include "rules.h"
#include "trtext.h"

#include "spellbackend.h"

#include <QHash>
#include <QLocale>

namespace Marginalia::Rules {

namespace {

// A dictionary's language as the user's own language names it: "anglais" in
// French. QLocale only knows English and native names.
QString languageName(const QString &code)
{
    switch (QLocale(code).language()) {
    case QLocale::English:
        return RulesText::tr("English");
    case QLocale::French:
        return RulesText::tr("French");
    case QLocale::German:
        return RulesText::tr("German");
    case QLocale::Spanish:
        return RulesText::tr("Spanish");
    case QLocale::Ukrainian:
        return RulesText::tr("Ukrainian");
    case QLocale::Italian:
        return RulesText::tr("Italian");
    case QLocale::Portuguese:
        return RulesText::tr("Portuguese");
    case QLocale::Russian:
        return RulesText::tr("Russian");
    case QLocale::Dutch:
        return RulesText::tr("Dutch");
    case QLocale::Polish:
        return RulesText::tr("Polish");
    default:
        break;
    }
    return QLocale(code).nativeLanguageName();
}

bool startsWithLetter(const QString &word)
{
    return !word.isEmpty() && (word.front().isLetter() || word.front().isHighSurrogate());
}

bool isLowerInitial(const QString &word)
{
    return !word.isEmpty() && word.front().isLower();
}

struct Split {
    QString left;
    QString right;
    int score = -1;
};

// Finds where a rejected word splits into two words. The left half may be a
// name the article uses elsewhere ("Rutte" in "Ruttea-t-il"), or a name spelled
// slightly differently ("Zelenski" in "Zelenskien" next to "Zelensky").
Split findSplit(const QString &word, bool partOfFullName, const Document &doc, const LanguageData &lang,
                const Lexicon &lexicon, const QHash<QString, QString> &namesBySkeleton)
{
    Split best;
    const bool capitalised = word.front().isUpper();
    const bool hasApostrophe = word.contains(u'’') || word.contains(u'\'');
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word.at(i).isLowSurrogate() || word.at(i).isMark())
            continue;
        const QString left = word.left(i);
        const QString right = word.mid(i);
        if (!right.front().isLetter())
            continue; // "Ruttea-|t-il": split before letters only
        const bool rightFunction = lang.functionWords.contains(right.toLower());
        const bool rightWord = lexicon.isWord(right);
        if (!rightWord)
            continue;
        QString shownLeft = left;
        int score = 0;
        // A name the article uses on its own that the dictionary lacks:
        // "Rutte" in "Ruttea-t-il". Ordinary words count only through the
        // dictionary branch below ("Le" in "Levan" is not a name).
        const bool leftInArticle = lexicon.isUserWord(left) || (doc.count(left) > 0 && !lexicon.isWord(left));
        if (leftInArticle) {
            score += 4;
        } else if (lexicon.isWord(left) && !partOfFullName) {
            // Plain dictionary words: both halves must be real words, not
            // fragments ("met|res", "he|lo"). Without a function word, both
            // halves must be long; possessives are not merged words.
            const bool leftFunction = lang.functionWords.contains(left.toLower());
            if ((left.size() < 3 && !leftFunction) || (right.size() < 3 && !rightFunction))
                continue;
            if (!leftFunction && !rightFunction
                && (left.size() < 5 || right.size() < 3 || right.size() + left.size() < 9))
                continue;
            if (hasApostrophe && !rightFunction)
                continue;
            // "Levan" is not "Le van", "Sylvana" not "Sylvan a": a capitalised
            // word splits only before a real function word, after a real word.
            if (capitalised && (!rightFunction || right.size() < 2 || left.size() < 4))
                continue;
            score += 1;
        } else if (capitalised && rightFunction) {
            const QString name = namesBySkeleton.value(nameSkeleton(left));
            if (name.isEmpty() || name == word)
                continue;
            shownLeft = name;
            score += 1;
        } else {
            continue;
        }
        if (rightFunction)
            score += 3;
        if (left.back().isUpper() && right.front().isLower())
            score += 2; // OTAN|et: a case boundary is where words meet
        score += int(std::min(left.size(), right.size())) / 3;
        if (score > best.score)
            best = {shownLeft, right, score};
    }
    return best;
}

// Accent restoration: "etat" -> "état", "deja" -> "déjà", "Etats-Unis" -> "États-Unis".
QString restoreAccents(const QString &word, const Lexicon &lexicon, bool lowerCase)
{
    static const QHash<QChar, QString> variants{
        {u'e', QStringLiteral("éèêë")}, {u'a', QStringLiteral("àâáä")}, {u'u', QStringLiteral("ùûüú")},
        {u'i', QStringLiteral("îïí")},  {u'o', QStringLiteral("ôöó")},  {u'c', QStringLiteral("ç")},
        {u'n', QStringLiteral("ñ")},    {u'E', QStringLiteral("ÉÈÊ")},  {u'A', QStringLiteral("ÀÂ")},
        {u'O', QStringLiteral("ÔÖ")},   {u'U', QStringLiteral("Ü")},
    };
    if (word.size() > 20)
        return {};
    // A capitalised unknown word is far more often a name than a word
    // missing accents; only its capital is tried ("Etats-Unis" -> "États-Unis").
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < (lowerCase ? word.size() : 1); ++i) {
        if (variants.contains(word.at(i)))
            positions << i;
    }
    for (qsizetype p : std::as_const(positions)) {
        for (QChar v : variants.value(word.at(p))) {
            QString candidate = word;
            candidate[p] = v;
            if (lexicon.isWord(candidate))
                return candidate;
        }
    }
    if (word.size() > 12 || !lowerCase)
        return {};
    for (qsizetype a = 0; a < positions.size(); ++a) {
        for (qsizetype b = a + 1; b < positions.size(); ++b) {
            for (QChar va : variants.value(word.at(positions[a]))) {
                for (QChar vb : variants.value(word.at(positions[b]))) {
                    QString candidate = word;
                    candidate[positions[a]] = va;
                    candidate[positions[b]] = vb;
                    if (lexicon.isWord(candidate))
                        return candidate;
                }
            }
        }
    }
    return {};
}

// A dictionary word one slip away from `word`, the way typing slips: a
// letter doubled ("Brittish"), two letters swapped ("Beligum", "Tihs"), a
// letter too many inside the word ("Provinicial"), a wrong vowel
// ("Indipendence"), and with `costlyEdits` a missing letter
// ("Adminstration") or a wrong consonant ("Celcius"). Names are built from words the same
// way ("Tremblay", "Levante", "Werth"), so the weaker edits must land on a
// common word (one the dictionary accepts in lower case), only the typing
// slips may land on a dictionary name ("Amercia" -> "America"), and a word
// with letters foreign to the language ("Citroën" in English) is a name.
QString nearWord(const QString &word, bool inFullName, bool costlyEdits, const Lexicon &lexicon, const QString &letters)
{
    // Compound names ("Hauts-de-Lende") break into parts the dictionary may
    // know one slip away; only plain words are tried.
    if (word.size() < 3 || word.size() > 20 || word.contains(u'-') || word.contains(u'’') || word.contains(u'\''))
        return {};
    // Next to another name, short words are names too ("Aisling Reddan").
    if (inFullName && word.size() < 7)
        return {};
    const QString lower = word.toLower();
    if (!std::all_of(lower.cbegin(), lower.cend(), [&letters](QChar c) { return letters.contains(c); }))
        return {};
    const bool shortWord = word.size() < 5;
    auto common = [&lexicon](const QString &candidate) {
        return candidate.size() >= 3 && lexicon.isWord(candidate) && lexicon.isWord(candidate.toLower());
    };
    auto anyWord = [&lexicon, &common, shortWord](const QString &candidate) {
        return shortWord ? common(candidate) : candidate.size() >= 5 && lexicon.isWord(candidate);
    };
    // A doubled letter, or a stray letter inside the word.
    for (qsizetype i = 1; i + 1 < word.size(); ++i) {
        QString deleted = word;
        deleted.remove(i, 1);
        const bool doubled = word.at(i) == word.at(i - 1) || word.at(i) == word.at(i + 1);
        if (doubled ? anyWord(deleted) : word.size() >= 8 && common(deleted))
            return deleted;
    }
    // Two letters swapped; at the very end only into a common word ("Buras"
    // is a name, not "Bursa").
    for (qsizetype i = 1; i + 1 < word.size(); ++i) {
        QString swapped = word;
        std::swap(swapped[i], swapped[i + 1]);
        if (i + 2 < word.size() ? anyWord(swapped) : common(swapped))
            return swapped;
    }
    if (shortWord)
        return {};
    static const QString vowels = QStringLiteral("aeiou");
    // A wrong vowel turns names into words too easily ("Werth", "Razer"):
    // six letters at least, and a dictionary name only from seven ("Russion").
    if (word.size() < 6)
        return {};
    auto substitute = [&](const QString &from, bool namesToo) -> QString {
        for (qsizetype i = 1; i < word.size(); ++i) {
            if (!from.contains(word.at(i)))
                continue;
            for (QChar v : from) {
                if (v == word.at(i))
                    continue;
                QString changed = word;
                changed[i] = v;
                if (namesToo ? lexicon.isWord(changed) : common(changed))
                    return changed;
            }
        }
        return {};
    };
    if (QString changed = substitute(vowels, word.size() >= 7); !changed.isEmpty())
        return changed;
    // A missing letter or a wrong consonant costs some 500 dictionary
    // look-ups: only where a misspelled word is likelier than a name.
    if (!costlyEdits)
        return {};
    if (word.size() >= 6) {
        for (qsizetype i = 1; i < word.size(); ++i) {
            for (QChar c : letters) {
                QString inserted = word;
                inserted.insert(i, c);
                if (word.size() >= 7 ? lexicon.isWord(inserted) : common(inserted))
                    return inserted;
            }
        }
    }
    if (word.size() >= 7) {
        QString consonants = letters;
        consonants.removeIf([](QChar c) { return vowels.contains(c); });
        if (QString changed = substitute(consonants, false); !changed.isEmpty())
            return changed;
    }
    return {};
}

bool onlySpaceBetween(QStringView body, qsizetype from, qsizetype to)
{
    return to - from == 1 && body.at(from) == u' ';
}

bool startsWithVowelSound(const QString &word)
{
    static const QString vowels = QStringLiteral("aeiouyhàâäéèêëîïôöùûüæœ");
    return !word.isEmpty() && vowels.contains(word.front().toLower());
}

// "qu il", "n arrive", "L opinion": an elided word that lost its apostrophe
// stands alone before a word starting with a vowel sound.
void checkFrenchElision(const Document &doc, const Lexicon &lexicon, RawFindings &out)
{
    static const QSet<QString> elided{QStringLiteral("l"),     QStringLiteral("d"),      QStringLiteral("j"),
                                      QStringLiteral("m"),     QStringLiteral("n"),      QStringLiteral("s"),
                                      QStringLiteral("t"),     QStringLiteral("c"),      QStringLiteral("qu"),
                                      QStringLiteral("jusqu"), QStringLiteral("lorsqu"), QStringLiteral("puisqu"),
                                      QStringLiteral("quoiqu")};
    const QList<Word> &words = doc.words();
    const QStringView body = doc.body();
    const QString apostrophe = body.contains(u'\'') && !body.contains(u'’') ? QStringLiteral("'") : QStringLiteral("’");
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const Word &w = words.at(i);
        const Word &next = words.at(i + 1);
        if (w.text.size() > 6 || !elided.contains(w.text.toLower()) || next.paragraph != w.paragraph
            || !onlySpaceBetween(body, w.end, next.start) || !startsWithVowelSound(next.text) || next.hasDigit())
            continue;
        // A capital is an initial ("John L Smith") except where a sentence starts.
        if (w.isCapitalised() && (w.position == SentencePosition::Middle || w.text.size() > 2))
            continue;
        // "100 m au-dessus", "a, b, c et d": units and enumerations.
        if (w.text.size() == 1) {
            const qsizetype paragraphStart = doc.paragraphs().at(w.paragraph).start;
            qsizetype before = w.start - 1;
            while (before >= paragraphStart && body.at(before).isSpace())
                --before;
            if (before >= paragraphStart
                && (body.at(before).isDigit() || body.at(before) == u',' || body.at(before) == u'('))
                continue;
        }
        if (!lexicon.isWord(next.text) && !lexicon.isWord(next.text.toLower()))
            continue;
        const QString fixed = w.text + apostrophe + next.text;
        out.append({w.start,
                    next.end,
                    FindingCategory::Punctuation,
                    Severity::Minor,
                    QStringLiteral("punctuation.fr-missing-apostrophe"),
                    RulesText::tr("“%1 %2” has lost its apostrophe: “%3”.").arg(w.text, next.text, fixed),
                    {fixed}});
    }
}

} // namespace

void checkWords(const Document &doc, const LanguageData &lang, const Lexicon &lexicon, OtherLanguages &others,
                RawFindings &out)
{
    const QList<Word> &words = doc.words();
    QList<bool> consumed(words.size()); // tokens a split-word finding covers

    // Names the article uses, by skeleton, for merged names spelled askew.
    QHash<QString, QString> namesBySkeleton;
    for (const Word &w : words) {
        const QString bare = Document::withoutElision(w.text);
        if (bare.size() >= 4 && bare.front().isUpper() && !w.hasDigit() && doc.count(bare) >= 2)
            namesBySkeleton.insert(nameSkeleton(bare), bare);
    }

    // Whether each token is a word, asked once: the rules below look at
    // every token and its neighbours several times.
    QList<bool> known(words.size());
    for (qsizetype i = 0; i < words.size(); ++i)
        known[i] = lexicon.isWord(words.at(i).text);

    // split-word: "dé nonçant", "pro ject": two fragments that are one word.
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const Word &a = words.at(i);
        const Word &b = words.at(i + 1);
        if (a.paragraph != b.paragraph || !onlySpaceBetween(doc.body(), a.end, b.start) || a.hasDigit() || b.hasDigit()
            || !startsWithLetter(a.text) || !isLowerInitial(b.text))
            continue;
        const qsizetype joinedSize = a.text.size() + b.text.size();
        if (joinedSize < 5)
            continue;
        // Both halves may be words by accident ("dé" + "nonçant"); a short
        // first half that is no function word, glued to a long word, is
        // still a broken word. "en fin", "sur tout", "de main" are not.
        const bool fragment = a.text.size() <= 2 && joinedSize >= 8 && !lang.functionWords.contains(a.text.toLower());
        // Two words of the text are known already: ask the dictionary about
        // the joined form only when one half is not a word.
        if (!fragment && known.at(i) && known.at(i + 1))
            continue;
        const QString joined = a.text + b.text;
        if (!lexicon.isWord(joined))
            continue;
        out.append({a.start,
                    b.end,
                    FindingCategory::SplitWord,
                    Severity::Minor,
                    QStringLiteral("split-word.rejoin"),
                    RulesText::tr("“%1” looks like one word broken in two: “%2”.").arg(a.text + u' ' + b.text, joined),
                    {joined}});
        consumed[i] = consumed[i + 1] = true;
    }

    // Runs of words of another language, gathered before they are reported.
    struct Foreign {
        qsizetype first = -1;
        qsizetype last = -1;
        QString language;
    } run;
    auto flushRun = [&] {
        if (run.first < 0)
            return;
        const Word &first = words.at(run.first);
        const Word &last = words.at(run.last);
        const QString text = doc.body().mid(first.start, last.end - first.start).toString();
        out.append({first.start,
                    last.end,
                    FindingCategory::Untranslated,
                    Severity::Minor,
                    QStringLiteral("untranslated.other-dictionary"),
                    RulesText::tr("“%1” looks like words left untranslated: the dictionary for %2 knows them, this "
                                  "article's does not.")
                        .arg(text, languageName(run.language)),
                    {}});
        run = {};
    };

    // One answer per distinct word: long articles repeat their unknown words.
    QHash<QString, QString> accentCache;
    QHash<QString, QString> nearCache[4]; // by word, [inside a full name][with costly edits]
    QHash<QString, QString> nameMessages;
    QHash<QString, Split> splitCache[2]; // by word, alone or inside a full name

    // The other language that accepts word i when this article's rejects it.
    QHash<qsizetype, QString> foreignCache;
    // A capitalised neighbour in the same paragraph, other than a function
    // word starting the sentence ("The Präsident").
    auto capitalisedNeighbour = [&words, &lang](qsizetype i) {
        auto isNamePart = [&](qsizetype j) {
            return j >= 0 && j < words.size() && words.at(j).paragraph == words.at(i).paragraph
                && words.at(j).isCapitalised() && !lang.closedClass.contains(words.at(j).text.toLower());
        };
        return isNamePart(i - 1) || isNamePart(i + 1);
    };
    auto foreignOf = [&](qsizetype i) -> QString {
        if (i < 0 || i >= words.size())
            return {};
        if (auto it = foreignCache.constFind(i); it != foreignCache.cend())
            return *it;
        const Word &w = words.at(i);
        const QString &text = w.text;
        QString result;
        if (text.size() < 2 || w.hasDigit() || known.at(i)) {
            // a word of this language
        } else if (isLowerInitial(text)) {
            result = others.languageAccepting(text);
        } else if (!w.isAllCaps() && doc.count(text) < 2 && !capitalisedNeighbour(i)
                   && w.position == SentencePosition::Middle && i > 0 && words.at(i - 1).paragraph == w.paragraph
                   && lang.articles.contains(words.at(i - 1).text.toLower())) {
            // "the Präsident", "die Kritik": German capitalises its nouns, so
            // after an article of this language a capitalised word only the
            // German dictionary knows is a German noun left untranslated.
            // Other languages' capitalised words there are names ("le
            // Fuhrer", "la Stampa").
            result = others.languageAccepting(text);
            if (result != u"de")
                result.clear();
        } else if (w.position == SentencePosition::Start && !w.isAllCaps() && doc.count(text) < 2
                   && !capitalisedNeighbour(i)) {
            // A word of another language starting a sentence ("Nach",
            // "Mehrere"), a word there in lower case too: names ("Gazprom")
            // are in other dictionaries only with their capital. Inside a
            // sentence a capitalised word is a name; so is one next to
            // another capitalised word, or one the article repeats.
            const QString lower = text.front().toLower() + text.mid(1);
            if (!lexicon.isWord(lower))
                result = others.languageAccepting(lower);
        }
        foreignCache.insert(i, result);
        return result;
    };

    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word &w = words.at(i);
        if (consumed.at(i) || !startsWithLetter(w.text) || w.hasDigit() || known.at(i)) {
            if (run.first >= 0 && !consumed.at(i))
                flushRun();
            continue;
        }
        qsizetype prefix = 0;
        const QString word = Document::withoutElision(w.text, &prefix);
        const qsizetype start = w.start + prefix;
        if (prefix > 0 && lexicon.isWord(word)) {
            flushRun();
            continue;
        }

        // "the government" in French: a neighbour of the same language makes
        // a run of foreign words likelier than a missing accent ("thé").
        const QString foreign = prefix == 0 ? foreignOf(i) : QString();
        const bool inForeignRun = !foreign.isEmpty() && (foreignOf(i - 1) == foreign || foreignOf(i + 1) == foreign);
        if (lang.restoresAccents && !inForeignRun) {
            // Two accents ("deja" -> "déjà") only for lower-case words: a
            // capitalised unknown word is far more often a name.
            auto cached = accentCache.constFind(word);
            if (cached == accentCache.cend())
                cached = accentCache.insert(word, restoreAccents(word, lexicon, isLowerInitial(word)));
            const QString accented = *cached;
            if (!accented.isEmpty()) {
                flushRun();
                out.append({start,
                            w.end,
                            FindingCategory::Diacritics,
                            Severity::Minor,
                            QStringLiteral("diacritics.missing-accent"),
                            RulesText::tr("“%1” is missing an accent: “%2”.").arg(word, accented),
                            {accented}});
                continue;
            }
        }
        // Another language's word, lower case: part of an untranslated run.
        {
            const QString &other = foreign;
            if (!other.isEmpty()) {
                if (run.first >= 0 && (run.language != other || words.at(run.last).paragraph != w.paragraph))
                    flushRun();
                if (run.first < 0)
                    run = {i, i, other};
                run.last = i;
                continue;
            }
        }
        flushRun();

        // "Aisling Reddan": a capitalised word next to another is part of a
        // full name, not two words run together.
        const bool partOfFullName = w.isCapitalised() && capitalisedNeighbour(i);
        // A capitalised word the article repeats is a name ("Riesen" three
        // times), not two words run together.
        const bool recurringName = w.isCapitalised() && doc.count(word) >= 2;
        Split split;
        if (!recurringName) {
            QHash<QString, Split> &splits = splitCache[partOfFullName ? 1 : 0];
            auto found = splits.constFind(word);
            if (found == splits.cend())
                found = splits.insert(word, findSplit(word, partOfFullName, doc, lang, lexicon, namesBySkeleton));
            split = *found;
        }
        if (split.score >= 0) {
            const QString fixed = split.left + u' ' + split.right;
            out.append({start,
                        w.end,
                        FindingCategory::MergedWords,
                        Severity::Minor,
                        QStringLiteral("merged-words.split"),
                        RulesText::tr("“%1” looks like two words run together: “%2”.").arg(word, fixed),
                        {fixed}});
            continue;
        }
        QString stem = word;
        if (stem.endsWith(QStringLiteral("’s")) || stem.endsWith(QStringLiteral("'s")))
            stem.chop(2); // "Tarrowmere’s"
        const int occurrences =
            doc.count(stem) + doc.count(stem + QStringLiteral("’s")) + doc.count(stem + QStringLiteral("'s"));
        // A capitalised unknown word is a name ("Kowalczyk", "Adeyemi
        // Holdings"), unless it is one slip away from a dictionary word
        // ("Beligum", "Brittish"). Inside a full name, only when a
        // capitalised neighbour is a common word: "Ministry of Foriegn
        // Affairs" is a misspelling, "Aisling Reddan" a name.
        const bool nameLike = word.front().isUpper();
        bool titleCasePhrase = false;
        if (partOfFullName) {
            for (const qsizetype j : {i - 1, i + 1}) {
                if (j >= 0 && j < words.size() && words.at(j).paragraph == w.paragraph && words.at(j).isCapitalised()
                    && !words.at(j).isAllCaps())
                    titleCasePhrase =
                        titleCasePhrase || lexicon.isWord(Document::withoutElision(words.at(j).text).toLower());
            }
        }
        QString nearby;
        if (nameLike && occurrences < 2 && (!partOfFullName || titleCasePhrase) && !w.isAllCaps()
            && !lexicon.isUserWord(word)) {
            // A capitalised word starting a sentence, or inside a phrase of
            // capitalised common words, is as often a misspelled word as a
            // name; inside a sentence it is usually a name.
            const bool costlyEdits = titleCasePhrase || w.position == SentencePosition::Start;
            QHash<QString, QString> &cache = nearCache[(partOfFullName ? 2 : 0) + (costlyEdits ? 1 : 0)];
            auto cached = cache.constFind(word);
            if (cached == cache.cend())
                cached = cache.insert(word, nearWord(word, partOfFullName, costlyEdits, lexicon, lang.letters));
            nearby = *cached;
        }
        if (!nearby.isEmpty()) {
            out.append({start,
                        w.end,
                        FindingCategory::Spelling,
                        Severity::Minor,
                        QStringLiteral("spelling.near-word"),
                        RulesText::tr("“%1” is not in the dictionary; did you mean “%2”?").arg(word, nearby),
                        {nearby}});
            continue;
        }
        if (nameLike) {
            // One message per distinct name, shared by its occurrences.
            auto message = nameMessages.constFind(word);
            if (message == nameMessages.cend())
                message =
                    nameMessages.insert(word,
                                        RulesText::tr("“%1” is not in the dictionary; it looks like a name. Tag it or "
                                                      "add it to the project dictionary if it is spelled right.")
                                            .arg(word));
            out.append({start,
                        w.end,
                        FindingCategory::UnknownName,
                        Severity::Info,
                        QStringLiteral("unknown-name"),
                        *message,
                        {}});
            continue;
        }
        out.append({start,
                    w.end,
                    FindingCategory::Spelling,
                    Severity::Minor,
                    QStringLiteral("spelling.unknown-word"),
                    RulesText::tr("“%1” is not in the %2 dictionary.").arg(word, lexicon.backend().language()),
                    {}});
    }
    flushRun();

    if (lang.language == u"fr")
        checkFrenchElision(doc, lexicon, out);

    // French "a" for "à" before a place or a name: "la visite de Rutte a Kiev".
    if (lang.language == u"fr") {
        for (qsizetype i = 1; i + 1 < words.size(); ++i) {
            const Word &w = words.at(i);
            const Word &next = words.at(i + 1);
            const Word &previous = words.at(i - 1);
            if (w.text != u"a" || !next.isCapitalised() || next.position != SentencePosition::Middle
                || lang.subjectPronouns.contains(previous.text.toLower()) || previous.text == u"y"
                || previous.paragraph != w.paragraph)
                continue;
            out.append(
                {w.start,
                 w.end,
                 FindingCategory::Diacritics,
                 Severity::Minor,
                 QStringLiteral("diacritics.a-for-a"),
                 RulesText::tr("“a %1”: before a place or a name this is usually the preposition “à”.").arg(next.text),
                 {QStringLiteral("à")}});
        }
    }
}

} // namespace Marginalia::Rules
