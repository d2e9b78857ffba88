#include "checker.h"

#include "article.h"
#include "rules/rules.h"
#include "textoffsets.h"

#include <QHash>

#include <algorithm>
#include <future>

namespace Marginalia {

namespace {

// When two findings cover exactly the same span, the more specific wins.
int specificity(FindingCategory c)
{
    switch (c) {
    case FindingCategory::Truncation:
        return 9;
    case FindingCategory::MergedWords: // the same word, joined or split
    case FindingCategory::SplitWord:
        return 8;
    case FindingCategory::Untranslated:
        return 7;
    case FindingCategory::NameInconsistency:
        return 6;
    case FindingCategory::Diacritics:
        return 5;
    case FindingCategory::Casing:
        return 4;
    default:
        return 1;
    }
}

void resolveOverlaps(Rules::RawFindings &raw)
{
    std::stable_sort(raw.begin(), raw.end(), [](const Rules::RawFinding &a, const Rules::RawFinding &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    Rules::RawFindings kept;
    kept.reserve(raw.size());
    QHash<std::pair<qsizetype, qsizetype>, qsizetype> bySpan; // span -> index in kept
    QList<std::pair<qsizetype, qsizetype>> truncations;
    for (const Rules::RawFinding &f : std::as_const(raw)) {
        // A truncated line needs no "missing final punctuation" on top.
        if (f.rule == u"punctuation.paragraph-end"
            && std::any_of(truncations.cbegin(), truncations.cend(),
                           [&f](const auto &t) { return f.start >= t.first && f.end <= t.second; }))
            continue;
        if (f.category == FindingCategory::Truncation)
            truncations.append({f.start, f.end});
        const auto span = std::make_pair(f.start, f.end);
        const auto same = bySpan.constFind(span);
        if (same == bySpan.cend()) {
            bySpan.insert(span, kept.size());
            kept.append(f);
        } else if (specificity(f.category) > specificity(kept.at(*same).category)) {
            kept[*same] = f;
        }
    }
    raw = std::move(kept);
}

// From this many UTF-16 units (about 20 pages) a check is worth a second
// thread, and an article is sure to meet a word of another language.
constexpr qsizetype LongArticle = 50'000;

} // namespace

Result<std::unique_ptr<Checker>> Checker::create(const QString &language)
{
    // The other languages' dictionaries load on another core while this
    // language's loads here (French: 70 ms; English, German, Spanish: 20–30 ms
    // each).
    const QString code = SpellBackends::resolveLanguage(language);
    auto others = std::make_unique<Rules::OtherLanguages>(code);
    if (!code.isEmpty())
        others->prefetch();
    auto backend = SpellBackends::create(language);
    if (!backend)
        return makeError(backend.error());
    return std::unique_ptr<Checker>(new Checker(std::move(*backend), std::move(others)));
}

Checker::Checker(std::unique_ptr<SpellBackend> backend)
    : Checker(std::move(backend), nullptr)
{
}

Checker::Checker(std::unique_ptr<SpellBackend> backend, std::unique_ptr<Rules::OtherLanguages> others)
    : m_backend(std::move(backend))
    , m_others(others ? std::move(others) : std::make_unique<Rules::OtherLanguages>(m_backend->language()))
{
    // British and American spellings are both English: an article in either
    // is checked against both.
    const QString code = m_backend->language();
    const QString variant = code == u"en_US" ? QStringLiteral("en_GB")
        : code == u"en_GB"                   ? QStringLiteral("en_US")
                                             : QString();
    if (!variant.isEmpty() && SpellBackends::availableLanguages().contains(variant)) {
        if (auto extra = SpellBackends::create(variant))
            m_variants.push_back(std::move(*extra));
    }
    rebuildLexicon();
}

void Checker::rebuildLexicon()
{
    QList<const SpellBackend *> variants;
    for (const auto &v : m_variants)
        variants << v.get();
    QSet<QString> userWords;
    if (m_lexicon)
        userWords = m_lexicon->userWords();
    m_lexicon = std::make_unique<Rules::Lexicon>(*m_backend, variants);
    m_lexicon->setUserWords(userWords);
}

Checker::~Checker() = default;

void Checker::waitForBackgroundWork()
{
    m_others->waitForPrefetch();
}

Findings Checker::check(const Article &article) const
{
    return check(article.text, article.bodyLength);
}

Findings Checker::check(const QString &text, qsizetype bodyLength) const
{
    const TextOffsets offsets(text);
    const QStringView body = QStringView(text).left(offsets.toUtf16(bodyLength));
    // A long article will need the other languages' dictionaries (Checker::
    // create starts loading them already): they load on another core while
    // the text is split into words.
    const bool longArticle = body.size() > LongArticle;
    if (longArticle)
        m_others->prefetch();
    const Rules::Document doc(body);
    const Rules::LanguageData lang = Rules::LanguageData::forLanguage(m_backend->language());

    // The rules that read characters need no dictionary: on a long article
    // they run on a second core while the word rules wait on Hunspell.
    const auto policy = longArticle ? std::launch::async : std::launch::deferred;
    auto characterRules = std::async(policy, [&doc, &lang, strict = m_strictTypography] {
        Rules::RawFindings found;
        Rules::checkPunctuation(doc, lang, found);
        Rules::checkQuotes(doc, found);
        Rules::checkTypography(doc, lang, strict, found);
        Rules::checkRepetition(doc, lang, found);
        Rules::checkTruncation(doc, found);
        return found;
    });
    Rules::RawFindings raw;
    Rules::checkWords(doc, lang, *m_lexicon, *m_others, raw);
    Rules::checkCasing(doc, lang, *m_lexicon, raw);
    Rules::checkNames(doc, *m_lexicon, raw);
    raw.append(characterRules.get());
    resolveOverlaps(raw);

    Findings findings;
    findings.reserve(raw.size());
    for (Rules::RawFinding &r : raw) {
        Finding f;
        f.start = offsets.toCodePoint(r.start);
        f.end = offsets.toCodePoint(r.end);
        f.text = body.mid(r.start, r.end - r.start).toString();
        f.category = r.category;
        f.severity = r.severity;
        f.rule = std::move(r.rule);
        f.message = std::move(r.message);
        f.suggestions = std::move(r.suggestions);
        findings.append(std::move(f));
    }
    return findings;
}

void Checker::setUserWords(const QSet<QString> &words)
{
    m_lexicon->setUserWords(words);
}

QStringList Checker::suggestionsFor(const QString &word)
{
    auto it = m_suggestionCache.find(word);
    if (it == m_suggestionCache.end())
        it = m_suggestionCache.insert(word, m_backend->suggest(word));
    return *it;
}

void Checker::fillSuggestions(Findings &findings)
{
    for (Finding &finding : findings) {
        if (finding.category == FindingCategory::Spelling && finding.suggestions.isEmpty())
            finding.suggestions = suggestionsFor(finding.text);
    }
}

void Checker::addWord(const QString &word)
{
    m_backend->addWord(word);
    rebuildLexicon();
    m_suggestionCache.clear();
}

} // namespace Marginalia
