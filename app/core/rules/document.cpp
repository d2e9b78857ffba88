#include "document.h"

#include "tokenizer.h"

#include <algorithm>

namespace Marginalia::Rules {

namespace {

bool isOpening(QChar c)
{
    return c == u'«' || c == u'“' || c == u'"' || c == u'(' || c == u'[' || c == u'‘' || c == u'„' || c == u'—'
        || c == u'–' || c == u'-' || c == u'\'' || c == u'¿' || c == u'¡';
}

} // namespace

bool Word::isAllCaps() const
{
    bool letters = false;
    for (QChar c : text) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters && text.size() > 1;
}

qsizetype Document::elisionLength(QStringView word)
{
    // l’ d’ j’ m’ n’ s’ t’ c’ ç’ qu’ jusqu’ lorsqu’ puisqu’ quoiqu’ presqu’ quelqu’
    static const QStringView prefixes[] = {u"l",      u"d",      u"j",      u"m",     u"n",     u"s",
                                           u"t",      u"c",      u"ç",      u"qu",    u"jusqu", u"lorsqu",
                                           u"puisqu", u"quoiqu", u"presqu", u"quelqu"};
    // Every prefix is at most 7 letters: look for the apostrophe there only.
    qsizetype apostrophe = -1;
    for (qsizetype i = 1; i < std::min<qsizetype>(word.size() - 1, 8); ++i) {
        if (Tokenizer::isApostrophe(word.at(i))) {
            apostrophe = i;
            break;
        }
    }
    if (apostrophe < 0)
        return 0;
    const QStringView head = word.left(apostrophe);
    for (QStringView prefix : prefixes) {
        if (head.compare(prefix, Qt::CaseInsensitive) == 0)
            return apostrophe + 1;
    }
    return 0;
}

QString Document::withoutElision(const QString &word, qsizetype *prefixLength)
{
    const qsizetype length = elisionLength(word);
    if (prefixLength)
        *prefixLength = length;
    return length == 0 ? word : word.mid(length);
}

Document::Document(QStringView body)
    : m_body(body)
{
    qsizetype lineStart = 0;
    while (lineStart <= body.size()) {
        qsizetype lineEnd = body.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = body.size();
        if (!body.mid(lineStart, lineEnd - lineStart).trimmed().isEmpty())
            m_paragraphs.append({lineStart, lineEnd});
        lineStart = lineEnd + 1;
    }

    int paragraph = 0;
    const QList<Token> tokens = Tokenizer::words(body);
    m_words.reserve(tokens.size());
    for (const Token &t : tokens) {
        while (paragraph + 1 < m_paragraphs.size() && t.start >= m_paragraphs.at(paragraph).end)
            ++paragraph;
        Word w;
        w.start = t.start;
        w.end = t.end;
        w.text = body.mid(t.start, t.end - t.start).toString();
        w.digit = std::any_of(w.text.cbegin(), w.text.cend(), [](QChar c) { return c.isDigit(); });
        w.paragraph = paragraph;
        w.position = positionOf(t.start, m_paragraphs.isEmpty() ? 0 : m_paragraphs.at(paragraph).start);
        const QString bare = withoutElision(w.text);
        m_counts[bare] += 1;
        if (w.position == SentencePosition::Middle && !bare.isEmpty() && bare.front().isUpper())
            m_midSentence[bare] += 1;
        m_words.append(std::move(w));
    }
}

SentencePosition Document::positionOf(qsizetype start, qsizetype paragraphStart) const
{
    qsizetype i = start - 1;
    bool sawOpening = false;
    while (i >= paragraphStart && (m_body.at(i).isSpace() || isOpening(m_body.at(i)))) {
        sawOpening = sawOpening || isOpening(m_body.at(i));
        --i;
    }
    if (i < paragraphStart)
        return SentencePosition::Start;
    const QChar before = m_body.at(i);
    if (before == u'.' || before == u'!' || before == u'?' || before == u'…')
        return SentencePosition::Start;
    // A closing quote after a full stop also ends the sentence: « … ». Il
    if ((before == u'»' || before == u'”' || before == u'"') && i > paragraphStart) {
        const QChar inner = m_body.at(i - 1) == u' ' || m_body.at(i - 1) == u'\u00A0'
            ? m_body.at(std::max(paragraphStart, i - 2))
            : m_body.at(i - 1);
        if (inner == u'.' || inner == u'!' || inner == u'?')
            return SentencePosition::Start;
    }
    // A colon may open a sentence ("Il a dit : Nous …"); a semicolon never
    // does ("; Es war" is a capital too many).
    if (sawOpening || before == u':')
        return SentencePosition::Optional;
    return SentencePosition::Middle;
}

} // namespace Marginalia::Rules
