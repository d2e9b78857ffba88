#include "checker.h"

#include "article.h"
#include "textoffsets.h"
#include "tokenizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Marginalia {

namespace {

// French (and Italian/Catalan-style) elided articles and conjunctions. The
// dictionaries know "l’Ukraine" through affix rules, but not every name the
// article elides onto ("l’OTAN" is rejected because fr has only "Otan"), so
// the word after the apostrophe is checked on its own.
const QRegularExpression &elisionPrefix()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:l|d|j|m|n|s|t|c|ç|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['\u2019\u02BC\u2018]"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Tokens with digits (T1, A320, COVID-19) are codes and names, not words a
// dictionary can judge.
bool hasDigit(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

bool startsWithLetter(QStringView word)
{
    if (word.isEmpty())
        return false;
    if (word.front().isHighSurrogate() && word.size() > 1)
        return QChar::isLetter(QChar::surrogateToUcs4(word.at(0), word.at(1)));
    return word.front().isLetter();
}

} // namespace

Result<std::unique_ptr<Checker>> Checker::create(const QString &language)
{
    auto backend = SpellBackends::create(language);
    if (!backend)
        return makeError(backend.error());
    return std::make_unique<Checker>(std::move(*backend));
}

Checker::Checker(std::unique_ptr<SpellBackend> backend)
    : m_backend(std::move(backend))
{
}

Checker::~Checker() = default;

bool Checker::acceptsWord(const QString &word) const
{
    const auto cached = m_spellCache.constFind(word);
    if (cached != m_spellCache.cend())
        return *cached;
    const bool ok = m_backend->isCorrect(word);
    m_spellCache.insert(word, ok);
    return ok;
}

Findings Checker::check(const Article &article) const
{
    return check(article.text, article.bodyLength);
}

Findings Checker::check(const QString &text, qsizetype bodyLength) const
{
    const TextOffsets offsets(text);
    const QStringView body = QStringView(text).left(offsets.toUtf16(bodyLength));
    Findings findings;
    for (const Token &token : Tokenizer::words(body)) {
        qsizetype start = token.start;
        QString word = body.mid(token.start, token.end - token.start).toString();
        if (!startsWithLetter(word) || hasDigit(word) || acceptsWord(word))
            continue;
        const auto elision = elisionPrefix().match(word);
        if (elision.hasMatch() && elision.capturedLength() < word.size()) {
            const QString rest = word.mid(elision.capturedLength());
            if (acceptsWord(rest))
                continue;
            start += elision.capturedLength();
            word = rest;
        }
        Finding finding;
        finding.start = offsets.toCodePoint(start);
        finding.end = offsets.toCodePoint(token.end);
        finding.text = word;
        finding.category = FindingCategory::Spelling;
        finding.severity = Severity::Minor;
        finding.rule = QStringLiteral("spelling.unknown-word");
        finding.message = QCoreApplication::translate("Checker", "“%1” is not in the %2 dictionary.")
                              .arg(word, m_backend->language());
        findings.append(std::move(finding));
    }
    return findings;
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
    m_spellCache.clear();
    m_suggestionCache.clear();
}

} // namespace Marginalia
