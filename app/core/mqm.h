#pragma once
// MQM (Multidimensional Quality Metrics): the error typology an MT error is
// classified by, and the score of an article from its confirmed errors.
//
// The typology is the one of Google's MQM annotation as used in the WMT
// human evaluations (Anthea/Marot, "Dimension/Type"), which is also what the
// checker's categories map to (mqmCategory() in finding.h). Issues found by
// the checker are not errors until a person confirms them: only MT error
// annotations count.
//
// Scoring follows themqm.org's linear model: each error costs its severity's
// multiplier times its type's weight; the absolute penalty total (APT) over
// the evaluated word count (EWC) is the per-word penalty, reported per 1,000
// words (NPT) and as a quality score (1 − APT/EWC) × 100. Two sets of
// weights are offered, because the two communities use them:
//   MQM default   Neutral 0, Minor 1, Major 5, Critical 25, every type 1.
//   WMT 2021      Neutral 0, Minor 1, Major 5, Critical 25; a minor
//                 Fluency/Punctuation error 0.1; Non-translation 25.

#include "annotation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Marginalia::Mqm {

// The dimensions, in the order reports list them.
QStringList dimensions();
// Every "Dimension/Type" of the typology, grouped by dimension.
QStringList categories();
// "Fluency/Spelling" -> "Fluency"; a bare name is its own dimension.
QString dimensionOf(const QString &category);

enum class Weights { MqmDefault, Wmt2021 };
QString weightsId(Weights weights);
std::optional<Weights> weightsFromId(const QString &id);

// The penalty one error costs under a set of weights.
double penalty(const MtError &error, Weights weights);

struct DimensionTotal {
    QString dimension;
    int counts[4] = {0, 0, 0, 0}; // by MqmSeverity
    double penalty = 0;
};

struct Score {
    int words = 0; // the evaluated word count (EWC)
    int errors = 0; // confirmed MT errors counted
    int critical = 0;
    double penalty = 0; // absolute penalty total (APT)
    double perThousandWords = 0; // normed penalty total (NPT)
    double quality = 100; // (1 − APT/EWC) × 100, may go below zero
    QList<DimensionTotal> byDimension; // every dimension with an error, typology order
    bool hasWords() const { return words > 0; }
};

// Words of the text as the checker tokenises them (l’OTAN is one word).
int wordCount(QStringView text);
// The score of an article's body from its annotations (only those carrying
// an MT error and not orphaned count).
Score score(QStringView body, const QList<Annotation> &annotations, Weights weights);
// The same with the body's word count known (it does not change with the
// annotations; a window recomputing on every tag keeps it).
Score score(int words, const QList<Annotation> &annotations, Weights weights);

} // namespace Marginalia::Mqm
