// brat standoff: export from a real project, import of files written here,
// and the round trip on brat's own example data (skipped when absent).

#include "annotator.h"
#include "evaldata.h"
#include "exchange/bratexport.h"
#include "exchange/bratimport.h"
#include "exchange/exchange.h"
#include "projectstore.h"

#include <QColor>
#include <QDirIterator>
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

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// An .ann reduced to what survives a round trip, ids replaced by what they
// point at: "T Person 10 18 Zelensky", "R Family <T…> <T…>"; an equivalence
// is its type and the set of what it joins. Lines about events, or that
// point at relations or events, go to `unsupported`.
struct Canonical {
    QStringList lines;
    QStringList unsupported;
};

Canonical canonical(const QString &ann)
{
    Canonical out;
    QHash<QString, QString> spans;
    QStringList rest;
    for (const QString &line : ann.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'T')) {
            const QString signature = QStringLiteral("[%1]").arg(line.section(u'\t', 1));
            spans.insert(line.section(u'\t', 0, 0), signature);
            out.lines << QStringLiteral("T ") + signature;
        } else {
            rest << line;
        }
    }
    auto resolve = [&spans](const QString &id, bool &ok) {
        const QString bare = id.contains(u':') ? id.section(u':', 1) : id;
        ok = ok && spans.contains(bare);
        return spans.value(bare);
    };
    for (const QString &line : std::as_const(rest)) {
        const QStringList fields = line.section(u'\t', 1, 1).split(u' ', Qt::SkipEmptyParts);
        const QString text = line.section(u'\t', 2);
        bool ok = !fields.isEmpty();
        const qsizetype before = out.lines.size();
        const QChar kind = line.at(0);
        if (kind == u'R' && fields.size() == 3) {
            out.lines << QStringLiteral("R %1 %2 %3").arg(fields[0], resolve(fields[1], ok), resolve(fields[2], ok));
        } else if (kind == u'*') {
            QStringList members;
            for (qsizetype i = 1; i < fields.size(); ++i)
                members << resolve(fields[i], ok);
            members.sort();
            out.lines << QStringLiteral("* %1 %2").arg(fields[0], members.join(u' '));
        } else if (kind == u'A' || kind == u'M') {
            out.lines << QStringLiteral("A %1 %2 %3").arg(fields[0], resolve(fields.value(1), ok), fields.value(2));
        } else if (kind == u'N' && fields.size() == 3) {
            out.lines << QStringLiteral("N %1 %2 %3 %4").arg(fields[0], resolve(fields[1], ok), fields[2], text);
        } else if (kind == u'#' && fields.size() == 2) {
            out.lines << QStringLiteral("# %1 %2 %3").arg(fields[0], resolve(fields[1], ok), text);
        } else {
            ok = false;
        }
        if (!ok) {
            out.lines.resize(before);
            out.unsupported << line;
        }
    }
    out.lines.sort();
    return out;
}

} // namespace

class TestBrat : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<Annotator> m_annotator;
    qint64 m_article = 0;
    QString m_text;
    qint64 m_zelensky = 0;
    qint64 m_kyiv = 0;
    qint64 m_claim = 0;
    qint64 m_error = 0;

    qint64 codePoint(const QString &part) const { return m_text.left(m_text.indexOf(part)).toUcs4().size(); }

    qint64 labelNamed(const QString &name, LabelKind kind = LabelKind::Entity)
    {
        auto id = labelFor(*m_store, *m_annotator, name, kind);
        return id ? *id : 0;
    }

    qint64 tag(const QString &part, qint64 labelId)
    {
        const qint64 start = codePoint(part);
        auto id = m_annotator->addAnnotation(m_article, labelId, start, start + part.toUcs4().size());
        return id ? *id : 0;
    }

    QString exportTo(const QString &name, Exchange::ExportReport *report = nullptr)
    {
        const QString folder = m_dir.filePath(name);
        auto written = Exchange::exportProject(*m_store, Exchange::Format::Brat, {}, folder);
        if (!written)
            qWarning() << written.error();
        else if (report)
            *report = *written;
        return written ? folder : QString();
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
        article.documentId = QStringLiteral("fr-90");
        article.language = QStringLiteral("fr");
        article.text = QStringLiteral("Le 🇺🇦 président Volodymyr Zelensky a déclaré à Kyiv : « la guerre\n"
                                      "continuera ». Kowalczyk a répondu.\n");
        article.bodyLength = article.text.toUcs4().size();
        auto id = m_store->importArticle(article);
        QVERIFY(id.ok());
        m_article = *id;
        m_text = article.text;

        m_zelensky = tag(QStringLiteral("Volodymyr Zelensky"), labelNamed(QStringLiteral("Person")));
        m_kyiv = tag(QStringLiteral("Kyiv"), labelNamed(QStringLiteral("Location")));
        m_claim = tag(QStringLiteral("« la guerre\ncontinuera »"), labelNamed(QStringLiteral("Claim")));
        m_error = tag(QStringLiteral("Kowalczyk"), labelNamed(QStringLiteral("MT error"), LabelKind::MtError));
        QVERIFY(m_zelensky && m_kyiv && m_claim && m_error);

        Entity president;
        president.name = QStringLiteral("Volodymyr Zelensky");
        president.labelId = labelNamed(QStringLiteral("Person"));
        president.wikidata = QStringLiteral("Q3874799");
        QVERIFY(m_annotator->createEntity(president, {m_zelensky}).ok());
        auto claim = m_store->annotation(m_claim);
        QVERIFY(claim.ok());
        claim->claim->verdict = Verdict::MostlyFalse;
        claim->claim->kind = ClaimKind::Prediction;
        claim->claim->claimantMention = m_zelensky;
        claim->claim->rating = QStringLiteral("Trompeur");
        claim->claim->reviewed = QStringLiteral("2026-11-28");
        QVERIFY(m_annotator->updateAnnotation(*claim).ok());
        auto error = m_store->annotation(m_error);
        QVERIFY(error.ok());
        error->mtError = MtError{QStringLiteral("Accuracy/Mistranslation"),
                                 MqmSeverity::Major,
                                 QStringLiteral("Kowalczyk, le ministre"),
                                 {}};
        QVERIFY(m_annotator->updateAnnotation(*error).ok());
        Note note;
        note.annotationId = m_zelensky;
        note.text = QStringLiteral("Président depuis\n2019");
        QVERIFY(m_annotator->addNote(note).ok());
        Note onArticle;
        onArticle.articleId = m_article;
        onArticle.text = QStringLiteral("À relire");
        QVERIFY(m_annotator->addNote(onArticle).ok());
        Relation located;
        located.kind = QStringLiteral("located in");
        located.sourceId = m_zelensky;
        located.targetId = m_kyiv;
        QVERIFY(m_annotator->addRelation(located).ok());
    }

    void exportWritesCodePointOffsetsAndSplitsLines()
    {
        Exchange::ExportReport report;
        const QString folder = exportTo(QStringLiteral("out"), &report);
        QVERIFY(!folder.isEmpty());
        QCOMPARE(report.articles, 1);
        QCOMPARE(report.annotations, 4);
        QCOMPARE(report.dropped.size(), 1);
        QVERIFY2(report.dropped.first().contains(QStringLiteral("À relire")), qPrintable(report.dropped.first()));

        QFile txt(QDir(folder).filePath(QStringLiteral("fr-90.txt")));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        QCOMPARE(txt.readAll(), m_text.toUtf8()); // LF, no byte order mark

        const QStringList ann = readText(QDir(folder).filePath(QStringLiteral("fr-90.ann"))).split(u'\n');
        // "Le " + a flag (two code points, four UTF-16 units) + " président ": 16, not 18.
        QVERIFY(ann.contains(QStringLiteral("T1\tPerson 16 34\tVolodymyr Zelensky")));
        QVERIFY(ann.contains(QStringLiteral("T2\tLocation 47 51\tKyiv")));
        QVERIFY2(ann.contains(QStringLiteral("T3\tClaim 54 65;66 78\t« la guerre continuera »")),
                 qPrintable(ann.join(u'\n')));
        QVERIFY(ann.contains(QStringLiteral("T4\tMT_error 80 89\tKowalczyk")));
        QVERIFY(ann.contains(QStringLiteral("R1\tlocated_in Arg1:T1 Arg2:T2")));
        QVERIFY(ann.contains(QStringLiteral("R2\tClaimant Arg1:T3 Arg2:T1")));
        QVERIFY(ann.contains(QStringLiteral("A1\tVerdict T3 mostly-false")));
        QVERIFY(ann.contains(QStringLiteral("A2\tClaimKind T3 prediction")));
        QVERIFY(ann.contains(QStringLiteral("A3\tMQM_severity T4 major")));
        QVERIFY(ann.contains(QStringLiteral("A4\tMQM_category T4 Accuracy/Mistranslation")));
        QVERIFY(ann.contains(QStringLiteral("N1\tReference T1 Wikidata:Q3874799\tVolodymyr Zelensky")));
        QVERIFY(ann.contains(QStringLiteral("#1\tRating T3\tTrompeur")));
        QVERIFY(ann.contains(QStringLiteral("#2\tReviewed T3\t2026-11-28")));
        QVERIFY(ann.contains(QStringLiteral("#3\tCorrection T4\tKowalczyk, le ministre")));
        QVERIFY(ann.contains(QStringLiteral("#4\tAnnotatorNotes T1\tPrésident depuis 2019")));
        QCOMPARE(ann.size(), 16); // 15 lines and the final newline

        const QString conf = readText(QDir(folder).filePath(QStringLiteral("annotation.conf")));
        for (const char *expected : {"[entities]\n", "\nClaim\n", "\nMT_error\n", "\nPerson\n", "[relations]\n",
                                     "Claimant\tArg1:Claim, Arg2:Person\n", "located_in\tArg1:Person, Arg2:Location\n",
                                     "[events]\n", "[attributes]\n", "Verdict\tArg:<ENTITY>, Value:mostly-false\n",
                                     "MQM_severity\tArg:<ENTITY>, Value:major\n"})
            QVERIFY2(conf.contains(QString::fromUtf8(expected)), expected);
    }

    void exportThenImportGivesTheProjectBack()
    {
        const QString folder = exportTo(QStringLiteral("again"));
        QVERIFY(!folder.isEmpty());
        auto batch = Exchange::BratImport::read(folder);
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QVERIFY2(batch->problems.isEmpty(), qPrintable(batch->problems.join(u'\n')));
        QCOMPARE(batch->articles.size(), 1);
        const Exchange::ImportedArticle &article = batch->articles.first();
        QCOMPARE(article.article.text, m_text);
        QCOMPARE(article.article.documentId, QStringLiteral("fr-90"));
        auto stored = m_store->annotations(m_article);
        QVERIFY(stored.ok());
        QCOMPARE(article.annotations.size(), stored->size());
        for (qsizetype i = 0; i < stored->size(); ++i) {
            QCOMPARE(article.annotations.at(i).start, stored->at(i).start);
            QCOMPARE(article.annotations.at(i).end, stored->at(i).end);
        }
        const Exchange::ImportedAnnotation &person = article.annotations.at(0);
        QCOMPARE(person.label, QStringLiteral("Person"));
        QCOMPARE(person.notes, QStringList{QStringLiteral("Président depuis 2019")});
        QCOMPARE(person.entityKey, QStringLiteral("Wikidata:Q3874799"));
        QCOMPARE(batch->entities.size(), 1);
        QCOMPARE(batch->entities.first().wikidata, QStringLiteral("Q3874799"));
        QCOMPARE(batch->entities.first().name, QStringLiteral("Volodymyr Zelensky"));
        const Exchange::ImportedAnnotation &claim = article.annotations.at(2);
        QCOMPARE(claim.start, codePoint(QStringLiteral("« la guerre"))); // fragments joined again
        QCOMPARE(claim.kind, LabelKind::Claim);
        QVERIFY(claim.claim);
        QCOMPARE(claim.claim->verdict, Verdict::MostlyFalse);
        QCOMPARE(claim.claim->kind, ClaimKind::Prediction);
        QCOMPARE(claim.claim->rating, QStringLiteral("Trompeur"));
        QCOMPARE(claim.claim->reviewed, QStringLiteral("2026-11-28"));
        QCOMPARE(claim.claimantKey, person.key);
        const Exchange::ImportedAnnotation &error = article.annotations.at(3);
        QCOMPARE(error.label, QStringLiteral("MT error"));
        QCOMPARE(error.kind, LabelKind::MtError);
        QCOMPARE(error.mtError,
                 (MtError{QStringLiteral("Accuracy/Mistranslation"),
                          MqmSeverity::Major,
                          QStringLiteral("Kowalczyk, le ministre"),
                          {}}));
        QCOMPARE(article.relations.size(), 1);
        QCOMPARE(article.relations.first().kind, QStringLiteral("located in"));
        QCOMPARE(article.relations.first().sourceKey, person.key);
        QCOMPARE(article.relations.first().targetKey, article.annotations.at(1).key);
    }

    void importFilesWritesTheExportBackIntoAProject()
    {
        const QString folder = exportTo(QStringLiteral("end-to-end"));
        QVERIFY(!folder.isEmpty());
        QTemporaryDir other;
        auto store = ProjectStore::open(other.filePath(QStringLiteral("p.marginalia")));
        QVERIFY(store.ok());
        auto report = Exchange::importFiles(**store, Exchange::Format::Brat, {folder});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->articlesAdded, 1);
        QCOMPARE(report->annotations, 4);
        auto articles = (*store)->articles();
        QVERIFY(articles.ok() && articles->size() == 1);
        auto imported = (*store)->annotations(articles->first().id);
        auto original = m_store->annotations(m_article);
        QVERIFY(imported.ok() && original.ok());
        QCOMPARE(imported->size(), original->size());
        for (qsizetype i = 0; i < original->size(); ++i) {
            QCOMPARE(imported->at(i).start, original->at(i).start);
            QCOMPARE(imported->at(i).end, original->at(i).end);
            QCOMPARE(imported->at(i).quote, original->at(i).quote);
            QCOMPARE(imported->at(i).mtError, original->at(i).mtError);
        }
        const Annotation &claim = imported->at(2);
        QVERIFY(claim.claim);
        QCOMPARE(claim.claim->verdict, Verdict::MostlyFalse);
        QCOMPARE(claim.claim->claimantMention, imported->at(0).id);
        auto entities = (*store)->entities();
        QVERIFY(entities.ok());
        QCOMPARE(entities->size(), 1);
        QCOMPARE(entities->first().wikidata, QStringLiteral("Q3874799"));
        QCOMPARE(imported->at(0).entityId, entities->first().id);
        auto relations = (*store)->relations(articles->first().id);
        QVERIFY(relations.ok());
        QCOMPARE(relations->size(), 1);
        QCOMPARE(relations->first().kind, QStringLiteral("located in"));
    }

    void importReadsEveryLineKind()
    {
        QTemporaryDir dir;
        const QString text = QStringLiteral("Élysée : 🇫🇷 Macron reçoit Olaf Scholz\nà Paris.\n");
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("doc.txt")), text.toUtf8()));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("doc.ann")),
                           "T1\tPerson 12 18\tMacron\n"
                           "T2\tPerson 26 37\tOlaf Scholz\n"
                           "T3\tGeographical_part 31 37;38 45\tScholz \xC3\xA0 Paris\n"
                           "T4\tLocation 0 6;26 30\t\xC3\x89lys\xC3\xA9"
                           "e Olaf\n"
                           "R1\tMeets Arg1:T1 Arg2:T2\t\n"
                           "*\tAlias T1 T2 T4\n"
                           "E1\tMeeting:T1 Agent:T2\n"
                           "A1\tIndividual T1\n"
                           "M2\tMention T2 Name\n"
                           "A3\tConfidence E1 High\n"
                           "N1\tReference T1 Wikidata:Q3052772\tEmmanuel Macron\n"
                           "N2\tReference T2 Wikipedia:8207\tOlaf Scholz\n"
                           "#1\tAnnotatorNotes T2\tChancelier\n"
                           "#2\tAnnotatorNotes R1\tsur une relation\n"));
        auto batch = Exchange::BratImport::read(dir.filePath(QStringLiteral("doc.ann")));
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QCOMPARE(batch->articles.size(), 1);
        const auto &a = batch->articles.first().annotations;
        QCOMPARE(a.size(), 4);
        QCOMPARE(a[0].label, QStringLiteral("Person"));
        QCOMPARE(a[0].start, 12); // code points: the flag counts two
        QCOMPARE(a[0].notes, QStringList{QStringLiteral("[Individual]")});
        QCOMPARE(a[1].notes, (QStringList{QStringLiteral("[Mention: Name]"), QStringLiteral("Chancelier")}));
        QCOMPARE(a[2].label, QStringLiteral("Geographical part"));
        QCOMPARE(a[2].start, 31); // a line break between fragments: joined silently
        QCOMPARE(a[2].end, 45);
        QCOMPARE(a[3].start, 0); // text between fragments: joined, with a problem
        QCOMPARE(a[3].end, 30);
        QCOMPARE(a[0].entityKey, QStringLiteral("Wikidata:Q3052772"));
        QCOMPARE(batch->entities.size(), 2);
        QCOMPARE(batch->entities[0].wikidata, QStringLiteral("Q3052772"));
        QCOMPARE(batch->entities[0].name, QStringLiteral("Emmanuel Macron"));
        QCOMPARE(batch->entities[1].url, QStringLiteral("Wikipedia:8207"));
        const auto &relations = batch->articles.first().relations;
        QCOMPARE(relations.size(), 3); // R1, and the equivalence as T1→T2, T2→T4
        QCOMPARE(relations[1].kind, QStringLiteral("Alias"));
        QCOMPARE(relations[2].sourceKey, QStringLiteral("T2"));
        QCOMPARE(relations[2].targetKey, QStringLiteral("T4"));
        QCOMPARE(batch->equivalenceKinds, QStringList{QStringLiteral("Alias")});

        const QStringList &problems = batch->problems;
        QVERIFY2(problems.size() == 4, qPrintable(problems.join(u'\n')));
        QVERIFY2(problems[0].startsWith(QLatin1String("doc.ann:4: discontinuous span joined")),
                 qPrintable(problems[0]));
        QVERIFY2(problems[1].startsWith(QLatin1String("doc.ann:7: events")), qPrintable(problems[1]));
        QVERIFY2(problems[2].startsWith(QLatin1String("doc.ann:10: refers to the event E1")), qPrintable(problems[2]));
        QVERIFY2(problems[3].startsWith(QLatin1String("doc.ann:14: refers to R1")), qPrintable(problems[3]));
    }

    // An equivalence read from a "*" line is written back as one: the
    // project remembers that its kind is an equivalence, and the conf says so.
    void equivalencesComeBackAsEquivalences()
    {
        QTemporaryDir dir;
        const QString text = QStringLiteral("Zelensky, Zelenskyy et Zelenskiy ; Kyiv et Kiev.\n");
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("alias.txt")), text.toUtf8()));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("alias.ann")),
                           "T1\tPerson 0 8\tZelensky\n"
                           "T2\tPerson 10 19\tZelenskyy\n"
                           "T3\tPerson 23 32\tZelenskiy\n"
                           "T4\tLocation 35 39\tKyiv\n"
                           "T5\tLocation 43 47\tKiev\n"
                           "*\tAlias T3 T1 T2\n"
                           "*\tAlias T4 T5\n"
                           "R1\tNear Arg1:T1 Arg2:T4\n"));
        auto imported =
            Exchange::importFiles(*m_store, Exchange::Format::Brat, {dir.filePath(QStringLiteral("alias.ann"))});
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(*m_store->equivalenceKinds(), QStringList{QStringLiteral("Alias")});

        Exchange::ExportOptions options;
        options.documents = {QStringLiteral("alias")};
        const QString out = m_dir.filePath(QStringLiteral("alias-out"));
        auto report = Exchange::exportProject(*m_store, Exchange::Format::Brat, options, out);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        const QString ann = readText(QDir(out).filePath(QStringLiteral("alias.ann")));
        const QStringList lines = ann.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^\\*\\t"))),
                 (QStringList{QStringLiteral("*\tAlias T1 T2 T3"), QStringLiteral("*\tAlias T4 T5")}));
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^R"))),
                 QStringList{QStringLiteral("R1\tNear Arg1:T1 Arg2:T4")});
        const QString conf = readText(QDir(out).filePath(QStringLiteral("annotation.conf")));
        QVERIFY2(conf.contains(QStringLiteral(
                     "Alias\tArg1:Location|Person, Arg2:Location|Person, <REL-TYPE>:symmetric-transitive")),
                 qPrintable(conf));
        QVERIFY2(conf.contains(QStringLiteral("Near\tArg1:Person, Arg2:Location\n")), qPrintable(conf));
    }

    void importReportsWhatItCannotReadAndGoesOn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub/deeper")));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("sub/deeper/a.txt")), "Kyiv est loin.\n"));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("sub/deeper/a.ann")),
                           "T1\tLocation 0 4\tKyiv\n"
                           "T2\tLocation 10 99\tloin\n"
                           "T3\tLocation five 9\tx\n"
                           "T4\tLocation\n"
                           "no tab here\n"
                           "\tT5\n"
                           "R1\tNear Arg1:T1 Arg2:T9\n"
                           "X1\tWhat T1\n"
                           "T6\tLocation 0 4\tParis\n"
                           "N1\tReference T1\n"
                           "A1\tVerdict\n"));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("orphan.ann")), "T1\tPerson 0 1\tx\n"));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("latin.txt")), "caf\xE9\n"));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("latin.ann")), ""));
        auto batch = Exchange::BratImport::read(dir.path());
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QCOMPARE(batch->articles.size(), 1);
        QCOMPARE(batch->articles.first().annotations.size(), 2); // T1 and T6 (offsets win over the text)
        const QString all = batch->problems.join(u'\n');
        for (const char *expected :
             {"latin.ann:0: latin.txt is not UTF-8", "orphan.ann: no orphan.txt beside it",
              "sub/deeper/a.ann:2: offsets", "sub/deeper/a.ann:3: offsets 'five 9'", "sub/deeper/a.ann:4: a text-bound",
              "sub/deeper/a.ann:5: no id", "sub/deeper/a.ann:6: no id", "sub/deeper/a.ann:7: refers to T9",
              "sub/deeper/a.ann:8: unknown annotation type 'X'", "sub/deeper/a.ann:9: the text 'Paris'",
              "sub/deeper/a.ann:10: a normalisation", "sub/deeper/a.ann:11: an attribute"})
            QVERIFY2(all.contains(QString::fromUtf8(expected)), qPrintable(QString::fromUtf8(expected) + u'\n' + all));
        QCOMPARE(batch->problems.size(), 12);
        QVERIFY(!Exchange::BratImport::read(dir.filePath(QStringLiteral("missing.ann"))).ok());
    }

    void importCountsAsBratDoesWithByteOrderMarkAndCrLf()
    {
        QTemporaryDir dir;
        // brat (Python) counts the mark as a character and reads CR LF as one.
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("d.txt")),
                           "\xEF\xBB\xBFUn\r\nKyiv \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6\r\n"));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("d.ann")),
                           "T1\tLocation 4 8\tKyiv\nT2\tFlag 9 11\t\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6\n"));
        auto batch = Exchange::BratImport::read(dir.filePath(QStringLiteral("d.txt")));
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QVERIFY2(batch->problems.isEmpty(), qPrintable(batch->problems.join(u'\n')));
        const auto &article = batch->articles.first();
        QCOMPARE(article.article.text, QStringLiteral("Un\nKyiv 🇺🇦\n"));
        QCOMPARE(article.annotations[0].start, 3);
        QCOMPARE(article.annotations[0].end, 7);
        QCOMPARE(article.annotations[1].start, 8);
        QCOMPARE(article.annotations[1].end, 10);
    }

    void bratTutorialSurvivesImportAndExport_data()
    {
        QTest::addColumn<QString>("corpus");
        QTest::newRow("tutorials/news") << QStringLiteral("brat/tutorials/news");
        QTest::newRow("CoNLL-ST_2002") << QStringLiteral("brat/corpora/CoNLL-ST_2002");
    }

    void bratTutorialSurvivesImportAndExport()
    {
        QFETCH(QString, corpus);
        MARGINALIA_REQUIRE_EVAL(corpus);
        const QString root = TestSupport::evalPath(corpus);
        auto batch = Exchange::BratImport::read(root);
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        auto written = Exchange::commit(*m_store, *batch, true);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        Exchange::ExportOptions options;
        for (const Exchange::ImportedArticle &a : std::as_const(batch->articles))
            options.documents << a.article.documentId;
        const QString out = m_dir.filePath(QStringLiteral("conformance-") + QFileInfo(root).fileName());
        auto report = Exchange::exportProject(*m_store, Exchange::Format::Brat, options, out);
        QVERIFY2(report.ok(), qPrintable(report.error()));

        int documents = 0, lines = 0, equal = 0, unsupported = 0;
        QDirIterator it(root, {QStringLiteral("*.ann")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString original = it.next();
            const QString base = QFileInfo(original).completeBaseName();
            ++documents;
            QCOMPARE(readText(QDir(out).filePath(base + QStringLiteral(".txt"))),
                     readText(QDir(QFileInfo(original).path()).filePath(base + QStringLiteral(".txt"))));
            const Canonical before = canonical(readText(original));
            const Canonical after = canonical(readText(QDir(out).filePath(base + QStringLiteral(".ann"))));
            QVERIFY(after.unsupported.isEmpty());
            QCOMPARE(after.lines, before.lines);
            lines += int(readText(original).split(u'\n', Qt::SkipEmptyParts).size());
            equal += int(before.lines.size());
            unsupported += int(before.unsupported.size());
        }
        QCOMPARE(documents, batch->articles.size());
        QCOMPARE(batch->problems.size(), unsupported); // each unsupported line was reported
        qInfo("%s: %d documents, %d .ann lines; %d survive (as canonical lines), %d unsupported (events and what "
              "refers to events or relations)",
              qPrintable(corpus), documents, lines, equal, unsupported);
    }
};

QTEST_GUILESS_MAIN(TestBrat)
#include "tst_brat.moc"
