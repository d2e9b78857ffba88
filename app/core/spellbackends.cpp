#include "spellbackend.h"

#include "spelllanguages.h"

#include <QCoreApplication>

#if defined(MARGINALIA_WITH_SONNET)
#include "sonnetbackend.h"
using CompiledBackend = Marginalia::SonnetBackend;
#else
#include "hunspellbackend.h"
using CompiledBackend = Marginalia::HunspellBackend;
#endif

namespace Marginalia::SpellBackends {

QString compiledBackend()
{
#if defined(MARGINALIA_WITH_SONNET)
    return QStringLiteral("sonnet");
#else
    return QStringLiteral("hunspell");
#endif
}

QStringList availableLanguages()
{
    return CompiledBackend::availableLanguages();
}

QString resolveLanguage(const QString &requested)
{
    return SpellLanguages::pick(requested, availableLanguages());
}

Result<std::unique_ptr<SpellBackend>> create(const QString &language)
{
    const QString code = resolveLanguage(language);
    if (code.isEmpty()) {
        return makeError(
            QCoreApplication::translate("SpellBackend", "No %1 dictionary for language \"%2\". Installed: %3.")
                .arg(compiledBackend(), language, availableLanguages().join(QStringLiteral(", "))));
    }
    return CompiledBackend::create(code);
}

} // namespace Marginalia::SpellBackends
