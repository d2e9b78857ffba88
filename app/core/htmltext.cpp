#include "htmltext.h"

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

} // namespace

Conversion toPlainText(const QString &html)
{
    SealedDocument document;
    document.setHtml(html);

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
    return result;
}

} // namespace Marginalia::HtmlText
