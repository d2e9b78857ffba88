#pragma once
// What every importer fuzz target shares: the input written to a file the
// importer reads (importers read files, as users give them), in a folder
// made once per process; and the check that whatever an importer hands on
// lies inside its article.

#include "exchange/importbatch.h"
#include "textoffsets.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdlib>

namespace Marginalia::Fuzz {

inline QString writeInput(const QString &name, const QByteArray &bytes)
{
    static QTemporaryDir folder;
    const QString path = folder.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
    return path;
}

// Aborts (a finding) when an annotation of the batch is not a range of its
// article's code points.
inline void requireSpansInsideArticles(const Exchange::ImportBatch &batch)
{
    for (const Exchange::ImportedArticle &article : batch.articles) {
        const qint64 length = TextOffsets(article.article.text).codePointCount();
        for (const Exchange::ImportedAnnotation &a : article.annotations) {
            if (a.start < 0 || a.end < a.start || a.end > length)
                std::abort();
        }
    }
}

} // namespace Marginalia::Fuzz
