#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace Marginalia::Translations {

QStringList searchPaths()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    QStringList paths;
    for (const QString &relative :
         {QStringLiteral("../share/marginalia/translations"), QStringLiteral("../translations")}) {
        const QString path = QDir::cleanPath(bin.filePath(relative));
        if (QFileInfo(path).isDir())
            paths << path;
    }
    return paths;
}

QString install(QCoreApplication &app, const QLocale &locale)
{
    // Parented to the application: they live as long as it does.
    QString found;
    // The user's language, else English: the sources are English, and
    // marginalia_en holds their plural forms ("1 finding", "2 findings").
    for (const QLocale &wanted : {locale, QLocale(QLocale::English)}) {
        for (const QString &path : searchPaths()) {
            auto *own = new QTranslator(&app);
            if (own->load(wanted, QStringLiteral("marginalia"), QStringLiteral("_"), path)) {
                QCoreApplication::installTranslator(own);
                found = own->language();
                break;
            }
            delete own;
        }
        if (!found.isEmpty())
            break;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace Marginalia::Translations
