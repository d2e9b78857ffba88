#include "tokenizer.h"

#include "regex.h"

#include <QRegularExpression>

namespace Marginalia::Tokenizer {

namespace {

bool isWordChar(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.unicode() < 0x80) // most characters of most articles
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    if (c.isHighSurrogate() && i + 1 < text.size()) {
        const char32_t ucs = QChar::surrogateToUcs4(c, text.at(i + 1));
        return QChar::isLetterOrNumber(ucs) || QChar::isMark(ucs);
    }
    if (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
        return isWordChar(text, i - 1);
    return c.isLetterOrNumber() || c.isMark();
}

// Spans of URLs, e-mail addresses and HTML character references ("&nbsp;"
// left in a text file), which the checker leaves alone.
QList<Token> addressSpans(QStringView text)
{
    static const QRegularExpression address(
        QStringLiteral(
            R"((?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>"«»“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|&(?:[a-z]+|#\d+|#x[0-9a-f]+);|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|fr|de|uk|es|it|be|ch|eu|io|info|gov|edu|ua|ru|pl|nl|cz|sk|at|tv|us|ca|au|jp|cn|in|br|co|me)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // Addresses hold no spaces: only the space-separated chunks that could
    // be one go through the expression (a 2.5 MB article: 62 ms -> a few).
    auto mayHoldAddress = [](QStringView chunk) {
        if (chunk.contains(u'@') || chunk.contains(u"://") || chunk.contains(u';'))
            return true;
        for (qsizetype dot = chunk.indexOf(u'.'); dot >= 0; dot = chunk.indexOf(u'.', dot + 1)) {
            if (dot + 1 < chunk.size() && chunk.at(dot + 1).isLetterOrNumber())
                return true; // "lemonde.fr", "www.", not a full stop
        }
        return false;
    };
    QList<Token> spans;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        const QStringView chunk = text.mid(start, i - start);
        if (chunk.isEmpty() || !mayHoldAddress(chunk))
            continue;
        auto it = matchAll(address, chunk);
        while (it.hasNext()) {
            const auto m = it.next();
            spans.append({start + m.capturedStart(), start + m.capturedEnd()});
        }
    }
    return spans;
}

} // namespace

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC' || c == u'\u2018';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

QList<Token> words(QStringView text)
{
    const QList<Token> addresses = addressSpans(text);
    qsizetype nextAddress = 0; // tokens arrive in order: walk the spans once
    auto inAddress = [&addresses, &nextAddress](qsizetype pos) {
        while (nextAddress < addresses.size() && addresses.at(nextAddress).end <= pos)
            ++nextAddress;
        return nextAddress < addresses.size() && pos >= addresses.at(nextAddress).start;
    };

    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text, i)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            if (isWordChar(text, i)) {
                ++i;
            } else if ((isApostrophe(text.at(i)) || isHyphen(text.at(i))) && i + 1 < n && isWordChar(text, i + 1)) {
                i += 2; // a joiner between two word characters stays inside
            } else {
                break;
            }
        }
        if (!inAddress(start))
            tokens.append({start, i});
    }
    return tokens;
}

Token snapToWords(QStringView text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return {start, start};
    auto joined = [&text](qsizetype i) { // text[i-1] and text[i] belong to one word
        if (i <= 0 || i >= text.size())
            return false;
        const bool before = isWordChar(text, i - 1);
        const bool after = isWordChar(text, i);
        if (before && after)
            return true;
        // l’|OTAN and a-|t-il: a joiner between word characters is inside.
        const bool joinerAfter =
            (isApostrophe(text.at(i)) || isHyphen(text.at(i))) && i + 1 < text.size() && isWordChar(text, i + 1);
        const bool joinerBefore =
            (isApostrophe(text.at(i - 1)) || isHyphen(text.at(i - 1))) && i >= 2 && isWordChar(text, i - 2);
        return (before && joinerAfter) || (after && joinerBefore);
    };
    while (joined(start))
        --start;
    while (joined(end))
        ++end;
    return {start, end};
}

} // namespace Marginalia::Tokenizer
