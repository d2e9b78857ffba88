// libFuzzer target: the article loader turns any bytes, read as plain text,
// Markdown or HTML (the first byte chooses), into an article or a refusal
// (binary data) without crashing, hanging or leaking, and what it makes
// holds together: line endings are LF, the body is a prefix of the text, and
// the document id comes from the text.

#include "articleloader.h"
#include "textoffsets.h"

#include <cstdint>
#include <cstdlib>

using namespace Marginalia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString formats[] = {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("html")};
    const QString &format = formats[data[0] % 3];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Result<Article> loaded = ArticleLoader::fromBytes(bytes, format);
    if (!loaded)
        return 0;
    const Article &article = *loaded;
    if (article.text.contains(u'\r'))
        std::abort();
    const qsizetype codePoints = TextOffsets(article.text).codePointCount();
    if (article.bodyLength < 0 || article.bodyLength > codePoints)
        std::abort();
    if (!article.documentId.isEmpty() && !article.text.contains(article.documentId))
        std::abort();
    if (article.sourceFormat != format)
        std::abort();
    return 0;
}
