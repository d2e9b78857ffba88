#pragma once
// Where Marginalia keeps things by default.

#include <QString>
#include <QStringList>

namespace Marginalia::AppDirs {

// The project opened when none is named: <AppDataLocation>/default.marginalia,
// i.e. ~/.local/share/marginalia/default.marginalia (no organisation folder:
// the applications set no organisation name).
QString defaultProjectPath();

// The bundled sample articles (Qt resource paths).
QStringList sampleArticles();
// The sample opened on first start.
QString defaultSampleArticle();

} // namespace Marginalia::AppDirs
