// Exports on a real project file built through the Annotator: what each
// format writes is read back (CSV by an RFC 4180 reader written here) and
// compared with what the project holds.

#include "annotator.h"
#include "exchange/csvexport.h"
#include "exchange/exchange.h"
#include "exchange/importbatch.h"
#include "projectstore.h"

#include <QFile>
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
            m_dir.filePath(QStringLiteral("%1.marginalia").arg(QLatin1String(QTest::currentTestFunction()))));
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
