#pragma once
// The article body as the rules see it: paragraphs (non-empty lines), word
// tokens with their position in the sentence, and the document's own
// vocabulary. Built once per check; all positions are UTF-16 indexes into
// the body (the Checker converts findings to code points at the end).

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace Marginalia::Rules {

enum class SentencePosition {
    Start, // first word of a paragraph or after . ! ? …
    Optional, // after a colon or an opening quote: a capital may or may not follow
    Middle,
};

struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    int paragraph = 0;
    SentencePosition position = SentencePosition::Middle;

    bool isCapitalised() const { return !text.isEmpty() && text.front().isUpper(); }
    bool isAllCaps() const;
    bool hasDigit() const { return digit; }

    bool digit = false; // set once by Document: the rules ask for every token
};

struct Paragraph {
    qsizetype start = 0;
    qsizetype end = 0; // exclusive, before the line break
};

class Document final
{
public:
    explicit Document(QStringView body);

    QStringView body() const { return m_body; }
    const QList<Word> &words() const { return m_words; }
    const QList<Paragraph> &paragraphs() const { return m_paragraphs; }

    // How often this exact form occurs as a whole token (after any elided
    // prefix: "l’OTAN" counts for "OTAN").
    int count(const QString &form) const { return m_counts.value(form); }
    // How often the form occurs capitalised in the middle of a sentence.
    int midSentenceCount(const QString &form) const { return m_midSentence.value(form); }

    // The text of `word` without an elided prefix ("l’OTAN" -> "OTAN").
    static QString withoutElision(const QString &word, qsizetype *prefixLength = nullptr);
    // The length of the elided prefix with its apostrophe ("l’" -> 2), or 0.
    static qsizetype elisionLength(QStringView word);

private:
    SentencePosition positionOf(qsizetype start, qsizetype paragraphStart) const;

    QStringView m_body;
    QList<Word> m_words;
    QList<Paragraph> m_paragraphs;
    QHash<QString, int> m_counts;
    QHash<QString, int> m_midSentence;
};

} // namespace Marginalia::Rules
