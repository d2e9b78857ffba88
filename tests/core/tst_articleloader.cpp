// The loader fixes what every offset means: BOM dropped, LF line endings,
// invalid bytes replaced (and reported), the `xx-NN` line kept as metadata,
// HTML turned into text without loading anything. Bad input (binary files,
// huge files, deep HTML, UTF-16 without a BOM, stray NULs) gets a message,
// never a crash or a hang.

#include "articleloader.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

class TestArticleLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write fixture %s", qPrintable(path));
        return path;
    }

    // Bytes no text file holds; a fixed seed, so that a failure repeats.
    static QByteArray noise(qsizetype size)
    {
        QRandomGenerator generator(8);
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(generator.bounded(256));
        return bytes;
    }

    static QString comment(const QString &mimeType) { return QMimeDatabase().mimeTypeForName(mimeType).comment(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsTitleLanguageAndDocumentId()
    {
        auto a = ArticleLoader::loadFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt"));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(
            a->title,
            QStringLiteral("Le ministre 🇫🇷 a rencontré les représentants de l’OTANet de l’Union européenne à Paris"));
        QCOMPARE(a->language, QStringLiteral("fr"));
        QCOMPARE(a->documentId, QStringLiteral("fr-07"));
        QCOMPARE(a->sourceFormat, QStringLiteral("txt"));
        QVERIFY(a->warnings.isEmpty());
        // The stored text is the whole file; the body stops before the id line.
        QVERIFY(a->text.endsWith(QStringLiteral("\n\nfr-07\n")));
        const QString body = a->text.left(TextOffsets(a->text).toUtf16(a->bodyLength));
        QVERIFY(body.endsWith(QStringLiteral("de l’OTAN.")));
    }

    void dropsBomAndNormalisesLineEndings()
    {
        const QString path = write(QStringLiteral("crlf.txt"), "\xEF\xBB\xBFTitre\r\n\r\nUn\rDeux\r\n\r\nen-03\r\n");
        auto a = ArticleLoader::loadFile(path);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->text, QStringLiteral("Titre\n\nUn\nDeux\n\nen-03\n"));
        QCOMPARE(a->title, QStringLiteral("Titre"));
        QCOMPARE(a->language, QStringLiteral("en"));
        QCOMPARE(a->bodyLength, qint64(QStringLiteral("Titre\n\nUn\nDeux").size()));
    }

    void replacesInvalidUtf8AndSaysSo()
    {
        const QString path = write(QStringLiteral("bad.txt"), "Caf\xC3\n\nbon \xFF\xFE jour\n");
        auto a = ArticleLoader::loadFile(path);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QVERIFY(a->text.contains(QChar::ReplacementCharacter));
        QCOMPARE(a->warnings.size(), 1);
        QVERIFY(a->warnings.first().contains(QStringLiteral("UTF-8")));
    }

    void withoutIdLineTheBodyIsEverything()
    {
        const QString path = write(QStringLiteral("plain.txt"), "Headline\n\nBody text ends here.\n");
        auto a = ArticleLoader::loadFile(path);
        QVERIFY(a.ok());
        QVERIFY(a->language.isEmpty());
        QVERIFY(a->documentId.isEmpty());
        QCOMPARE(a->bodyLength, qint64(QStringLiteral("Headline\n\nBody text ends here.").size()));
    }

    void idLookalikesInTheBodyAreText()
    {
        // Only a last line of exactly `xx-NN` is metadata.
        const QString path = write(QStringLiteral("look.txt"), "Titre\n\nfr-02 est un code.\n");
        auto a = ArticleLoader::loadFile(path);
        QVERIFY(a.ok());
        QVERIFY(a->documentId.isEmpty());
    }

    void markdownTitleLosesItsMarks()
    {
        const QString path = write(QStringLiteral("a.md"), "# Le titre\n\nTexte.\n\nfr-09\n");
        auto a = ArticleLoader::loadFile(path);
        QVERIFY(a.ok());
        QCOMPARE(a->sourceFormat, QStringLiteral("md"));
        QCOMPARE(a->title, QStringLiteral("Le titre"));
        QCOMPARE(a->documentId, QStringLiteral("fr-09"));
    }

    // Without a QGuiApplication (this suite, like marginalia-cli, has only a
    // QCoreApplication) Qt's HTML parser crashed at the fixed-pitch elements
    // (found by fuzz_article): their text comes through, each line of a
    // <pre> a paragraph.
    void fixedPitchElementsNeedNoGuiApplication()
    {
        const QString path = write(QStringLiteral("code.html"),
                                   "<html><body><p>Le <tt>titre</tt></p><p>Un <code>x()</code>, <kbd>Ctrl</kbd>, "
                                   "<samp>ok</samp>, <TT>fin</TT>.</p><pre>ligne un\n  ligne deux</pre>"
                                   "<p>fr-11</p></body></html>");
        auto a = ArticleLoader::loadFile(path);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->title, QStringLiteral("Le titre"));
        QVERIFY2(a->text.contains(QStringLiteral("Un x(), Ctrl, ok, fin.")), qPrintable(a->text));
        QVERIFY2(a->text.contains(QStringLiteral("ligne un\n\nligne deux")), qPrintable(a->text));
        QCOMPARE(a->documentId, QStringLiteral("fr-11"));
    }

    void htmlBecomesTextWithoutLoadingResources()
    {
        const QString secret = write(QStringLiteral("secret.css"), "p { color: red }\n");
        const QByteArray html = "<!DOCTYPE html><html><head><title>Le titre</title>"
                                "<link rel=\"stylesheet\" type=\"text/css\" href=\"secret.css\">"
                                "<link rel=\"stylesheet\" type=\"text/css\" href=\"file://"
            + secret.toUtf8()
            + "\"></head><body>"
              "<script>document.write(1)</script><h1>Le titre</h1><p>Premier <b>paragraphe</b>.<img "
              "src=\"http://example.invalid/x.png\">"
              "<img src=\"file:///dev/zero\"></p><p>Second<br>ligne.</p><p>fr-04</p></body></html>";
        const QString path = write(QStringLiteral("page.html"), html);
        auto a = ArticleLoader::loadFile(path);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->sourceFormat, QStringLiteral("html"));
        QCOMPARE(a->text, QStringLiteral("Le titre\n\nPremier paragraphe.\n\nSecond\nligne.\n\nfr-04\n"));
        QCOMPARE(a->title, QStringLiteral("Le titre"));
        QCOMPARE(a->documentId, QStringLiteral("fr-04"));
        // The style sheets and images were asked for and refused.
        QVERIFY(!a->warnings.isEmpty());
    }

    void refusesBinaryFilesNamingThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("looksLike");
        QTest::newRow("PNG") << QStringLiteral("picture.txt")
                             << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + noise(4000)
                             << comment(QStringLiteral("image/png"));
        QTest::newRow("ZIP") << QStringLiteral("archive.md")
                             << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) + noise(4000)
                             << comment(QStringLiteral("application/zip"));
        QTest::newRow("PDF") << QStringLiteral("paper.txt") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") + noise(4000)
                             << comment(QStringLiteral("application/pdf"));
        // Neither a known format nor text.
        QTest::newRow("noise") << QStringLiteral("notes.txt") << noise(4000) << QStringLiteral("binary data");
        // Text with a NUL every fourth byte is no longer text with stray NULs.
        QByteArray nulRidden;
        for (int i = 0; i < 1000; ++i)
            nulRidden += QByteArray("abc\0", 4);
        QTest::newRow("NULs") << QStringLiteral("nuls.txt") << nulRidden << QStringLiteral("binary data");
    }

    void refusesBinaryFilesNamingThem()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, looksLike);
        const QString path = write(name, bytes);
        auto a = ArticleLoader::loadFile(path);
        QVERIFY(!a.ok());
        QCOMPARE(a.error(),
                 QStringLiteral("%1 is not a text file (it looks like %2).")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), looksLike));
    }

    void refusesAProgram()
    {
        // The test itself is an executable (ELF, Mach-O or PE, as the platform has it).
        const QString path = m_dir.filePath(QStringLiteral("ls.txt"));
        QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), path));
        const QString looksLike =
            QMimeDatabase()
                .mimeTypeForFile(QCoreApplication::applicationFilePath(), QMimeDatabase::MatchContent)
                .comment();
        auto a = ArticleLoader::loadFile(path);
        QVERIFY(!a.ok());
        QVERIFY2(a.error().contains(QStringLiteral("ls.txt is not a text file (it looks like %1).").arg(looksLike)),
                 qPrintable(a.error()));
    }

    void fromBytesRefusesBinaryDataWithoutAPath()
    {
        auto a = ArticleLoader::fromBytes(noise(100), QStringLiteral("txt"));
        QVERIFY(!a.ok());
        QVERIFY2(a.error().startsWith(QStringLiteral("The input is not a text file")), qPrintable(a.error()));
    }

    void readsUtf16_data()
    {
        QTest::addColumn<QStringConverter::Encoding>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("text");
        const QString mixed =
            QStringLiteral("Заголовок статті\n\nТекст українською, with some English. ❤ 🇺🇦\n\nuk-05\n");
        // Mostly Cyrillic: only the spaces and punctuation have a zero byte.
        const QString cyrillic =
            QStringLiteral("Міністр зустрівся з представниками\n\nУ четвер міністр закордонних "
                           "справ зустрівся з представниками НАТО та Європейського союзу.\n\nuk-06\n");
        QTest::newRow("LE, BOM") << QStringConverter::Utf16LE << true << mixed;
        QTest::newRow("BE, BOM") << QStringConverter::Utf16BE << true << mixed;
        QTest::newRow("LE, no BOM") << QStringConverter::Utf16LE << false << mixed;
        QTest::newRow("BE, no BOM") << QStringConverter::Utf16BE << false << mixed;
        QTest::newRow("LE, no BOM, Cyrillic") << QStringConverter::Utf16LE << false << cyrillic;
        QTest::newRow("BE, no BOM, Cyrillic") << QStringConverter::Utf16BE << false << cyrillic;
    }

    void readsUtf16()
    {
        QFETCH(QStringConverter::Encoding, encoding);
        QFETCH(bool, bom);
        QFETCH(QString, text);
        QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        const QByteArray bytes = encoder.encode(text);
        auto a = ArticleLoader::loadFile(write(QStringLiteral("utf16.txt"), bytes));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->text, text);
        QCOMPARE(a->title, text.section(QLatin1Char('\n'), 0, 0));
        QCOMPARE(a->language, QStringLiteral("uk"));
        if (bom) {
            QCOMPARE(a->warnings, QStringList());
        } else {
            const QString name = QString::fromLatin1(QStringConverter::nameForEncoding(encoding));
            QCOMPARE(a->warnings,
                     QStringList{QStringLiteral("The file was read as %1 without a byte order mark.").arg(name)});
        }
    }

    void removesStrayNulBytesAndCountsThem()
    {
        // Two NULs in the text (one near the start, where MIME sniffing
        // looks), and the zeros a crash can leave at the end of a file.
        const QByteArray bytes = QByteArray("Ti\0tre\n\nUn\0 deux.\n\nfr-02\n", 25) + QByteArray(100, '\0');
        auto a = ArticleLoader::loadFile(write(QStringLiteral("nul.txt"), bytes));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->text, QStringLiteral("Titre\n\nUn deux.\n\nfr-02\n"));
        QCOMPARE(a->title, QStringLiteral("Titre"));
        QCOMPARE(a->documentId, QStringLiteral("fr-02"));
        QCOMPARE(a->warnings, QStringList{QStringLiteral("102 NUL byte(s) were removed from the text.")});
    }

    void formFeedIsStillText()
    {
        // A control character near the start makes the MIME database say
        // "unknown"; the text is read all the same.
        auto a = ArticleLoader::loadFile(write(QStringLiteral("ff.txt"), "Titre\f\n\nTexte.\n"));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->text, QStringLiteral("Titre\f\n\nTexte.\n"));
    }

    void mixedLineEndingsBecomeLf()
    {
        const QByteArray bytes = "Titre\r\n\r\nUn\rDeux\nTrois\r\rQuatre\n\r\nCinq\r\n\r\nfr-06\r";
        auto a = ArticleLoader::loadFile(write(QStringLiteral("mixed.txt"), bytes));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->text, QStringLiteral("Titre\n\nUn\nDeux\nTrois\n\nQuatre\n\nCinq\n\nfr-06\n"));
        QCOMPARE(a->title, QStringLiteral("Titre"));
        QCOMPARE(a->documentId, QStringLiteral("fr-06"));
        QCOMPARE(a->bodyLength, qint64(QStringLiteral("Titre\n\nUn\nDeux\nTrois\n\nQuatre\n\nCinq").size()));
    }

    void fiveMegabyteLineLoads_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("suffix");
        QTest::newRow("txt, one line") << QStringLiteral("line.txt") << QByteArray() << QByteArray();
        QTest::newRow("txt, id line") << QStringLiteral("line.txt") << QByteArray() << QByteArray("\n\nfr-11\n");
        QTest::newRow("md, id line") << QStringLiteral("line.md") << QByteArray("# ") << QByteArray("\n\nfr-11\n");
    }

    void fiveMegabyteLineLoads()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, suffix);
        const QByteArray words = "Le ministre a rencontré 👩‍👩‍👧 les représentants ";
        QByteArray line;
        while (line.size() < 5 * 1024 * 1024)
            line += words;
        const QString path = write(name, prefix + line + suffix);
        // No timing here (speed is the benchmarks' business): a quadratic scan
        // of 5 MB would take hours, and the suite's per-function timeout
        // (QTEST_FUNCTION_TIMEOUT, two minutes) fails it.
        auto a = ArticleLoader::loadFile(path);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        const QString text = QString::fromUtf8(line);
        QCOMPARE(a->text.size(), prefix.size() + text.size() + suffix.size());
        // The title is the start of the line, cut between two graphemes.
        QVERIFY2(a->title.size() <= 301, qPrintable(QString::number(a->title.size())));
        QVERIFY(a->title.endsWith(QChar(u'…')));
        QVERIFY(text.startsWith(a->title.chopped(1)));
        QCOMPARE(a->documentId, suffix.isEmpty() ? QString() : QStringLiteral("fr-11"));
    }

    void refusesHugeFilesBeforeReading()
    {
        // A sparse file: 200 MB long, next to nothing on disk.
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Titre\n\n");
        QVERIFY(file.resize(200 * 1024 * 1024));
        file.close();
        auto a = ArticleLoader::loadFile(path);
        QVERIFY(!a.ok());
        QVERIFY2(a.error().contains(QStringLiteral("too large (200 MB)")), qPrintable(a.error()));
        QVERIFY(a.error().startsWith(path));
    }

    void keepsRightToLeftTextAndEmojiUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("documentId");
        QTest::addColumn<QString>("body");
        const auto row = [](const char *name, const QString &title, const QString &body, const QString &id) {
            QTest::newRow(name) << title + QStringLiteral("\n\n") + body + QStringLiteral("\n\n") + id
                    + QLatin1Char('\n')
                                << title << id << title + QStringLiteral("\n\n") + body;
        };
        row("Arabic", QStringLiteral("وزير الخارجية يلتقي نظيره في باريس"),
            QStringLiteral("قال الوزير إن المحادثات كانت «مثمرة» يوم ٢٤ أيار."), QStringLiteral("ar-12"));
        row("Hebrew", QStringLiteral("ראש הממשלה נפגש עם השר"), QStringLiteral("הפגישה נערכה בירושלים ב-2024."),
            QStringLiteral("he-3"));
        row("mixed direction", QStringLiteral("Le ministre a cité « السلام عليكم » et שלום (2024)"),
            QStringLiteral("Texte mixte\u00A0: العربية, עברית, English \u200Fمع علامة\u200E."),
            QStringLiteral("fr-08"));
        row("emoji and marks", QStringLiteral("Famille 👩‍👩‍👧 et drapeau 🏳️‍🌈"),
            QStringLiteral("Cafe\u0301 note\u0301, 🇫🇷, 👍🏽, ﷺ, क्षि, Z\u0335\u0321a\u0336lgo."),
            QStringLiteral("en-01"));
    }

    void keepsRightToLeftTextAndEmojiUnchanged()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, documentId);
        QFETCH(QString, body);
        auto a = ArticleLoader::loadFile(write(QStringLiteral("unicode.txt"), text.toUtf8()));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        // No normalisation: "e\u0301" stays two code points, every offset stays put.
        QCOMPARE(a->text, text);
        QCOMPARE(a->title, title);
        QCOMPARE(a->documentId, documentId);
        QCOMPARE(a->language, documentId.section(QLatin1Char('-'), 0, 0));
        QCOMPARE(a->bodyLength, TextOffsets::codePointLength(body));
        QCOMPARE(a->warnings, QStringList());
    }

    void deeplyNestedHtmlNeitherCrashesNorHangs_data()
    {
        QTest::addColumn<QByteArray>("open");
        QTest::addColumn<QByteArray>("close");
        QTest::newRow("div") << QByteArray("<div>") << QByteArray("</div>");
        QTest::newRow("b") << QByteArray("<b>") << QByteArray("</b>");
        QTest::newRow("table") << QByteArray("<table><tr><td>") << QByteArray("</td></tr></table>");
        QTest::newRow("unclosed span") << QByteArray("<span class=\"x>y\">") << QByteArray();
    }

    void deeplyNestedHtmlNeitherCrashesNorHangs()
    {
        QFETCH(QByteArray, open);
        QFETCH(QByteArray, close);
        // The </div> closes whatever was left open inside it.
        const QByteArray html = "<html><body><p>Le titre</p><div>" + open.repeated(100'000)
            + "Au fond.<script>document.write('script')</script>" + close.repeated(100'000)
            + "</div><p>fr-10</p></body></html>";
        // Without the depth limit Qt's parser takes minutes here: the
        // per-function timeout fails it.
        auto a = ArticleLoader::loadFile(write(QStringLiteral("deep.html"), html));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QVERIFY(a->text.contains(QStringLiteral("Au fond.")));
        QVERIFY(!a->text.contains(QStringLiteral("script")));
        QCOMPARE(a->title, QStringLiteral("Le titre"));
        QCOMPARE(a->documentId, QStringLiteral("fr-10"));
        QVERIFY2(a->warnings.filter(QStringLiteral("256 level(s) deep")).size() == 1,
                 qPrintable(a->warnings.join(u'\n')));
    }

    void refusesMissingAndEmptyFiles()
    {
        auto missing = ArticleLoader::loadFile(m_dir.filePath(QStringLiteral("nope.txt")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QStringLiteral("does not exist")));
        auto empty = ArticleLoader::loadFile(write(QStringLiteral("empty.txt"), "\n \n"));
        QVERIFY(!empty.ok());
        auto dir = ArticleLoader::loadFile(m_dir.path());
        QVERIFY(!dir.ok());
    }

    void sha256IsOfTheStoredText()
    {
        Article a;
        a.text = QStringLiteral("abc");
        QCOMPARE(a.sha256(), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestArticleLoader)
#include "tst_articleloader.moc"
