// Rules that read characters rather than words: punctuation, quotes,
// typography, doubled words and truncated lines.

#include "rules.h"
#include "trtext.h"

#include "regex.h"

#include <QRegularExpression>

#include <string_view>

namespace Marginalia::Rules {

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u202F' || c == u'\t';
}

// Calls f(match, paragraphStart) for every match of `re` in every paragraph.
template<typename F>
void forEachMatch(const Document &doc, const QRegularExpression &re, F &&f)
{
    for (const Paragraph &p : doc.paragraphs()) {
        auto it = matchAll(re, doc.body().mid(p.start, p.end - p.start));
        while (it.hasNext())
            f(it.next(), p.start);
    }
}

// The finding covering a match found at `offset`.
RawFinding onMatch(const QRegularExpressionMatch &m, qsizetype offset, FindingCategory category, const QString &rule,
                   const QString &message, const QString &suggestion)
{
    return {
        offset + m.capturedStart(), offset + m.capturedEnd(), category, Severity::Minor, rule, message, {suggestion}};
}

bool endsLikeASentence(QStringView text)
{
    static const QString enders = QStringLiteral(".!?…»\"”’):;");
    return !text.isEmpty() && enders.contains(text.back());
}

} // namespace

void checkPunctuation(const Document &doc, const LanguageData &lang, RawFindings &out)
{
    const QStringView body = doc.body();
    // ". ," / ", ." / ",," / ". ." – marks that contradict each other.
    static const QRegularExpression stray(QStringLiteral("[.,;:](?:[ \u00A0]*)[,.;](?![.\\d])"));
    // A space before a full stop or comma: "bouclé . , sans", "café ,".
    static const QRegularExpression spaceBefore(QStringLiteral("(?<=[\\p{L}\\p{N}»”)])[ \u00A0]+([.,])(?![.\\d])"));
    for (const Paragraph &p : doc.paragraphs()) {
        const QStringView text = body.mid(p.start, p.end - p.start);
        QList<std::pair<qsizetype, qsizetype>> flagged;
        auto it = matchAll(stray, text);
        while (it.hasNext()) {
            const auto m = it.next();
            // "..." is an ellipsis; "al., 1995", "Co., Ltd." close an abbreviation.
            if (m.captured().startsWith(QStringLiteral("..")) || m.captured() == u".,")
                continue;
            flagged.append({m.capturedStart(), m.capturedEnd()});
            out.append({p.start + m.capturedStart(),
                        p.start + m.capturedEnd(),
                        FindingCategory::Punctuation,
                        Severity::Minor,
                        QStringLiteral("punctuation.stray"),
                        RulesText::tr("“%1”: stray or doubled punctuation.").arg(m.captured()),
                        {m.captured().right(1)}});
        }
        auto spaces = matchAll(spaceBefore, text);
        while (spaces.hasNext()) {
            const auto m = spaces.next();
            const bool inside = std::any_of(flagged.cbegin(), flagged.cend(), [&m](const auto &f) {
                return m.capturedStart(1) >= f.first && m.capturedStart(1) < f.second;
            });
            if (inside)
                continue;
            out.append({p.start + m.capturedStart(),
                        p.start + m.capturedEnd(),
                        FindingCategory::Punctuation,
                        Severity::Minor,
                        QStringLiteral("punctuation.space-before"),
                        RulesText::tr("No space goes before “%1”.").arg(m.captured(1)),
                        {m.captured(1)}});
        }
    }

    // A missing space after punctuation: "dit,puis", "partis.Ils". Numbers
    // (3,5 – 1.000), addresses (exemple.fr, a@b.org) and initials (U.S.)
    // are not prose.
    static const QRegularExpression missingAfter(
        QStringLiteral("(?<=\\p{Ll}{2})([,;]|[.!?](?=\\p{Lu}\\p{Ll}))(?=\\p{L})"));
    for (const Paragraph &p : doc.paragraphs()) {
        const QStringView text = body.mid(p.start, p.end - p.start);
        auto it = matchAll(missingAfter, text);
        while (it.hasNext()) {
            const auto m = it.next();
            qsizetype runStart = m.capturedStart();
            while (runStart > 0 && !isSpace(text.at(runStart - 1)))
                --runStart;
            qsizetype runEnd = m.capturedEnd();
            while (runEnd < text.size() && !isSpace(text.at(runEnd)))
                ++runEnd;
            const QStringView run = text.mid(runStart, runEnd - runStart);
            static const QRegularExpression domain(
                QStringLiteral("\\.(?:com|org|net|fr|de|uk|es|it|be|ch|eu|io|info|gov|edu|ua|ru|pl|nl)\\b"));
            if (run.contains(u'@') || run.contains(QStringLiteral("://")) || run.startsWith(QStringLiteral("www."))
                || run.contains(domain))
                continue;
            // "etc.et" is rare; "a.m.", "i.e." are initials: one letter between dots.
            if (m.captured(1) == u"." && m.capturedEnd() + 1 < text.size() && text.at(m.capturedEnd() + 1) == u'.')
                continue;
            out.append({p.start + m.capturedStart(),
                        p.start + m.capturedEnd(),
                        FindingCategory::Punctuation,
                        Severity::Minor,
                        QStringLiteral("punctuation.missing-space-after"),
                        RulesText::tr("A space is missing after “%1”.").arg(m.captured(1)),
                        {m.captured(1) + u' '}});
        }
    }

    // Spacing damage: several spaces in a row, spaces at the start or end of
    // a line, a space just inside brackets, a bracket glued to the words
    // around it when it holds a phrase (not "(re)former").
    struct SpacingRule {
        const char *rule;
        QRegularExpression re;
        const char *message;
    };
    static const SpacingRule spacing[] = {
        {"punctuation.multiple-spaces", QRegularExpression(QStringLiteral("(?<=\\S)[ \t\u00A0\u202F]{2,}(?=\\S)")),
         QT_TRANSLATE_NOOP("Rules", "Several spaces in a row.")},
        {"punctuation.edge-spaces", QRegularExpression(QStringLiteral("^[ \t\u00A0\u202F]+|[ \t\u00A0\u202F]+$")),
         QT_TRANSLATE_NOOP("Rules", "Spaces at the start or end of the line.")},
        {"punctuation.space-inside-brackets", QRegularExpression(QStringLiteral("[(\\[] (?=\\S)|(?<=\\S) [)\\]]")),
         QT_TRANSLATE_NOOP("Rules", "No space goes just inside brackets.")},
        {"punctuation.glued-brackets", QRegularExpression(QStringLiteral("(?<=\\p{L})\\((?=[^()]*\\s[^()]*\\))")),
         QT_TRANSLATE_NOOP("Rules", "A space is missing outside this bracket.")},
    };
    for (const Paragraph &p : doc.paragraphs()) {
        const QStringView text = body.mid(p.start, p.end - p.start);
        for (const SpacingRule &r : spacing) {
            auto it = matchAll(r.re, text);
            while (it.hasNext()) {
                const auto m = it.next();
                const QString fix = m.captured().trimmed().isEmpty() ? QStringLiteral(" ") : m.captured().trimmed();
                out.append({p.start + m.capturedStart(),
                            p.start + m.capturedEnd(),
                            FindingCategory::Punctuation,
                            Severity::Minor,
                            QString::fromLatin1(r.rule),
                            RulesText::tr(r.message),
                            {r.rule == std::string_view("punctuation.edge-spaces") ? QString() : fix}});
            }
        }
    }
    // The closing side of a glued bracket: "(celui du deuxième étage)qu’il".
    static const QRegularExpression gluedClose(QStringLiteral("\\([^()]*\\s[^()]*\\)(?=\\p{L})"));
    for (const Paragraph &p : doc.paragraphs()) {
        auto it = matchAll(gluedClose, body.mid(p.start, p.end - p.start));
        while (it.hasNext()) {
            const auto m = it.next();
            const qsizetype at = p.start + m.capturedEnd() - 1;
            out.append({at,
                        at + 1,
                        FindingCategory::Punctuation,
                        Severity::Minor,
                        QStringLiteral("punctuation.glued-brackets"),
                        RulesText::tr("A space is missing outside this bracket."),
                        {QStringLiteral(") ")}});
        }
    }
    if (lang.language == u"fr") {
        // "faut -il", "puis -je": the hyphen of an inverted pronoun is glued.
        static const QRegularExpression inverted(
            QStringLiteral("(\\p{L}+) -(t-)?(il|elle|on|je|tu|nous|vous|ils|elles)\\b"));
        for (const Paragraph &p : doc.paragraphs()) {
            auto it = matchAll(inverted, body.mid(p.start, p.end - p.start));
            while (it.hasNext()) {
                const auto m = it.next();
                const QString fixed = m.captured(1) + u'-' + m.captured(2) + m.captured(3);
                out.append({p.start + m.capturedStart(),
                            p.start + m.capturedEnd(),
                            FindingCategory::Punctuation,
                            Severity::Minor,
                            QStringLiteral("punctuation.fr-inverted-pronoun"),
                            RulesText::tr("“%1”: no space before the hyphen of an inverted pronoun.").arg(m.captured()),
                            {fixed}});
            }
        }
    }

    // A paragraph that stops without final punctuation (the title excepted).
    for (qsizetype i = 1; i < doc.paragraphs().size(); ++i) {
        const Paragraph &p = doc.paragraphs().at(i);
        const QStringView text = body.mid(p.start, p.end - p.start).trimmed();
        // Short lines are headings and subheadings, which carry no full stop.
        if (text.count(u' ') < 7 || endsLikeASentence(text))
            continue;
        qsizetype end = p.end;
        while (end > p.start && body.at(end - 1).isSpace())
            --end;
        qsizetype wordStart = end;
        while (wordStart > p.start && !isSpace(body.at(wordStart - 1)))
            --wordStart;
        // "… lundi. dpa": the agency's credit closes the dispatch.
        if (isNewsAgencyCredit(body.mid(wordStart, end - wordStart).toString()))
            continue;
        out.append({wordStart,
                    end,
                    FindingCategory::Punctuation,
                    Severity::Minor,
                    QStringLiteral("punctuation.paragraph-end"),
                    RulesText::tr("This paragraph ends without final punctuation."),
                    {body.mid(wordStart, end - wordStart) + u'.'}});
    }
}

void checkQuotes(const Document &doc, RawFindings &out)
{
    // A quotation may run over several paragraphs: French repeats « at the
    // start of each one, and segment-per-line corpora close it a line later.
    // What a paragraph leaves open is carried into the next; it is reported
    // when that paragraph neither continues nor closes it.
    const QStringView body = doc.body();
    struct Pair {
        QChar open;
        QChar close;
    };
    static const Pair pairs[] = {{u'«', u'»'}, {u'“', u'”'}, {u'(', u')'}, {u'[', u']'}};
    struct Open {
        QChar mark;
        qsizetype at;
        bool carried;
    };
    auto reportOpen = [&out](const Open &o) {
        out.append({o.at,
                    o.at + 1,
                    FindingCategory::UnpairedQuote,
                    Severity::Minor,
                    QStringLiteral("unpaired-quote.open"),
                    RulesText::tr("“%1” opens a quotation or bracket that is never closed.").arg(o.mark),
                    {}});
    };
    QList<Open> carried;
    for (const Paragraph &p : doc.paragraphs()) {
        QList<Open> stack = carried;
        for (Open &o : stack)
            o.carried = true;
        qsizetype first = p.start;
        while (first < p.end && isSpace(body.at(first)))
            ++first;
        const bool continues = !carried.isEmpty() && first < p.end && body.at(first) == carried.constLast().mark
            && carried.constLast().mark != u'(';
        for (qsizetype i = p.start; i < p.end; ++i) {
            const QChar c = body.at(i);
            if (continues && i == first)
                continue; // « repeated at the start of a continued quotation
            for (const Pair &pair : pairs) {
                if (c == pair.open) {
                    stack.append({c, i, false});
                } else if (c == pair.close) {
                    qsizetype k = stack.size() - 1;
                    while (k >= 0 && stack.at(k).mark != pair.open)
                        --k;
                    if (k < 0) {
                        // In the first sentence of a paragraph it may close a
                        // quotation opened in the previous paragraph or segment.
                        const QStringView before = body.mid(p.start, i - p.start);
                        const bool firstSentence = !before.contains(QStringLiteral(". "))
                            && !before.contains(QStringLiteral("? ")) && !before.contains(QStringLiteral("! "));
                        out.append({i,
                                    i + 1,
                                    FindingCategory::UnpairedQuote,
                                    firstSentence ? Severity::Info : Severity::Minor,
                                    QStringLiteral("unpaired-quote.close"),
                                    firstSentence
                                        ? RulesText::tr(
                                              "“%1” closes a quotation opened before this paragraph, or never opened.")
                                              .arg(c)
                                        : RulesText::tr("“%1” closes something that was never opened.").arg(c),
                                    {}});
                        continue;
                    }
                    // Anything opened after the matching mark was never closed.
                    for (qsizetype u = k + 1; u < stack.size(); ++u)
                        reportOpen(stack.at(u));
                    stack.resize(k);
                }
            }
        }
        carried.clear();
        for (const Open &o : std::as_const(stack)) {
            if (o.carried && !continues)
                reportOpen(o); // neither closed nor continued here
            else
                carried.append(o);
        }
    }
    for (const Open &o : std::as_const(carried))
        reportOpen(o);
}

namespace {

// Whether text[at] is the ";" of "&nbsp;", "&#160;" or "&#xA0;".
bool isCharacterReferenceEnd(QStringView text, qsizetype at)
{
    qsizetype i = at - 1;
    while (i >= 0 && at - i <= 10 && (text.at(i).isLetterOrNumber() || text.at(i) == u'#'))
        --i;
    return i >= 0 && i < at - 1 && text.at(i) == u'&';
}

bool isNoBreakSpace(QChar c)
{
    return c == u'\u00A0' || c == u'\u202F';
}

// The spaces French typography wants as no-break spaces: before : ; ? ! and
// inside « ». A careful article uses them everywhere, most web text nowhere;
// what is wrong is a mix, or no space at all.
void checkFrenchSpacing(const Document &doc, bool strict, RawFindings &out)
{
    const QStringView body = doc.body();
    // "Quoi?", "encore!?": no space at all ("!?" counts once, at its first mark).
    static const QRegularExpression missing(QStringLiteral("(?<=[\\p{L}\\p{N}»)])([;?!:])(?=[\\s\\p{L}«;?!:]|$)"));
    static const QRegularExpression spaced(QStringLiteral("(?<=[\\p{L}\\p{N}»)])[ \u00A0\u202F]([;?!:])"));
    static const QRegularExpression guillemets(
        QStringLiteral("«(?=[\\p{L}\\p{N}])|«[ \u00A0\u202F]|(?<=[\\p{L}\\p{N}.!?…])»|[ \u00A0\u202F]»"));
    enum Class { Punctuation, Guillemets };
    struct Spaced {
        qsizetype start;
        qsizetype end;
        Class kind;
        bool noBreak;
        QString mark;
    };
    QList<Spaced> spacedMarks;
    auto addMissing = [&out](qsizetype start, qsizetype end, const QString &message, const QString &fix) {
        out.append({start,
                    end,
                    FindingCategory::Typography,
                    Severity::Minor,
                    QStringLiteral("typography.fr-space-before-punctuation"),
                    message,
                    {fix}});
    };
    for (const Paragraph &p : doc.paragraphs()) {
        const QStringView text = body.mid(p.start, p.end - p.start);
        auto it = matchAll(missing, text);
        while (it.hasNext()) {
            const auto m = it.next();
            const qsizetype at = m.capturedStart(1);
            // 12:30, 3:2, and URLs are not prose.
            if (m.captured(1) == u":" && at > 0 && at + 1 < text.size() && text.at(at - 1).isDigit()
                && text.at(at + 1).isDigit())
                continue;
            // "&nbsp;" left in the text ends a character reference.
            if (m.captured(1) == u";" && isCharacterReferenceEnd(text, at))
                continue;
            const QChar thin = m.captured(1) == u":" ? QChar(u'\u00A0') : QChar(u'\u202F');
            addMissing(p.start + m.capturedStart(), p.start + m.capturedEnd(),
                       RulesText::tr("French puts a (no-break) space before “%1”.").arg(m.captured(1)),
                       thin + m.captured(1));
        }
        it = matchAll(spaced, text);
        while (it.hasNext()) {
            const auto m = it.next();
            spacedMarks.append({p.start + m.capturedStart(), p.start + m.capturedEnd(), Punctuation,
                                isNoBreakSpace(m.captured().front()), m.captured(1)});
        }
        it = matchAll(guillemets, text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString g = m.captured();
            if (g.size() == 1) {
                const bool opening = g == u"«";
                addMissing(p.start + m.capturedStart(), p.start + m.capturedEnd(),
                           opening ? RulesText::tr("French puts a no-break space after «.")
                                   : RulesText::tr("French puts a no-break space before »."),
                           opening ? QStringLiteral("«\u00A0") : QStringLiteral("\u00A0»"));
                continue;
            }
            const QChar space = g.front() == u'«' ? g.back() : g.front();
            spacedMarks.append({p.start + m.capturedStart(), p.start + m.capturedEnd(), Guillemets,
                                isNoBreakSpace(space), g.contains(u'«') ? QStringLiteral("«") : QStringLiteral("»")});
        }
    }
    // Punctuation and guillemets are judged apart: many articles get their
    // guillemets' no-break spaces from a word processor and type the rest.
    for (const Class kind : {Punctuation, Guillemets}) {
        qsizetype noBreak = 0;
        qsizetype ordinary = 0;
        const Spaced *first = nullptr;
        for (const Spaced &m : std::as_const(spacedMarks)) {
            if (m.kind != kind)
                continue;
            if (m.noBreak) {
                ++noBreak;
            } else {
                ++ordinary;
                first = first ? first : &m;
            }
        }
        if (ordinary == 0)
            continue;
        // The article's convention is what it does most of the time; in
        // strict French typography, always the no-break space.
        if (noBreak <= ordinary && !strict) {
            // Ordinary spaces are this article's habit: say so once.
            out.append(
                {first->start,
                 first->end,
                 FindingCategory::Typography,
                 Severity::Info,
                 QStringLiteral("typography.fr-nbsp-convention"),
                 kind == Punctuation
                     ? RulesText::tr(
                         "This article mostly puts ordinary spaces before : ; ? ! (%Ln place(s)); French typography "
                         "uses no-break spaces, so that the mark never starts a line.",
                         nullptr, int(ordinary))
                     : RulesText::tr(
                         "This article mostly puts ordinary spaces inside « » (%Ln place(s)); French typography uses "
                         "no-break spaces, so that a guillemet never stands alone at a line's edge.",
                         nullptr, int(ordinary)),
                 {}});
            continue;
        }
        for (const Spaced &m : std::as_const(spacedMarks)) {
            if (m.kind != kind || m.noBreak)
                continue;
            const QString fix = m.mark == u"«" ? QStringLiteral("«\u00A0")
                : m.mark == u"»"               ? QStringLiteral("\u00A0»")
                : m.mark == u":"               ? QStringLiteral("\u00A0:")
                                               : QChar(u'\u202F') + m.mark;
            out.append({m.start,
                        m.end,
                        FindingCategory::Typography,
                        Severity::Minor,
                        QStringLiteral("typography.fr-nbsp-consistency"),
                        noBreak > ordinary
                            ? RulesText::tr(
                                  "Elsewhere this article puts a no-break space here; this one is an ordinary space, "
                                  "so “%1” can end up alone at the edge of a line.")
                                  .arg(m.mark)
                            : RulesText::tr(
                                  "French typography puts a no-break space here, so that “%1” never ends up alone at "
                                  "the edge of a line.")
                                  .arg(m.mark),
                        {fix}});
        }
    }
}

// "18kg", "10%", "3µs": French separates a number from its unit, with a
// no-break space in strict typography ("18 kg" with an ordinary space can
// break across lines).
void checkFrenchUnits(const Document &doc, bool strict, RawFindings &out)
{
    // Longer units first: "m²" before "m". A compound unit ("gCO2/kWh",
    // "rad/s") is any letters over letters.
    static const QRegularExpression unit(
        QStringLiteral("(?<![\\p{L}\\p{N},.])(\\d+(?:[,.]\\d+)?)( ?)([\\p{L}µ°]+\\d?/\\p{L}+|%|‰|°C|°F|km²|km|kg|mg|"
                       "cm|mm|m²|m³|mAh|µs|ms|kWh|MWh|GWh|TWh|kW|MW|GW|MHz|GHz|Hz|Mo|Go|To|Ah|€|\\$|£|¥|m|g)"
                       "(?![\\p{L}\\p{N}])"));
    // Strict typography groups digits by three: "500 000 euros", "1 001 ans"
    // (years and other four-digit numbers alone stay as they are).
    static const QRegularExpression ungrouped(
        QStringLiteral("(?<![\\p{L}\\p{N},.])(?:\\d{5,}|\\d{4}(?= (?:ans|euros|dollars|francs|livres|habitants|"
                       "personnes|mètres|kilomètres)\\b))(?![\\p{N},.]\\d)"));
    const QStringView body = doc.body();
    for (const Paragraph &p : doc.paragraphs()) {
        auto it = matchAll(unit, body.mid(p.start, p.end - p.start));
        while (it.hasNext()) {
            const auto m = it.next();
            const bool glued = m.capturedLength(2) == 0;
            if (!glued && !strict)
                continue;
            const QString fixed = m.captured(1) + u'\u00A0' + m.captured(3);
            out.append(
                {p.start + m.capturedStart(),
                 p.start + m.capturedEnd(),
                 FindingCategory::Typography,
                 Severity::Minor,
                 QStringLiteral("typography.fr-unit-space"),
                 glued ? RulesText::tr("French separates a number from its unit with a (no-break) space: “%1”.")
                             .arg(fixed)
                       : RulesText::tr("A no-break space keeps a number and its unit on one line: “%1”.").arg(fixed),
                 {fixed}});
        }
        if (!strict)
            continue;
        auto numbers = matchAll(ungrouped, body.mid(p.start, p.end - p.start));
        while (numbers.hasNext()) {
            const auto m = numbers.next();
            QString grouped = m.captured();
            for (qsizetype at = grouped.size() - 3; at > 0; at -= 3)
                grouped.insert(at, u'\u202F');
            out.append({p.start + m.capturedStart(),
                        p.start + m.capturedEnd(),
                        FindingCategory::Typography,
                        Severity::Minor,
                        QStringLiteral("typography.fr-digit-groups"),
                        RulesText::tr("French groups the digits of a large number by three: “%1”.").arg(grouped),
                        {grouped}});
        }
    }
}

} // namespace

void checkTypography(const Document &doc, const LanguageData &lang, bool strictTypography, RawFindings &out)
{
    const QStringView body = doc.body();
    // ` and ´ are accents, not apostrophes: "qu`elle", "don´t".
    static const QRegularExpression accentAsApostrophe(QStringLiteral("(?<=\\p{L})[ \u00A0]?[`´][ \u00A0]?(?=\\p{L})"));
    auto accents = matchAll(accentAsApostrophe, body);
    while (accents.hasNext()) {
        const auto m = accents.next();
        out.append({m.capturedStart(),
                    m.capturedEnd(),
                    FindingCategory::Typography,
                    Severity::Minor,
                    QStringLiteral("typography.accent-as-apostrophe"),
                    RulesText::tr("“%1” is an accent sign, not an apostrophe.").arg(m.captured().trimmed()),
                    {body.contains(u'’') || lang.frenchSpacing ? QStringLiteral("’") : QStringLiteral("'")}});
    }
    if (lang.frenchSpacing) {
        checkFrenchSpacing(doc, strictTypography, out);
        checkFrenchUnits(doc, strictTypography, out);
        // "C’ est", "Lorsqu’ il": an elided word is written against the next.
        static const QRegularExpression spaceAfterElision(
            QStringLiteral("(?<![\\p{L}\\p{N}])((?:[ldjmnstcç]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’])"
                           "[ \u00A0]+(?=\\p{L})"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        // "l’'électricien": one apostrophe is enough.
        static const QRegularExpression doubledApostrophe(QStringLiteral("(?<=\\p{L})['’]{2,}(?=\\p{L})"));
        forEachMatch(doc, spaceAfterElision, [&out](const QRegularExpressionMatch &m, qsizetype at) {
            out.append(onMatch(m, at, FindingCategory::Punctuation,
                               QStringLiteral("punctuation.fr-space-after-elision"),
                               RulesText::tr("“%1” is elided: no space goes after its apostrophe.").arg(m.captured(1)),
                               m.captured(1)));
        });
        forEachMatch(doc, doubledApostrophe, [&out](const QRegularExpressionMatch &m, qsizetype at) {
            out.append(onMatch(m, at, FindingCategory::Punctuation, QStringLiteral("punctuation.doubled-apostrophe"),
                               RulesText::tr("“%1”: one apostrophe is enough.").arg(m.captured()),
                               m.captured().left(1)));
        });
        // The typographic apostrophe, when the article mixes both.
        const bool usesCurly = body.contains(u'’');
        static const QRegularExpression straight(QStringLiteral("(?<=\\p{L})'(?=\\p{L})"));
        auto it = matchAll(straight, body);
        while (usesCurly && it.hasNext()) {
            const auto m = it.next();
            out.append(
                {m.capturedStart(),
                 m.capturedEnd(),
                 FindingCategory::Typography,
                 Severity::Minor,
                 QStringLiteral("typography.apostrophe"),
                 RulesText::tr("This article uses the typographic apostrophe ’ elsewhere; here it has a straight '."),
                 {QStringLiteral("’")}});
        }
        return;
    }
    // English and most other languages: no space before ? ! : ;
    static const QRegularExpression spaced(QStringLiteral("(?<=[\\p{L}\\p{N}])[ \u00A0]+([;?!:])"));
    forEachMatch(doc, spaced, [&out](const QRegularExpressionMatch &m, qsizetype at) {
        out.append(onMatch(m, at, FindingCategory::Typography, QStringLiteral("typography.space-before-punctuation"),
                           RulesText::tr("No space goes before “%1” in this language.").arg(m.captured(1)),
                           m.captured(1)));
    });
}

void checkRepetition(const Document &doc, const LanguageData &lang, RawFindings &out)
{
    const QList<Word> &words = doc.words();
    for (qsizetype i = 1; i < words.size(); ++i) {
        const Word &a = words.at(i - 1);
        const Word &b = words.at(i);
        if (a.paragraph != b.paragraph || a.text.compare(b.text, Qt::CaseInsensitive) != 0)
            continue;
        const QStringView between = doc.body().mid(a.end, b.start - a.end);
        if (!std::all_of(between.cbegin(), between.cend(), [](QChar c) { return isSpace(c); }))
            continue; // "Die, die …" is not a doubled word
        if (lang.allowedRepeats.contains(a.text.toLower()))
            continue;
        // "1 000 000", "0000 0000": groups of digits, not a doubled number.
        if (b.start - a.end == 1 && std::all_of(a.text.cbegin(), a.text.cend(), [](QChar c) { return c.isDigit(); })) {
            const bool thousands = lang.spaceGroupsDigits && b.text.size() == 3;
            const bool binary =
                std::all_of(a.text.cbegin(), a.text.cend(), [](QChar c) { return c == u'0' || c == u'1'; });
            if (thousands || (binary && a.text.size() >= 4))
                continue;
        }
        out.append({a.start,
                    b.end,
                    FindingCategory::Repetition,
                    Severity::Minor,
                    QStringLiteral("repetition.word"),
                    RulesText::tr("“%1” is written twice.").arg(a.text),
                    {a.text}});
    }
}

void checkTruncation(const Document &doc, RawFindings &out)
{
    // Compared without case and accents: MT often loses the accent of the
    // duplicated headline ("Rutte à Kiev" / "Rutte a Kiev").
    const QStringView body = doc.body();
    const auto &paragraphs = doc.paragraphs();
    // Candidates share their first characters: bucket by a short folded
    // prefix so that long corpora stay linear.
    constexpr qsizetype Key = 12;
    QStringList folded;
    QHash<QString, QList<qsizetype>> byPrefix;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs.at(i);
        folded << withoutDiacritics(body.mid(p.start, p.end - p.start).trimmed().toString()).toCaseFolded();
        if (folded.last().size() >= Key)
            byPrefix[folded.last().left(Key)].append(i);
    }
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QStringView text =
            body.mid(paragraphs.at(i).start, paragraphs.at(i).end - paragraphs.at(i).start).trimmed();
        if (folded.at(i).size() < Key || text.count(u' ') < 2 || endsLikeASentence(text))
            continue;
        for (qsizetype j : byPrefix.value(folded.at(i).left(Key))) {
            if (j == i || folded.at(j).size() <= folded.at(i).size() || !folded.at(j).startsWith(folded.at(i)))
                continue;
            const qsizetype start = body.indexOf(text, paragraphs.at(i).start);
            out.append(
                {start,
                 start + text.size(),
                 FindingCategory::Truncation,
                 Severity::Major,
                 QStringLiteral("truncation.duplicate-start"),
                 j == 0 ? RulesText::tr("This line repeats the start of the headline and stops: a truncated duplicate.")
                        : RulesText::tr("This line repeats the start of another paragraph and stops: a truncated "
                                        "duplicate."),
                 {}});
            break;
        }
    }
}

} // namespace Marginalia::Rules
