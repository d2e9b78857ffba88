#pragma once
// The annotation model as the store keeps it. Offsets are code points of the
// article's stored text; the quote selector (exact text plus context) lets an
// annotation find its text again.

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Marginalia {

enum class LabelKind { Entity, Claim, MtError, Highlight };

QString labelKindId(LabelKind kind);
LabelKind labelKindFromId(const QString &id);

// How the article view draws a label's spans. Colour alone does not tell
// labels apart for every reader: a fill and the underline styles can be told
// apart by shape, and spans drawn differently stay visible when they nest.
enum class LabelStyle { Fill, Underline, DashedUnderline, DottedUnderline, WavyUnderline, Box };

// The ids are an interface: the project file stores them.
QString labelStyleId(LabelStyle style);
std::optional<LabelStyle> labelStyleFromId(const QString &id);
// What a new label of this kind is drawn as: entities and highlights filled,
// claims underlined, MT errors with a wavy line.
LabelStyle defaultLabelStyle(LabelKind kind);

struct Label {
    qint64 id = 0;
    QString name;
    LabelKind kind = LabelKind::Entity;
    QColor color;
    QString hotkey; // "1".."9" or empty
    LabelStyle style = LabelStyle::Fill;

    bool operator==(const Label &) const = default;
};

enum class ClaimKind { Statistic, Quote, Prediction, Causal, Other };
enum class Verdict { True, MostlyTrue, Mixed, MostlyFalse, False, Unverifiable, NotChecked };
enum class MqmSeverity { Neutral, Minor, Major, Critical };
enum class ArticleStatus { ToDo, InProgress, Done };

// The ids are an interface: the project file and the exports use them.
QString claimKindId(ClaimKind kind);
std::optional<ClaimKind> claimKindFromId(const QString &id);
QString verdictId(Verdict verdict);
std::optional<Verdict> verdictFromId(const QString &id);
QString mqmSeverityId(MqmSeverity severity);
std::optional<MqmSeverity> mqmSeverityFromId(const QString &id);
QString articleStatusId(ArticleStatus status);
std::optional<ArticleStatus> articleStatusFromId(const QString &id);

// A person, organisation, place… that mentions (entity annotations) point to:
// "Zelensky" and "Zelenskien" can be two mentions of one person.
struct Entity {
    qint64 id = 0;
    QString name; // canonical
    qint64 labelId = 0; // its type: an entity label
    QStringList aliases;
    QString wikidata; // "Q3874799" or empty
    QString url;
    QDateTime created;
    QDateTime modified;

    bool operator==(const Entity &) const = default;
};

struct Evidence {
    QString url;
    QString note;

    bool operator==(const Evidence &) const = default;
};

// What a claim annotation says about the claim: who makes it and the verdict.
struct Claim {
    qint64 claimantMention = 0; // an entity annotation, or 0
    qint64 claimantEntity = 0; // an entity, or 0
    ClaimKind kind = ClaimKind::Other;
    int checkWorthiness = 0; // 0 not rated, 1 low … 3 high
    Verdict verdict = Verdict::NotChecked;
    QString rating; // the fact-checker's own words ("Misleading")
    QList<Evidence> evidence;
    QString reviewed; // ISO date, or empty

    bool operator==(const Claim &) const = default;
};

// A confirmed translation error, in MQM terms.
struct MtError {
    QString category; // MQM "Dimension/Type", e.g. "Fluency/Spelling"
    MqmSeverity severity = MqmSeverity::Minor;
    QString correction;
    QString findingRule; // the checker rule it was accepted from, or empty

    bool operator==(const MtError &) const = default;
};

struct Annotation {
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 labelId = 0;
    qint64 start = 0; // code points, inclusive
    qint64 end = 0; // code points, exclusive
    QString quote;
    QString prefix;
    QString suffix;
    QString author;
    QDateTime created;
    QDateTime modified;
    qint64 entityId = 0; // the entity this mention refers to, or 0
    // The article changed and the quote could not be found again: the span
    // is where it was and the user is asked to place or delete it.
    bool orphan = false;
    std::optional<Claim> claim; // for claim labels
    std::optional<MtError> mtError; // for MT error labels

    bool operator==(const Annotation &) const = default;
};

struct Note {
    qint64 id = 0;
    qint64 articleId = 0; // a note on the article, or
    qint64 annotationId = 0; // a note on an annotation
    QString text;
    QString author;
    QDateTime created;
    QDateTime modified;

    bool operator==(const Note &) const = default;
};

// A typed, directed link between two annotations ("quotes", "refers-to").
struct Relation {
    qint64 id = 0;
    QString kind;
    qint64 sourceId = 0;
    qint64 targetId = 0;
    QDateTime created;

    bool operator==(const Relation &) const = default;
};

// An annotation with everything that hangs on it: what undo restores.
struct AnnotationRecord {
    Annotation annotation;
    QList<Note> notes;
    QList<Relation> relations; // where it is the source or the target

    bool operator==(const AnnotationRecord &) const = default;
};

// A finding the user chose to ignore in one article; matched by rule and
// span, so it stays ignored when the article is checked again.
struct IgnoredFinding {
    QString rule;
    qint64 start = 0;
    qint64 end = 0;
    QString text;
};

// What the user decided about a checker finding: ignored, or accepted as an
// MT error (then `annotationId` is that error's annotation). Open findings
// have no status.
struct FindingStatus {
    qint64 id = 0;
    qint64 articleId = 0;
    QString rule;
    qint64 start = 0;
    qint64 end = 0;
    QString text;
    bool accepted = false; // false: ignored
    qint64 annotationId = 0;

    bool operator==(const FindingStatus &) const = default;
};

struct StoredArticle {
    qint64 id = 0;
    QString sha256;
    QString documentId;
    QString title;
    QString language;
    QString sourcePath;
    QString sourceFormat;
    qint64 bodyLength = 0;
    QString text;
    QDateTime importedAt;
    ArticleStatus status = ArticleStatus::ToDo;
    QString metadata = QStringLiteral("{}"); // a JSON object
};

// One line of the corpus navigator: an article without its text, with counts.
struct ArticleSummary {
    qint64 id = 0;
    QString documentId;
    QString title;
    QString language;
    ArticleStatus status = ArticleStatus::ToDo;
    int annotations = 0;
    int orphans = 0;
    int mtErrors = 0;
    int claims = 0;
};

// Where a corpus search found its text.
struct CorpusHit {
    qint64 articleId = 0;
    int inText = 0; // occurrences in the article's text
    int inAnnotations = 0; // annotations whose quote, note or entity matches
};

// An article's status as a change-set record (undoable like an annotation).
struct ArticleStatusRecord {
    qint64 id = 0; // the article
    ArticleStatus status = ArticleStatus::ToDo;

    bool operator==(const ArticleStatusRecord &) const = default;
};

} // namespace Marginalia
