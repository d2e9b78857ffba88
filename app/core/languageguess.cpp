#include "languageguess.h"

#include "spellbackend.h"
#include "spelllanguages.h"
#include "tokenizer.h"

#include <QLocale>
#include <QSet>

#if defined(MARGINALIA_WITH_SONNET)
#include <Sonnet/GuessLanguage>
#endif

namespace Marginalia::LanguageGuess {

namespace {
constexpr qsizetype SampleWords = 150;
}

QString guess(const QString &text)
{
#if defined(MARGINALIA_WITH_SONNET)
    // Sonnet's trigram models and dictionary vote, limited to the installed
    // dictionaries, as its own highlighter does.
    Sonnet::GuessLanguage guesser;
    guesser.setLimits(5, 0.1);
    const QString guessed = guesser.identify(text.left(4000), SpellBackends::availableLanguages());
    if (!guessed.isEmpty()) {
        const QString code = SpellBackends::resolveLanguage(guessed);
        if (!code.isEmpty())
            return code;
    }
#endif
    QStringList sample;
    for (const Token &token : Tokenizer::words(text)) {
        const QString word = text.mid(token.start, token.end - token.start);
        if (word.front().isLetter())
            sample << word;
        if (sample.size() >= SampleWords)
            break;
    }

    // One dictionary per language is enough to vote.
    const QStringList available = SpellBackends::availableLanguages();
    QSet<QString> seen;
    QString best;
    qsizetype bestScore = -1;
    for (const QString &code : available) {
        const QString lang = SpellLanguages::languagePart(code);
        if (seen.contains(lang))
            continue;
        seen.insert(lang);
        auto backend = SpellBackends::create(lang);
        if (!backend)
            continue;
        qsizetype score = 0;
        for (const QString &word : std::as_const(sample))
            score += (*backend)->isCorrect(word) ? 1 : 0;
        if (score > bestScore) {
            bestScore = score;
            best = (*backend)->language();
        }
    }
    if (bestScore <= 0) {
        const QString system = SpellBackends::resolveLanguage(QLocale::system().name());
        if (!system.isEmpty())
            return system;
    }
    return best;
}

} // namespace Marginalia::LanguageGuess
