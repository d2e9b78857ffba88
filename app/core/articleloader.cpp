#include "articleloader.h"

#include "htmltext.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStringConverter>
#include <QStringDecoder>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <optional>

namespace Marginalia {

QString Article::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace ArticleLoader {

namespace {

// The encoding and binary checks look at this much of the start of a file:
// enough to judge, and as quick for a 60 MB file as for a small one.
constexpr qsizetype SniffLength = 64 * 1024;
// A title is a label for lists and window titles, not the article: a file
// whose first line is megabytes long gets a shortened one.
constexpr qsizetype MaxTitleLength = 300;
// A document id line is short ("fr-02"); longer last lines are not read as one.
constexpr qsizetype MaxIdLineLength = 16;

QString normaliseLineEndings(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// C0 controls other than the whitespace ones: rare in text, common in binary data.
bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\v' && c != u'\f' && c != u'\r') || c == 0x7F;
}

// Code units that text does not contain: controls and what the decoder replaced.
qsizetype unlikelyInText(QStringView text)
{
    return std::count_if(text.begin(), text.end(),
                         [](QChar c) { return isControl(c.unicode()) || c == QChar::ReplacementCharacter; });
}

// UTF-16 without a byte order mark. Spaces, digits, punctuation and Latin
// letters have a zero high byte, so in the first few KB one byte of each pair
// is often 0 (at odd positions in UTF-16LE, at even ones in UTF-16BE; at
// least every sixteenth, even in Cyrillic or Greek, for the spaces) and the
// other almost never; and the sample must then read as text, which keeps out
// binary formats made of 16-bit numbers.
std::optional<QStringConverter::Encoding> sniffUtf16(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1));
    const qsizetype units = head.size() / 2;
    if (units < 2)
        return std::nullopt;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < head.size(); i += 2) {
        zeroEven += head[i] == 0;
        zeroOdd += head[i + 1] == 0;
    }
    std::optional<QStringConverter::Encoding> encoding;
    if (zeroOdd * 16 >= units && zeroEven * 16 <= zeroOdd)
        encoding = QStringConverter::Utf16LE;
    else if (zeroEven * 16 >= units && zeroOdd * 16 <= zeroEven)
        encoding = QStringConverter::Utf16BE;
    if (!encoding)
        return std::nullopt;
    QStringDecoder decoder(*encoding);
    const QString sample = decoder.decode(head);
    const auto unassigned =
        std::count_if(sample.begin(), sample.end(), [](QChar c) { return c.category() == QChar::Other_NotAssigned; });
    // Words are separated: "abc\0abc\0…" is not the CJK text it would make.
    const auto spaces = std::count_if(sample.begin(), sample.end(), [](QChar c) { return c.isSpace(); });
    if (decoder.hasError() || (unlikelyInText(sample) + unassigned) * 100 > sample.size()
        || spaces * 32 < sample.size())
        return std::nullopt;
    return encoding;
}

// NUL bytes before the trailing run of them (a file padded with zeros, as a
// crash can leave it, is still text).
qsizetype interiorNuls(QByteArrayView bytes)
{
    qsizetype end = bytes.size();
    while (end > 0 && bytes[end - 1] == 0)
        --end;
    return std::count(bytes.begin(), bytes.begin() + end, '\0');
}

// Why `bytes` is not text, or nothing if it is. The MIME database knows the
// binary formats by their magic numbers; what it calls merely "unknown"
// (octet-stream: it saw a control byte near the start, a stray NUL or a form
// feed will do) is judged by how much of it could not be text.
std::optional<QString> notTextReason(const QByteArray &bytes)
{
    const QMimeType type = QMimeDatabase().mimeTypeForData(bytes.left(SniffLength));
    if (!type.inherits(QStringLiteral("text/plain")) && !type.isDefault())
        return type.comment();
    const qsizetype nuls = interiorNuls(bytes);
    bool binary = nuls > std::max<qsizetype>(16, bytes.size() / 100);
    if (!binary && !type.inherits(QStringLiteral("text/plain"))) {
        QByteArray head = bytes.left(SniffLength);
        head.removeIf([](char c) { return c == 0; });
        QStringDecoder decoder(QStringConverter::Utf8); // a sequence cut at the end is left pending, not replaced
        const QString sample = decoder.decode(head);
        binary = unlikelyInText(sample) * 10 > sample.size();
    }
    if (binary)
        //: What a file that is not text looks like, as in "… (it looks like binary data)."
        return QCoreApplication::translate("ArticleLoader", "binary data");
    return std::nullopt;
}

QString decodeAs(QByteArrayView bytes, QStringConverter::Encoding encoding, QStringList &warnings)
{
    QStringDecoder decoder(encoding); // drops a leading BOM by default
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        const auto replaced = text.count(QChar::ReplacementCharacter);
        warnings << QCoreApplication::translate(
                        "ArticleLoader",
                        "The file is not valid %1: %Ln invalid byte sequence(s) were replaced with \uFFFD.", nullptr,
                        int(replaced))
                        .arg(QString::fromLatin1(QStringConverter::nameForEncoding(encoding)));
    }
    // Stray NULs (U+0000) mean nothing in an article and confuse every tool
    // that reads the text after us.
    if (const auto nuls = text.count(QChar(u'\0')); nuls > 0) {
        text.remove(QChar(u'\0'));
        warnings << QCoreApplication::translate("ArticleLoader", "%Ln NUL byte(s) were removed from the text.", nullptr,
                                                int(nuls));
    }
    return text;
}

// A UTF-16/32 byte order mark is honoured; without one, UTF-16 is recognised
// by its zero bytes; everything else is UTF-8 (with or without its BOM), if
// it is text at all. `name` names the input in the message.
Result<QString> decode(const QByteArray &bytes, const QString &name, QStringList &warnings)
{
    const auto marked = QStringConverter::encodingForData(bytes);
    if (marked && *marked != QStringConverter::Utf8 && *marked != QStringConverter::System
        && *marked != QStringConverter::Latin1)
        return decodeAs(bytes, *marked, warnings);
    if (const auto utf16 = sniffUtf16(bytes)) {
        warnings << QCoreApplication::translate("ArticleLoader", "The file was read as %1 without a byte order mark.")
                        .arg(QString::fromLatin1(QStringConverter::nameForEncoding(*utf16)));
        return decodeAs(bytes, *utf16, warnings);
    }
    if (const auto reason = notTextReason(bytes))
        return makeError(QCoreApplication::translate("ArticleLoader", "%1 is not a text file (it looks like %2).")
                             .arg(name, *reason));
    return decodeAs(bytes, QStringConverter::Utf8, warnings);
}

// The start of `line`, cut between two graphemes (never inside a surrogate
// pair, a ZWJ sequence or a letter and its combining marks) when it is long.
QString titleFrom(QStringView line)
{
    if (line.size() <= MaxTitleLength)
        return line.toString();
    const QString head = line.first(MaxTitleLength + 1).toString();
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, head);
    graphemes.setPosition(MaxTitleLength);
    qsizetype cut = graphemes.isAtBoundary() ? MaxTitleLength : graphemes.toPreviousBoundary();
    if (cut <= 0) // one endless grapheme (a letter under thousands of marks)
        cut = head.at(MaxTitleLength - 1).isHighSurrogate() ? MaxTitleLength - 1 : MaxTitleLength;
    return QStringView(head).first(cut).trimmed() + QChar(u'…');
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
    // Every scan here is linear: a file may be one 5 MB line.
    const QString &text = article.text;

    // The first non-empty line is the title; Markdown heading marks are not.
    for (const auto line : QStringTokenizer(text, u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        QString candidate = titleFrom(trimmed);
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
    static const QRegularExpression idLine(QStringLiteral("^([a-z]{2,3})-(\\d{1,6})$"));
    qsizetype bodyEnd = end;
    // A one-line file is all title, never an id.
    if (lineStart > 0 && end - lineStart <= MaxIdLineLength) {
        const QString lastLine = text.mid(lineStart, end - lineStart).trimmed();
        const auto match = idLine.match(lastLine);
        if (match.hasMatch()) {
            article.language = match.captured(1);
            article.documentId = lastLine;
            bodyEnd = lineStart;
            while (bodyEnd > 0 && text.at(bodyEnd - 1).isSpace())
                --bodyEnd;
        }
    }
    article.bodyLength = TextOffsets(text).toCodePoint(bodyEnd);
}

Result<Article> fromBytes(const QByteArray &bytes, const QString &format, const QString &sourcePath)
{
    Article article;
    article.sourcePath = sourcePath;
    article.sourceFormat = format;
    const QString name = sourcePath.isEmpty() ? QCoreApplication::translate("ArticleLoader", "The input")
                                              : QDir::toNativeSeparators(sourcePath);
    auto decoded = decode(bytes, name, article.warnings);
    if (!decoded)
        return makeError(decoded.error());
    QString text = normaliseLineEndings(std::move(*decoded));
    if (format == u"html") {
        auto converted = HtmlText::toPlainText(text);
        text = std::move(converted.text);
        if (converted.refusedResources > 0)
            article.warnings << QCoreApplication::translate("ArticleLoader",
                                                            "%Ln external resource(s) in the HTML were not loaded.",
                                                            nullptr, converted.refusedResources);
        if (converted.flattenedTags > 0) {
            const int levels = HtmlText::MaxNesting;
            article.warnings << QCoreApplication::translate("ArticleLoader",
                                                            "The HTML nests its elements more than %Ln level(s) "
                                                            "deep: the deeper tags were ignored and only their text "
                                                            "was kept.",
                                                            nullptr, levels);
        }
    }
    article.text = std::move(text);
    detectMetadata(article);
    return article;
}

Result<Article> loadFile(const QString &path)
{
    const QFileInfo info(path);
    const auto tooLarge = [&path](qint64 size) {
        return makeError(QCoreApplication::translate("ArticleLoader",
                                                     "%1 is too large (%2 MB); Marginalia opens articles up to %3 MB.")
                             .arg(path)
                             .arg(size / (1024 * 1024))
                             .arg(MaxFileSize / (1024 * 1024)));
    };
    if (!info.exists())
        return makeError(QCoreApplication::translate("ArticleLoader", "%1 does not exist.").arg(path));
    if (!info.isFile())
        return makeError(QCoreApplication::translate("ArticleLoader", "%1 is not a regular file.").arg(path));
    if (info.size() > MaxFileSize) // refused before a byte is read
        return tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            QCoreApplication::translate("ArticleLoader", "Cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(
            QCoreApplication::translate("ArticleLoader", "Cannot read %1: %2").arg(path, file.errorString()));
    if (bytes.size() > MaxFileSize) // it grew after we looked
        return tooLarge(bytes.size());
    auto article = fromBytes(bytes, formatFor(path, bytes.left(512)), info.absoluteFilePath());
    if (article && article->text.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("ArticleLoader", "%1 contains no text.").arg(path));
    return article;
}

} // namespace ArticleLoader

} // namespace Marginalia
