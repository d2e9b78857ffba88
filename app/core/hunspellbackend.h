#pragma once
// SpellBackend over libhunspell, reading Debian's dictionaries from
// /usr/share/hunspell (and the other usual places).

#include "spellbackend.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <memory>

class Hunspell;

namespace Marginalia {

class HunspellBackend final : public SpellBackend
{
public:
    // The directories searched for <code>.aff/<code>.dic, in order.
    static QStringList searchPaths();
    static QStringList availableLanguages();
    static Result<std::unique_ptr<SpellBackend>> create(const QString &code);

    ~HunspellBackend() override;

    QString backendName() const override { return QStringLiteral("hunspell"); }
    QString dictionary() const override { return m_dicPath; }
    QString language() const override { return m_code; }
    bool isCorrect(const QString &word) const override;
    QStringList suggest(const QString &word) const override;
    void addWord(const QString &word) override;

private:
    HunspellBackend() = default;
    std::string encode(const QString &word) const;

    struct HunspellDeleter {
        void operator()(Hunspell *h) const;
    };
    std::unique_ptr<Hunspell, HunspellDeleter> m_hunspell;
    QString m_code;
    QString m_dicPath;
    mutable QStringEncoder m_encoder;
    mutable QStringDecoder m_decoder;
};

} // namespace Marginalia
