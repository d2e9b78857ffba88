#pragma once
// The files of one export, written together: a brat folder's .txt, .ann and
// annotation.conf, an MQM table and its scores, a folder of corrected texts.
//
// Each file is written under a hidden name beside its own, then commit()
// flushes them all to disk at once and renames each over its final name.
// Until commit() the files already there are untouched, and a FileSet that
// is destroyed without commit() removes what it wrote. QSaveFile gives the
// same for one file, but syncs each: for the 2,000 files of a brat export
// of 1,000 articles the syncs were most of the time.

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Marginalia::Exchange {

class FileSet
{
public:
    FileSet() = default;
    ~FileSet();
    FileSet(const FileSet &) = delete;
    FileSet &operator=(const FileSet &) = delete;

    // Writes `contents` to be `path` at commit(). The folder must exist.
    Status add(const QString &path, const QByteArray &contents);
    // Makes every added file durable, then puts each in its place. A
    // failure before the renames leaves every file as it was; a rename
    // that fails leaves the files renamed before it in place (each whole).
    Status commit();

private:
    void discard();

    struct Pending {
        QString temporary;
        QString path;
    };
    QList<Pending> m_pending;
};

} // namespace Marginalia::Exchange
