#include "benchproject.h"

#include <QRandomGenerator>

namespace Marginalia::BenchProject {

namespace {

const QStringList Words = {
    QStringLiteral("le"),      QStringLiteral("ministre"), QStringLiteral("a"),        QStringLiteral("déclaré"),
    QStringLiteral("que"),     QStringLiteral("la"),       QStringLiteral("guerre"),   QStringLiteral("en"),
    QStringLiteral("Ukraine"), QStringLiteral("durera"),   QStringLiteral("encore"),   QStringLiteral("des"),
    QStringLiteral("mois"),    QStringLiteral("selon"),    QStringLiteral("Zelensky"), QStringLiteral("alliés"),
    QStringLiteral("OTAN"),    QStringLiteral("sommet"),   QStringLiteral("Kyiv"),     QStringLiteral("soutien"),
};

QString articleText(int index, QRandomGenerator &random)
{
    QString text = QStringLiteral("Article %1\n\n").arg(index);
    for (int sentence = 0; sentence < 40; ++sentence) {
        for (int w = 0; w < 12; ++w)
            text += Words.at(random.bounded(Words.size())) + u' ';
        text += QStringLiteral("Zelensky.\n");
    }
    return text;
}

} // namespace

Status generate(ProjectStore &store, bool details)
{
    QRandomGenerator random(20261128);
    qint64 entityId = 0;
    int mentions = 0;
    return store.inTransaction([&]() -> Status {
        auto entity = store.putEntity({0, QStringLiteral("Volodymyr Zelensky"), 1, {}, {}, {}, {}, {}});
        if (!entity)
            return makeError(entity.error());
        entityId = *entity;
        for (int i = 0; i < Articles; ++i) {
            Article article;
            article.text = articleText(i, random);
            article.bodyLength = article.text.size();
            article.title = QStringLiteral("Article %1").arg(i);
            auto id = store.importArticle(article);
            if (!id)
                return makeError(id.error());
            const qsizetype zelensky = article.text.indexOf(QStringLiteral("Zelensky."));
            for (int n = 0; n < AnnotationsPerArticle; ++n) {
                Annotation a;
                a.articleId = *id;
                a.labelId = 1 + n % 3;
                a.start = 20 + n * 25;
                a.end = a.start + 8;
                a.quote = article.text.mid(a.start, 8);
                if (details && n % 10 == 5) {
                    a.labelId = 9; // MT error
                    a.mtError = MtError{n % 20 == 5 ? QStringLiteral("Fluency/Punctuation")
                                                    : QStringLiteral("Accuracy/Mistranslation"),
                                        n % 30 == 5 ? MqmSeverity::Major : MqmSeverity::Minor,
                                        n % 20 == 5 ? QString() : QStringLiteral("correction"),
                                        {}};
                }
                if (details && n % 25 == 12) {
                    a.labelId = 4; // Claim
                    Claim claim;
                    claim.verdict = n % 50 == 12 ? Verdict::False : Verdict::MostlyTrue;
                    claim.rating = QStringLiteral("rated");
                    a.claim = claim;
                }
                if (n == 0 && mentions < EntityMentions) {
                    a.start = zelensky;
                    a.end = zelensky + 8;
                    a.quote = QStringLiteral("Zelensky");
                    a.entityId = entityId;
                    ++mentions;
                }
                if (auto stored = store.insertAnnotation(a); !stored)
                    return makeError(stored.error());
            }
        }
        return {};
    });
}

} // namespace Marginalia::BenchProject
