#pragma once
// An article as Marginalia stores it: the whole decoded file (BOM dropped,
// LF line endings) plus what was read from it. Every offset in the project
// refers to code points of `text`.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Marginalia {

struct Article {
    QString text;
    QString title;
    // ISO 639 code from the trailing `xx-NN` line ("fr"), empty if none.
    QString language;
    // The trailing `xx-NN` line itself ("fr-02"), empty if none.
    QString documentId;
    QString sourcePath;
    // "txt", "md" or "html".
    QString sourceFormat;
    // Code points of `text` that are the article body: the text without the
    // trailing document id line and the blank lines before it.
    qsizetype bodyLength = 0;
    // Things the user should know about the import (e.g. replaced bytes).
    QStringList warnings;

    // Hex SHA-256 of the UTF-8 encoded text: the article's identity.
    QString sha256() const;
};

} // namespace Marginalia
