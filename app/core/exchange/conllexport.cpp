#include "conllexport.h"
#include "trtext.h"

#include "textoffsets.h"
#include "tokenizer.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace Marginalia::Exchange::ConllExport {

namespace {

struct Range {
    qsizetype start = 0; // UTF-16, within the text
    qsizetype end = 0;
};

// A URL or an e-mail address is one token, as the tokenizer keeps it out of words.
bool keptWhole(QStringView chunk)
{
    return chunk.contains(QLatin1String("://")) || chunk.contains(u'@') || chunk.startsWith(QLatin1String("www."));
}

// Word tokens and single characters (grapheme clusters: a flag stays whole).
void splitChunk(const QString &text, Range chunk, QList<Range> &tokens)
{
    const QStringView view = QStringView(text).mid(chunk.start, chunk.end - chunk.start);
    if (keptWhole(view)) {
        tokens << chunk;
        return;
    }
    const QList<Token> words = Tokenizer::words(view);
    const QString part = view.toString();
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, part);
    qsizetype at = 0;
    qsizetype w = 0;
    while (at < part.size()) {
        while (w < words.size() && words.at(w).end <= at)
            ++w;
        if (w < words.size() && words.at(w).start <= at) {
            tokens << Range{chunk.start + at, chunk.start + words.at(w).end};
            at = words.at(w).end;
            continue;
        }
        graphemes.setPosition(at);
        qsizetype next = graphemes.toNextBoundary();
        if (next <= at)
            next = part.size();
        if (w < words.size())
            next = std::min(next, words.at(w).start);
        tokens << Range{chunk.start + at, chunk.start + next};
        at = next;
    }
}

// Tokens of one line: white space separates; pre-tokenised text stops there.
QList<Range> lineTokens(const QString &text, Range line, bool pretokenized)
{
    QList<Range> tokens;
    qsizetype i = line.start;
    while (i < line.end) {
        while (i < line.end && text.at(i).isSpace())
            ++i;
        qsizetype j = i;
        while (j < line.end && !text.at(j).isSpace())
            ++j;
        if (j > i) {
            if (pretokenized)
                tokens << Range{i, j};
            else
                splitChunk(text, {i, j}, tokens);
        }
        i = j;
    }
    return tokens;
}

// UTF-16 positions within the line where a sentence ends.
QList<qsizetype> sentenceEnds(const QString &text, Range line, bool pretokenized)
{
    QList<qsizetype> ends;
    if (!pretokenized) {
        const QString part = text.mid(line.start, line.end - line.start);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, part);
        for (qsizetype at = finder.toNextBoundary(); at > 0 && at < part.size(); at = finder.toNextBoundary())
            ends << line.start + at;
    }
    ends << line.end;
    return ends;
}

// Token spans in code points, cut again at every forced edge.
void addCut(QList<TokenSpan> &sentence, TokenSpan token, const QList<qint64> &cuts)
{
    auto cut = std::upper_bound(cuts.cbegin(), cuts.cend(), token.start);
    for (; cut != cuts.cend() && *cut < token.end; ++cut) {
        sentence << TokenSpan{token.start, *cut};
        token.start = *cut;
    }
    sentence << token;
}

struct Kept {
    const Annotation *annotation;
    QString type;
    bool written = false;
};

QString describe(const ArticleBundle &bundle, const Annotation &a, const ProjectSnapshot &snapshot)
{
    const Label *label = snapshot.label(a.labelId);
    const QString document =
        bundle.article.documentId.isEmpty() ? QString::number(bundle.article.id) : bundle.article.documentId;
    return QStringLiteral("%1: '%2' (%3, %4–%5)")
        .arg(document, a.quote, label ? label->name : QString())
        .arg(a.start)
        .arg(a.end);
}

// The entity spans IOB can carry: outermost first, no overlaps.
QList<Kept> keptSpans(const ProjectSnapshot &snapshot, const ArticleBundle &bundle, ExportReport &report)
{
    QList<const Annotation *> candidates;
    for (const Annotation &a : bundle.annotations) {
        const Label *label = snapshot.label(a.labelId);
        if (label && label->kind == LabelKind::Entity && a.end > a.start)
            candidates << &a;
        else
            report.dropped << ExchangeText::tr("%1 is not an entity span").arg(describe(bundle, a, snapshot));
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Annotation *x, const Annotation *y) {
        return x->start != y->start ? x->start < y->start : x->end > y->end;
    });
    QList<Kept> kept;
    for (const Annotation *a : std::as_const(candidates)) {
        if (!kept.isEmpty() && a->start < kept.last().annotation->end) {
            report.dropped << ExchangeText::tr("%1 overlaps “%2”")
                                  .arg(describe(bundle, *a, snapshot), kept.last().annotation->quote);
            continue;
        }
        kept << Kept{a, tagType(snapshot.label(a->labelId)->name)};
    }
    return kept;
}

QString article(const ProjectSnapshot &snapshot, const ArticleBundle &bundle, ExportReport &report)
{
    QList<Kept> kept = keptSpans(snapshot, bundle, report);
    QList<qint64> cuts;
    for (const Kept &k : std::as_const(kept))
        cuts << k.annotation->start << k.annotation->end;
    std::sort(cuts.begin(), cuts.end());
    const QString &text = bundle.article.text;
    const QList<uint> codePoints = text.toUcs4();
    QString out = QStringLiteral("-DOCSTART- -X- -X- O\n\n");
    qsizetype k = 0;
    for (const QList<TokenSpan> &sentence :
         sentences(text, bundle.article.sourceFormat == QLatin1String("conll"), cuts)) {
        for (const TokenSpan &t : sentence) {
            while (k < kept.size() && kept.at(k).annotation->end <= t.start)
                ++k;
            QString tag = QStringLiteral("O");
            if (k < kept.size() && kept.at(k).annotation->start < t.end) {
                tag = (kept.at(k).written ? QStringLiteral("I-") : QStringLiteral("B-")) + kept.at(k).type;
                kept[k].written = true;
            }
            out +=
                QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + t.start, t.end - t.start)
                + u'\t' + tag + u'\n';
        }
        out += u'\n';
    }
    for (const Kept &unwritten : std::as_const(kept)) {
        if (!unwritten.written)
            report.dropped
                << ExchangeText::tr("%1 covers no token").arg(describe(bundle, *unwritten.annotation, snapshot));
        else
            ++report.annotations;
    }
    return out;
}

} // namespace

QString tagType(const QString &labelName)
{
    const QString name = labelName.trimmed();
    if (name.compare(QLatin1String("Person"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("PER");
    if (name.compare(QLatin1String("Organisation"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("Organization"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("ORG");
    if (name.compare(QLatin1String("Location"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("LOC");
    QString own = name;
    for (QChar &c : own) {
        if (c.isSpace())
            c = u'_';
    }
    return own;
}

QList<QList<TokenSpan>> sentences(const QString &text, bool pretokenized, const QList<qint64> &cuts)
{
    const TextOffsets offsets(text);
    QList<QList<TokenSpan>> result;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const Range line{lineStart, lineEnd};
        const QList<Range> tokens = lineTokens(text, line, pretokenized);
        const QList<qsizetype> ends = sentenceEnds(text, line, pretokenized);
        qsizetype sentence = 0;
        QList<TokenSpan> current;
        for (const Range &t : tokens) {
            while (t.start >= ends.at(sentence)) {
                if (!current.isEmpty())
                    result << current;
                current.clear();
                ++sentence;
            }
            addCut(current, {offsets.toCodePoint(t.start), offsets.toCodePoint(t.end)}, cuts);
        }
        if (!current.isEmpty())
            result << current;
        lineStart = lineEnd + 1;
    }
    return result;
}

Result<ExportReport> write(const ProjectSnapshot &snapshot, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    ExportReport report;
    QString out;
    for (const ArticleBundle &bundle : snapshot.articles) {
        ++report.articles;
        out += article(snapshot, bundle, report);
    }
    file.write(out.toUtf8());
    if (!file.commit())
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return report;
}

} // namespace Marginalia::Exchange::ConllExport
