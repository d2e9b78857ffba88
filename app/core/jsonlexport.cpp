#include "jsonlexport.h"

#include "projectstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Marginalia::JsonlExport {

Result<qsizetype> write(ProjectStore &store, const QString &outputPath)
{
    auto articles = store.articles();
    auto labels = store.labels();
    auto annotations = store.allAnnotations();
    if (!articles || !labels || !annotations)
        return makeError(!articles ? articles.error() : !labels ? labels.error() : annotations.error());

    QHash<qint64, StoredArticle> articleById;
    for (const StoredArticle &a : std::as_const(*articles))
        articleById.insert(a.id, a);
    QHash<qint64, QString> labelName;
    for (const Label &l : std::as_const(*labels))
        labelName.insert(l.id, l.name);

    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            QCoreApplication::translate("Export", "Cannot write %1: %2").arg(outputPath, file.errorString()));
    for (const Annotation &a : std::as_const(*annotations)) {
        const StoredArticle &article = articleById.value(a.articleId);
        const QJsonObject line{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("document"), article.documentId.isEmpty() ? article.title : article.documentId},
            {QStringLiteral("article_sha256"), article.sha256},
            {QStringLiteral("start"), a.start},
            {QStringLiteral("end"), a.end},
            {QStringLiteral("text"), a.quote},
            {QStringLiteral("label"), labelName.value(a.labelId)},
            {QStringLiteral("created"), a.created.toString(Qt::ISODateWithMs)},
        };
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact));
        file.write("\n");
    }
    if (!file.commit())
        return makeError(
            QCoreApplication::translate("Export", "Cannot write %1: %2").arg(outputPath, file.errorString()));
    return annotations->size();
}

} // namespace Marginalia::JsonlExport
