#include "languageguess.h"

#include "spellbackend.h"
#include "spelllanguages.h"
#include "tokenizer.h"

#include <QLocale>
#include <QSet>

namespace Marginalia::LanguageGuess {

namespace {
constexpr qsizetype SampleWords = 150;
}

QString guess(const QString &text)
{
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
