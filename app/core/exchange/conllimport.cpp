#include "conllimport.h"
#include "trtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Marginalia::Exchange::ConllImport {

namespace {

struct Tagged {
    QString token;
    QString tag;
    int line = 0;
};

using Sentence = QList<Tagged>;

// Builds one article from its sentences, reading the tags as it goes.
class DocumentBuilder
{
public:
    DocumentBuilder(const QString &name, QStringList &problems)
        : m_name(name)
        , m_problems(problems)
    {
    }

    ImportedArticle build(const QList<Sentence> &sentences);

private:
    const QString &m_name;
    QStringList &m_problems;
    ImportedArticle m_article;
    QString m_open; // the type of the entity being read, or empty
    qint64 m_start = 0;
    qint64 m_end = 0;

    void close()
    {
        if (m_open.isEmpty())
            return;
        ImportedAnnotation a;
        a.key = QStringLiteral("e%1").arg(m_article.annotations.size() + 1);
        a.label = labelName(m_open);
        a.start = m_start;
        a.end = m_end;
        m_article.annotations << a;
        m_open.clear();
    }
    void token(const Tagged &t, qint64 start, qint64 end);
};

void DocumentBuilder::token(const Tagged &t, qint64 start, qint64 end)
{
    static const QRegularExpression iob(QStringLiteral("^([BIESLU])[-_](.+)$"));
    if (t.tag == QLatin1String("O")) {
        close();
        return;
    }
    const auto match = iob.match(t.tag);
    if (!match.hasMatch()) {
        m_problems << QStringLiteral("%1:%2: ").arg(m_name).arg(t.line)
                + ExchangeText::tr("the tag '%1' is not an IOB tag; read as O").arg(t.tag);
        close();
        return;
    }
    const QChar prefix = match.captured(1).at(0);
    const QString type = match.captured(2);
    const bool continues = (prefix == u'I' || prefix == u'E' || prefix == u'L') && m_open == type;
    if (continues) {
        m_end = end;
    } else {
        close();
        m_open = type;
        m_start = start;
        m_end = end;
    }
    if (prefix == u'E' || prefix == u'L' || prefix == u'S' || prefix == u'U')
        close();
}

ImportedArticle DocumentBuilder::build(const QList<Sentence> &sentences)
{
    QString text;
    qint64 at = 0; // code points of `text`
    for (const Sentence &sentence : sentences) {
        for (qsizetype i = 0; i < sentence.size(); ++i) {
            if (i > 0) {
                text += u' ';
                ++at;
            }
            const Tagged &t = sentence.at(i);
            const qint64 length = t.token.toUcs4().size();
            text += t.token;
            token(t, at, at + length);
            at += length;
        }
        close(); // an entity does not run across sentences
        text += u'\n';
        ++at;
    }
    m_article.article.text = text;
    m_article.article.bodyLength = at;
    m_article.article.sourceFormat = QStringLiteral("conll");
    return m_article;
}

bool isDocStart(const QString &line)
{
    return line.startsWith(QLatin1String("-DOCSTART-"));
}

// spaCy's .iob: every item of the first real line is "token|…|tag".
bool isPipeLayout(const QStringList &lines)
{
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || isDocStart(line))
            continue;
        const QStringList items = line.split(u' ', Qt::SkipEmptyParts);
        return !line.contains(u'\t') && items.size() > 1
            && std::all_of(items.cbegin(), items.cend(), [](const QString &item) { return item.count(u'|') >= 1; });
    }
    return false;
}

QList<QList<Sentence>> documents(const QStringList &lines, const QString &name, QStringList &problems)
{
    const bool pipes = isPipeLayout(lines);
    QList<QList<Sentence>> docs{{}};
    Sentence sentence;
    auto endSentence = [&]() {
        if (!sentence.isEmpty())
            docs.last() << sentence;
        sentence.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int number = int(i + 1);
        if (isDocStart(line)) {
            endSentence();
            if (!docs.last().isEmpty())
                docs << QList<Sentence>{};
            continue;
        }
        if (line.trimmed().isEmpty()) {
            endSentence();
            continue;
        }
        if (pipes) {
            for (const QString &item : line.split(u' ', Qt::SkipEmptyParts)) {
                const QStringList parts = item.split(u'|');
                sentence << Tagged{parts.first(), parts.size() > 1 ? parts.last() : QStringLiteral("O"), number};
            }
            endSentence();
            continue;
        }
        const QStringList columns = line.contains(u'\t') ? line.split(u'\t') : line.split(u' ', Qt::SkipEmptyParts);
        const QString token = columns.first().trimmed();
        if (token.isEmpty()) {
            problems << QStringLiteral("%1:%2: ").arg(name).arg(number) + ExchangeText::tr("a line without a token");
            continue;
        }
        sentence << Tagged{token, columns.size() > 1 ? columns.last().trimmed() : QStringLiteral("O"), number};
    }
    endSentence();
    if (docs.size() > 1 && docs.last().isEmpty())
        docs.removeLast();
    return docs;
}

} // namespace

QString labelName(const QString &tagType)
{
    if (tagType == QLatin1String("PER"))
        return QStringLiteral("Person");
    if (tagType == QLatin1String("ORG"))
        return QStringLiteral("Organisation");
    if (tagType == QLatin1String("LOC"))
        return QStringLiteral("Location");
    return tagType;
}

ImportBatch parse(const QString &text, const QString &name)
{
    ImportBatch batch;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QList<QList<Sentence>> docs = documents(normalised.split(u'\n'), name, batch.problems);
    // "news.conll" gives "news"; "esp.testb" keeps its name.
    static const QRegularExpression extension(QStringLiteral("\\.(conll|conllu|iob|bio|txt|tsv)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString base = QFileInfo(name).fileName().remove(extension);
    for (qsizetype d = 0; d < docs.size(); ++d) {
        if (docs.at(d).isEmpty())
            continue;
        ImportedArticle article = DocumentBuilder(name, batch.problems).build(docs.at(d));
        article.article.documentId = docs.size() == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(d + 1);
        article.article.title = article.article.documentId;
        batch.articles << article;
    }
    return batch;
}

Result<ImportBatch> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ExchangeText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    const bool latin1 = utf8.hasError();
    if (latin1)
        text = QString::fromLatin1(bytes);
    ImportBatch batch = parse(text, QFileInfo(path).fileName());
    for (ImportedArticle &a : batch.articles) {
        a.article.sourcePath = QFileInfo(path).absoluteFilePath();
        if (latin1)
            a.article.warnings << ExchangeText::tr("%1 is not UTF-8: read as Latin-1.").arg(QFileInfo(path).fileName());
    }
    return batch;
}

ImportBatch read(const QStringList &paths)
{
    ImportBatch batch;
    for (const QString &path : paths) {
        auto one = read(path);
        if (!one) {
            batch.problems << one.error();
            continue;
        }
        batch.articles << one->articles;
        batch.entities << one->entities;
        batch.problems << one->problems;
    }
    return batch;
}

} // namespace Marginalia::Exchange::ConllImport
