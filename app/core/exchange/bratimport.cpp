#include "bratimport.h"
#include "trtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

namespace Marginalia::Exchange::BratImport {

namespace {

// brat names cannot hold spaces; the export writes them as "_".
QString fromType(QString type)
{
    return type.replace(u'_', u' ');
}

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Python's universal newlines: CR LF and a lone CR read as LF.
QString universalNewlines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

struct Line {
    int number = 0;
    QString id;
    QString body; // after the id's TAB
};

class DocumentReader
{
public:
    DocumentReader(ImportBatch &batch, QHash<QString, qsizetype> &entityIndex, const QString &shownName)
        : m_batch(batch)
        , m_entityIndex(entityIndex)
        , m_name(shownName)
    {
    }

    void read(const QString &annPath, const QString &txtPath, const QString &documentId);

private:
    ImportBatch &m_batch;
    QHash<QString, qsizetype> &m_entityIndex; // "DB:ID" -> index in m_batch.entities
    QString m_name; // the .ann as problem lines name it
    QList<uint> m_text;
    ImportedArticle m_article;
    QHash<QString, qsizetype> m_spans; // "T3" -> index in m_article.annotations
    int m_offsetShift = 0;

    void problem(const Line &line, const QString &why)
    {
        m_batch.problems << QStringLiteral("%1:%2: %3").arg(m_name).arg(line.number).arg(why);
    }
    ImportedAnnotation *target(const Line &line, const QString &id);
    void span(const Line &line);
    void relation(const Line &line);
    void equivalence(const Line &line);
    void attribute(const Line &line);
    void reference(const Line &line);
    void note(const Line &line);
};

ImportedAnnotation *DocumentReader::target(const Line &line, const QString &id)
{
    const auto at = m_spans.constFind(id);
    if (at != m_spans.cend())
        return &m_article.annotations[*at];
    if (id.startsWith(u'E'))
        problem(line, ExchangeText::tr("refers to the event %1; events are not imported").arg(id));
    else if (id.startsWith(u'R') || id.startsWith(u'A') || id.startsWith(u'N'))
        problem(line, ExchangeText::tr("refers to %1; only text-bound annotations (T) can carry this").arg(id));
    else
        problem(line, ExchangeText::tr("refers to %1, which this file does not define").arg(id));
    return nullptr;
}

void DocumentReader::span(const Line &line)
{
    const QString fields = line.body.section(u'\t', 0, 0);
    const QString quoted = line.body.section(u'\t', 1);
    const qsizetype space = fields.indexOf(u' ');
    if (space <= 0)
        return problem(line, ExchangeText::tr("a text-bound annotation needs a type and offsets"));
    QList<QPair<qint64, qint64>> fragments;
    for (const QString &fragment : fields.mid(space + 1).split(u';')) {
        const QStringList pair = fragment.trimmed().split(u' ', Qt::SkipEmptyParts);
        bool startOk = false;
        bool endOk = false;
        const qint64 start = pair.value(0).toLongLong(&startOk);
        const qint64 end = pair.value(1).toLongLong(&endOk);
        // Compared before the byte order mark's shift, which could overflow
        // a start near the smallest qint64. An empty span (end == start) is
        // no annotation either: said here, with its line, rather than by
        // commit() without one.
        if (pair.size() != 2 || !startOk || !endOk || start < m_offsetShift || end <= start
            || end - m_offsetShift > m_text.size())
            return problem(line,
                           ExchangeText::tr("offsets '%1' are not a span of the text (%2 characters)")
                               .arg(fragment.trimmed())
                               .arg(m_text.size()));
        fragments.append({start - m_offsetShift, end - m_offsetShift});
    }
    std::sort(fragments.begin(), fragments.end());
    QStringList texts;
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        const auto [start, end] = fragments.at(i);
        texts << QString::fromUcs4(reinterpret_cast<const char32_t *>(m_text.constData()) + start, end - start);
        if (i == 0)
            continue;
        const qint64 gapStart = fragments.at(i - 1).second;
        if (start < gapStart)
            return problem(line, ExchangeText::tr("fragments overlap"));
        const QString gap =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(m_text.constData()) + gapStart, start - gapStart);
        if (!gap.trimmed().isEmpty())
            problem(line, ExchangeText::tr("discontinuous span joined into one: it now also covers '%1'").arg(gap));
    }
    if (!quoted.isEmpty() && quoted != texts.join(u' '))
        problem(line,
                ExchangeText::tr("the text '%1' is not what the offsets cover ('%2'); the offsets are kept")
                    .arg(quoted, texts.join(u' ')));
    ImportedAnnotation a;
    a.key = line.id;
    a.label = fromType(fields.left(space));
    a.start = fragments.first().first;
    a.end = fragments.last().second;
    m_spans.insert(line.id, m_article.annotations.size());
    m_article.annotations << a;
}

void DocumentReader::relation(const Line &line)
{
    const QStringList parts = line.body.section(u'\t', 0, 0).split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 3)
        return problem(line, ExchangeText::tr("a relation needs a type and two arguments"));
    const QString source = parts.at(1).section(u':', 1);
    const QString targetId = parts.at(2).section(u':', 1);
    ImportedAnnotation *from = target(line, source);
    ImportedAnnotation *to = target(line, targetId);
    if (!from || !to)
        return;
    if (parts.at(0) == QLatin1String("Claimant")) {
        from->kind = LabelKind::Claim;
        if (!from->claim)
            from->claim = Claim{};
        from->claimantKey = targetId;
        return;
    }
    m_article.relations << ImportedRelation{fromType(parts.at(0)), source, targetId};
}

void DocumentReader::equivalence(const Line &line)
{
    const QStringList parts = line.body.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 3)
        return problem(line, ExchangeText::tr("an equivalence needs a type and at least two annotations"));
    const QString kind = fromType(parts.at(0));
    for (qsizetype i = 2; i < parts.size(); ++i) {
        if (target(line, parts.at(i - 1)) && target(line, parts.at(i)))
            m_article.relations << ImportedRelation{kind, parts.at(i - 1), parts.at(i)};
    }
    if (!m_batch.equivalenceKinds.contains(kind))
        m_batch.equivalenceKinds << kind;
}

void DocumentReader::attribute(const Line &line)
{
    const QStringList parts = line.body.section(u'\t', 0, 0).split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.size() > 3)
        return problem(line, ExchangeText::tr("an attribute needs a name, an annotation and at most one value"));
    ImportedAnnotation *a = target(line, parts.at(1));
    if (!a)
        return;
    const QString &name = parts.at(0);
    const QString value = parts.value(2);
    auto claim = [a]() -> Claim & {
        a->kind = LabelKind::Claim;
        if (!a->claim)
            a->claim = Claim{};
        return *a->claim;
    };
    auto error = [a]() -> MtError & {
        a->kind = LabelKind::MtError;
        if (!a->mtError)
            a->mtError = MtError{};
        return *a->mtError;
    };
    if (name == QLatin1String("Verdict") && verdictFromId(value)) {
        claim().verdict = *verdictFromId(value);
    } else if (name == QLatin1String("ClaimKind") && claimKindFromId(value)) {
        claim().kind = *claimKindFromId(value);
    } else if (name == QLatin1String("CheckWorthiness") && value.toInt() > 0) {
        claim().checkWorthiness = value.toInt();
    } else if (name == QLatin1String("MQM_severity") && mqmSeverityFromId(value)) {
        error().severity = *mqmSeverityFromId(value);
    } else if (name == QLatin1String("MQM_category") && !value.isEmpty()) {
        error().category = fromType(value);
    } else {
        a->notes << (value.isEmpty() ? QStringLiteral("[%1]").arg(name) : QStringLiteral("[%1: %2]").arg(name, value));
    }
}

void DocumentReader::reference(const Line &line)
{
    const QStringList parts = line.body.section(u'\t', 0, 0).split(u' ', Qt::SkipEmptyParts);
    const QString name = line.body.section(u'\t', 1).trimmed();
    if (parts.size() != 3 || !parts.at(2).contains(u':'))
        return problem(line, ExchangeText::tr("a normalisation reads 'Reference T1 DB:ID'"));
    ImportedAnnotation *a = target(line, parts.at(1));
    if (!a)
        return;
    const QString &key = parts.at(2);
    if (!a->entityKey.isEmpty() && a->entityKey != key)
        return problem(
            line,
            ExchangeText::tr("%1 already refers to %2; a mention refers to one entity").arg(parts.at(1), a->entityKey));
    a->entityKey = key;
    if (m_entityIndex.contains(key))
        return;
    ImportedEntity entity;
    entity.key = key;
    entity.name = name.isEmpty()
        ? QString::fromUcs4(reinterpret_cast<const char32_t *>(m_text.constData()) + a->start, a->end - a->start)
        : name;
    entity.label = a->label;
    const QString database = key.section(u':', 0, 0);
    if (database.compare(QLatin1String("Wikidata"), Qt::CaseInsensitive) == 0)
        entity.wikidata = key.section(u':', 1);
    else if (database != QLatin1String("Marginalia"))
        entity.url = key;
    m_entityIndex.insert(key, m_batch.entities.size());
    m_batch.entities << entity;
}

void DocumentReader::note(const Line &line)
{
    const QStringList parts = line.body.section(u'\t', 0, 0).split(u' ', Qt::SkipEmptyParts);
    const QString text = line.body.section(u'\t', 1);
    if (parts.size() != 2)
        return problem(line, ExchangeText::tr("a note reads 'AnnotatorNotes T1<TAB>text'"));
    ImportedAnnotation *a = target(line, parts.at(1));
    if (!a)
        return;
    const QString &type = parts.at(0);
    if (type == QLatin1String("Rating") && a->claim) {
        a->claim->rating = text;
    } else if (type == QLatin1String("Reviewed") && a->claim) {
        a->claim->reviewed = text;
    } else if (type == QLatin1String("Evidence") && a->claim) {
        a->claim->evidence << Evidence{text.section(u' ', 0, 0), text.section(u' ', 1)};
    } else if (type == QLatin1String("Correction") && a->mtError) {
        a->mtError->correction = text;
    } else {
        a->notes << text;
    }
}

void DocumentReader::read(const QString &annPath, const QString &txtPath, const QString &documentId)
{
    const Line whole{0, {}, {}};
    QFile txt(txtPath);
    if (!txt.open(QIODevice::ReadOnly))
        return problem(whole, ExchangeText::tr("cannot read the text %1: %2").arg(txtPath, txt.errorString()));
    QByteArray bytes = txt.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
        m_offsetShift = 1; // brat counts the mark as a character
    }
    const auto text = decodeUtf8(bytes);
    if (!text)
        return problem(whole,
                       ExchangeText::tr("%1 is not UTF-8, which brat requires").arg(QFileInfo(txtPath).fileName()));
    QFile ann(annPath);
    if (!ann.open(QIODevice::ReadOnly))
        return problem(whole, ExchangeText::tr("cannot read: %1").arg(ann.errorString()));
    const auto annText = decodeUtf8(ann.readAll());
    if (!annText)
        return problem(whole, ExchangeText::tr("not UTF-8"));

    m_article.article.text = universalNewlines(*text);
    m_article.article.documentId = documentId;
    m_article.article.title = documentId;
    m_article.article.sourcePath = txtPath;
    m_article.article.sourceFormat = QStringLiteral("brat");
    m_text = m_article.article.text.toUcs4();
    m_article.article.bodyLength = m_text.size();

    QList<Line> others;
    const QStringList rows = universalNewlines(*annText).split(u'\n');
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString &row = rows.at(i);
        if (row.trimmed().isEmpty())
            continue;
        const Line line{int(i + 1), row.section(u'\t', 0, 0), row.section(u'\t', 1)};
        if (!row.contains(u'\t') || line.id.isEmpty())
            problem(line, ExchangeText::tr("no id and TAB at the start of the line"));
        else if (line.id.startsWith(u'T'))
            span(line); // first, so that any line may refer to any span
        else
            others << line;
    }
    for (const Line &line : std::as_const(others)) {
        switch (line.id.at(0).unicode()) {
        case 'R':
            relation(line);
            break;
        case '*':
            equivalence(line);
            break;
        case 'A':
        case 'M':
            attribute(line);
            break;
        case 'N':
            reference(line);
            break;
        case '#':
            note(line);
            break;
        case 'E':
            problem(line, ExchangeText::tr("events (%1) are not supported").arg(line.id));
            break;
        default:
            problem(line, ExchangeText::tr("unknown annotation type '%1'").arg(line.id.left(1)));
        }
    }
    m_batch.articles << m_article;
}

Status readInto(const QString &path, ImportBatch &batch, QHash<QString, qsizetype> &entityIndex)
{
    const QFileInfo given(path);
    QStringList anns;
    QDir root = given.absoluteDir();
    if (given.isDir()) {
        root = QDir(given.absoluteFilePath());
        QDirIterator it(root.path(), {QStringLiteral("*.ann")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            anns << it.next();
        anns.sort();
    } else if (given.isFile() && (given.suffix() == QLatin1String("ann") || given.suffix() == QLatin1String("txt"))) {
        anns << given.absoluteDir().filePath(given.completeBaseName() + QStringLiteral(".ann"));
    } else {
        return makeError(ExchangeText::tr("%1 is neither a brat .ann or .txt file nor a folder.").arg(path));
    }
    for (const QString &ann : std::as_const(anns)) {
        const QFileInfo info(ann);
        const QString txt = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".txt"));
        const QString shown = root.relativeFilePath(ann);
        if (!QFileInfo::exists(txt)) {
            batch.problems << ExchangeText::tr("%1: no %2 beside it").arg(shown, QFileInfo(txt).fileName());
            continue;
        }
        DocumentReader(batch, entityIndex, shown).read(ann, txt, info.completeBaseName());
    }
    return {};
}

} // namespace

Result<ImportBatch> read(const QString &path)
{
    ImportBatch batch;
    QHash<QString, qsizetype> entityIndex;
    if (Status s = readInto(path, batch, entityIndex); !s)
        return makeError(s.error());
    return batch;
}

ImportBatch read(const QStringList &paths)
{
    ImportBatch batch;
    QHash<QString, qsizetype> entityIndex;
    for (const QString &path : paths) {
        if (Status s = readInto(path, batch, entityIndex); !s)
            batch.problems << s.error();
    }
    return batch;
}

} // namespace Marginalia::Exchange::BratImport
