#pragma once
// Guesses an article's language when neither the user nor an `xx-NN` line
// says it: Sonnet's GuessLanguage where Sonnet is the backend, else each
// installed dictionary votes with the words it accepts.

#include <QString>

namespace Marginalia::LanguageGuess {

// A dictionary code ("fr_FR"), or empty if no dictionary is installed.
QString guess(const QString &text);

} // namespace Marginalia::LanguageGuess
