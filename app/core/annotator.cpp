#include "annotator.h"

#include "annotationcommands.h"
#include "projectstore.h"
#include "textoffsets.h"

#include <QCoreApplication>

namespace Marginalia {

Annotator::Annotator(ProjectStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

Annotator::~Annotator() = default;

Result<QString> Annotator::articleText(qint64 articleId)
{
    if (auto it = m_textCache.constFind(articleId); it != m_textCache.cend())
        return *it;
    auto article = m_store.article(articleId);
    if (!article)
        return makeError(article.error());
    m_textCache.insert(articleId, article->text);
    return article->text;
}

Result<qint64> Annotator::addAnnotation(qint64 articleId, qint64 labelId, qint64 start, qint64 end)
{
    auto text = articleText(articleId);
    if (!text)
        return makeError(text.error());
    const TextOffsets offsets(*text);
    if (start < 0 || end <= start || end > offsets.codePointCount())
        return makeError(tr("The span %1–%2 is not inside the article (%3 characters).")
                             .arg(start)
                             .arg(end)
                             .arg(offsets.codePointCount()));
    auto labels = m_store.labels();
    if (!labels)
        return makeError(labels.error());
    const auto label =
        std::find_if(labels->cbegin(), labels->cend(), [labelId](const Label &l) { return l.id == labelId; });
    if (label == labels->cend())
        return makeError(tr("There is no label %1 in this project.").arg(labelId));

    const qsizetype from = offsets.toUtf16(start);
    const qsizetype to = offsets.toUtf16(end);
    const qsizetype prefixFrom = offsets.toUtf16(std::max<qint64>(0, start - QuoteContext));
    const qsizetype suffixTo = offsets.toUtf16(end + QuoteContext);

    Annotation a;
    a.articleId = articleId;
    a.labelId = labelId;
    a.start = start;
    a.end = end;
    a.quote = text->mid(from, to - from);
    a.prefix = text->mid(prefixFrom, from - prefixFrom);
    a.suffix = text->mid(to, suffixTo - to);
    a.author = m_author;
    a.created = a.modified = QDateTime::currentDateTimeUtc();

    auto id = insert(a);
    if (!id)
        return id;
    a.id = *id;
    m_undoStack.push(new AddAnnotationCommand(*this, a, label->name));
    return *id;
}

Status Annotator::removeAnnotation(qint64 annotationId)
{
    auto a = m_store.annotation(annotationId);
    if (!a)
        return makeError(a.error());
    if (Status s = remove(*a); !s)
        return s;
    m_undoStack.push(new RemoveAnnotationCommand(*this, *a));
    return {};
}

Status Annotator::removeAnnotations(const QList<qint64> &annotationIds)
{
    if (annotationIds.size() == 1)
        return removeAnnotation(annotationIds.constFirst());
    m_undoStack.beginMacro(tr("Remove %n tag(s)", nullptr, int(annotationIds.size())));
    Status status;
    for (qint64 id : annotationIds) {
        status = removeAnnotation(id);
        if (!status)
            break;
    }
    m_undoStack.endMacro();
    return status;
}

Result<qint64> Annotator::insert(const Annotation &annotation)
{
    auto id = m_store.insertAnnotation(annotation);
    if (!id)
        return id;
    Annotation stored = annotation;
    stored.id = *id;
    Q_EMIT annotationAdded(stored);
    return id;
}

Status Annotator::remove(const Annotation &annotation)
{
    if (Status s = m_store.deleteAnnotation(annotation.id); !s)
        return s;
    Q_EMIT annotationRemoved(annotation.id, annotation.articleId);
    return {};
}

} // namespace Marginalia
