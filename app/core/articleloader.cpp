#include "articleloader.h"

#include "htmltext.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringConverter>
#include <QStringDecoder>

namespace Marginalia {

QString Article::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace ArticleLoader {

namespace {

QString normaliseLineEndings(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString decode(const QByteArray &bytes, QStringList &warnings)
{
    // A UTF-16/32 byte order mark is honoured; everything else is UTF-8.
    auto encoding = QStringConverter::encodingForData(bytes);
    if (!encoding || *encoding == QStringConverter::System || *encoding == QStringConverter::Latin1)
        encoding = QStringConverter::Utf8;
    QStringDecoder decoder(*encoding); // drops a leading BOM by default
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        const auto replaced = text.count(QChar::ReplacementCharacter);
        warnings << QCoreApplication::translate(
            "ArticleLoader", "The file is not valid UTF-8: %Ln invalid byte sequence(s) were replaced with \uFFFD.",
            nullptr, int(replaced));
    }
    return text;
}

} // namespace

QString formatFor(const QString &path, const QByteArray &head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return QStringLiteral("html");
    if (suffix == u"md" || suffix == u"markdown")
        return QStringLiteral("md");
    if (suffix == u"txt" || suffix == u"text")
        return QStringLiteral("txt");
    const QByteArray start = head.left(512).trimmed().toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html"))
        return QStringLiteral("html");
    return QStringLiteral("txt");
}

void detectMetadata(Article &article)
{
    const QString &text = article.text;
    const TextOffsets offsets(text);

    // The first non-empty line is the title; Markdown heading marks are not.
    for (const auto line : QStringTokenizer(text, u'\n')) {
        QString candidate = line.trimmed().toString();
        if (candidate.isEmpty())
            continue;
        if (article.sourceFormat == u"md")
            candidate.remove(QRegularExpression(QStringLiteral("^#+\\s*")));
        article.title = candidate;
        break;
    }

    // A last non-empty line such as "fr-02" is the corpus id: language and
    // document number. It is metadata, not body text.
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), end - 1) + 1;
    if (end == 0)
        lineStart = 0;
    const QString lastLine = text.mid(lineStart, end - lineStart).trimmed();
    static const QRegularExpression idLine(QStringLiteral("^([a-z]{2,3})-(\\d{1,6})$"));
    qsizetype bodyEnd = end;
    if (lineStart > 0) { // a one-line file is all title, never an id
        const auto match = idLine.match(lastLine);
        if (match.hasMatch()) {
            article.language = match.captured(1);
            article.documentId = lastLine;
            bodyEnd = lineStart;
            while (bodyEnd > 0 && text.at(bodyEnd - 1).isSpace())
                --bodyEnd;
        }
    }
    article.bodyLength = offsets.toCodePoint(bodyEnd);
}

Article fromBytes(const QByteArray &bytes, const QString &format, const QString &sourcePath)
{
    Article article;
    article.sourcePath = sourcePath;
    article.sourceFormat = format;
    QString text = normaliseLineEndings(decode(bytes, article.warnings));
    if (format == u"html") {
        auto converted = HtmlText::toPlainText(text);
        text = std::move(converted.text);
        if (converted.refusedResources > 0)
            article.warnings << QCoreApplication::translate("ArticleLoader",
                                                            "%Ln external resource(s) in the HTML were not loaded.",
                                                            nullptr, converted.refusedResources);
    }
    article.text = std::move(text);
    detectMetadata(article);
    return article;
}

Result<Article> loadFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(QCoreApplication::translate("ArticleLoader", "%1 does not exist.").arg(path));
    if (!info.isFile())
        return makeError(QCoreApplication::translate("ArticleLoader", "%1 is not a regular file.").arg(path));
    if (info.size() > MaxFileSize)
        return makeError(QCoreApplication::translate("ArticleLoader",
                                                     "%1 is too large (%2 MB); Marginalia opens articles up to %3 MB.")
                             .arg(path)
                             .arg(info.size() / (1024 * 1024))
                             .arg(MaxFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            QCoreApplication::translate("ArticleLoader", "Cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(
            QCoreApplication::translate("ArticleLoader", "Cannot read %1: %2").arg(path, file.errorString()));
    Article article = fromBytes(bytes, formatFor(path, bytes.left(512)), info.absoluteFilePath());
    if (article.text.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("ArticleLoader", "%1 contains no text.").arg(path));
    return article;
}

} // namespace ArticleLoader

} // namespace Marginalia
