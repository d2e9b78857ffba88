// marginalia-cli: the headless side of Marginalia. It links the same core as
// the window, so `check` finds exactly what the app underlines.

#include "clicommands.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marginalia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
    Marginalia::Translations::install(app);
    return Marginalia::Cli::run(QCoreApplication::arguments());
}
