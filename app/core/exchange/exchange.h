#pragma once
// Export in the formats the field uses. An export reads the project once
// (ProjectSnapshot: the articles, their annotations, notes and relations,
// the labels and entities) and hands the snapshot to the format's writer,
// which writes its files atomically (QSaveFile): a failed export never
// leaves half a file where a good one was.
//
// Offsets in every format are Unicode code points of the stored text, as in
// the project; a writer that needs another unit says so in its header.

#include "annotation.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Marginalia {

class ProjectStore;

namespace Exchange {

enum class Format { Jsonl, Csv, W3c, Mqm, Brat, Conll, ClaimReview, Html, Corrected };

struct FormatInfo {
    Format format;
    QString name; // as the CLI and the file names spell it: "csv"
    QString title; // for the export dialog
    QString extension; // of the file written, without the dot
    bool importable = false; // importFiles() reads it
};

const QList<FormatInfo> &formats();
std::optional<Format> formatNamed(const QString &name);
const FormatInfo &info(Format format);

struct ExportOptions {
    // Document ids ("fr-02") or article ids to export; empty: every article.
    QStringList documents;
    // Label names to export; empty: every label.
    QStringList labels;
    // CSV: a UTF-8 byte order mark, for spreadsheets that need it.
    bool byteOrderMark = false;
    // ClaimReview: who publishes the reviews, and the page they are on.
    QString reviewer;
    QString reviewUrl;
};

struct ArticleBundle {
    StoredArticle article; // with its text
    QList<Annotation> annotations; // by start, end, id; orphans included
    QList<Note> notes; // on the article and on its annotations
    QList<Relation> relations;
};

// One consistent read of what an export writes.
struct ProjectSnapshot {
    QList<Label> labels;
    QList<Entity> entities;
    QList<ArticleBundle> articles;
    QStringList equivalenceKinds; // see ProjectStore::equivalenceKinds()

    const Label *label(qint64 id) const;
    const Entity *entity(qint64 id) const;
    // The annotation with this id in `bundle`, or nullptr.
    static const Annotation *annotation(const ArticleBundle &bundle, qint64 id);

    // Reads the project; a document or label named in `options` that the
    // project does not have is an error, not an empty export.
    static Result<ProjectSnapshot> read(ProjectStore &store, const ExportOptions &options);

private:
    QHash<qint64, qsizetype> m_labelIndex;
    QHash<qint64, qsizetype> m_entityIndex;
    void index();
};

// The name an article's files get in an export folder: its document id (or
// "article-<id>") with every character that is not a letter, digit, '-',
// '_' or '.' replaced by '_', and no leading dot: a document id read from
// an imported file never names a path outside the folder.
QString fileStem(const StoredArticle &article);

struct ExportReport {
    int articles = 0;
    int annotations = 0;
    // Annotations the format cannot carry, one line each, saying which.
    QStringList dropped;
};

Result<ExportReport> exportProject(ProjectStore &store, Format format, const ExportOptions &options,
                                   const QString &outputPath);

struct ImportReport;
// Reads files of an importable format into the project, in one
// transaction. With `partial`, what can be read is imported and the rest
// reported; without, any problem leaves the project as it was.
Result<ImportReport> importFiles(ProjectStore &store, Format format, const QStringList &paths, bool partial = false);

} // namespace Exchange
} // namespace Marginalia
