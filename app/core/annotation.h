#pragma once
// The annotation model as the store keeps it. Offsets are code points of the
// article's stored text; the quote selector (exact text plus context) lets an
// annotation find its text again.

#include <QColor>
#include <QDateTime>
#include <QString>

namespace Marginalia {

enum class LabelKind { Entity, Claim, MtError, Highlight };

QString labelKindId(LabelKind kind);
LabelKind labelKindFromId(const QString &id);

struct Label {
    qint64 id = 0;
    QString name;
    LabelKind kind = LabelKind::Entity;
    QColor color;
    QString hotkey; // "1".."9" or empty
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
};

// A finding the user chose to ignore in one article; matched by rule and
// span, so it stays ignored when the article is checked again.
struct IgnoredFinding {
    QString rule;
    qint64 start = 0;
    qint64 end = 0;
    QString text;
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
};

} // namespace Marginalia
