#pragma once
// SpellBackend over KDE Sonnet (KF6 SonnetCore). Sonnet picks its own plugin
// (normally its Hunspell plugin) and dictionary files.

#include "spellbackend.h"

#include <memory>

namespace Sonnet {
class Speller;
}

namespace Marginalia {

class SonnetBackend final : public SpellBackend
{
public:
    static QStringList availableLanguages();
    static Result<std::unique_ptr<SpellBackend>> create(const QString &code);

    ~SonnetBackend() override;

    QString backendName() const override { return QStringLiteral("sonnet"); }
    QString dictionary() const override;
    QString language() const override { return m_code; }
    bool isCorrect(const QString &word) const override;
    QStringList suggest(const QString &word) const override;
    void addWord(const QString &word) override;

private:
    SonnetBackend() = default;

    std::unique_ptr<Sonnet::Speller> m_speller;
    QString m_code;
};

} // namespace Marginalia
