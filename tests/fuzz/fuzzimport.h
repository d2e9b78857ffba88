#pragma once
// What every importer fuzz target shares: the input written to a file the
// importer reads (importers read files, as users give them), in a folder
// made once per process.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

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

} // namespace Marginalia::Fuzz
