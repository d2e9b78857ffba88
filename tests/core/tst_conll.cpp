// CoNLL NER: import of every layout the format comes in, export from a real
// project (sentences, tokens, dropped overlaps), the round trip, and the
// conformance checks on spaCy's converter inputs and CoNLL-2002 (skipped
// when the outside data is absent).

#include "annotator.h"
#include "evaldata.h"
#include "exchange/bratimport.h"
#include "exchange/conllexport.h"
#include "exchange/conllimport.h"
#include "exchange/exchange.h"
#include "projectstore.h"

#include <QColor>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

namespace {

Result<qint64> labelFor(ProjectStore &store, Annotator &annotator, const QString &name, LabelKind kind)
{
    auto labels = store.labels();
    if (!labels)
        return makeError(labels.error());
    for (const Label &l : std::as_const(*labels)) {
        if (l.name.compare(name, Qt::CaseInsensitive) == 0)
            return l.id;
    }
    Label label;
    label.name = name;
    label.kind = kind;
    label.color = QColor(Qt::darkCyan);
    label.style = defaultLabelStyle(kind);
    return annotator.addLabel(label);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// "text|Label" of each annotation, in order.
QStringList spans(const Exchange::ImportedArticle &article)
{
    const QList<uint> text = article.article.text.toUcs4();
    QStringList out;
    for (const Exchange::ImportedAnnotation &a : article.annotations)
        out << QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()) + a.start, a.end - a.start) + u'|'
                + a.label;
    return out;
}

// The token and tag columns of a CoNLL file, blank lines kept, -DOCSTART- dropped.
QStringList tokenAndTag(const QString &text)
{
    QStringList out;
    bool afterDocStart = false;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(QLatin1String("-DOCSTART-"))) {
            afterDocStart = true;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            if (!afterDocStart && !out.isEmpty() && !out.last().isEmpty())
                out << QString();
            continue;
        }
        afterDocStart = false;
        const QStringList columns = line.split(QRegularExpression(QStringLiteral("[\\t ]+")), Qt::SkipEmptyParts);
        out << columns.first() + u'\t' + columns.last();
    }
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestConll : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<Annotator> m_annotator;
    qint64 m_article = 0;
    QString m_text;

    qint64 labelNamed(const QString &name)
    {
        auto id = labelFor(*m_store, *m_annotator, name, LabelKind::Entity);
        return id ? *id : 0;
    }

    qint64 tag(const QString &part, const QString &label, LabelKind kind = LabelKind::Entity)
    {
        const qint64 start = m_text.left(m_text.indexOf(part)).toUcs4().size();
        auto labelId = labelFor(*m_store, *m_annotator, label, kind);
        auto id = m_annotator->addAnnotation(m_article, *labelId, start, start + part.toUcs4().size());
        return id ? *id : 0;
    }

    QString exportAll(const QString &name, Exchange::ExportReport *report = nullptr)
    {
        const QString path = m_dir.filePath(name);
        auto written = Exchange::exportProject(*m_store, Exchange::Format::Conll, {}, path);
        if (!written)
            qWarning() << written.error();
        else if (report)
            *report = *written;
        return written ? readText(path) : QString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto store = ProjectStore::open(
            m_dir.filePath(QStringLiteral("%1.marginalia").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(*store);
        m_annotator = std::make_unique<Annotator>(*m_store);
        Article article;
        article.documentId = QStringLiteral("fr-02");
        article.text =
            QStringLiteral("Le 🇺🇦 président Volodymyr Zelensky, à Kyiv. Il parle.\nDeuxième ligne avec l’OTAN.\n");
        article.bodyLength = article.text.toUcs4().size();
        auto id = m_store->importArticle(article);
        QVERIFY(id.ok());
        m_article = *id;
        m_text = article.text;
    }

    void importReadsColumnsSeparatorsAndBothSchemes()
    {
        const auto batch = Exchange::ConllImport::parse(QStringLiteral("-DOCSTART- -X- -X- O\n"
                                                                       "\n"
                                                                       "Le O\n"
                                                                       "président O\n"
                                                                       "Volodymyr B-PER\n"
                                                                       "Zelensky I-PER\n"
                                                                       "à\tO\n"
                                                                       "Kyiv\tB-LOC\n"
                                                                       "\n"
                                                                       "🇺🇦\tNC\tI-LOC\n"
                                                                       "Élysée\tNP\tI-ORG\n"
                                                                       "Matignon\tNP\tB-ORG\n"
                                                                       "seul\n"
                                                                       "Union NP _ I-MISC\n"
                                                                       "\n"
                                                                       "-DOCSTART- -X- -X- O\n"
                                                                       "Kyiv X I-LOC\r\n"
                                                                       "mal X Z-FOO\n"),
                                                        QStringLiteral("news.conll"));
        QCOMPARE(batch.articles.size(), 2);
        const auto &first = batch.articles.first();
        QCOMPARE(first.article.text,
                 QStringLiteral("Le président Volodymyr Zelensky à Kyiv\n🇺🇦 Élysée Matignon seul Union\n"));
        QCOMPARE(first.article.documentId, QStringLiteral("news-1"));
        QCOMPARE(first.article.sourceFormat, QStringLiteral("conll"));
        QCOMPARE(spans(first),
                 (QStringList{QStringLiteral("Volodymyr Zelensky|Person"), QStringLiteral("Kyiv|Location"),
                              QStringLiteral("🇺🇦|Location"), QStringLiteral("Élysée|Organisation"),
                              QStringLiteral("Matignon|Organisation"), QStringLiteral("Union|MISC")}));
        QCOMPARE(first.annotations.at(2).start, 39); // code points
        QCOMPARE(first.annotations.at(2).end, 41); // a flag is two
        QCOMPARE(spans(batch.articles.at(1)), QStringList{QStringLiteral("Kyiv|Location")});
        QCOMPARE(batch.problems,
                 QStringList{QStringLiteral("news.conll:18: the tag 'Z-FOO' is not an IOB tag; read as O")});
    }

    void importReadsSpacysIobLayoutAndBioes()
    {
        auto batch = Exchange::ConllImport::parse(QStringLiteral("I|O like|O New|NNP|I-GPE York|NNP|I-GPE .|O\n"
                                                                 "Paris|S-LOC and|O Rome|B-LOC Roma|E-LOC\n"),
                                                  QStringLiteral("x.iob"));
        QCOMPARE(batch.articles.size(), 1);
        QCOMPARE(batch.articles.first().article.text, QStringLiteral("I like New York .\nParis and Rome Roma\n"));
        QCOMPARE(spans(batch.articles.first()),
                 (QStringList{QStringLiteral("New York|GPE"), QStringLiteral("Paris|Location"),
                              QStringLiteral("Rome Roma|Location")}));
        QVERIFY(batch.problems.isEmpty());
    }

    void importReadsLatin1WithAWarning()
    {
        const QString path = m_dir.filePath(QStringLiteral("latin.conll"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Telef\xF3nica B-ORG\nespa\xF1ola O\n");
        file.close();
        auto batch = Exchange::ConllImport::read(path);
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QCOMPARE(batch->articles.first().article.text, QStringLiteral("Telefónica española\n"));
        QCOMPARE(batch->articles.first().article.warnings.size(), 1);
        QVERIFY(!Exchange::ConllImport::read(m_dir.filePath(QStringLiteral("missing.conll"))).ok());
    }

    void exportSplitsSentencesAndTokensAndReportsOverlaps()
    {
        tag(QStringLiteral("Volodymyr Zelensky"), QStringLiteral("Person"));
        tag(QStringLiteral("Zelensky"), QStringLiteral("Person"));
        tag(QStringLiteral("Kyiv"), QStringLiteral("Location"));
        tag(QStringLiteral("OTAN"), QStringLiteral("Organisation"));
        tag(QStringLiteral("Deuxième ligne"), QStringLiteral("Event"));
        tag(QStringLiteral("Il parle"), QStringLiteral("Claim"), LabelKind::Claim);
        Exchange::ExportReport report;
        const QString out = exportAll(QStringLiteral("out.conll"), &report);
        QCOMPARE(out,
                 QStringLiteral("-DOCSTART- -X- -X- O\n\n"
                                "Le\tO\n🇺🇦\tO\nprésident\tO\nVolodymyr\tB-PER\nZelensky\tI-PER\n,\tO\nà\tO\n"
                                "Kyiv\tB-LOC\n.\tO\n\n"
                                "Il\tO\nparle\tO\n.\tO\n\n"
                                "Deuxième\tB-Event\nligne\tI-Event\navec\tO\nl’\tO\nOTAN\tB-ORG\n.\tO\n\n"));
        QCOMPARE(report.articles, 1);
        QCOMPARE(report.annotations, 4);
        QCOMPARE(report.dropped,
                 (QStringList{QStringLiteral("fr-02: 'Il parle' (Claim, 44–52) is not an entity span"),
                              QStringLiteral("fr-02: 'Zelensky' (Person, 26–34) overlaps “Volodymyr Zelensky”")}));
    }

    void exportImportExportIsStable()
    {
        tag(QStringLiteral("Volodymyr Zelensky"), QStringLiteral("Person"));
        tag(QStringLiteral("Kyiv"), QStringLiteral("Location"));
        tag(QStringLiteral("OTAN"), QStringLiteral("Organisation"));
        const QString first = exportAll(QStringLiteral("first.conll"));
        auto batch = Exchange::ConllImport::read(m_dir.filePath(QStringLiteral("first.conll")));
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QVERIFY(batch->problems.isEmpty());
        QCOMPARE(batch->articles.size(), 1);
        QCOMPARE(spans(batch->articles.first()),
                 (QStringList{QStringLiteral("Volodymyr Zelensky|Person"), QStringLiteral("Kyiv|Location"),
                              QStringLiteral("OTAN|Organisation")}));

        // Into a fresh project and out again: the same file.
        QTemporaryDir other;
        auto store = ProjectStore::open(other.filePath(QStringLiteral("p.marginalia")));
        QVERIFY(store.ok());
        Annotator annotator(**store);
        auto written = Exchange::commit(**store, *batch);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const QString path = other.filePath(QStringLiteral("second.conll"));
        auto report = Exchange::exportProject(**store, Exchange::Format::Conll, {}, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(readText(path), first);
    }

    void importFilesReadsSeveralFilesIntoAProject()
    {
        tag(QStringLiteral("Kyiv"), QStringLiteral("Location"));
        exportAll(QStringLiteral("one.conll"));
        QTemporaryDir other;
        auto store = ProjectStore::open(other.filePath(QStringLiteral("p.marginalia")));
        QVERIFY(store.ok());
        auto report = Exchange::importFiles(
            **store, Exchange::Format::Conll,
            {m_dir.filePath(QStringLiteral("one.conll")), m_dir.filePath(QStringLiteral("missing.conll"))});
        QVERIFY(!report.ok()); // a file that cannot be read: nothing is written
        auto articles = (*store)->articles();
        QVERIFY(articles.ok() && articles->isEmpty());
        report = Exchange::importFiles(**store, Exchange::Format::Conll, {m_dir.filePath(QStringLiteral("one.conll"))});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->articlesAdded, 1);
        QCOMPARE(report->annotations, 1);
        articles = (*store)->articles();
        auto stored = (*store)->annotations(articles->first().id);
        QVERIFY(stored.ok() && stored->size() == 1);
        QCOMPARE(stored->first().quote, QStringLiteral("Kyiv"));
    }

    void spacyConverterInputsGiveSpacysCounts()
    {
        MARGINALIA_REQUIRE_EVAL(QStringLiteral("conll/spacy-examples"));
        auto conll = Exchange::ConllImport::read(
            TestSupport::evalPath(QStringLiteral("conll/spacy-examples/test_cli_conll_ner_to_docs_input.conll")));
        QVERIFY2(conll.ok(), qPrintable(conll.error()));
        QVERIFY(conll->problems.isEmpty());
        QCOMPARE(conll->articles.size(), 1);
        const QStringList sentences = conll->articles.first().article.text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(sentences.size(), 5);
        for (const QString &s : sentences)
            QCOMPARE(s.split(u' ').size(), 8);
        QCOMPARE(conll->articles.first().annotations.size(), 10);

        auto iob = Exchange::ConllImport::read(
            TestSupport::evalPath(QStringLiteral("conll/spacy-examples/test_cli_iob_to_docs_input.iob")));
        QVERIFY2(iob.ok(), qPrintable(iob.error()));
        QVERIFY(iob->problems.isEmpty());
        QCOMPARE(iob->articles.first().article.text.count(u'\n'), 4);
        QCOMPARE(iob->articles.first().annotations.size(), 8);
        for (const QString &span : spans(iob->articles.first()))
            QVERIFY2(span == QLatin1String("London|GPE") || span == QLatin1String("New York City|GPE"),
                     qPrintable(span));
    }

    void conll2002SpanishSurvivesImportAndExport()
    {
        MARGINALIA_REQUIRE_EVAL(QStringLiteral("conll/conll2002-esp/esp.testb"));
        const QString source = TestSupport::evalPath(QStringLiteral("conll/conll2002-esp/esp.testb"));
        auto batch = Exchange::ConllImport::read(source);
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QVERIFY2(batch->problems.isEmpty(), qPrintable(batch->problems.mid(0, 5).join(u'\n')));
        QCOMPARE(batch->articles.size(), 1); // the Spanish file has no -DOCSTART- lines
        auto written = Exchange::commit(*m_store, *batch, true);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        Exchange::ExportOptions options;
        options.documents = {batch->articles.first().article.documentId};
        const QString path = m_dir.filePath(QStringLiteral("esp.conll"));
        auto report = Exchange::exportProject(*m_store, Exchange::Format::Conll, options, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report->dropped.isEmpty());
        QFile original(source);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QStringList expected = tokenAndTag(QString::fromLatin1(original.readAll()));
        const QStringList actual = tokenAndTag(readText(path));
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(actual, expected);
        qInfo("esp.testb: %lld lines (tokens and sentence breaks) identical, %d entities", qlonglong(actual.size()),
              report->annotations);
    }

    void bratConll2002DocumentsAgreeWithTheConllFile()
    {
        MARGINALIA_REQUIRE_EVAL(QStringLiteral("conll/conll2002-esp/esp.testb"));
        MARGINALIA_REQUIRE_EVAL(QStringLiteral("brat/corpora/CoNLL-ST_2002/esp"));
        auto conll =
            Exchange::ConllImport::read(TestSupport::evalPath(QStringLiteral("conll/conll2002-esp/esp.testb")));
        auto brat = Exchange::BratImport::read(TestSupport::evalPath(QStringLiteral("brat/corpora/CoNLL-ST_2002/esp")));
        QVERIFY(conll.ok() && brat.ok());
        QVERIFY(brat->problems.isEmpty());
        // Sentences compared without white space (brat's text is detokenised):
        // the entities of each, as "text without spaces|tag type".
        auto entitiesBySentence = [](const Exchange::ImportedArticle &article) {
            QHash<QString, QStringList> out;
            const QString &text = article.article.text;
            const QList<uint> cps = text.toUcs4();
            qint64 lineStart = 0;
            for (const QString &line : text.split(u'\n')) {
                const qint64 lineEnd = lineStart + line.toUcs4().size();
                QStringList entities;
                for (const Exchange::ImportedAnnotation &a : article.annotations) {
                    if (a.start >= lineStart && a.end <= lineEnd)
                        entities << QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + a.start,
                                                      a.end - a.start)
                                        .remove(u' ')
                                + u'|' + Exchange::ConllExport::tagType(a.label);
                }
                QString key = line;
                key.remove(u' ');
                if (key.size() > 1)
                    out.insert(key, entities);
                lineStart = lineEnd + 1;
            }
            return out;
        };
        const auto reference = entitiesBySentence(conll->articles.first());
        int sentences = 0, entities = 0;
        for (const Exchange::ImportedArticle &document : std::as_const(brat->articles)) {
            const auto found = entitiesBySentence(document);
            for (auto it = found.cbegin(); it != found.cend(); ++it) {
                if (!reference.contains(it.key()))
                    continue;
                ++sentences;
                entities += int(it->size());
                QCOMPARE(*it, reference.value(it.key()));
            }
        }
        // The brat documents come from esp.train; esp.testb shares only
        // their datelines ("Lima, 23 may (EFE).").
        QVERIFY(sentences > 0);
        qInfo("brat CoNLL-ST_2002/esp (%lld documents) and esp.testb share %d sentences; %d entities agree",
              qlonglong(brat->articles.size()), sentences, entities);
    }
};

QTEST_GUILESS_MAIN(TestConll)
#include "tst_conll.moc"
