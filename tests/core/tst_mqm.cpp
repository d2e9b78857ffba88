// The MQM typology and the article score: what an MT evaluator reads off the
// MQM panel and the exports must match themqm.org's linear model and the
// WMT 2021 weights, computed by hand here.

#include "finding.h"
#include "mqm.h"

#include <QTest>

using namespace Marginalia;

namespace {

Annotation error(const QString &category, MqmSeverity severity, bool orphan = false)
{
    Annotation a;
    a.mtError = MtError{category, severity, {}, {}};
    a.orphan = orphan;
    return a;
}

QString words(int n)
{
    QStringList list;
    for (int i = 0; i < n; ++i)
        list << QStringLiteral("mot");
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestMqm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typologyHoldsEveryCheckerCategory()
    {
        const QStringList all = Mqm::categories();
        QVERIFY(all.contains(QStringLiteral("Accuracy/Mistranslation")));
        QVERIFY(all.contains(QStringLiteral("Terminology/Inconsistent use of terminology")));
        QVERIFY(all.contains(QStringLiteral("Non-translation")));
        QCOMPARE(QStringList(all).removeDuplicates(), 0);
        // An accepted finding gets a category an evaluator can pick again.
        for (FindingCategory c : allCategories())
            QVERIFY2(all.contains(mqmCategory(c)), qPrintable(mqmCategory(c)));
        QCOMPARE(Mqm::dimensionOf(QStringLiteral("Locale convention/Date format")),
                 QStringLiteral("Locale convention"));
        QCOMPARE(Mqm::dimensionOf(QStringLiteral("Other")), QStringLiteral("Other"));
    }

    void wordsAreCountedAsTheCheckerSplitsThem()
    {
        QCOMPARE(Mqm::wordCount(u"Le chef de l’OTAN a-t-il parlé ?"), 6);
        QCOMPARE(Mqm::wordCount(u""), 0);
        QCOMPARE(Mqm::wordCount(u" « » … "), 0);
    }

    void linearModelWithDefaultWeights()
    {
        const QList<Annotation> errors = {
            error(QStringLiteral("Fluency/Spelling"), MqmSeverity::Minor),
            error(QStringLiteral("Fluency/Punctuation"), MqmSeverity::Minor),
            error(QStringLiteral("Accuracy/Mistranslation"), MqmSeverity::Major),
            error(QStringLiteral("Accuracy/Omission"), MqmSeverity::Neutral),
            error(QStringLiteral("Style/Awkward"), MqmSeverity::Critical),
            error(QStringLiteral("Fluency/Spelling"), MqmSeverity::Critical, true), // orphan: not counted
            Annotation{}, // an entity mention: not an error
        };
        const Mqm::Score s = Mqm::score(words(200), errors, Mqm::Weights::MqmDefault);
        QCOMPARE(s.words, 200);
        QCOMPARE(s.errors, 5);
        QCOMPARE(s.critical, 1);
        QCOMPARE(s.penalty, 1.0 + 1.0 + 5.0 + 0.0 + 25.0); // 32
        QCOMPARE(s.perThousandWords, 160.0); // 32 / 200 × 1000
        QCOMPARE(s.quality, 84.0); // (1 − 32/200) × 100
        // Dimensions in the typology's order, with counts per severity.
        QCOMPARE(s.byDimension.size(), 3);
        QCOMPARE(s.byDimension.at(0).dimension, QStringLiteral("Accuracy"));
        QCOMPARE(s.byDimension.at(0).counts[int(MqmSeverity::Major)], 1);
        QCOMPARE(s.byDimension.at(0).counts[int(MqmSeverity::Neutral)], 1);
        QCOMPARE(s.byDimension.at(0).penalty, 5.0);
        QCOMPARE(s.byDimension.at(1).dimension, QStringLiteral("Fluency"));
        QCOMPARE(s.byDimension.at(1).counts[int(MqmSeverity::Minor)], 2);
        QCOMPARE(s.byDimension.at(2).dimension, QStringLiteral("Style"));
        QCOMPARE(s.byDimension.at(2).penalty, 25.0);
    }

    void wmtWeights()
    {
        const QList<Annotation> errors = {
            error(QStringLiteral("Fluency/Punctuation"), MqmSeverity::Minor), // 0.1
            error(QStringLiteral("Fluency/Punctuation"), MqmSeverity::Major), // 5
            error(QStringLiteral("Non-translation"), MqmSeverity::Major), // 25
            error(QStringLiteral("Fluency/Spelling"), MqmSeverity::Minor), // 1
        };
        const Mqm::Score s = Mqm::score(words(100), errors, Mqm::Weights::Wmt2021);
        QCOMPARE(s.penalty, 31.1);
        QCOMPARE(s.quality, (1.0 - 31.1 / 100) * 100);
        const Mqm::Score plain = Mqm::score(words(100), errors, Mqm::Weights::MqmDefault);
        QCOMPARE(plain.penalty, 1.0 + 5.0 + 5.0 + 1.0);
        QCOMPARE(Mqm::weightsFromId(Mqm::weightsId(Mqm::Weights::Wmt2021)), Mqm::Weights::Wmt2021);
        QCOMPARE(Mqm::weightsFromId(QStringLiteral("nonsense")), std::nullopt);
    }

    void unknownCategoriesKeepTheirDimensionAndNoTextScoresNothing()
    {
        const QList<Annotation> errors = {
            error(QStringLiteral("fluency/spelling"), MqmSeverity::Minor),
            error(QStringLiteral("Design/Truncation"), MqmSeverity::Major),
        };
        const Mqm::Score s = Mqm::score(u"", errors, Mqm::Weights::MqmDefault);
        QVERIFY(!s.hasWords());
        QCOMPARE(s.quality, 100.0); // undefined without words: the panel says so
        QCOMPARE(s.byDimension.size(), 2);
        QCOMPARE(s.byDimension.at(0).dimension, QStringLiteral("Fluency"));
        QCOMPARE(s.byDimension.at(1).dimension, QStringLiteral("Design"));
    }
};

QTEST_GUILESS_MAIN(TestMqm)
#include "tst_mqm.moc"
