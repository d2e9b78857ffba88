#include "bratexport.h"
#include "trtext.h"

#include "fileset.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace Marginalia::Exchange::BratExport {

namespace {

// The .ann is one record per line and TAB separates fields.
QString oneLine(QString text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\t]+"));
    return text.replace(breaks, QStringLiteral(" "));
}

// What annotation.conf must declare: everything the .ann files use.
struct Declarations {
    QSet<QString> entities;
    QMap<QString, QPair<QSet<QString>, QSet<QString>>> relations; // kind -> argument types
    QSet<QString> equivalences; // relation kinds written as "*" lines
    QMap<QString, QSet<QString>> attributes; // name -> values (none: binary)
};

class AnnWriter
{
public:
    AnnWriter(const ProjectSnapshot &snapshot, const ArticleBundle &bundle, Declarations &declared,
              ExportReport &report)
        : m_snapshot(snapshot)
        , m_bundle(bundle)
        , m_declared(declared)
        , m_report(report)
        , m_text(bundle.article.text.toUcs4())
    {
    }

    QString write();

private:
    const ProjectSnapshot &m_snapshot;
    const ArticleBundle &m_bundle;
    Declarations &m_declared;
    ExportReport &m_report;
    const QList<uint> m_text;
    QHash<qint64, QString> m_ids; // annotation id -> "T<n>"
    QHash<qint64, QString> m_types; // annotation id -> brat type
    QStringList m_lines;
    int m_relations = 0;
    int m_attributes = 0;
    int m_references = 0;
    int m_notes = 0;

    QString name() const { return baseName(m_bundle.article); }
    QString span(const Annotation &a) const;
    void spans();
    void relation(const QString &kind, qint64 source, qint64 target);
    void equivalences(const QString &kind, const QList<const Relation *> &relations);
    void attribute(const QString &attributeName, const QString &id, const QString &value = {});
    void note(const QString &type, const QString &id, const QString &text);
    void claim(const Annotation &a, const Claim &c);
    void mtError(const Annotation &a, const MtError &e);
    void reference(const Annotation &a, const Entity &e);
};

// "start end" fragments of [a.start, a.end), split at line breaks, and their
// texts joined by one space, as brat writes a discontinuous span.
QString AnnWriter::span(const Annotation &a) const
{
    const qint64 end = std::min<qint64>(a.end, m_text.size());
    QStringList ranges;
    QStringList texts;
    qint64 from = std::min<qint64>(a.start, end);
    auto flush = [&](qint64 to) {
        if (to > from) {
            ranges << QStringLiteral("%1 %2").arg(from).arg(to);
            texts << QString::fromUcs4(reinterpret_cast<const char32_t *>(m_text.constData()) + from, to - from);
        }
    };
    for (qint64 i = from; i < end; ++i) {
        if (m_text.at(i) == U'\n') {
            flush(i);
            from = i + 1;
        }
    }
    flush(end);
    if (ranges.isEmpty()) // an empty span (or only line breaks): brat keeps it where it was
        ranges << QStringLiteral("%1 %1").arg(std::min<qint64>(a.start, m_text.size()));
    return ranges.join(u';') + u'\t' + texts.join(u' ');
}

void AnnWriter::spans()
{
    int t = 0;
    for (const Annotation &a : m_bundle.annotations) {
        const Label *label = m_snapshot.label(a.labelId);
        const QString type = typeName(label ? label->name : QStringLiteral("Unlabelled"));
        const QString id = QStringLiteral("T%1").arg(++t);
        m_ids.insert(a.id, id);
        m_types.insert(a.id, type);
        m_declared.entities.insert(type);
        m_lines << id + u'\t' + type + u' ' + span(a);
    }
}

void AnnWriter::relation(const QString &kind, qint64 source, qint64 target)
{
    const QString type = typeName(kind);
    m_lines << QStringLiteral("R%1\t%2 Arg1:%3 Arg2:%4").arg(++m_relations).arg(type, m_ids[source], m_ids[target]);
    auto &arguments = m_declared.relations[type];
    arguments.first.insert(m_types[source]);
    arguments.second.insert(m_types[target]);
}

// The relations of an equivalence kind as "*" lines: one per group of
// annotations they connect, members in reading order (as brat writes them).
void AnnWriter::equivalences(const QString &kind, const QList<const Relation *> &relations)
{
    // Union-find over the annotations the relations connect.
    QHash<qint64, qint64> parent;
    std::function<qint64(qint64)> root = [&](qint64 id) {
        const qint64 up = parent.value(id, id);
        if (up == id)
            return id;
        const qint64 top = root(up);
        parent.insert(id, top);
        return top;
    };
    for (const Relation *r : relations) {
        parent.insert(r->sourceId, parent.value(r->sourceId, r->sourceId));
        parent.insert(r->targetId, parent.value(r->targetId, r->targetId));
        parent.insert(root(r->sourceId), root(r->targetId));
    }
    QMap<qint64, QList<qint64>> groups; // root -> members
    for (const Annotation &a : m_bundle.annotations) { // reading order
        if (parent.contains(a.id))
            groups[root(a.id)] << a.id;
    }
    const QString type = typeName(kind);
    m_declared.equivalences.insert(type);
    auto &arguments = m_declared.relations[type];
    for (const QList<qint64> &members : std::as_const(groups)) {
        QStringList ids;
        for (qint64 id : members) {
            ids << m_ids[id];
            arguments.first.insert(m_types[id]);
            arguments.second.insert(m_types[id]);
        }
        m_lines << QStringLiteral("*\t%1 %2").arg(type, ids.join(u' '));
    }
}

void AnnWriter::attribute(const QString &attributeName, const QString &id, const QString &value)
{
    QString line = QStringLiteral("A%1\t%2 %3").arg(++m_attributes).arg(attributeName, id);
    auto &values = m_declared.attributes[attributeName];
    if (!value.isEmpty()) {
        line += u' ' + value;
        values.insert(value);
    }
    m_lines << line;
}

void AnnWriter::note(const QString &type, const QString &id, const QString &text)
{
    m_lines << QStringLiteral("#%1\t%2 %3\t%4").arg(++m_notes).arg(type, id, oneLine(text));
}

void AnnWriter::claim(const Annotation &a, const Claim &c)
{
    const QString id = m_ids[a.id];
    attribute(QStringLiteral("Verdict"), id, verdictId(c.verdict));
    attribute(QStringLiteral("ClaimKind"), id, claimKindId(c.kind));
    if (c.checkWorthiness > 0)
        attribute(QStringLiteral("CheckWorthiness"), id, QString::number(c.checkWorthiness));
    if (!c.rating.isEmpty())
        note(QStringLiteral("Rating"), id, c.rating);
    if (!c.reviewed.isEmpty())
        note(QStringLiteral("Reviewed"), id, c.reviewed);
    for (const Evidence &e : c.evidence)
        note(QStringLiteral("Evidence"), id, e.note.isEmpty() ? e.url : e.url + u' ' + e.note);
    if (c.claimantMention && m_ids.contains(c.claimantMention)) {
        relation(QStringLiteral("Claimant"), a.id, c.claimantMention);
    } else if (const Entity *e = m_snapshot.entity(c.claimantEntity)) {
        m_report.dropped << ExchangeText::tr(
                                "%1: the claimant of '%2' is the entity '%3', not a mention: brat cannot link it")
                                .arg(name(), a.quote, e->name);
    }
}

void AnnWriter::mtError(const Annotation &a, const MtError &e)
{
    const QString id = m_ids[a.id];
    attribute(QStringLiteral("MQM_severity"), id, mqmSeverityId(e.severity));
    if (!e.category.isEmpty())
        attribute(QStringLiteral("MQM_category"), id, typeName(e.category));
    if (!e.correction.isEmpty())
        note(QStringLiteral("Correction"), id, e.correction);
}

void AnnWriter::reference(const Annotation &a, const Entity &e)
{
    static const QRegularExpression curie(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*:[^\\s/]+$"));
    QString target;
    if (!e.wikidata.isEmpty())
        target = QStringLiteral("Wikidata:") + e.wikidata;
    else if (curie.match(e.url).hasMatch())
        target = e.url;
    else
        target = QStringLiteral("Marginalia:E%1").arg(e.id);
    m_lines << QStringLiteral("N%1\tReference %2 %3\t%4").arg(++m_references).arg(m_ids[a.id], target, oneLine(e.name));
}

QString AnnWriter::write()
{
    spans();
    QMap<QString, QList<const Relation *>> equivalent; // kind -> its relations
    for (const Relation &r : m_bundle.relations) {
        if (!m_ids.contains(r.sourceId) || !m_ids.contains(r.targetId))
            continue;
        if (m_snapshot.equivalenceKinds.contains(r.kind, Qt::CaseInsensitive))
            equivalent[r.kind] << &r;
        else
            relation(r.kind, r.sourceId, r.targetId);
    }
    for (auto it = equivalent.cbegin(); it != equivalent.cend(); ++it)
        equivalences(it.key(), it.value());
    static const QRegularExpression attributeNote(QStringLiteral("^\\[([^\\s:\\]]+)(?:: ([^\\s\\]]+))?\\]$"));
    for (const Annotation &a : m_bundle.annotations) {
        if (a.claim)
            claim(a, *a.claim);
        if (a.mtError)
            mtError(a, *a.mtError);
        if (const Entity *e = m_snapshot.entity(a.entityId))
            reference(a, *e);
    }
    for (const Note &n : m_bundle.notes) {
        if (n.annotationId == 0) {
            m_report.dropped << ExchangeText::tr(
                                    "%1: a note on the article itself ('%2'): brat notes belong to annotations")
                                    .arg(name(), oneLine(n.text).left(40));
            continue;
        }
        const auto match = attributeNote.match(n.text);
        if (match.hasMatch())
            attribute(match.captured(1), m_ids[n.annotationId], match.captured(2));
        else
            note(QStringLiteral("AnnotatorNotes"), m_ids[n.annotationId], n.text);
    }
    return m_lines.isEmpty() ? QString() : m_lines.join(u'\n') + u'\n';
}

QString joined(const QSet<QString> &values)
{
    QStringList sorted(values.cbegin(), values.cend());
    sorted.sort();
    return sorted.join(u'|');
}

QString configuration(const Declarations &declared)
{
    QStringList entities(declared.entities.cbegin(), declared.entities.cend());
    entities.sort();
    QString out = QStringLiteral("# Written by Marginalia: the types, relations and attributes this export uses.\n\n"
                                 "[entities]\n\n");
    for (const QString &e : std::as_const(entities))
        out += e + u'\n';
    out += QStringLiteral("\n[relations]\n\n");
    for (auto it = declared.relations.cbegin(); it != declared.relations.cend(); ++it) {
        out += QStringLiteral("%1\tArg1:%2, Arg2:%3").arg(it.key(), joined(it->first), joined(it->second));
        if (declared.equivalences.contains(it.key()))
            out += QStringLiteral(", <REL-TYPE>:symmetric-transitive");
        out += u'\n';
    }
    out += QStringLiteral("\n[events]\n\n[attributes]\n\n");
    for (auto it = declared.attributes.cbegin(); it != declared.attributes.cend(); ++it) {
        out += it.key() + QStringLiteral("\tArg:<ENTITY>");
        if (!it->isEmpty())
            out += QStringLiteral(", Value:") + joined(*it);
        out += u'\n';
    }
    return out;
}

} // namespace

QString typeName(const QString &name)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return name.trimmed().replace(spaces, QStringLiteral("_"));
}

QString baseName(const StoredArticle &article)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = article.documentId.isEmpty() ? QStringLiteral("article-%1").arg(article.id) : article.documentId;
    name.replace(unsafe, QStringLiteral("_"));
    if (name.startsWith(u'.'))
        name.prepend(u'_');
    return name;
}

Result<ExportReport> write(const ProjectSnapshot &snapshot, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return makeError(ExchangeText::tr("Cannot create the folder %1.").arg(folder));
    const QDir dir(folder);
    ExportReport report;
    Declarations declared;
    QSet<QString> used;
    FileSet files;
    for (const ArticleBundle &bundle : snapshot.articles) {
        QString base = baseName(bundle.article);
        if (used.contains(base.toLower()))
            base += QStringLiteral("-%1").arg(bundle.article.id);
        used.insert(base.toLower());
        AnnWriter writer(snapshot, bundle, declared, report);
        const QString ann = writer.write();
        if (Status s = files.add(dir.filePath(base + QStringLiteral(".txt")), bundle.article.text.toUtf8()); !s)
            return makeError(s.error());
        if (Status s = files.add(dir.filePath(base + QStringLiteral(".ann")), ann.toUtf8()); !s)
            return makeError(s.error());
        ++report.articles;
        report.annotations += int(bundle.annotations.size());
    }
    if (Status s = files.add(dir.filePath(QStringLiteral("annotation.conf")), configuration(declared).toUtf8()); !s)
        return makeError(s.error());
    if (Status s = files.commit(); !s)
        return makeError(s.error());
    return report;
}

} // namespace Marginalia::Exchange::BratExport
