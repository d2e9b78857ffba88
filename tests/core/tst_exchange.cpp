// Exports on a real project file built through the Annotator: what each
// format writes is read back (CSV by an RFC 4180 reader written here) and
// compared with what the project holds.

#include "annotator.h"
#include "evaldata.h"
#include "exchange/csvexport.h"
#include "exchange/exchange.h"
#include "exchange/importbatch.h"
#include "exchange/jsonl.h"
#include "exchange/mqmtsv.h"
#include "mqm.h"
#include "projectstore.h"
#include "smallfilesystem.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

namespace {

// A strict RFC 4180 reader: CRLF records, quoted fields with "" for a quote.
// Returns nullopt on anything malformed.
std::optional<QList<QStringList>> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            if (!cell.isEmpty() || wasQuoted)
                return std::nullopt; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return std::nullopt; // a bare CR
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\n') {
            return std::nullopt; // a bare LF outside quotes
        } else {
            if (wasQuoted)
                return std::nullopt; // text after the closing quote
            cell += c;
        }
    }
    if (quoted || !cell.isEmpty() || !row.isEmpty())
        return std::nullopt; // the last record must end with CRLF
    return rows;
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<Annotator> m_annotator;
    qint64 m_article = 0;
    qint64 m_second = 0;
    QString m_text;

    qint64 codePoint(const QString &part) const { return m_text.left(m_text.indexOf(part)).toUcs4().size(); }

    qint64 tag(const QString &part, qint64 labelId)
    {
        const qint64 start = codePoint(part);
        auto id = m_annotator->addAnnotation(m_article, labelId, start, start + part.toUcs4().size());
        return id ? *id : 0;
    }

    qint64 labelNamed(const QString &name)
    {
        auto labels = m_store->labels();
        for (const Label &l : *labels) {
            if (l.name == name)
                return l.id;
        }
        return 0;
    }

    // Everything a project holds about its articles, as the annotator left
    // it: entities, a claim naming its claimant, an MT error, notes on an
    // annotation and on the article, a relation, a changed label schema,
    // the article's status and metadata.
    void fillEveryKind()
    {
        const qint64 person = labelNamed(QStringLiteral("Person"));
        const qint64 zelensky = tag(QStringLiteral("Zelensky"), person);
        QVERIFY(zelensky);
        Entity president;
        president.name = QStringLiteral("Volodymyr Zelensky");
        president.labelId = person;
        president.aliases = {QStringLiteral("Zelenskiy")};
        president.wikidata = QStringLiteral("Q3874799");
        auto entity = m_annotator->createEntity(president, {zelensky});
        QVERIFY(entity.ok());
        const qint64 said = tag(QStringLiteral("=SOMME(A1) et -5 %"), labelNamed(QStringLiteral("Claim")));
        auto claim = m_store->annotation(said);
        QVERIFY(claim.ok());
        Claim details;
        details.claimantMention = zelensky;
        details.kind = ClaimKind::Statistic;
        details.checkWorthiness = 3;
        details.verdict = Verdict::Mixed;
        details.rating = QStringLiteral("Partly right");
        details.evidence = {Evidence{QStringLiteral("https://example.org/source"), QStringLiteral("Le chiffre")}};
        details.reviewed = QStringLiteral("2026-11-28");
        claim->claim = details;
        QVERIFY(m_annotator->updateAnnotation(*claim).ok());
        const qint64 error = tag(QStringLiteral("Kowalczyk"), labelNamed(QStringLiteral("MT error")));
        auto mt = m_store->annotation(error);
        mt->mtError = MtError{QStringLiteral("Accuracy/Mistranslation"), MqmSeverity::Critical,
                              QStringLiteral("Kowalski"), QStringLiteral("unknown-name")};
        QVERIFY(m_annotator->updateAnnotation(*mt).ok());
        Note onError;
        onError.annotationId = error;
        onError.text = QStringLiteral("Nom mal transcrit");
        onError.author = QStringLiteral("ana");
        QVERIFY(m_annotator->addNote(onError).ok());
        Note onArticle;
        onArticle.articleId = m_article;
        onArticle.text = QStringLiteral("Relu le 28 novembre");
        QVERIFY(m_annotator->addNote(onArticle).ok());
        Relation says;
        says.kind = QStringLiteral("claims");
        says.sourceId = zelensky;
        says.targetId = said;
        QVERIFY(m_annotator->addRelation(says).ok());
        Label quote;
        quote.name = QStringLiteral("Quote");
        quote.kind = LabelKind::Highlight;
        quote.color = QColor(QStringLiteral("#117733"));
        quote.style = LabelStyle::Box;
        QVERIFY(m_annotator->addLabel(quote).ok());
        QVERIFY(tag(QStringLiteral("« attendu »"), labelNamed(QStringLiteral("Quote"))));
        QVERIFY(m_annotator->setArticleStatus(m_article, ArticleStatus::Done).ok());
        QVERIFY(m_store->setArticleMetadata(m_article, QStringLiteral("{\"source\":\"AFP\"}")).ok());
        QVERIFY(m_store->addEquivalenceKinds({QStringLiteral("Alias")}).ok());
    }

    QByteArray exportJsonl(ProjectStore &store, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto report = Exchange::exportProject(store, Exchange::Format::Jsonl, {}, path);
        if (!report)
            qWarning("%s", qPrintable(report.error()));
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto store = ProjectStore::open(
            m_dir.filePath(QStringLiteral("%1-%2.marginalia")
                               .arg(QLatin1String(QTest::currentTestFunction()),
                                    QString::number(qHash(QLatin1String(QTest::currentDataTag()))))));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(*store);
        m_annotator = std::make_unique<Annotator>(*m_store);
        Article article;
        article.documentId = QStringLiteral("fr-90");
        article.language = QStringLiteral("fr");
        article.text = QStringLiteral("Le 🇺🇦 président Zelensky, « attendu », a dit : =SOMME(A1) et -5 % à Kyiv.\n"
                                      "Kowalczyk a répondu \"non\".\n");
        article.bodyLength = article.text.toUcs4().size();
        auto id = m_store->importArticle(article);
        QVERIFY(id.ok());
        m_article = *id;
        m_text = article.text;
        Article other;
        other.documentId = QStringLiteral("fr-91");
        other.text = QStringLiteral("Un autre article sur Paris.\n");
        other.bodyLength = other.text.toUcs4().size();
        auto second = m_store->importArticle(other);
        QVERIFY(second.ok());
        m_second = *second;
        QVERIFY(m_annotator->addAnnotation(m_second, labelNamed(QStringLiteral("Location")), 21, 26).ok());
    }

    void fieldsAreQuotedAndFormulasNeutralised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("Kyiv") << QStringLiteral("Kyiv");
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
        QTest::newRow("quote") << QStringLiteral("dit \"non\"") << QStringLiteral("\"dit \"\"non\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=SOMME(A1)") << QStringLiteral("'=SOMME(A1)");
        QTest::newRow("plus") << QStringLiteral("+33 1") << QStringLiteral("'+33 1");
        QTest::newRow("minus") << QStringLiteral("-5 %") << QStringLiteral("'-5 %");
        QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void fieldsAreQuotedAndFormulasNeutralised()
    {
        QFETCH(QString, cell);
        QFETCH(QString, field);
        QCOMPARE(Exchange::CsvExport::field(cell), field);
    }

    void csvHasOneRowPerAnnotationWithItsDetails()
    {
        const qint64 person = labelNamed(QStringLiteral("Person"));
        const qint64 zelensky = tag(QStringLiteral("Zelensky"), person);
        QVERIFY(zelensky);
        Entity president;
        president.name = QStringLiteral("Volodymyr Zelensky");
        president.labelId = person;
        president.wikidata = QStringLiteral("Q3874799");
        QVERIFY(m_annotator->createEntity(president, {zelensky}).ok());
        const qint64 formula = tag(QStringLiteral("=SOMME(A1) et -5 %"), labelNamed(QStringLiteral("Claim")));
        QVERIFY(formula);
        auto claim = m_store->annotation(formula);
        QVERIFY(claim.ok());
        Claim details;
        details.claimantMention = zelensky;
        details.verdict = Verdict::MostlyFalse;
        details.rating = QStringLiteral("Trompeur, \"exagéré\"");
        claim->claim = details;
        QVERIFY(m_annotator->updateAnnotation(*claim).ok());
        const qint64 error = tag(QStringLiteral("Kowalczyk"), labelNamed(QStringLiteral("MT error")));
        QVERIFY(error);
        auto mt = m_store->annotation(error);
        MtError e;
        e.category = QStringLiteral("Accuracy/Mistranslation");
        e.severity = MqmSeverity::Major;
        e.correction = QStringLiteral("Kowalczyk, le ministre");
        mt->mtError = e;
        QVERIFY(m_annotator->updateAnnotation(*mt).ok());
        Note note;
        note.annotationId = error;
        note.text = QStringLiteral("Deux lignes :\n=à vérifier");
        QVERIFY(m_annotator->addNote(note).ok());

        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        Exchange::ExportOptions options;
        options.documents = {QStringLiteral("fr-90")};
        auto report = Exchange::exportProject(*m_store, Exchange::Format::Csv, options, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->articles, 1);
        QCOMPARE(report->annotations, 3);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no BOM unless asked
        const auto rows = readCsv(QString::fromUtf8(bytes));
        QVERIFY2(rows.has_value(), "not RFC 4180");
        QCOMPARE(rows->size(), 4);
        const QStringList header = rows->at(0);
        QCOMPARE(header, Exchange::CsvExport::columns());
        for (const QStringList &row : *rows)
            QCOMPARE(row.size(), header.size());
        auto cell = [&](int row, const char *column) {
            return rows->at(row).at(header.indexOf(QLatin1String(column)));
        };

        // Rows in reading order: Zelensky, the claim, Kowalczyk.
        QCOMPARE(cell(1, "document"), QStringLiteral("fr-90"));
        QCOMPARE(cell(1, "text"), QStringLiteral("Zelensky"));
        QCOMPARE(cell(1, "start").toLongLong(), codePoint(QStringLiteral("Zelensky"))); // code points: the flag is 2
        QCOMPARE(cell(1, "entity"), QStringLiteral("Volodymyr Zelensky"));
        QCOMPARE(cell(1, "wikidata"), QStringLiteral("Q3874799"));
        QCOMPARE(cell(1, "kind"), QStringLiteral("entity"));
        QCOMPARE(cell(2, "text"), QStringLiteral("'=SOMME(A1) et -5 %")); // neutralised
        QCOMPARE(cell(2, "claimant"), QStringLiteral("Volodymyr Zelensky"));
        QCOMPARE(cell(2, "verdict"), verdictId(Verdict::MostlyFalse));
        QCOMPARE(cell(2, "rating"), QStringLiteral("Trompeur, \"exagéré\""));
        QCOMPARE(cell(3, "mqm_category"), QStringLiteral("Accuracy/Mistranslation"));
        QCOMPARE(cell(3, "mqm_severity"), mqmSeverityId(MqmSeverity::Major));
        QCOMPARE(cell(3, "correction"), QStringLiteral("Kowalczyk, le ministre"));
        QCOMPARE(cell(3, "notes"), QStringLiteral("Deux lignes :\n=à vérifier")); // not at the start
    }

    void csvOptionsChooseArticlesLabelsAndTheByteOrderMark()
    {
        QVERIFY(tag(QStringLiteral("Zelensky"), labelNamed(QStringLiteral("Person"))));
        QVERIFY(tag(QStringLiteral("Kyiv"), labelNamed(QStringLiteral("Location"))));
        const QString path = m_dir.filePath(QStringLiteral("places.csv"));
        Exchange::ExportOptions options;
        options.labels = {QStringLiteral("location")}; // any case
        options.byteOrderMark = true;
        auto report = Exchange::exportProject(*m_store, Exchange::Format::Csv, options, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->articles, 2);
        QCOMPARE(report->annotations, 2); // Kyiv and Paris, not Zelensky
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const auto rows = readCsv(QString::fromUtf8(bytes.mid(3)));
        QVERIFY(rows.has_value());
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(1).at(7), QStringLiteral("Kyiv"));
        QCOMPARE(rows->at(2).at(7), QStringLiteral("Paris"));
    }

    void unknownNamesAreRefusedAndNothingIsWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("never.csv"));
        Exchange::ExportOptions options;
        options.labels = {QStringLiteral("Weather")};
        auto report = Exchange::exportProject(*m_store, Exchange::Format::Csv, options, path);
        QVERIFY(!report.ok());
        QVERIFY(report.error().contains(QStringLiteral("Weather")));
        options.labels.clear();
        options.documents = {QStringLiteral("fr-99")};
        report = Exchange::exportProject(*m_store, Exchange::Format::Csv, options, path);
        QVERIFY(!report.ok());
        QVERIFY(report.error().contains(QStringLiteral("fr-99")));
        QVERIFY(!QFile::exists(path));
        // A folder where the file should go: a clear message, no crash.
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("taken.csv")));
        report =
            Exchange::exportProject(*m_store, Exchange::Format::Csv, {}, m_dir.filePath(QStringLiteral("taken.csv")));
        QVERIFY(!report.ok());
        QVERIFY(report.error().contains(QStringLiteral("taken.csv")));
    }

    // Export, import into a new project, export again: the same bytes, and
    // the same records in both stores.
    void jsonlRestoresAProjectExactly()
    {
        fillEveryKind();
        if (QTest::currentTestFailed())
            return;
        const QByteArray first = exportJsonl(*m_store, QStringLiteral("first.jsonl"));
        QVERIFY(first.count('\n') >= 15);
        QVERIFY(first.contains("\"type\":\"relation\""));

        auto copy = ProjectStore::open(m_dir.filePath(QStringLiteral("restored.marginalia")));
        QVERIFY(copy.ok());
        auto report =
            Exchange::importFiles(**copy, Exchange::Format::Jsonl, {m_dir.filePath(QStringLiteral("first.jsonl"))});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->articlesAdded, 2);
        QCOMPARE(report->annotations, 5);
        const QByteArray second = exportJsonl(**copy, QStringLiteral("second.jsonl"));
        QCOMPARE(second, first);

        for (qint64 article : {m_article, m_second}) {
            QCOMPARE(*(*copy)->annotations(article), *m_store->annotations(article));
            QCOMPARE(*(*copy)->notes(article), *m_store->notes(article));
            QCOMPARE(*(*copy)->relations(article), *m_store->relations(article));
            const StoredArticle a = *m_store->article(article);
            const StoredArticle b = *(*copy)->article(article);
            QCOMPARE(b.text, a.text);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.metadata, a.metadata);
            QCOMPARE(b.importedAt, a.importedAt);
        }
        QCOMPARE(*(*copy)->labels(), *m_store->labels());
        QCOMPARE(*(*copy)->entities(), *m_store->entities());
        QCOMPARE(*(*copy)->equivalenceKinds(), QStringList{QStringLiteral("Alias")});
    }

    // Into a project that has articles: articles matched by their text,
    // labels by name, the claim still names its claimant (by its new id).
    void jsonlAddsToAProjectWithArticles()
    {
        fillEveryKind();
        if (QTest::currentTestFailed())
            return;
        exportJsonl(*m_store, QStringLiteral("merge.jsonl"));
        auto other = ProjectStore::open(m_dir.filePath(QStringLiteral("other.marginalia")));
        QVERIFY(other.ok());
        Article mine;
        mine.text = QStringLiteral("Un article qui n’est que là.\n");
        mine.bodyLength = mine.text.size();
        QVERIFY((*other)->importArticle(mine).ok());
        Article same;
        same.text = m_text;
        same.bodyLength = m_text.toUcs4().size();
        auto sameId = (*other)->importArticle(same);
        QVERIFY(sameId.ok());

        auto report =
            Exchange::importFiles(**other, Exchange::Format::Jsonl, {m_dir.filePath(QStringLiteral("merge.jsonl"))});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->articlesMatched, 1);
        QCOMPARE(report->articlesAdded, 1);
        QCOMPARE(report->annotations, 5);
        QCOMPARE(report->labelsCreated, 1); // Quote
        QCOMPARE(report->entities, 1);
        auto annotations = (*other)->annotations(*sameId);
        QCOMPARE(annotations->size(), 4);
        const auto claim = std::find_if(annotations->cbegin(), annotations->cend(),
                                        [](const Annotation &a) { return a.claim.has_value(); });
        QVERIFY(claim != annotations->cend());
        const auto mention = std::find_if(annotations->cbegin(), annotations->cend(),
                                          [&](const Annotation &a) { return a.id == claim->claim->claimantMention; });
        QVERIFY(mention != annotations->cend());
        QCOMPARE(mention->quote, QStringLiteral("Zelensky"));
        QVERIFY(mention->entityId != 0);
        QCOMPARE(claim->claim->verdict, Verdict::Mixed);
        QCOMPARE(claim->claim->evidence.size(), 1);
        // The file's times, not the import's.
        const QList<Annotation> originals = *m_store->annotations(m_article);
        const auto original =
            std::find_if(originals.cbegin(), originals.cend(), [](const Annotation &a) { return a.claim.has_value(); });
        QVERIFY(original != originals.cend());
        QCOMPARE(claim->created, original->created);
        QCOMPARE((*other)->relations(*sameId)->size(), 1);
        QCOMPARE((*other)->notes(*sameId)->size(), 2);
    }

    // An entity the project already knows is not added again: the same
    // Wikidata item, or the same type and a known name or alias; what the
    // import knows and the project did not (aliases, Wikidata) is added.
    void importMatchesEntitiesTheProjectKnows()
    {
        fillEveryKind();
        if (QTest::currentTestFailed())
            return;
        exportJsonl(*m_store, QStringLiteral("entities.jsonl"));
        auto other = ProjectStore::open(m_dir.filePath(QStringLiteral("known.marginalia")));
        QVERIFY(other.ok());
        Article same;
        same.text = m_text;
        same.bodyLength = m_text.toUcs4().size();
        QVERIFY((*other)->importArticle(same).ok());
        qint64 person = 0;
        for (const Label &l : *(*other)->labels())
            person = l.name == QStringLiteral("Person") ? l.id : person;
        QVERIFY(person);
        // Known by an alias, without a Wikidata item.
        Entity known;
        known.name = QStringLiteral("V. Zelensky");
        known.labelId = person;
        known.aliases = {QStringLiteral("volodymyr zelensky")};
        auto knownId = (*other)->putEntity(known);
        QVERIFY(knownId.ok());
        // Same name, another type: not the same entity.
        Entity ship;
        ship.name = QStringLiteral("Volodymyr Zelensky");
        qint64 location = 0;
        for (const Label &l : *(*other)->labels())
            location = l.name == QStringLiteral("Location") ? l.id : location;
        ship.labelId = location;
        QVERIFY((*other)->putEntity(ship).ok());

        const QString file = m_dir.filePath(QStringLiteral("entities.jsonl"));
        auto first = Exchange::importFiles(**other, Exchange::Format::Jsonl, {file});
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->entities, 0);
        QCOMPARE(first->entitiesMatched, 1);
        auto entities = (*other)->entities();
        QCOMPARE(entities->size(), 2);
        const Entity merged = *(*other)->entity(*knownId);
        QCOMPARE(merged.name, QStringLiteral("V. Zelensky")); // what the project had stays
        QCOMPARE(merged.wikidata, QStringLiteral("Q3874799"));
        QVERIFY(merged.aliases.contains(QStringLiteral("Zelenskiy")));
        QCOMPARE(merged.aliases.filter(QStringLiteral("Volodymyr Zelensky"), Qt::CaseInsensitive).size(), 1);
        // The imported mention is linked to it.
        bool linked = false;
        for (const Annotation &a : *(*other)->annotations((*other)->articles()->first().id))
            linked = linked || (a.quote == QStringLiteral("Zelensky") && a.entityId == *knownId);
        QVERIFY(linked);

        // Imported again: now known by its Wikidata item.
        auto second = Exchange::importFiles(**other, Exchange::Format::Jsonl, {file});
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->entities, 0);
        QCOMPARE(second->entitiesMatched, 1);
        QCOMPARE((*other)->entities()->size(), 2);
    }

    // Lines that cannot be read are reported with file and line; nothing is
    // imported unless asked to import the rest.
    void jsonlProblemsAreReportedLineByLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString text = QStringLiteral("Un texte.\n");
        Article check;
        check.text = text;
        file.write("{\"type\":\"marginalia\",\"format\":\"jsonl\",\"version\":1}\n");
        file.write("{\"type\":\"label\",\"id\":1,\"name\":\"Person\",\"kind\":\"entity\",\"color\":\"#56b4e9\","
                   "\"hotkey\":\"1\",\"style\":\"fill\"}\n");
        file.write("{\"type\":\"article\",\"id\":7,\"sha256\":\"" + check.sha256().toLatin1()
                   + "\",\"text\":\"Un texte.\\n\",\"body_length\":10}\n");
        file.write("{not json\n");
        file.write("{\"type\":\"annotation\",\"id\":1,\"article\":7,\"label_id\":1,\"start\":3,\"end\":8}\n");
        file.write("{\"type\":\"annotation\",\"id\":2,\"article\":7,\"label_id\":1,\"start\":5,\"end\":2}\n");
        file.write("{\"type\":\"widget\"}\n");
        file.close();

        const int before = int(m_store->articles()->size());
        auto report = Exchange::importFiles(*m_store, Exchange::Format::Jsonl, {path});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(QStringLiteral("bad.jsonl:4: not JSON")), qPrintable(report.error()));
        QVERIFY2(report.error().contains(QStringLiteral("bad.jsonl:6: annotation 2: no span")),
                 qPrintable(report.error()));
        QVERIFY2(report.error().contains(QStringLiteral("bad.jsonl:7: unknown record type “widget”")),
                 qPrintable(report.error()));
        QCOMPARE(int(m_store->articles()->size()), before);

        // The rest, on request: the article and the good annotation.
        report = Exchange::importFiles(*m_store, Exchange::Format::Jsonl, {path}, true);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->articlesAdded, 1);
        QCOMPARE(report->annotations, 1);
        QCOMPARE(report->problems.size(), 3);
        QCOMPARE(int(m_store->articles()->size()), before + 1);

        // Not a Marginalia file at all.
        QFile other(m_dir.filePath(QStringLiteral("other.jsonl")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("{\"text\":\"hello\"}\n");
        other.close();
        report = Exchange::importFiles(*m_store, Exchange::Format::Jsonl, {other.fileName()});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(QStringLiteral("not a Marginalia JSON Lines file")),
                 qPrintable(report.error()));
    }

    // Our own article: sentences are the segments; the error's span is
    // marked, the other segments read by the same rater are "No-error";
    // the scores file has the article's score with the WMT weights.
    void mqmExportMarksSpansAndCleanSegments()
    {
        const qint64 error = tag(QStringLiteral("Kowalczyk"), labelNamed(QStringLiteral("MT error")));
        QVERIFY(error);
        auto mt = m_store->annotation(error);
        mt->mtError = MtError{QStringLiteral("Accuracy/Mistranslation"), MqmSeverity::Major, {}, {}};
        mt->author = QStringLiteral("ana");
        QVERIFY(m_annotator->updateAnnotation(*mt).ok());
        const qint64 punct = tag(QStringLiteral("»"), labelNamed(QStringLiteral("MT error")));
        auto p = m_store->annotation(punct);
        p->mtError = MtError{QStringLiteral("Fluency/Punctuation"), MqmSeverity::Minor, {}, {}};
        p->author = QStringLiteral("ana");
        QVERIFY(m_annotator->updateAnnotation(*p).ok());

        const QString path = m_dir.filePath(QStringLiteral("mqm.tsv"));
        Exchange::ExportOptions options;
        options.documents = {QStringLiteral("fr-90")};
        auto report = Exchange::exportProject(*m_store, Exchange::Format::Mqm, options, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->annotations, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 QStringLiteral("system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity"));
        // Two sentences: the first has the punctuation error, the second the name.
        QCOMPARE(lines.size(), 3);
        const QStringList first = lines.at(1).split(u'\t');
        QCOMPARE(first.size(), 9);
        QCOMPARE(first.at(0), QStringLiteral("MT"));
        QCOMPARE(first.at(1), QStringLiteral("fr-90"));
        QCOMPARE(first.at(2), QStringLiteral("1"));
        QCOMPARE(first.at(4), QStringLiteral("ana"));
        QVERIFY2(first.at(6).contains(QStringLiteral("« attendu <v>»</v>,")), qPrintable(first.at(6)));
        QCOMPARE(first.at(7), QStringLiteral("Fluency/Punctuation"));
        QCOMPARE(first.at(8), QStringLiteral("Minor"));
        const QStringList second = lines.at(2).split(u'\t');
        QCOMPARE(second.at(6), QStringLiteral("<v>Kowalczyk</v> a répondu \"non\"."));
        QCOMPARE(second.at(8), QStringLiteral("Major"));

        // A second rater's mark: now each reads both segments.
        const qint64 other = tag(QStringLiteral("Kyiv"), labelNamed(QStringLiteral("MT error")));
        auto o = m_store->annotation(other);
        o->mtError = MtError{QStringLiteral("Locale convention/Name format"), MqmSeverity::Minor, {}, {}};
        o->author = QStringLiteral("ben");
        QVERIFY(m_annotator->updateAnnotation(*o).ok());
        QVERIFY(Exchange::exportProject(*m_store, Exchange::Format::Mqm, options, path).ok());
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QString all = QString::fromUtf8(again.readAll());
        QCOMPARE(all.count(u'\n'), 1 + 4); // header; ana ×2 segments, ben ×2
        QVERIFY(all.contains(QStringLiteral("\tben\t\tKowalczyk a répondu \"non\".\tNo-error\tNo-error\n")));

        // Scores: 3 errors, penalty 5 + 0.1 + 1 with the WMT weights.
        QFile scores(m_dir.filePath(QStringLiteral("mqm.scores.tsv")));
        QVERIFY(scores.open(QIODevice::ReadOnly));
        const QStringList scoreLines = QString::fromUtf8(scores.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(scoreLines.size(), 2);
        const QStringList score = scoreLines.at(1).split(u'\t');
        const int words = Mqm::wordCount(m_text);
        QCOMPARE(score.at(2).toInt(), words);
        QCOMPARE(score.at(3), QStringLiteral("3"));
        QCOMPARE(score.at(4), QStringLiteral("6.10"));
        QCOMPARE(score.at(5), QString::number(6.1 * 1000 / words, 'f', 2));
        QCOMPARE(score.at(6), QString::number((1 - 6.1 / words) * 100, 'f', 2));
    }

    // Rows of both layouts become articles with their errors; what cannot
    // be read is reported by line; export gives the rows back.
    void mqmImportReadsRowsBackIntoArticles()
    {
        const QString path = m_dir.filePath(QStringLiteral("wmt.tsv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\n"
            "sysA\tnews.1\t1\t11\tr1\tThe minister arrived.\tLe <v>ministre</v> est "
            "arrivé.\tAccuracy/Mistranslation\tMajor\n"
            "sysA\tnews.1\t2\t12\tr1\tIn Kyiv.\tÀ Kyiv.\tNo-error\tNo-error\n"
            "sysA\tnews.1\t1\t11\tr2\tThe minister arrived.\tLe ministre est <v>arrivé</v>.\tFluency/Grammar\tMinor\n"
            "sysB\tnews.1\t1\t11\tr1\tThe minister arrived.\t<v>🇺🇦</v> Ministre arrivé.\tFluency/Spelling\tminor\n"
            "sysB\tnews.1\t2\t12\tr1\tIn Kyiv.\tÀ <v>Kiev\tFluency/Spelling\tMinor\n"
            "sysB\tnews.1\t3\tx\tr1\t\t\tNo-error\tNo-error\n"
            "sysB\tnews.1\t4\t14\tr1\t\tFin.\tStyle/Awkward\tSerious\n");
        file.close();
        auto refused = Exchange::importFiles(*m_store, Exchange::Format::Mqm, {path});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("wmt.tsv:6: the error span is not one <v>…</v> pair")),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("wmt.tsv:7: the seg_id “x” is not a number")),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("wmt.tsv:8: unknown severity “Serious”")),
                 qPrintable(refused.error()));

        auto report = Exchange::importFiles(*m_store, Exchange::Format::Mqm, {path}, true);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->articlesAdded, 2);
        QCOMPARE(report->annotations, 3);
        QCOMPARE(report->problems.size(), 3);
        auto articles = m_store->articles();
        const auto sysA = std::find_if(articles->cbegin(), articles->cend(),
                                       [](const StoredArticle &a) { return a.documentId == u"sysA/news.1"; });
        QVERIFY(sysA != articles->cend());
        QCOMPARE(m_store->article(sysA->id)->text, QStringLiteral("news.1 · sysA\nLe ministre est arrivé.\nÀ Kyiv.\n"));
        const QList<Annotation> errors = *m_store->annotations(sysA->id);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).quote, QStringLiteral("ministre"));
        QCOMPARE(errors.at(0).author, QStringLiteral("r1"));
        QCOMPARE(errors.at(0).mtError->severity, MqmSeverity::Major);
        QCOMPARE(errors.at(1).quote, QStringLiteral("arrivé"));

        const QString out = m_dir.filePath(QStringLiteral("back.tsv"));
        Exchange::ExportOptions options;
        options.documents = {QStringLiteral("sysA/news.1"), QStringLiteral("sysB/news.1")};
        QVERIFY(Exchange::exportProject(*m_store, Exchange::Format::Mqm, options, out).ok());
        QFile back(out);
        QVERIFY(back.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(back.readAll());
        for (const char *row :
             {"sysA\tnews.1\t1\t11\tr1\tThe minister arrived.\tLe <v>ministre</v> est "
              "arrivé.\tAccuracy/Mistranslation\tMajor\n",
              "sysA\tnews.1\t2\t12\tr1\tIn Kyiv.\tÀ Kyiv.\tNo-error\tNo-error\n",
              "sysA\tnews.1\t1\t11\tr2\tThe minister arrived.\tLe ministre est "
              "<v>arrivé</v>.\tFluency/Grammar\tMinor\n",
              "sysA\tnews.1\t2\t12\tr2\tIn Kyiv.\tÀ Kyiv.\tNo-error\tNo-error\n",
              "sysB\tnews.1\t1\t11\tr1\tThe minister arrived.\t<v>🇺🇦</v> Ministre arrivé.\tFluency/Spelling\tMinor\n"})
            QVERIFY2(written.contains(QString::fromUtf8(row)), row);
    }

    // Google's WMT 2021 TED MQM sample: every row imports (but one whose
    // span marker has no end), and the export gives the same rows back.
    void mqmConformanceWithTheWmtSample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("en-de") << QStringLiteral("mqm/ted_ende_sample.tsv");
        QTest::newRow("zh-en") << QStringLiteral("mqm/ted_zhen_sample.tsv");
    }

    void mqmConformanceWithTheWmtSample()
    {
        QFETCH(QString, file);
        MARGINALIA_REQUIRE_EVAL(file);
        const QString path = TestSupport::evalPath(file);
        QFile sample(path);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(sample.readAll()).split(u'\n', Qt::SkipEmptyParts);
        const QStringList header = lines.takeFirst().split(u'\t');
        auto col = [&header](const char *name) { return int(header.indexOf(QLatin1String(name))); };
        QStringList expected;
        int malformed = 0;
        for (const QString &line : std::as_const(lines)) {
            const QStringList f = line.split(u'\t');
            if (!f.at(col("target_marked")).contains(QStringLiteral("</v>"))) {
                ++malformed;
                continue;
            }
            expected << QStringList{f.at(col("system")),   f.at(col("doc")),     f.at(col("seg_id")),
                                    f.at(col("rater")),    f.at(col("source")),  f.at(col("target_marked")),
                                    f.at(col("category")), f.at(col("severity"))}
                            .join(u'\t');
        }
        auto project = ProjectStore::open(
            m_dir.filePath(QStringLiteral("wmt-%1.marginalia").arg(QLatin1String(QTest::currentDataTag()))));
        QVERIFY(project.ok());
        auto report = Exchange::importFiles(**project, Exchange::Format::Mqm, {path}, true);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->problems.size(), malformed);
        QCOMPARE(report->annotations, int(expected.size()));

        const QString out = m_dir.filePath(QStringLiteral("wmt-%1.tsv").arg(QLatin1String(QTest::currentDataTag())));
        auto written = Exchange::exportProject(**project, Exchange::Format::Mqm, {}, out);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QVERIFY(written->dropped.isEmpty());
        QFile back(out);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QStringList rows = QString::fromUtf8(back.readAll()).split(u'\n', Qt::SkipEmptyParts);
        rows.removeFirst();
        QStringList got;
        for (const QString &row : std::as_const(rows)) {
            const QStringList f = row.split(u'\t');
            if (f.at(7) != u"No-error")
                got << QStringList{f.at(0), f.at(1), f.at(3), f.at(4), f.at(5), f.at(6), f.at(7), f.at(8)}.join(u'\t');
        }
        expected.sort();
        got.sort();
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(got, expected);
        qInfo("%s: %lld rows back, %d malformed row(s) reported", qPrintable(file), qlonglong(got.size()), malformed);
    }

    // A claim with a verdict becomes a ClaimReview with every property
    // Google's Fact Check tools require or recommend; one not checked yet
    // is listed, not published.
    void claimReviewHasTheRequiredAndRecommendedProperties()
    {
        fillEveryKind();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_store
                    ->setArticleMetadata(m_article,
                                         QStringLiteral("{\"date\":\"2026-11-20\",\"url\":"
                                                        "\"https://example.org/article\"}"))
                    .ok());
        QVERIFY(tag(QStringLiteral("Kyiv"), labelNamed(QStringLiteral("Claim")))); // not checked
        const QString path = m_dir.filePath(QStringLiteral("reviews.json"));
        Exchange::ExportOptions options;
        options.reviewer = QStringLiteral("Vérif’ Presse");
        options.reviewUrl = QStringLiteral("https://verif.example/reviews/2026-11");
        auto report = Exchange::exportProject(*m_store, Exchange::Format::ClaimReview, options, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->annotations, 1);
        QCOMPARE(report->dropped.size(), 1);
        QVERIFY(report->dropped.first().contains(QStringLiteral("not checked yet")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray reviews = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(reviews.size(), 1);
        const QJsonObject r = reviews.first().toObject();
        QCOMPARE(r.value(QStringLiteral("@context")).toString(), QStringLiteral("https://schema.org"));
        QCOMPARE(r.value(QStringLiteral("@type")).toString(), QStringLiteral("ClaimReview"));
        QCOMPARE(r.value(QStringLiteral("claimReviewed")).toString(), QStringLiteral("=SOMME(A1) et -5 %"));
        const QJsonObject rating = r.value(QStringLiteral("reviewRating")).toObject();
        QCOMPARE(rating.value(QStringLiteral("alternateName")).toString(), QStringLiteral("Partly right"));
        QCOMPARE(rating.value(QStringLiteral("ratingValue")).toString(), QStringLiteral("3"));
        QCOMPARE(rating.value(QStringLiteral("bestRating")).toString(), QStringLiteral("5"));
        QCOMPARE(rating.value(QStringLiteral("worstRating")).toString(), QStringLiteral("1"));
        const QJsonObject claim = r.value(QStringLiteral("itemReviewed")).toObject();
        QCOMPARE(claim.value(QStringLiteral("@type")).toString(), QStringLiteral("Claim"));
        const QJsonObject claimant = claim.value(QStringLiteral("author")).toObject();
        QCOMPARE(claimant.value(QStringLiteral("@type")).toString(), QStringLiteral("Person"));
        QCOMPARE(claimant.value(QStringLiteral("name")).toString(), QStringLiteral("Volodymyr Zelensky"));
        QCOMPARE(claimant.value(QStringLiteral("sameAs")).toString(),
                 QStringLiteral("https://www.wikidata.org/wiki/Q3874799"));
        QCOMPARE(claim.value(QStringLiteral("datePublished")).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(claim.value(QStringLiteral("appearance")).toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://example.org/article"));
        QCOMPARE(r.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Vérif’ Presse"));
        QCOMPARE(r.value(QStringLiteral("datePublished")).toString(), QStringLiteral("2026-11-28"));
        QVERIFY(r.value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QStringLiteral("https://verif.example/reviews/2026-11#fr-90-")));
        QCOMPARE(r.value(QStringLiteral("citation")).toArray().first().toString(),
                 QStringLiteral("https://example.org/source"));
    }

    // Every property the published examples use for the review, the rating
    // and the claim is in ours (publisher logos and images aside).
    void claimReviewCoversThePublishedExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("schema.org") << QStringLiteral("claimreview/schemaorg_example_worldisflat.jsonld");
        QTest::newRow("AFP/De Facto") << QStringLiteral("claimreview/real_world_fr_defacto_afp_claimreview.json");
    }

    void claimReviewCoversThePublishedExamples()
    {
        QFETCH(QString, file);
        MARGINALIA_REQUIRE_EVAL(file);
        fillEveryKind();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_store
                    ->setArticleMetadata(m_article,
                                         QStringLiteral("{\"date\":\"2026-11-20\",\"url\":"
                                                        "\"https://example.org/article\"}"))
                    .ok());
        const QString path = m_dir.filePath(QStringLiteral("ours.json"));
        Exchange::ExportOptions options;
        options.reviewer = QStringLiteral("Desk");
        options.reviewUrl = QStringLiteral("https://desk.example/r");
        QVERIFY(Exchange::exportProject(*m_store, Exchange::Format::ClaimReview, options, path).ok());
        QFile ours(path);
        QVERIFY(ours.open(QIODevice::ReadOnly));
        QFile theirs(TestSupport::evalPath(file));
        QVERIFY(theirs.open(QIODevice::ReadOnly));
        // Key paths ("itemReviewed.author.name") of a JSON object.
        std::function<void(const QJsonObject &, const QString &, QSet<QString> &)> paths =
            [&paths](const QJsonObject &o, const QString &prefix, QSet<QString> &out) {
                for (auto it = o.begin(); it != o.end(); ++it) {
                    const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
                    out.insert(key);
                    if (it.value().isObject())
                        paths(it.value().toObject(), key, out);
                }
            };
        QSet<QString> mine, published;
        paths(QJsonDocument::fromJson(ours.readAll()).array().first().toObject(), {}, mine);
        paths(QJsonDocument::fromJson(theirs.readAll()).object(), {}, published);
        QStringList missing;
        for (const QString &p : std::as_const(published)) {
            // Pictures and the publisher's identity are the site's, not the review's;
            // "type" is a typo of "@type" in the AFP example.
            if (p.contains(QStringLiteral("image")) || p.contains(QStringLiteral("publisher"))
                || p.contains(QStringLiteral("logo")) || p.endsWith(QStringLiteral(".type"))
                || p == u"itemReviewed.appearance.author"
                || p.startsWith(QStringLiteral("itemReviewed.appearance.author."))
                || p
                    == u"itemReviewed.author.sameAs" /* the example's claimant has a site; ours here a Wikidata page */)
                continue;
            if (!mine.contains(p))
                missing << p;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    }

    // Accepted corrections replace their spans; one that overlaps an earlier
    // correction is listed, not applied; several articles go to a folder,
    // their file names made safe.
    void correctedTextAppliesTheCorrections()
    {
        auto correct = [this](const QString &part, const QString &correction) {
            const qint64 id = tag(part, labelNamed(QStringLiteral("MT error")));
            auto a = m_store->annotation(id);
            a->mtError = MtError{QStringLiteral("Accuracy/Mistranslation"), MqmSeverity::Minor, correction, {}};
            return m_annotator->updateAnnotation(*a).ok();
        };
        QVERIFY(correct(QStringLiteral("Kowalczyk"), QStringLiteral("Kowalski")));
        QVERIFY(correct(QStringLiteral("=SOMME(A1)"), QStringLiteral("la somme")));
        QVERIFY(correct(QStringLiteral("SOMME"), QStringLiteral("TOTAL"))); // inside the one before
        QVERIFY(tag(QStringLiteral("Kyiv"), labelNamed(QStringLiteral("MT error")))); // no correction

        const QString path = m_dir.filePath(QStringLiteral("fr-90.txt"));
        Exchange::ExportOptions options;
        options.documents = {QStringLiteral("fr-90")};
        auto report = Exchange::exportProject(*m_store, Exchange::Format::Corrected, options, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->annotations, 2);
        QCOMPARE(report->dropped.size(), 1);
        QVERIFY(report->dropped.first().contains(QStringLiteral("“SOMME” → “TOTAL”")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("Le 🇺🇦 président Zelensky, « attendu », a dit : la somme et -5 % à Kyiv.\n"
                                "Kowalski a répondu \"non\".\n"));

        // Every article: a folder, one file each; "../x" stays inside.
        Article sneaky;
        sneaky.documentId = QStringLiteral("../../escape");
        sneaky.text = QStringLiteral("Texte.\n");
        sneaky.bodyLength = 7;
        QVERIFY(m_store->importArticle(sneaky).ok());
        const QString folder = m_dir.filePath(QStringLiteral("corrected"));
        report = Exchange::exportProject(*m_store, Exchange::Format::Corrected, {}, folder);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->articles, 3);
        QStringList files = QDir(folder).entryList(QDir::Files);
        files.sort();
        QCOMPARE(files,
                 (QStringList{QStringLiteral("_._.._escape.txt"), QStringLiteral("fr-90.txt"),
                              QStringLiteral("fr-91.txt")}));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("escape.txt"))));
    }

    // The report is one file with nothing to fetch: the article's text is
    // all there, highlighted, with a legend, the tables and the score.
    void htmlReportIsSelfContained()
    {
        fillEveryKind();
        if (QTest::currentTestFailed())
            return;
        const QString path = m_dir.filePath(QStringLiteral("report.html"));
        Exchange::ExportOptions options;
        options.documents = {QStringLiteral("fr-90")};
        auto report = Exchange::exportProject(*m_store, Exchange::Format::Html, options, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->annotations, 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        for (const char *outside : {"<script", "src=", "href=", "@import", "url("})
            QVERIFY2(!html.contains(QLatin1String(outside)), outside);
        // The text survives the markup: the page reads as the article.
        QString shown = html;
        shown.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        shown.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        shown.replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        QVERIFY2(shown.contains(QStringLiteral("Le 🇺🇦 président Zelensky")), qPrintable(shown.left(300)));
        QVERIFY(shown.contains(QStringLiteral("Kowalczyk")));
        // Nested spans: the quote label inside nothing, the claim's words marked.
        QVERIFY(html.contains(
            QStringLiteral("<span class=\"l%1\">=SOMME(A1) et -5 %</span>").arg(labelNamed(QStringLiteral("Claim")))));
        QVERIFY(html.contains(QStringLiteral("<h2>Claims</h2>")));
        QVERIFY(shown.contains(QStringLiteral("Volodymyr Zelensky")));
        QVERIFY(shown.contains(QStringLiteral("Mixed — Partly right")));
        QVERIFY(html.contains(QStringLiteral("<h2>Translation errors (MQM)</h2>")));
        QVERIFY(shown.contains(QStringLiteral("Accuracy/Mistranslation")));
        QVERIFY(shown.contains(QStringLiteral("MQM score ")));
        QVERIFY(shown.contains(QStringLiteral("Nom mal transcrit"))); // the note
        // Every annotation's number follows its span.
        for (int n = 1; n <= 4; ++n)
            QVERIFY(html.contains(QStringLiteral("<sup class=\"n\">%1</sup>").arg(n)));
    }

    // Found by fuzz_jsonl: with other lines broken, a span past the end of
    // its article still has to be refused (the reference check is skipped).
    void jsonlRefusesASpanPastItsArticleAmongOtherProblems()
    {
        const Exchange::ImportBatch batch = Exchange::Jsonl::read(
            {QStringLiteral(MARGINALIA_TEST_DATA "/fuzz/jsonl/span-past-the-end-with-other-problems.jsonl")});
        QVERIFY(!batch.problems.isEmpty());
        QVERIFY2(batch.problems.join(u'\n').contains(QStringLiteral("annotation 2: the span 0–76 is past the end")),
                 qPrintable(batch.problems.join(u'\n')));
        QCOMPARE(batch.articles.size(), 1);
        for (const Exchange::ImportedAnnotation &a : batch.articles.first().annotations)
            QVERIFY(a.end <= batch.articles.first().article.text.toUcs4().size());
    }

    // Found by fuzz_mqm: a seg_id "11" followed by NUL characters was read
    // as 11 and merged with the real segment 11, its error landing outside
    // the article. Ids are digits only now.
    void mqmRefusesASegIdThatIsNotOnlyDigits()
    {
        const Exchange::ImportBatch batch =
            Exchange::MqmTsv::read({QStringLiteral(MARGINALIA_TEST_DATA "/fuzz/mqm/seg-id-with-nul-characters.tsv")});
        QVERIFY2(batch.problems.join(u'\n').contains(QStringLiteral("is not a number")),
                 qPrintable(batch.problems.join(u'\n')));
        QCOMPARE(batch.articles.size(), 1);
        QVERIFY(batch.articles.first().annotations.isEmpty());
    }

    // Emoji (ZWJ sequences, a flag with a variation selector), combining
    // marks and right-to-left text (Hebrew, Arabic) inside and around
    // annotated spans: every format writes spans that are still the same
    // text. Formats that import are read back into a fresh project; the
    // others are read as their users' tools would.
    void unicodeSpansKeepTheirTextInEveryFormat_data()
    {
        QTest::addColumn<int>("format");
        for (const Exchange::FormatInfo &f : Exchange::formats())
            QTest::newRow(qPrintable(f.name)) << int(f.format);
    }

    void unicodeSpansKeepTheirTextInEveryFormat()
    {
        QFETCH(int, format);
        const auto chosen = Exchange::Format(format);
        const QString text =
            QStringLiteral("La famille 👩‍👩‍👧 de Zoe\u0308 Lefe\u0300vre à Kyiv 🏳️‍🌈, puis "
                           "שלום עליכם et مرحبا بالعالم : Kowalczyk a dit “non”.\n\nfr-95\n");
        Article article;
        article.documentId = QStringLiteral("fr-95");
        article.language = QStringLiteral("fr");
        article.text = text;
        article.bodyLength = QStringView(text).left(text.indexOf(QStringLiteral("\n\nfr-95"))).toUcs4().size();
        auto id = m_store->importArticle(article);
        QVERIFY(id.ok());
        auto at = [&](const QString &part) {
            const qint64 start = QStringView(text).left(text.indexOf(part)).toUcs4().size();
            return std::pair{start, start + qint64(part.toUcs4().size())};
        };
        struct Span {
            QString label;
            QString quote;
        };
        const QList<Span> spans{
            {QStringLiteral("Person"), QStringLiteral("Zoe\u0308 Lefe\u0300vre")},
            {QStringLiteral("Location"), QStringLiteral("Kyiv")},
            {QStringLiteral("Location"), QStringLiteral("שלום עליכם")},
            {QStringLiteral("Claim"), QStringLiteral("👩‍👩‍👧 de Zoe\u0308")},
            {QStringLiteral("MT error"), QStringLiteral("مرحبا بالعالم")},
            {QStringLiteral("MT error"), QStringLiteral("🏳️‍🌈")},
        };
        for (const Span &span : spans) {
            const auto [start, end] = at(span.quote);
            auto added = m_annotator->addAnnotation(*id, labelNamed(span.label), start, end);
            QVERIFY2(added.ok(), qPrintable(added.error()));
            auto stored = m_store->annotation(*added);
            QCOMPARE(stored->quote, span.quote);
            if (span.label == u"Claim") {
                Claim details;
                details.verdict = Verdict::False;
                stored->claim = details;
                QVERIFY(m_annotator->updateAnnotation(*stored).ok());
            }
            if (span.label == u"MT error") {
                stored->mtError = MtError{QStringLiteral("Accuracy/Mistranslation"),
                                          MqmSeverity::Minor,
                                          QStringLiteral("[%1]").arg(span.quote),
                                          {}};
                QVERIFY(m_annotator->updateAnnotation(*stored).ok());
            }
        }
        const QString path = m_dir.filePath(QStringLiteral("unicode-%1").arg(format));
        Exchange::ExportOptions options;
        options.documents = {QStringLiteral("fr-95")};
        auto report = Exchange::exportProject(*m_store, chosen, options, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        auto readAll = [](const QString &file) {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        auto quotesOf = [](const QList<Span> &list, const QStringList &labels) {
            QStringList quotes;
            for (const Span &span : list) {
                if (labels.isEmpty() || labels.contains(span.label))
                    quotes << span.label + u'|' + span.quote;
            }
            quotes.sort();
            return quotes;
        };

        switch (chosen) {
        case Exchange::Format::Jsonl:
        case Exchange::Format::W3c:
        case Exchange::Format::Brat:
        case Exchange::Format::Conll: {
            // Into a fresh project that has the article (W3C annotations
            // name it; the others carry its text).
            QTemporaryDir other;
            auto fresh = ProjectStore::open(other.filePath(QStringLiteral("fresh.marginalia")));
            QVERIFY(fresh.ok());
            if (chosen == Exchange::Format::W3c)
                QVERIFY((*fresh)->importArticle(article).ok());
            auto imported = Exchange::importFiles(**fresh, chosen, {path});
            QVERIFY2(imported.ok(), qPrintable(imported.error()));
            auto articles = (*fresh)->articles();
            QVERIFY(articles.ok() && articles->size() == 1);
            const StoredArticle back = *(*fresh)->article(articles->first().id);
            auto labels = (*fresh)->labels();
            QStringList quotes;
            auto annotations = (*fresh)->annotations(articles->first().id);
            QVERIFY(annotations.ok());
            for (const Annotation &a : *annotations) {
                // The stored quote is the text at the stored offsets.
                const QList<uint> codePoints = back.text.toUcs4();
                const QString there = QString::fromUcs4(
                    reinterpret_cast<const char32_t *>(codePoints.constData()) + a.start, a.end - a.start);
                QCOMPARE(a.quote, there);
                const auto label =
                    std::find_if(labels->cbegin(), labels->cend(), [&](const Label &l) { return l.id == a.labelId; });
                QVERIFY(label != labels->cend());
                quotes << label->name + u'|' + a.quote;
            }
            quotes.sort();
            const QStringList carried = chosen == Exchange::Format::Conll
                ? QStringList{QStringLiteral("Person"), QStringLiteral("Location")}
                : QStringList{};
            QCOMPARE(quotes, quotesOf(spans, carried));
            if (chosen != Exchange::Format::Conll)
                QCOMPARE(back.text, text);
            break;
        }
        case Exchange::Format::Csv: {
            auto rows = readCsv(readAll(path));
            QVERIFY(rows && rows->size() == spans.size() + 1);
            const QStringList header = rows->first();
            const qsizetype start = header.indexOf(QStringLiteral("start"));
            const qsizetype end = header.indexOf(QStringLiteral("end"));
            const qsizetype quote = header.indexOf(QStringLiteral("text"));
            const qsizetype label = header.indexOf(QStringLiteral("label"));
            const QList<uint> codePoints = text.toUcs4();
            QStringList quotes;
            for (const QStringList &row : rows->mid(1)) {
                const qsizetype from = row.at(start).toLongLong();
                const QString there = QString::fromUcs4(
                    reinterpret_cast<const char32_t *>(codePoints.constData()) + from, row.at(end).toLongLong() - from);
                QCOMPARE(row.at(quote), there);
                quotes << row.at(label) + u'|' + row.at(quote);
            }
            quotes.sort();
            QCOMPARE(quotes, quotesOf(spans, {}));
            break;
        }
        case Exchange::Format::Mqm: {
            // Each error row marks its span with <v>…</v> in the target.
            static const QRegularExpression marked(QStringLiteral("<v>(.*?)</v>"));
            QStringList quotes;
            for (auto it = marked.globalMatch(readAll(path)); it.hasNext();)
                quotes << QStringLiteral("MT error|") + it.next().captured(1);
            quotes.sort();
            QCOMPARE(quotes, quotesOf(spans, {QStringLiteral("MT error")}));
            break;
        }
        case Exchange::Format::ClaimReview: {
            const QJsonDocument json = QJsonDocument::fromJson(readAll(path).toUtf8());
            QStringList reviewed;
            for (const auto &review : json.array())
                reviewed << review.toObject().value(QStringLiteral("claimReviewed")).toString();
            QCOMPARE(reviewed, QStringList{QStringLiteral("👩‍👩‍👧 de Zoe\u0308")});
            break;
        }
        case Exchange::Format::Html: {
            const QString html = readAll(path);
            for (const Span &span : spans)
                QVERIFY2(html.contains(span.quote.toHtmlEscaped()), qPrintable(span.quote));
            break;
        }
        case Exchange::Format::Corrected: {
            QString expected = text;
            expected.replace(QStringLiteral("مرحبا بالعالم"), QStringLiteral("[مرحبا بالعالم]"));
            expected.replace(QStringLiteral("🏳️‍🌈"), QStringLiteral("[🏳️‍🌈]"));
            const QString written =
                readAll(QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("fr-95.txt")) : path);
            QCOMPARE(written.left(expected.indexOf(QStringLiteral("\n\nfr-95"))),
                     expected.left(expected.indexOf(QStringLiteral("\n\nfr-95"))));
            break;
        }
        }
    }

    // An export that fills the disk (a 2 MB tmpfs; root only, skipped
    // otherwise) fails with a message, writes nothing, and leaves the
    // previous export in that place as it was.
    void anExportThatFillsTheDiskKeepsThePreviousOne_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("jsonl") << int(Exchange::Format::Jsonl) << QStringLiteral("export.jsonl");
        QTest::newRow("html") << int(Exchange::Format::Html) << QStringLiteral("report.html");
        QTest::newRow("brat (a folder)") << int(Exchange::Format::Brat) << QStringLiteral("brat");
    }

    void anExportThatFillsTheDiskKeepsThePreviousOne()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        SmallFileSystem fs(m_dir.filePath(QStringLiteral("small-%1").arg(format)));
        if (!fs.mounted())
            QSKIP("cannot mount a tmpfs here (not root?)");
        Article big;
        big.documentId = QStringLiteral("fr-96");
        for (int i = 0; i < 12000; ++i)
            big.text += QStringLiteral("Le ministre Kowalczyk est arrivé à Kyiv avec 🇺🇦 et des délégués. ");
        big.bodyLength = big.text.toUcs4().size();
        auto id = m_store->importArticle(big);
        QVERIFY(id.ok());
        QVERIFY(m_annotator->addAnnotation(*id, labelNamed(QStringLiteral("Person")), 12, 21).ok());

        const QString target = fs.path() + u'/' + name;
        Exchange::ExportOptions small;
        small.documents = {QStringLiteral("fr-91")};
        QVERIFY(Exchange::exportProject(*m_store, Exchange::Format(format), small, target).ok());
        auto snapshot = [&] {
            QStringList files;
            QDirIterator it(fs.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QLatin1String("/ballast")))
                    continue;
                QFile f(path);
                files << path + u'=' + (f.open(QIODevice::ReadOnly) ? QString::number(qHash(f.readAll())) : QString());
            }
            files.sort();
            return files;
        };
        const QStringList before = snapshot();
        QVERIFY(!before.isEmpty());

        QVERIFY(fs.fill());
        Exchange::ExportOptions large;
        large.documents = {QStringLiteral("fr-96")};
        auto report = Exchange::exportProject(*m_store, Exchange::Format(format), large, target);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(fs.path()), qPrintable(report.error()));
        QCOMPARE(snapshot(), before);
        fs.empty();
    }

    void formatsAreFoundByName()
    {
        QCOMPARE(Exchange::formatNamed(QStringLiteral("CSV")), Exchange::Format::Csv);
        QCOMPARE(Exchange::formatNamed(QStringLiteral("jsonl")), Exchange::Format::Jsonl);
        QVERIFY(!Exchange::formatNamed(QStringLiteral("docx")));
        for (const Exchange::FormatInfo &f : Exchange::formats())
            QCOMPARE(Exchange::info(f.format).name, f.name);
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
