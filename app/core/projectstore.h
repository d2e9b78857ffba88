#pragma once
// The project file: one SQLite database holding the articles' text, their
// metadata, the label schema and the annotations. Every write is its own
// committed transaction, so what the UI shows is on disk.

#include "annotation.h"
#include "article.h"
#include "database.h"
#include "result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Marginalia {

class ProjectStore final
{
public:
    // 'MRGN': marks a SQLite file as a Marginalia project.
    static constexpr qint32 ApplicationId = 0x4D52474E;
    // 1: articles, labels, annotations. 2: project dictionary, ignored findings.
    static constexpr int SchemaVersion = 2;
    static inline const QString FileSuffix = QStringLiteral("marginalia");

    // Opens a project, creating it when the file does not exist. Refuses
    // files that are not Marginalia projects or come from a newer version,
    // without modifying them.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path);

    QString path() const { return m_path; }

    // Stores the article unless one with the same text is already there;
    // returns its id either way.
    Result<qint64> importArticle(const Article &article);
    Result<StoredArticle> article(qint64 id);
    Result<QList<StoredArticle>> articles(); // without text
    Result<std::optional<qint64>> findArticleBySha256(const QString &sha256);

    Result<QList<Label>> labels();
    Result<QList<Annotation>> annotations(qint64 articleId);
    Result<QList<Annotation>> allAnnotations();
    Result<Annotation> annotation(qint64 id);

    // Inserts `a`; when a.id is non-zero that id is reused (redo after undo).
    Result<qint64> insertAnnotation(const Annotation &a);
    Status deleteAnnotation(qint64 id);

    // The project dictionary: words accepted in every article of the project.
    Result<QSet<QString>> dictionaryWords();
    Status addDictionaryWord(const QString &word);
    Status removeDictionaryWord(const QString &word);

    // Findings the user dismissed for one article.
    Result<QList<IgnoredFinding>> ignoredFindings(qint64 articleId);
    Status addIgnoredFinding(qint64 articleId, const IgnoredFinding &finding);

    Result<QString> setting(const QString &key);
    Status setSetting(const QString &key, const QString &value);

private:
    ProjectStore(Database db, QString path);
    Status configure();
    Status setApplicationId();
    Status migrate(int fromVersion);

    Database m_db;
    QString m_path;
};

} // namespace Marginalia
