#include "appdirs.h"

#include <QDir>
#include <QStandardPaths>

namespace Marginalia::AppDirs {

QString defaultProjectPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("default.marginalia"));
}

QStringList sampleArticles()
{
    return {QStringLiteral(":/marginalia/samples/fr-51.txt"), QStringLiteral(":/marginalia/samples/en-52.txt")};
}

QString defaultSampleArticle()
{
    return sampleArticles().constFirst();
}

} // namespace Marginalia::AppDirs
