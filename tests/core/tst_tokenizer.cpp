// The tokenizer decides what the spell backend sees: elisions and hyphenated
// forms stay whole, addresses are skipped.

#include "tokenizer.h"

#include <QTest>

using namespace Marginalia;

namespace {
QStringList words(const QString &text)
{
    QStringList out;
    for (const Token &t : Tokenizer::words(text))
        out << text.mid(t.start, t.end - t.start);
    return out;
}
} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsElisionsAndHyphensInside()
    {
        QCOMPARE(words(QStringLiteral("l’OTAN, qu'il dit: Ruttea-t-il ?")),
                 (QStringList{QStringLiteral("l’OTAN"), QStringLiteral("qu'il"), QStringLiteral("dit"),
                              QStringLiteral("Ruttea-t-il")}));
    }

    void splitsOnPunctuationAndQuotes()
    {
        QCOMPARE(words(QStringLiteral("« Bonjour » -moins- russes. territoire")),
                 (QStringList{QStringLiteral("Bonjour"), QStringLiteral("moins"), QStringLiteral("russes"),
                              QStringLiteral("territoire")}));
    }

    void skipsAddresses()
    {
        QCOMPARE(words(QStringLiteral("Voir https://exemple.org/a_b?x=1 ou presse@exemple.org demain")),
                 (QStringList{QStringLiteral("Voir"), QStringLiteral("ou"), QStringLiteral("demain")}));
    }

    void countsUtf16AroundEmoji()
    {
        const QString text = QStringLiteral("😀 Kyiv");
        const auto tokens = Tokenizer::words(text);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.first().start, 3);
        QCOMPARE(tokens.first().end, 7);
    }

    void snapsSloppySelectionsToWholeWords_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("expected");
        // "en présence des élus du Syndicat mixte des transports"
        QTest::newRow("inside both ends") << 4 << 40 << QStringLiteral("présence des élus du Syndicat mixte des");
        QTest::newRow("already whole") << 3 << 11 << QStringLiteral("présence");
        QTest::newRow("spaces trimmed") << 2 << 12 << QStringLiteral("présence");
        QTest::newRow("only spaces") << 2 << 3 << QString();
    }

    void snapsSloppySelectionsToWholeWords()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, expected);
        const QString text = QStringLiteral("en présence des élus du Syndicat mixte des transports");
        const Token t = Tokenizer::snapToWords(text, start, end);
        QCOMPARE(text.mid(t.start, t.end - t.start), expected);
    }

    void snapKeepsElisionsAndHyphenatedWordsWhole()
    {
        const QString text = QStringLiteral("de l’OTAN, a-t-il dit");
        Token t = Tokenizer::snapToWords(text, 6, 8); // "TA"
        QCOMPARE(text.mid(t.start, t.end - t.start), QStringLiteral("l’OTAN"));
        t = Tokenizer::snapToWords(text, 13, 14); // "t"
        QCOMPARE(text.mid(t.start, t.end - t.start), QStringLiteral("a-t-il"));
    }

    void keepsCombiningMarksInTheWord()
    {
        QCOMPARE(words(QStringLiteral("re\u0301sume\u0301 final")),
                 (QStringList{QStringLiteral("re\u0301sume\u0301"), QStringLiteral("final")}));
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
