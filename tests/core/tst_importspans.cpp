// Issue 8: spans that are past the end, negative, reversed, empty,
// overlapping, too large or not numbers, case by case for every importer
// that reads offsets (brat, JSON Lines, W3C) or marks spans (MQM TSV). Each
// row is imported into a project that already holds work: without "import
// what can be read" a problem refuses the whole file and the project is as
// it was; with it, only the good spans go in, and every problem names the
// file and line (or annotation) and why.

#include "annotator.h"
#include "exchange/exchange.h"
#include "exchange/importbatch.h"
#include "projectstore.h"
#include "session.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Marginalia;

namespace {

// 22 code points, 23 UTF-16 units: the emoji is one code point (13).
const QString Text = QStringLiteral("Kyiv et Lviv 😀 rient.\n");

// Work already in the project: an article with an annotation.
const QString WorkText = QStringLiteral("Un autre article sur Paris.\n");

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray sha256Of(const QString &text)
{
    Article a;
    a.text = text;
    return a.sha256().toLatin1();
}

// Everything the project holds that an import could change, one line each.
QStringList snapshot(ProjectStore &store)
{
    QStringList out;
    for (const Label &l : *store.labels())
        out << QStringLiteral("label %1 %2").arg(l.id).arg(l.name);
    for (const Entity &e : *store.entities())
        out << QStringLiteral("entity %1 %2").arg(e.id).arg(e.name);
    for (const StoredArticle &article : *store.articles()) {
        out << QStringLiteral("article %1 %2").arg(article.id).arg(article.sha256);
        for (const Annotation &a : *store.annotations(article.id))
            out << QStringLiteral("annotation %1 label %2 %3–%4 %5")
                       .arg(a.id)
                       .arg(a.labelId)
                       .arg(a.start)
                       .arg(a.end)
                       .arg(a.quote);
        out << QStringLiteral("notes %1").arg(store.notes(article.id)->size());
        out << QStringLiteral("relations %1").arg(store.relations(article.id)->size());
    }
    return out;
}

// "start–end quote" of the annotations on every article but `except`.
QStringList kept(ProjectStore &store, qint64 except)
{
    QList<Annotation> all;
    for (const StoredArticle &article : *store.articles()) {
        if (article.id != except)
            all << *store.annotations(article.id);
    }
    std::sort(all.begin(), all.end(), [](const Annotation &a, const Annotation &b) {
        return std::pair{a.start, a.end} < std::pair{b.start, b.end};
    });
    QStringList out;
    for (const Annotation &a : std::as_const(all))
        out << QStringLiteral("%1–%2 %3").arg(a.start).arg(a.end).arg(a.quote);
    return out;
}

// The file a row's `spans` become, one annotation (or row) per line.
//   brat: .ann lines, beside a.txt holding `text`.
//   jsonl: the start and end of annotations 1, 2, … (file lines 4, 5, …)
//          of article 1 (`text`), label 1 "Location".
//   w3c: the selector of annotations urn:x:1, urn:x:2, … on `text`, which
//        is in the project already.
//   mqm: the target column of rows 2, 3, … of segment 1 of d1 · mt (the
//        article "d1 · mt\n<target>\n": the target starts at 8).
QString writeInput(const QString &dir, Exchange::Format format, const QString &text, const QByteArray &spans)
{
    const QList<QByteArray> lines = spans.split('\n');
    switch (format) {
    case Exchange::Format::Brat: {
        const QString ann = dir + QStringLiteral("/a.ann");
        return writeBytes(dir + QStringLiteral("/a.txt"), text.toUtf8()) && writeBytes(ann, spans) ? ann : QString();
    }
    case Exchange::Format::Jsonl: {
        QByteArray file =
            "{\"type\":\"marginalia\",\"format\":\"jsonl\",\"version\":1}\n"
            "{\"type\":\"label\",\"id\":1,\"name\":\"Location\",\"kind\":\"entity\",\"color\":\"#56b4e9\","
            "\"hotkey\":\"\",\"style\":\"fill\"}\n"
            "{\"type\":\"article\",\"id\":1,\"document\":\"a\",\"sha256\":\""
            + sha256Of(text) + "\",\"body_length\":" + QByteArray::number(text.toUcs4().size())
            + ",\"text\":" + QByteArray(R"(")") + text.toUtf8().replace("\n", "\\n") + "\"}\n";
        for (qsizetype i = 0; i < lines.size(); ++i) {
            file += "{\"type\":\"annotation\",\"id\":" + QByteArray::number(i + 1) + ",\"article\":1,\"label_id\":1,"
                + lines.at(i) + "}\n";
        }
        const QString path = dir + QStringLiteral("/s.jsonl");
        return writeBytes(path, file) ? path : QString();
    }
    case Exchange::Format::W3c: {
        QByteArrayList items;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            items << "{\"id\":\"urn:x:" + QByteArray::number(i + 1)
                    + "\",\"type\":\"Annotation\",\"motivation\":\"tagging\","
                      "\"body\":{\"type\":\"TextualBody\",\"purpose\":\"tagging\",\"value\":\"Location\"},"
                      "\"target\":{\"source\":\"urn:sha256:"
                    + sha256Of(text) + "\",\"selector\":" + lines.at(i) + "}}";
        }
        const QString path = dir + QStringLiteral("/s.jsonld");
        return writeBytes(path, "{\"type\":\"AnnotationPage\",\"items\":[" + items.join(",\n") + "]}\n") ? path
                                                                                                         : QString();
    }
    case Exchange::Format::Mqm: {
        QByteArray file = "system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\n";
        for (const QByteArray &target : lines)
            file += "mt\td1\t1\t1\tr1\tsource\t" + target + "\tAccuracy/Mistranslation\tMinor\n";
        const QString path = dir + QStringLiteral("/s.tsv");
        return writeBytes(path, file) ? path : QString();
    }
    default:
        break;
    }
    return {};
}

} // namespace

class TestImportSpans : public QObject
{
    Q_OBJECT

private:
    // A project holding work: WorkText with "Paris" tagged.
    static std::unique_ptr<ProjectStore> projectWithWork(const QString &path, qint64 &workArticle)
    {
        auto store = ProjectStore::open(path);
        if (!store)
            return nullptr;
        Article work;
        work.documentId = QStringLiteral("work");
        work.text = WorkText;
        work.bodyLength = WorkText.toUcs4().size();
        auto id = (*store)->importArticle(work);
        if (!id)
            return nullptr;
        workArticle = *id;
        Annotator annotator(**store);
        if (!annotator.addAnnotation(workArticle, 1, 21, 26))
            return nullptr;
        return std::move(*store);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void spansAreKeptOrRefusedCaseByCase_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("spans");
        QTest::addColumn<QStringList>("kept"); // with partial import
        QTest::addColumn<QStringList>("problems"); // exactly; none: imported whole

        const int brat = int(Exchange::Format::Brat);
        const QByteArray kyiv = "T1\tLocation 0 4\tKyiv\n";
        const QString notASpan = QStringLiteral("a.ann:2: offsets '%1' are not a span of the text (22 characters)");
        QTest::newRow("brat past the end")
            << brat << Text << kyiv + "T2\tLocation 20 30\tx\n"
            << QStringList{QStringLiteral("0–4 Kyiv")} << QStringList{notASpan.arg(QStringLiteral("20 30"))};
        QTest::newRow("brat ends one past the end")
            << brat << Text << kyiv + "T2\tLocation 20 23\tx\n"
            << QStringList{QStringLiteral("0–4 Kyiv")} << QStringList{notASpan.arg(QStringLiteral("20 23"))};
        QTest::newRow("brat negative") << brat << Text << kyiv + "T2\tLocation -3 4\tx\n"
                                       << QStringList{QStringLiteral("0–4 Kyiv")}
                                       << QStringList{notASpan.arg(QStringLiteral("-3 4"))};
        QTest::newRow("brat reversed") << brat << Text << kyiv + "T2\tLocation 12 8\tLviv\n"
                                       << QStringList{QStringLiteral("0–4 Kyiv")}
                                       << QStringList{notASpan.arg(QStringLiteral("12 8"))};
        // Before the fix, read as a span and refused by commit(), which
        // named no line and said "not inside the text".
        QTest::newRow("brat empty") << brat << Text << kyiv + "T2\tLocation 8 8\t\n"
                                    << QStringList{QStringLiteral("0–4 Kyiv")}
                                    << QStringList{notASpan.arg(QStringLiteral("8 8"))};
        QTest::newRow("brat too large for qint64")
            << brat << Text << kyiv + "T2\tLocation 0 99999999999999999999\tx\n"
            << QStringList{QStringLiteral("0–4 Kyiv")}
            << QStringList{notASpan.arg(QStringLiteral("0 99999999999999999999"))};
        QTest::newRow("brat largest qint64") << brat << Text << kyiv + "T2\tLocation 0 9223372036854775807\tx\n"
                                             << QStringList{QStringLiteral("0–4 Kyiv")}
                                             << QStringList{notASpan.arg(QStringLiteral("0 9223372036854775807"))};
        // Before the fix, shifting the smallest qint64 back by the byte
        // order mark overflowed (undefined behaviour).
        QTest::newRow("brat smallest qint64 after a byte order mark")
            << brat << QString(QChar(0xFEFF) + Text)
            << QByteArray("T1\tLocation 1 5\tKyiv\nT2\tLocation -9223372036854775808 4\tx\n")
            << QStringList{QStringLiteral("0–4 Kyiv")}
            << QStringList{notASpan.arg(QStringLiteral("-9223372036854775808 4"))};
        QTest::newRow("brat not a number")
            << brat << Text << kyiv + "T2\tLocation 0 four\tx\n"
            << QStringList{QStringLiteral("0–4 Kyiv")} << QStringList{notASpan.arg(QStringLiteral("0 four"))};
        QTest::newRow("brat one offset") << brat << Text << kyiv + "T2\tLocation 8\tx\n"
                                         << QStringList{QStringLiteral("0–4 Kyiv")}
                                         << QStringList{notASpan.arg(QStringLiteral("8"))};
        QTest::newRow("brat overlapping")
            << brat << Text << QByteArray("T1\tLocation 0 7\tKyiv et\nT2\tLocation 5 12\tet Lviv\n")
            << QStringList{QStringLiteral("0–7 Kyiv et"), QStringLiteral("5–12 et Lviv")} << QStringList{};
        QTest::newRow("brat nested") << brat << Text
                                     << QByteArray("T1\tLocation 0 12\tKyiv et Lviv\nT2\tLocation 8 12\tLviv\n")
                                     << QStringList{QStringLiteral("0–12 Kyiv et Lviv"), QStringLiteral("8–12 Lviv")}
                                     << QStringList{};
        QTest::newRow("brat same span twice")
            << brat << Text << QByteArray("T1\tLocation 0 4\tKyiv\nT2\tPerson 0 4\tKyiv\n")
            << QStringList{QStringLiteral("0–4 Kyiv"), QStringLiteral("0–4 Kyiv")} << QStringList{};
        // Code points: the emoji is one, so no offset can split it.
        QTest::newRow("brat emoji") << brat << Text << kyiv + "T2\tLocation 13 14\t😀\n"
                                    << QStringList{QStringLiteral("0–4 Kyiv"), QStringLiteral("13–14 😀")}
                                    << QStringList{};
        // Offsets counted in UTF-16 (as JavaScript does) end one late after
        // the emoji: the quote says so, and the offsets are kept.
        QTest::newRow("brat UTF-16 offsets after an emoji")
            << brat << Text << QByteArray("T1\tLocation 16 21\trient\n") << QStringList{QStringLiteral("16–21 ient.")}
            << QStringList{QStringLiteral("a.ann:1: the text 'rient' is not what the offsets cover ('ient.'); the "
                                          "offsets are kept")};
        QTest::newRow("brat discontinuous with text between")
            << brat << Text << QByteArray("T1\tLocation 0 4;8 12\tKyiv Lviv\n")
            << QStringList{QStringLiteral("0–12 Kyiv et Lviv")}
            << QStringList{QStringLiteral("a.ann:1: discontinuous span joined into one: it now also covers ' et '")};
        // What the export writes for a span across a line break: joined
        // without a word.
        QTest::newRow("brat discontinuous across white space")
            << brat << Text << QByteArray("T1\tLocation 0 4;5 7\tKyiv et\n")
            << QStringList{QStringLiteral("0–7 Kyiv et")} << QStringList{};
        QTest::newRow("brat discontinuous overlapping fragments")
            << brat << Text << kyiv + "T2\tLocation 5 9;8 12\tet L Lviv\n"
            << QStringList{QStringLiteral("0–4 Kyiv")} << QStringList{QStringLiteral("a.ann:2: fragments overlap")};
        QTest::newRow("brat discontinuous, one fragment past the end")
            << brat << Text << kyiv + "T2\tLocation 0 4;20 30\tKyiv x\n"
            << QStringList{QStringLiteral("0–4 Kyiv")} << QStringList{notASpan.arg(QStringLiteral("20 30"))};

        const int jsonl = int(Exchange::Format::Jsonl);
        const QByteArray jKyiv = "\"start\":0,\"end\":4\n";
        QTest::newRow("jsonl past the end")
            << jsonl << Text << jKyiv + "\"start\":20,\"end\":30" << QStringList{QStringLiteral("0–4 Kyiv")}
            << QStringList{QStringLiteral("s.jsonl:5: annotation 2: the span 20–30 is past the end of its article")};
        QTest::newRow("jsonl ends one past the end")
            << jsonl << Text << jKyiv + "\"start\":20,\"end\":23" << QStringList{QStringLiteral("0–4 Kyiv")}
            << QStringList{QStringLiteral("s.jsonl:5: annotation 2: the span 20–23 is past the end of its article")};
        QTest::newRow("jsonl negative") << jsonl << Text << jKyiv + "\"start\":-3,\"end\":4"
                                        << QStringList{QStringLiteral("0–4 Kyiv")}
                                        << QStringList{
                                               QStringLiteral("s.jsonl:5: annotation 2: no span (start -3, end 4)")};
        QTest::newRow("jsonl reversed") << jsonl << Text << jKyiv + "\"start\":12,\"end\":8"
                                        << QStringList{QStringLiteral("0–4 Kyiv")}
                                        << QStringList{
                                               QStringLiteral("s.jsonl:5: annotation 2: no span (start 12, end 8)")};
        QTest::newRow("jsonl empty") << jsonl << Text << jKyiv + "\"start\":8,\"end\":8"
                                     << QStringList{QStringLiteral("0–4 Kyiv")}
                                     << QStringList{
                                            QStringLiteral("s.jsonl:5: annotation 2: no span (start 8, end 8)")};
        // Before the fix these three said "end -1".
        QTest::newRow("jsonl too large for qint64")
            << jsonl << Text << jKyiv + "\"start\":0,\"end\":99999999999999999999"
            << QStringList{QStringLiteral("0–4 Kyiv")}
            << QStringList{QStringLiteral("s.jsonl:5: annotation 2: no span (start 0, end 1e+20)")};
        QTest::newRow("jsonl not a number")
            << jsonl << Text << jKyiv + "\"start\":0,\"end\":\"four\"" << QStringList{QStringLiteral("0–4 Kyiv")}
            << QStringList{QStringLiteral("s.jsonl:5: annotation 2: no span (start 0, end \"four\")")};
        QTest::newRow("jsonl fraction") << jsonl << Text << jKyiv + "\"start\":3.5,\"end\":8"
                                        << QStringList{QStringLiteral("0–4 Kyiv")}
                                        << QStringList{
                                               QStringLiteral("s.jsonl:5: annotation 2: no span (start 3.5, end 8)")};
        QTest::newRow("jsonl no end") << jsonl << Text << jKyiv + "\"start\":0"
                                      << QStringList{QStringLiteral("0–4 Kyiv")}
                                      << QStringList{
                                             QStringLiteral("s.jsonl:5: annotation 2: no span (start 0, end null)")};
        QTest::newRow("jsonl overlapping")
            << jsonl << Text << QByteArray("\"start\":0,\"end\":7\n\"start\":5,\"end\":12")
            << QStringList{QStringLiteral("0–7 Kyiv et"), QStringLiteral("5–12 et Lviv")} << QStringList{};
        QTest::newRow("jsonl nested") << jsonl << Text << QByteArray("\"start\":0,\"end\":12\n\"start\":8,\"end\":12")
                                      << QStringList{QStringLiteral("0–12 Kyiv et Lviv"), QStringLiteral("8–12 Lviv")}
                                      << QStringList{};
        QTest::newRow("jsonl emoji") << jsonl << Text << jKyiv + "\"start\":13,\"end\":14"
                                     << QStringList{QStringLiteral("0–4 Kyiv"), QStringLiteral("13–14 😀")}
                                     << QStringList{};

        const int w3c = int(Exchange::Format::W3c);
        const QByteArray wKyiv = "{\"type\":\"TextPositionSelector\",\"start\":0,\"end\":4}\n";
        const QString notARange = QStringLiteral(
            "s.jsonld: annotation urn:x:2: its TextPositionSelector is not a non-empty range of positions");
        QTest::newRow("w3c past the end")
            << w3c << Text << wKyiv + "{\"type\":\"TextPositionSelector\",\"start\":20,\"end\":30}"
            << QStringList{QStringLiteral("0–4 Kyiv")}
            << QStringList{QStringLiteral(
                   "s.jsonld: annotation urn:x:2: its TextPositionSelector 20–30 is past the end of the article (22)")};
        QTest::newRow("w3c negative") << w3c << Text
                                      << wKyiv + "{\"type\":\"TextPositionSelector\",\"start\":-3,\"end\":4}"
                                      << QStringList{QStringLiteral("0–4 Kyiv")} << QStringList{notARange};
        QTest::newRow("w3c reversed") << w3c << Text
                                      << wKyiv + "{\"type\":\"TextPositionSelector\",\"start\":12,\"end\":8}"
                                      << QStringList{QStringLiteral("0–4 Kyiv")} << QStringList{notARange};
        QTest::newRow("w3c empty") << w3c << Text << wKyiv + "{\"type\":\"TextPositionSelector\",\"start\":8,\"end\":8}"
                                   << QStringList{QStringLiteral("0–4 Kyiv")} << QStringList{notARange};
        QTest::newRow("w3c too large for qint64")
            << w3c << Text << wKyiv + "{\"type\":\"TextPositionSelector\",\"start\":0,\"end\":99999999999999999999}"
            << QStringList{QStringLiteral("0–4 Kyiv")} << QStringList{notARange};
        QTest::newRow("w3c not a number")
            << w3c << Text << wKyiv + "{\"type\":\"TextPositionSelector\",\"start\":0,\"end\":\"four\"}"
            << QStringList{QStringLiteral("0–4 Kyiv")} << QStringList{notARange};
        // Before the fix, 3.5 was read as 3.
        QTest::newRow("w3c fraction") << w3c << Text
                                      << wKyiv + "{\"type\":\"TextPositionSelector\",\"start\":3.5,\"end\":8}"
                                      << QStringList{QStringLiteral("0–4 Kyiv")} << QStringList{notARange};
        // The quote places what the positions do not: documented in w3cimport.h.
        QTest::newRow("w3c past the end, with a quote")
            << w3c << Text
            << wKyiv
                + "[{\"type\":\"TextPositionSelector\",\"start\":30,\"end\":34},"
                  "{\"type\":\"TextQuoteSelector\",\"exact\":\"Lviv\"}]"
            << QStringList{QStringLiteral("0–4 Kyiv"), QStringLiteral("8–12 Lviv")} << QStringList{};
        QTest::newRow("w3c UTF-16 positions, with a quote")
            << w3c << Text
            << wKyiv
                + "[{\"type\":\"TextPositionSelector\",\"start\":13,\"end\":15},"
                  "{\"type\":\"TextQuoteSelector\",\"exact\":\"😀\"}]"
            << QStringList{QStringLiteral("0–4 Kyiv"), QStringLiteral("13–14 😀")} << QStringList{};
        QTest::newRow("w3c overlapping") << w3c << Text
                                         << QByteArray("{\"type\":\"TextPositionSelector\",\"start\":0,\"end\":7}\n"
                                                       "{\"type\":\"TextPositionSelector\",\"start\":5,\"end\":12}")
                                         << QStringList{QStringLiteral("0–7 Kyiv et"), QStringLiteral("5–12 et Lviv")}
                                         << QStringList{};
        QTest::newRow("w3c nested") << w3c << Text
                                    << QByteArray("{\"type\":\"TextPositionSelector\",\"start\":0,\"end\":12}\n"
                                                  "{\"type\":\"TextPositionSelector\",\"start\":8,\"end\":12}")
                                    << QStringList{QStringLiteral("0–12 Kyiv et Lviv"), QStringLiteral("8–12 Lviv")}
                                    << QStringList{};
        QTest::newRow("w3c emoji") << w3c << Text
                                   << wKyiv + "{\"type\":\"TextPositionSelector\",\"start\":13,\"end\":14}"
                                   << QStringList{QStringLiteral("0–4 Kyiv"), QStringLiteral("13–14 😀")}
                                   << QStringList{};

        // MQM TSV marks spans with <v>…</v> in the target: no numbers to be
        // out of range, but markers can be reversed, unpaired or doubled.
        const int mqm = int(Exchange::Format::Mqm);
        const QByteArray mKyiv = "<v>Kyiv</v> et Lviv 😀 rient.\n";
        const QString notAPair = QStringLiteral("s.tsv:3: the error span is not one <v>…</v> pair");
        QTest::newRow("mqm reversed markers") << mqm << QString() << mKyiv + "Kyiv et </v>Lviv<v> 😀 rient."
                                              << QStringList{QStringLiteral("8–12 Kyiv")} << QStringList{notAPair};
        QTest::newRow("mqm unpaired marker") << mqm << QString() << mKyiv + "Kyiv et <v>Lviv 😀 rient."
                                             << QStringList{QStringLiteral("8–12 Kyiv")} << QStringList{notAPair};
        QTest::newRow("mqm two spans in one row") << mqm << QString() << mKyiv + "<v>Kyiv</v> et <v>Lviv</v> 😀 rient."
                                                  << QStringList{QStringLiteral("8–12 Kyiv")} << QStringList{notAPair};
        // An omission (WMT marks it empty): the character before it.
        QTest::newRow("mqm empty span") << mqm << QString() << mKyiv + "Kyiv et <v></v>Lviv 😀 rient."
                                        << QStringList{QStringLiteral("8–12 Kyiv"), QStringLiteral("15–16  ")}
                                        << QStringList{};
        QTest::newRow("mqm overlapping") << mqm << QString()
                                         << QByteArray("<v>Kyiv et</v> Lviv 😀 rient.\nKyiv <v>et Lviv</v> 😀 rient.")
                                         << QStringList{QStringLiteral("8–15 Kyiv et"), QStringLiteral("13–20 et Lviv")}
                                         << QStringList{};
        QTest::newRow("mqm nested") << mqm << QString()
                                    << QByteArray("<v>Kyiv et Lviv</v> 😀 rient.\nKyiv et <v>Lviv</v> 😀 rient.")
                                    << QStringList{QStringLiteral("8–20 Kyiv et Lviv"), QStringLiteral("16–20 Lviv")}
                                    << QStringList{};
        QTest::newRow("mqm emoji") << mqm << QString() << mKyiv + "Kyiv et Lviv <v>😀</v> rient."
                                   << QStringList{QStringLiteral("8–12 Kyiv"), QStringLiteral("21–22 😀")}
                                   << QStringList{};
    }

    void spansAreKeptOrRefusedCaseByCase()
    {
        QFETCH(int, format);
        QFETCH(QString, text);
        QFETCH(QByteArray, spans);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, problems);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qint64 work = 0;
        auto store = projectWithWork(dir.filePath(QStringLiteral("p.marginalia")), work);
        QVERIFY(store);
        if (format == int(Exchange::Format::W3c)) {
            // W3C annotations go to articles the project has.
            Article target;
            target.text = text;
            target.bodyLength = text.toUcs4().size();
            QVERIFY(store->importArticle(target).ok());
        }
        const QString path = writeInput(dir.path(), Exchange::Format(format), text, spans);
        QVERIFY(!path.isEmpty());
        const QStringList before = snapshot(*store);

        auto whole = Exchange::importFiles(*store, Exchange::Format(format), {path});
        if (problems.isEmpty()) {
            QVERIFY2(whole.ok(), qPrintable(whole.error()));
            QCOMPARE(whole->annotations, kept.size());
        } else {
            QVERIFY(!whole.ok());
            QVERIFY2(whole.error().startsWith(QStringLiteral("Nothing was imported")), qPrintable(whole.error()));
            for (const QString &p : std::as_const(problems))
                QVERIFY2(whole.error().contains(p), qPrintable(whole.error()));
            QCOMPARE(snapshot(*store), before);

            auto partial = Exchange::importFiles(*store, Exchange::Format(format), {path}, true);
            QVERIFY2(partial.ok(), qPrintable(partial.error()));
            QCOMPARE(partial->problems, problems);
            QCOMPARE(partial->annotations, kept.size());
        }
        QCOMPARE(::kept(*store, work), kept);
        // The work that was there is still there, as it was.
        const QStringList after = snapshot(*store);
        for (const QString &line : before)
            QVERIFY2(after.contains(line), qPrintable(line));
        QCOMPARE(store->annotations(work)->size(), 1);
        QCOMPARE(store->annotations(work)->first().quote, QStringLiteral("Paris"));
    }

    // A JSON Lines file into a project without articles restores it
    // exactly; one with problems cannot, and was refused even when asked
    // for what can be read. Now the good spans are added as into any
    // project.
    void jsonlIntoAnEmptyProjectImportsWhatCanBeRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = ProjectStore::open(dir.filePath(QStringLiteral("empty.marginalia")));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString path = writeInput(dir.path(), Exchange::Format::Jsonl, Text,
                                        "\"start\":0,\"end\":4\n\"start\":12,\"end\":8\n\"start\":8,\"end\":12");
        QVERIFY(!path.isEmpty());
        const QString problem = QStringLiteral("s.jsonl:5: annotation 2: no span (start 12, end 8)");
        auto whole = Exchange::importFiles(**store, Exchange::Format::Jsonl, {path});
        QVERIFY(!whole.ok());
        QVERIFY2(whole.error().contains(problem), qPrintable(whole.error()));
        QVERIFY((*store)->articles()->isEmpty());

        auto partial = Exchange::importFiles(**store, Exchange::Format::Jsonl, {path}, true);
        QVERIFY2(partial.ok(), qPrintable(partial.error()));
        QCOMPARE(partial->problems, QStringList{problem});
        QCOMPARE(partial->articlesAdded, 1);
        QCOMPARE(partial->annotations, 2);
        QCOMPARE(kept(**store, 0), (QStringList{QStringLiteral("0–4 Kyiv"), QStringLiteral("8–12 Lviv")}));
    }

    // Through the path the window takes (Session::importAnnotations), into
    // a project file that holds work: refused, the file is as it was, also
    // when opened again; asked for what can be read, only the good spans go
    // in, next to the work.
    void aRefusedImportLeavesTheProjectFileAsItWas_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("spans");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("brat")
            << int(Exchange::Format::Brat)
            << QByteArray("T1\tLocation 0 4\tKyiv\nT2\tLocation 20 30\tx\n"
                          "T3\tLocation 12 8\tLviv\nT4\tLocation 8 12\tLviv\n")
            << QStringList{QStringLiteral("a.ann:2: offsets '20 30' are not a span of the text (22 characters)"),
                           QStringLiteral("a.ann:3: offsets '12 8' are not a span of the text (22 characters)")};
        QTest::newRow("jsonl")
            << int(Exchange::Format::Jsonl)
            << QByteArray("\"start\":0,\"end\":4\n\"start\":20,\"end\":30\n"
                          "\"start\":12,\"end\":8\n\"start\":8,\"end\":12")
            << QStringList{QStringLiteral("s.jsonl:6: annotation 3: no span (start 12, end 8)"),
                           QStringLiteral("s.jsonl:5: annotation 2: the span 20–30 is past the end of its article")};
    }

    void aRefusedImportLeavesTheProjectFileAsItWas()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, spans);
        QFETCH(QStringList, problems);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("work.marginalia"));
        const QString workFile = dir.filePath(QStringLiteral("work.txt"));
        QVERIFY(writeBytes(workFile, WorkText.toUtf8()));
        const QString path = writeInput(dir.path(), Exchange::Format(format), Text, spans);
        QVERIFY(!path.isEmpty());

        QStringList before;
        qint64 work = 0;
        {
            auto session = Session::open(project);
            QVERIFY2(session.ok(), qPrintable(session.error()));
            Session &s = **session;
            auto opened = s.openArticleFile(workFile);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            work = *opened;
            QVERIFY(s.tag(21, 26, 1).ok());
            before = snapshot(s.store());
            QCOMPARE(s.annotations().size(), 1);

            auto refused = s.importAnnotations(Exchange::Format(format), {path});
            QVERIFY(!refused.ok());
            for (const QString &p : std::as_const(problems))
                QVERIFY2(refused.error().contains(p), qPrintable(refused.error()));
            QCOMPARE(snapshot(s.store()), before);
            QCOMPARE(s.annotations().size(), 1);
        }
        {
            auto reopened = ProjectStore::open(project, ProjectStore::Access::ReadOnly);
            QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
            QCOMPARE(snapshot(**reopened), before);
        }

        auto session = Session::open(project);
        QVERIFY2(session.ok(), qPrintable(session.error()));
        auto report = (*session)->importAnnotations(Exchange::Format(format), {path}, true);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->annotations, 2);
        QCOMPARE(report->problems, problems);
        session->reset();
        auto reopened = ProjectStore::open(project, ProjectStore::Access::ReadOnly);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        const QStringList after = snapshot(**reopened);
        for (const QString &line : std::as_const(before))
            QVERIFY2(after.contains(line), qPrintable(line));
        QCOMPARE(kept(**reopened, work), (QStringList{QStringLiteral("0–4 Kyiv"), QStringLiteral("8–12 Lviv")}));
    }
};

QTEST_GUILESS_MAIN(TestImportSpans)
#include "tst_importspans.moc"
