// Every annotation change goes through Annotator and is undoable; the store
// always holds exactly what the undo stack says is applied.

#include "annotator.h"
#include "articleloader.h"
#include "projectstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

class TestAnnotator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_articleId = 0;
    QString m_text;

    qsizetype storedCount()
    {
        auto list = m_store->annotations(m_articleId);
        return list.ok() ? list->size() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto store = ProjectStore::open(
            m_dir.filePath(QStringLiteral("%1.marginalia").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(*store);
        Article article;
        article.text = QStringLiteral("Titre\n\nLe 🇺🇦 président Zelensky a parlé à Kyiv.\n");
        article.bodyLength = article.text.toUcs4().size();
        auto id = m_store->importArticle(article);
        QVERIFY(id.ok());
        m_articleId = *id;
        m_text = article.text;
    }

    void addComputesTheQuoteSelectorInCodePoints()
    {
        Annotator annotator(*m_store);
        QSignalSpy added(&annotator, &Annotator::annotationsChanged);
        // "Zelensky" starts after the flag (2 code points, 4 UTF-16 units).
        const qint64 start = m_text.left(m_text.indexOf(QStringLiteral("Zelensky"))).toUcs4().size();
        auto id = annotator.addAnnotation(m_articleId, 1, start, start + 8);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toLongLong(), m_articleId);
        auto a = m_store->annotation(*id);
        QVERIFY(a.ok());
        QCOMPARE(a->quote, QStringLiteral("Zelensky"));
        QCOMPARE(a->prefix, QStringLiteral("Titre\n\nLe 🇺🇦 président "));
        QCOMPARE(a->suffix, QStringLiteral(" a parlé à Kyiv.\n"));
        QCOMPARE(annotator.undoStack()->count(), 1);
    }

    void undoAndRedoWriteThrough()
    {
        Annotator annotator(*m_store);
        auto id = annotator.addAnnotation(m_articleId, 3, 0, 5);
        QVERIFY(id.ok());
        QCOMPARE(storedCount(), 1);
        annotator.undoStack()->undo();
        QCOMPARE(storedCount(), 0);
        annotator.undoStack()->redo();
        QCOMPARE(storedCount(), 1);
        // Redo restores the same record, id included.
        auto again = m_store->annotation(*id);
        QVERIFY(again.ok());
        QCOMPARE(again->quote, QStringLiteral("Titre"));
    }

    void removeIsUndoable()
    {
        Annotator annotator(*m_store);
        auto id = annotator.addAnnotation(m_articleId, 2, 0, 5);
        QVERIFY(id.ok());
        QSignalSpy removed(&annotator, &Annotator::annotationsChanged);
        QVERIFY(annotator.removeAnnotation(*id).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(storedCount(), 0);
        annotator.undoStack()->undo();
        QCOMPARE(storedCount(), 1);
        annotator.undoStack()->undo();
        QCOMPARE(storedCount(), 0);
        annotator.undoStack()->redo();
        annotator.undoStack()->redo();
        QCOMPARE(storedCount(), 0);
    }

    void removingSeveralIsOneUndoStep()
    {
        Annotator annotator(*m_store);
        auto a = annotator.addAnnotation(m_articleId, 1, 0, 5);
        auto b = annotator.addAnnotation(m_articleId, 2, 2, 4); // nested
        QVERIFY(a.ok() && b.ok());
        QVERIFY(annotator.removeAnnotations({*a, *b}).ok());
        QCOMPARE(storedCount(), 0);
        QCOMPARE(annotator.undoStack()->count(), 3);
        annotator.undoStack()->undo();
        QCOMPARE(storedCount(), 2);
    }

    // Undo of a removal brings back everything that hung on the annotation:
    // its claim with evidence, its notes, its relations, and the claims that
    // named it as claimant.
    void removalUndoRestoresTheWholeRecord()
    {
        Annotator annotator(*m_store);
        const qint64 zStart = m_text.left(m_text.indexOf(QStringLiteral("Zelensky"))).toUcs4().size();
        auto person = annotator.addAnnotation(m_articleId, 1, zStart, zStart + 8);
        QVERIFY(person.ok());
        Annotation claimDraft;
        claimDraft.articleId = m_articleId;
        claimDraft.labelId = 4; // Claim
        claimDraft.start = zStart + 9;
        claimDraft.end = zStart + 20; // "a parlé à Kyiv"
        Claim claim;
        claim.claimantMention = *person;
        claim.kind = ClaimKind::Quote;
        claim.verdict = Verdict::MostlyFalse;
        claim.rating = QStringLiteral("Misleading");
        claim.evidence = {{QStringLiteral("https://example.org/a"), QStringLiteral("transcript")}};
        claim.reviewed = QStringLiteral("2026-11-28");
        claimDraft.claim = claim;
        auto claimId = annotator.addAnnotation(claimDraft);
        QVERIFY2(claimId.ok(), qPrintable(claimId.error()));
        auto note = annotator.addNote({0, 0, *person, QStringLiteral("Spelled Zelenskyy by the UN."), {}, {}, {}});
        QVERIFY2(note.ok(), qPrintable(note.error()));
        auto relation = annotator.addRelation({0, QStringLiteral("says"), *person, *claimId, {}});
        QVERIFY2(relation.ok(), qPrintable(relation.error()));
        auto before = m_store->annotationRecord(*person);
        auto claimBefore = m_store->annotation(*claimId);
        QVERIFY(before.ok() && claimBefore.ok());
        QCOMPARE(claimBefore->claim->claimantMention, *person);
        QCOMPARE(claimBefore->claim->evidence.size(), 1);

        QVERIFY(annotator.removeAnnotation(*person).ok());
        QCOMPARE(m_store->annotation(*claimId)->claim->claimantMention, 0); // ON DELETE SET NULL
        QVERIFY(m_store->notes(m_articleId)->isEmpty());
        annotator.undoStack()->undo();
        auto after = m_store->annotationRecord(*person);
        QVERIFY(after.ok());
        QCOMPARE(after->annotation, before->annotation);
        QCOMPARE(after->notes.size(), 1);
        QCOMPARE(after->notes.first().text, QStringLiteral("Spelled Zelenskyy by the UN."));
        QCOMPARE(after->relations, before->relations);
        QCOMPARE(m_store->annotation(*claimId)->claim->claimantMention, *person);
        QCOMPARE(*m_store->annotation(*claimId), *claimBefore);
    }

    void claimsAndVerdictsAreEditedAndUndone()
    {
        Annotator annotator(*m_store);
        auto id = annotator.addAnnotation(m_articleId, 4, 7, 20);
        QVERIFY(id.ok());
        auto a = m_store->annotation(*id);
        QVERIFY(a.ok());
        // Tagged with the Claim key: a claim, not yet checked.
        QVERIFY(a->claim.has_value());
        QCOMPARE(a->claim->verdict, Verdict::NotChecked);
        Annotation edited = *a;
        edited.claim->verdict = Verdict::False;
        edited.claim->checkWorthiness = 3;
        QVERIFY(annotator.updateAnnotation(edited).ok());
        QCOMPARE(m_store->annotation(*id)->claim->verdict, Verdict::False);
        edited.claim->verdict = Verdict::Mixed;
        edited.claim->evidence = {{QStringLiteral("https://example.org/b"), QString()}};
        QVERIFY(annotator.updateAnnotation(edited).ok());
        QCOMPARE(m_store->annotation(*id)->claim->evidence.size(), 1);
        annotator.undoStack()->undo();
        QCOMPARE(m_store->annotation(*id)->claim->verdict, Verdict::False);
        QVERIFY(m_store->annotation(*id)->claim->evidence.isEmpty());
        annotator.undoStack()->undo();
        QCOMPARE(m_store->annotation(*id)->claim->verdict, Verdict::NotChecked);
        // The MT error key gives an error with a category to refine.
        auto error = annotator.addAnnotation(m_articleId, 9, 7, 20); // "MT error"
        QVERIFY2(error.ok(), qPrintable(error.error()));
        QCOMPARE(m_store->annotation(*error)->mtError->category, QStringLiteral("Other"));
    }

    void acceptingAFindingMakesAnMtError()
    {
        Annotator annotator(*m_store);
        Finding f;
        const qint64 kStart = m_text.left(m_text.indexOf(QStringLiteral("Kyiv"))).toUcs4().size();
        f.start = kStart;
        f.end = kStart + 4;
        f.text = QStringLiteral("Kyiv");
        f.category = FindingCategory::NameInconsistency;
        f.rule = QStringLiteral("name-inconsistency.variant");
        f.suggestions = {QStringLiteral("Kiev")};
        auto id = annotator.acceptFinding(m_articleId, f);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto a = m_store->annotation(*id);
        QVERIFY(a.ok());
        QCOMPARE(a->quote, QStringLiteral("Kyiv"));
        QVERIFY(a->mtError.has_value());
        QCOMPARE(a->mtError->category, QStringLiteral("Fluency/Inconsistency"));
        QCOMPARE(a->mtError->correction, QStringLiteral("Kiev"));
        QCOMPARE(a->mtError->findingRule, f.rule);
        auto statuses = m_store->findingStatuses(m_articleId);
        QCOMPARE(statuses->size(), 1);
        QVERIFY(statuses->first().accepted);
        QCOMPARE(statuses->first().annotationId, *id);
        annotator.undoStack()->undo(); // one step: the error and the status go
        QCOMPARE(storedCount(), 0);
        QVERIFY(m_store->findingStatuses(m_articleId)->isEmpty());
        annotator.undoStack()->redo();
        QCOMPARE(storedCount(), 1);
        QCOMPARE(m_store->findingStatuses(m_articleId)->first().annotationId, *id);
    }

    void entitiesMergeAndUndo()
    {
        Annotator annotator(*m_store);
        auto m1 = annotator.addAnnotation(m_articleId, 1, 0, 5);
        auto m2 = annotator.addAnnotation(m_articleId, 1, 7, 9);
        QVERIFY(m1.ok() && m2.ok());
        auto zelensky = annotator.createEntity(
            {0, QStringLiteral("Volodymyr Zelensky"), 1, {}, QStringLiteral("Q3874799"), {}, {}, {}}, {*m1});
        auto zelenskien = annotator.createEntity({0, QStringLiteral("Zelenskien"), 1, {}, {}, {}, {}, {}}, {*m2});
        QVERIFY2(zelensky.ok() && zelenskien.ok(), qPrintable(zelensky.error() + zelenskien.error()));
        QCOMPARE(m_store->annotation(*m2)->entityId, *zelenskien);
        QVERIFY(annotator.mergeEntities(*zelensky, *zelenskien).ok());
        QCOMPARE(m_store->annotation(*m2)->entityId, *zelensky);
        QVERIFY(!m_store->entity(*zelenskien).ok());
        QCOMPARE(m_store->entity(*zelensky)->aliases, QStringList{QStringLiteral("Zelenskien")});
        QCOMPARE(*m_store->mentions(*zelensky), (QList<qint64>{*m1, *m2}));
        annotator.undoStack()->undo();
        QCOMPARE(m_store->annotation(*m2)->entityId, *zelenskien);
        QCOMPARE(m_store->entity(*zelenskien)->name, QStringLiteral("Zelenskien"));
        QVERIFY(m_store->entity(*zelensky)->aliases.isEmpty());
        // Deleting an entity unlinks its mentions; undo links them again.
        QVERIFY(annotator.deleteEntity(*zelensky).ok());
        QCOMPARE(m_store->annotation(*m1)->entityId, 0);
        QCOMPARE(storedCount(), 2);
        annotator.undoStack()->undo();
        QCOMPARE(m_store->annotation(*m1)->entityId, *zelensky);
        QCOMPARE(m_store->entity(*zelensky)->wikidata, QStringLiteral("Q3874799"));
        QVERIFY(!annotator.createEntity({0, QStringLiteral("  "), 1, {}, {}, {}, {}, {}}).ok());
        QVERIFY(!annotator.mergeEntities(*zelensky, *zelensky).ok());
    }

    // A new entity is one step with the links of its mentions: written
    // together, waiting together when the file refuses writes, undone
    // together; redo gives the entity its id back and links them again.
    void aNewEntityAndItsMentionsAreOneStep()
    {
        Annotator annotator(*m_store);
        auto m1 = annotator.addAnnotation(m_articleId, 1, 0, 5);
        auto m2 = annotator.addAnnotation(m_articleId, 1, 7, 9);
        QVERIFY(m1.ok() && m2.ok());
        QVERIFY(m_store->setQueryOnly(true).ok());
        auto refused = annotator.createEntity({0, QStringLiteral("Zelensky"), 1, {}, {}, {}, {}, {}}, {*m1, *m2});
        QVERIFY(!refused.ok());
        QCOMPARE(annotator.pendingCount(), 1);
        QVERIFY(m_store->entities()->isEmpty());
        QVERIFY(m_store->setQueryOnly(false).ok());
        QCOMPARE(annotator.retryPending(), 0);
        const auto entities = m_store->entities();
        QVERIFY(entities.ok());
        QCOMPARE(entities->size(), 1);
        const qint64 id = entities->first().id;
        QCOMPARE(*m_store->mentions(id), (QList<qint64>{*m1, *m2}));
        annotator.undoStack()->undo();
        QVERIFY(m_store->entities()->isEmpty());
        QCOMPARE(m_store->annotation(*m1)->entityId, 0);
        annotator.undoStack()->redo();
        QCOMPARE(*m_store->mentions(id), (QList<qint64>{*m1, *m2}));
        // A mention that does not exist: nothing is written.
        QVERIFY(!annotator.createEntity({0, QStringLiteral("Kyiv"), 3, {}, {}, {}, {}, {}}, {*m1, 999}).ok());
        QCOMPARE(m_store->entities()->size(), 1);
    }

    // One import path for the window and the CLI: the same text is found
    // again, a changed text of the same document is a new version whose
    // annotations are re-anchored, anything else is added.
    void importingFindsTheSameOrANewVersion()
    {
        Annotator annotator(*m_store);
        Article first;
        first.text = QStringLiteral("Titre\n\nLe président Zelensky a parlé à Kyiv.\n\nfr-99\n");
        first.documentId = QStringLiteral("fr-99");
        first.bodyLength = first.text.indexOf(QStringLiteral("\n\nfr-99"));
        auto added = annotator.importArticle(first);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->kind, Annotator::ImportOutcome::Kind::Added);
        const qint64 kyiv = first.text.indexOf(QStringLiteral("Kyiv"));
        QVERIFY(annotator.addAnnotation(added->articleId, 3, kyiv, kyiv + 4).ok());
        auto again = annotator.importArticle(first);
        QVERIFY(again.ok());
        QCOMPARE(again->kind, Annotator::ImportOutcome::Kind::Unchanged);
        QCOMPARE(again->articleId, added->articleId);

        Article second = first;
        second.text = QStringLiteral("Titre\n\nHier, le président Zelensky a parlé à Kyiv.\n\nfr-99\n");
        second.bodyLength = second.text.indexOf(QStringLiteral("\n\nfr-99"));
        auto version = annotator.importArticle(second);
        QVERIFY2(version.ok(), qPrintable(version.error()));
        QCOMPARE(version->kind, Annotator::ImportOutcome::Kind::NewVersion);
        QCOMPARE(version->articleId, added->articleId);
        QCOMPARE(version->reanchored.moved, 1);
        QCOMPARE(m_store->annotations(added->articleId)->first().start, qint64(second.text.indexOf(u"Kyiv")));
        annotator.undoStack()->undo(); // the old text and offsets come back
        QCOMPARE(m_store->article(added->articleId)->text, first.text);
        QCOMPARE(m_store->annotations(added->articleId)->first().start, kyiv);
    }

    // The corpus: counts per article, status changes that undo, and a
    // search through texts, quotes, entity names and notes.
    void corpusSummariesStatusAndSearch()
    {
        Annotator annotator(*m_store);
        Article other;
        other.text = QStringLiteral("Autre\n\nL’Élysée a répondu à Kyiv.\n");
        other.bodyLength = other.text.toUcs4().size();
        auto otherId = m_store->importArticle(other);
        QVERIFY(otherId.ok());
        auto m1 = annotator.addAnnotation(m_articleId, 1, 0, 5);
        QVERIFY(m1.ok());
        QVERIFY(annotator.createEntity({0, QStringLiteral("Volodymyr Zelensky"), 1, {}, {}, {}, {}, {}}, {*m1}).ok());
        QVERIFY(annotator.addAnnotation(*otherId, 9, 0, 5).ok());
        QVERIFY(annotator.addNote({0, *otherId, 0, QStringLiteral("Vérifier la date"), {}, {}, {}}).ok());

        auto summaries = m_store->articleSummaries();
        QVERIFY(summaries.ok());
        QCOMPARE(summaries->size(), 2);
        QCOMPARE(summaries->at(0).annotations, 1);
        QCOMPARE(summaries->at(1).annotations, 1);
        QCOMPARE(summaries->at(0).status, ArticleStatus::ToDo);

        QVERIFY(annotator.setArticleStatus(*otherId, ArticleStatus::Done).ok());
        QCOMPARE(m_store->articleSummaries()->at(1).status, ArticleStatus::Done);
        annotator.undoStack()->undo();
        QCOMPARE(m_store->articleSummaries()->at(1).status, ArticleStatus::ToDo);

        auto kyiv = m_store->searchCorpus(QStringLiteral("kyiv"));
        QVERIFY(kyiv.ok());
        QCOMPARE(kyiv->size(), 2); // both texts
        QCOMPARE(kyiv->at(0).inText, 1);
        auto elysee = m_store->searchCorpus(QStringLiteral("élysée")); // case folded beyond ASCII
        QVERIFY(elysee.ok());
        QCOMPARE(elysee->size(), 1);
        QCOMPARE(elysee->first().articleId, *otherId);
        auto byEntity = m_store->searchCorpus(QStringLiteral("Volodymyr")); // an entity name, not in the text
        QVERIFY(byEntity.ok());
        QCOMPARE(byEntity->size(), 1);
        QCOMPARE(byEntity->first().inText, 0);
        QCOMPARE(byEntity->first().inAnnotations, 1);
        auto byNote = m_store->searchCorpus(QStringLiteral("la date"));
        QVERIFY(byNote.ok());
        QCOMPARE(byNote->size(), 1);
        QCOMPARE(byNote->first().articleId, *otherId);
        QVERIFY(m_store->searchCorpus(QStringLiteral("   "))->isEmpty());
    }

    void tagAllOccurrencesIsOneStepAndSkipsTaggedOnes()
    {
        Article article;
        article.text = QStringLiteral("Titre\n\nKiev et Kiev. Kievan Rus. Encore Kiev 🇺🇦 Kiev.\n");
        article.bodyLength = article.text.toUcs4().size();
        auto articleId = m_store->importArticle(article);
        QVERIFY(articleId.ok());
        Annotator annotator(*m_store);
        const qint64 first = article.text.left(article.text.indexOf(QStringLiteral("Kiev"))).toUcs4().size();
        QVERIFY(annotator.addAnnotation(*articleId, 3, first, first + 4).ok());
        auto tagged = annotator.tagAllOccurrences(*articleId, 3, QStringLiteral("Kiev"));
        QVERIFY2(tagged.ok(), qPrintable(tagged.error()));
        QCOMPARE(*tagged, 3); // not the first (tagged), not "Kievan"
        auto all = m_store->annotations(*articleId);
        QCOMPARE(all->size(), 4);
        for (const Annotation &a : std::as_const(*all))
            QCOMPARE(a.quote, QStringLiteral("Kiev"));
        annotator.undoStack()->undo();
        QCOMPARE(m_store->annotations(*articleId)->size(), 1);
    }

    void notesOnArticlesAndAnnotations()
    {
        Annotator annotator(*m_store);
        auto onArticle = annotator.addNote({0, m_articleId, 0, QStringLiteral("Check the date."), {}, {}, {}});
        QVERIFY(onArticle.ok());
        QVERIFY(!annotator.addNote({0, m_articleId, 1, QStringLiteral("both"), {}, {}, {}}).ok());
        QVERIFY(!annotator.addNote({0, 0, 0, QStringLiteral("neither"), {}, {}, {}}).ok());
        Note edited = *m_store->note(*onArticle);
        edited.text = QStringLiteral("Check the date: 28 November.");
        QVERIFY(annotator.updateNote(edited).ok());
        QCOMPARE(m_store->note(*onArticle)->text, edited.text);
        QVERIFY(annotator.removeNote(*onArticle).ok());
        QVERIFY(!m_store->note(*onArticle).ok());
        annotator.undoStack()->undo();
        QCOMPARE(m_store->note(*onArticle)->text, edited.text);
        annotator.undoStack()->undo();
        QCOMPARE(m_store->note(*onArticle)->text, QStringLiteral("Check the date."));
    }

    void rejectsSpansOutsideTheText()
    {
        Annotator annotator(*m_store);
        const qint64 length = m_text.toUcs4().size();
        QVERIFY(!annotator.addAnnotation(m_articleId, 1, -1, 3).ok());
        QVERIFY(!annotator.addAnnotation(m_articleId, 1, 4, 4).ok());
        QVERIFY(!annotator.addAnnotation(m_articleId, 1, 5, 2).ok());
        QVERIFY(!annotator.addAnnotation(m_articleId, 1, 0, length + 1).ok());
        QVERIFY(annotator.addAnnotation(m_articleId, 1, 0, length).ok());
        QVERIFY(!annotator.addAnnotation(m_articleId, 42, 0, 3).ok()); // no such label
        QVERIFY(!annotator.addAnnotation(m_articleId + 100, 1, 0, 3).ok());
        QCOMPARE(annotator.undoStack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnnotator)
#include "tst_annotator.moc"
