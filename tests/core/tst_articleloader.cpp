// The loader fixes what every offset means: BOM dropped, LF line endings,
// invalid bytes replaced (and reported), the `xx-NN` line kept as metadata,
// HTML turned into text without loading anything.

#include "articleloader.h"
#include "textoffsets.h"

#include <QFile>
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
