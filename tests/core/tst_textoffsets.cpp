// Code-point offsets are the project's currency: these tests pin the
// conversion against emoji (surrogate pairs), flags (two code points) and
// combining marks (one code point each, never merged).

#include "textoffsets.h"

#include <QTest>

using Marginalia::TextOffsets;

class TestTextOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextIsIdentity()
    {
        const QString text = QStringLiteral("Kyiv et l’OTAN");
        const TextOffsets offsets(text);
        QCOMPARE(offsets.codePointCount(), text.size());
        for (qsizetype i = 0; i <= text.size(); ++i) {
            QCOMPARE(offsets.toCodePoint(i), i);
            QCOMPARE(offsets.toUtf16(i), i);
        }
    }

    void emojiAndFlags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("emoji") << QStringLiteral("a😀b😀c");
        QTest::newRow("flag") << QStringLiteral("🇫🇷 Paris 🇺🇦 Kyiv");
        QTest::newRow("zwj family") << QStringLiteral("x👩‍👩‍👧y");
        QTest::newRow("combining") << QStringLiteral("cafe\u0301 re\u0301sume\u0301");
        QTest::newRow("leading pair") << QStringLiteral("😀");
        QTest::newRow("empty") << QString();
    }

    void emojiAndFlags()
    {
        QFETCH(QString, text);
        const TextOffsets offsets(text);
        const QList<uint> ucs4 = text.toUcs4();
        QCOMPARE(offsets.codePointCount(), ucs4.size());
        // Walk the string: every code point start maps both ways.
        qsizetype utf16 = 0;
        for (qsizetype cp = 0; cp < ucs4.size(); ++cp) {
            QCOMPARE(offsets.toUtf16(cp), utf16);
            QCOMPARE(offsets.toCodePoint(utf16), cp);
            utf16 += QChar::requiresSurrogates(ucs4.at(cp)) ? 2 : 1;
        }
        QCOMPARE(offsets.toUtf16(ucs4.size()), text.size());
        QCOMPARE(offsets.toCodePoint(text.size()), ucs4.size());
    }

    void indexInsideSurrogatePairBelongsToItsCodePoint()
    {
        const TextOffsets offsets(QStringLiteral("a😀b"));
        QCOMPARE(offsets.toCodePoint(2), 1); // low surrogate of 😀
        QCOMPARE(offsets.toCodePoint(3), 2); // b
    }

    void outOfRangeClamps()
    {
        const TextOffsets offsets(QStringLiteral("a😀"));
        QCOMPARE(offsets.toUtf16(99), 3);
        QCOMPARE(offsets.toUtf16(-5), 0);
        QCOMPARE(offsets.toCodePoint(99), 2);
    }
};

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
