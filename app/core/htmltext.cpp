#include "htmltext.h"

#include <QHash>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>
#include <QVariant>

namespace Marginalia::HtmlText {

namespace {

// A QTextDocument that never loads anything: the base implementation would
// read local files (relative names, file: URLs) on demand.
class SealedDocument final : public QTextDocument
{
public:
    int refused = 0;

protected:
    // Every resource request ends here (the default resource provider is
    // only consulted by the base implementation, which is never called).
    QVariant loadResource(int, const QUrl &) override
    {
        ++refused;
        return {};
    }
};

QString cleanBlock(QString text)
{
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    text.remove(QChar::ObjectReplacementCharacter); // images
    return text.trimmed();
}

// Elements that never hold others: they open no level, and a line break
// or an image stays wherever it is.
bool isVoid(QStringView name)
{
    static const QStringList names = {QStringLiteral("area"),  QStringLiteral("base"),  QStringLiteral("br"),
                                      QStringLiteral("col"),   QStringLiteral("embed"), QStringLiteral("hr"),
                                      QStringLiteral("img"),   QStringLiteral("input"), QStringLiteral("link"),
                                      QStringLiteral("meta"),  QStringLiteral("param"), QStringLiteral("source"),
                                      QStringLiteral("track"), QStringLiteral("wbr")};
    return names.contains(name, Qt::CaseInsensitive);
}

// Elements whose end tag HTML lets one leave out (a new <p> or <li> closes
// the last): counting them as levels would make ordinary pages look deep.
bool closesImplicitly(QStringView name)
{
    static const QStringList names = {QStringLiteral("p"),     QStringLiteral("li"),      QStringLiteral("dt"),
                                      QStringLiteral("dd"),    QStringLiteral("tr"),      QStringLiteral("td"),
                                      QStringLiteral("th"),    QStringLiteral("tbody"),   QStringLiteral("thead"),
                                      QStringLiteral("tfoot"), QStringLiteral("colgroup")};
    return names.contains(name, Qt::CaseInsensitive);
}

// Where the tag starting at `from` ('<') ends, past its '>'. Quoted attribute
// values may hold '>'; an unclosed quote falls back to the first '>'.
qsizetype tagEnd(const QString &html, qsizetype from)
{
    QChar quote;
    for (qsizetype i = from + 1; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    const qsizetype plain = html.indexOf(QLatin1Char('>'), from);
    return plain < 0 ? html.size() : plain + 1;
}

// The elements open at a point of the HTML, as far as nesting goes. A
// closing tag also closes what was opened inside its element and left open
// (an unclosed <font> ends with the <div> around it); a stray one closes
// nothing. Each element is pushed and popped once: linear in all.
class OpenElements
{
public:
    int depth() const { return int(m_names.size()); }

    void open(QStringView name)
    {
        m_names.append(name.toString().toLower());
        ++m_counts[m_names.constLast()];
    }

    // The level (1 for the outermost) of the element that `name` closes, or
    // 0 when no such element is open.
    int close(QStringView name)
    {
        const QString key = name.toString().toLower();
        if (m_counts.value(key) == 0)
            return 0;
        for (;;) {
            const QString last = m_names.takeLast();
            --m_counts[last];
            if (last == key)
                return depth() + 1;
        }
    }

private:
    QStringList m_names;
    QHash<QString, int> m_counts;
};

struct Tag {
    QStringView name; // empty for <!DOCTYPE>, <?xml?> and a '<' in the text
    bool closing = false;
    qsizetype end = 0; // past the '>'
};

Tag readTag(const QString &html, qsizetype open)
{
    Tag tag;
    tag.closing = open + 1 < html.size() && html.at(open + 1) == u'/';
    const qsizetype nameStart = open + (tag.closing ? 2 : 1);
    qsizetype nameEnd = nameStart;
    while (nameEnd < html.size() && (html.at(nameEnd).isLetterOrNumber() || html.at(nameEnd) == u'-'))
        ++nameEnd;
    tag.name = QStringView(html).sliced(nameStart, nameEnd - nameStart);
    tag.end = tag.name.isEmpty() ? open + 1 : tagEnd(html, open);
    return tag;
}

// Qt's HTML parser asks the platform theme for the fixed-pitch font at
// <tt>, <code>, <kbd>, <samp> and <pre>, and crashes where there is no
// QGuiApplication (marginalia-cli, the fuzz targets). Only the text matters
// here: they become <span>, and <pre> a paragraph that keeps its spaces.
// Every occurrence is rewritten, wherever it stands (inside an unclosed
// <style> too: Qt's parser does not end raw text where this file does).
QString withoutFixedPitch(const QString &html)
{
    static const QRegularExpression fixedPitch(QStringLiteral("<(\\s*/?\\s*)(tt|code|kbd|samp|pre)(?![\\p{L}\\p{N}-])"),
                                               QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(html.size());
    qsizetype last = 0;
    for (auto it = fixedPitch.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).sliced(last, m.capturedStart() - last);
        const bool closing = m.capturedView(1).contains(u'/');
        if (m.capturedView(2).compare(u"pre", Qt::CaseInsensitive) == 0)
            out += closing ? QStringLiteral("</p") : QStringLiteral("<p style=\"white-space: pre-wrap\"");
        else
            out += closing ? QStringLiteral("</span") : QStringLiteral("<span");
        last = m.capturedEnd();
    }
    out += QStringView(html).sliced(last);
    return out;
}

// The HTML with every tag deeper than MaxNesting removed, in one linear pass.
// A script or style element that deep goes with its content, which must
// never become text.
QString limitNesting(const QString &html, int &flattened)
{
    QString out;
    OpenElements elements;
    qsizetype pos = 0;
    while (pos < html.size()) {
        const qsizetype open = html.indexOf(QLatin1Char('<'), pos);
        out += QStringView(html).sliced(pos, (open < 0 ? html.size() : open) - pos);
        if (open < 0)
            break;
        Tag tag = readTag(html, open);
        const bool rawText = !tag.closing
            && (tag.name.compare(u"script", Qt::CaseInsensitive) == 0
                || tag.name.compare(u"style", Qt::CaseInsensitive) == 0);
        if (QStringView(html).sliced(open).startsWith(u"<!--")) {
            const qsizetype close = html.indexOf(QStringLiteral("-->"), open + 4);
            tag = {{}, false, close < 0 ? html.size() : close + 3};
        } else if (rawText) { // the whole element, content and end tag
            const qsizetype close = html.indexOf(QString(QLatin1String("</") + tag.name), tag.end, Qt::CaseInsensitive);
            tag.end = close < 0 ? html.size() : tagEnd(html, close);
        }
        const QStringView text = QStringView(html).sliced(open, tag.end - open);
        pos = tag.end;
        // Where the tag stands decides: kept up to MaxNesting levels, ignored deeper.
        bool kept = true;
        if (tag.name.isEmpty() || isVoid(tag.name) || text.endsWith(u"/>"))
            kept = true;
        else if (closesImplicitly(tag.name)) // no level of its own: it goes with the one it is in
            kept = elements.depth() <= MaxNesting;
        else if (tag.closing) {
            const int level = elements.close(tag.name);
            kept = (level > 0 ? level : elements.depth()) <= MaxNesting;
        } else {
            kept = elements.depth() < MaxNesting;
            if (!rawText)
                elements.open(tag.name);
        }
        if (kept)
            out += text;
        else
            ++flattened;
    }
    return out;
}

} // namespace

Conversion toPlainText(const QString &html)
{
    int flattened = 0;
    const QString limited = withoutFixedPitch(limitNesting(html, flattened));
    SealedDocument document;
    document.setHtml(limited);

    QStringList paragraphs;
    const QString title = document.metaInformation(QTextDocument::DocumentTitle).trimmed();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = cleanBlock(block.text());
        if (!text.isEmpty())
            paragraphs << text;
    }
    // <title> is the article's title unless the body already starts with it.
    if (!title.isEmpty() && (paragraphs.isEmpty() || paragraphs.constFirst() != title))
        paragraphs.prepend(title);

    Conversion result;
    result.text = paragraphs.join(QStringLiteral("\n\n"));
    if (!result.text.isEmpty())
        result.text += QLatin1Char('\n');
    result.refusedResources = document.refused;
    result.flattenedTags = flattened;
    return result;
}

} // namespace Marginalia::HtmlText
