#pragma once
// Reads .txt, .md and .html files into an Article. Decoding and metadata
// rules live here so that the app, the CLI and every export agree on offsets.

#include "article.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Marginalia {

namespace ArticleLoader {

// Largest file accepted, in bytes. Anything bigger is refused with a message
// rather than freezing the window while it is decoded.
inline constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

Result<Article> loadFile(const QString &path);

// Builds an article from raw bytes; `format` is "txt", "md" or "html".
// UTF-16/32 with a byte order mark, UTF-16 without one (recognised, with a
// warning) and UTF-8 are read; stray NUL bytes are removed (with a warning).
// Fails, naming `sourcePath`, on bytes that are not text (an image, an
// archive, a program).
Result<Article> fromBytes(const QByteArray &bytes, const QString &format, const QString &sourcePath = {});

// Fills title, language, document id and body length from `article.text`,
// in time linear in its length. A very long first line gives a shortened title.
void detectMetadata(Article &article);

// "txt", "md" or "html" from the file name, sniffing the content when the
// extension says nothing.
QString formatFor(const QString &path, const QByteArray &head);

} // namespace ArticleLoader

} // namespace Marginalia
