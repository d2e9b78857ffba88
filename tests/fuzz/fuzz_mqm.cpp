// libFuzzer target: the mqm importer reads any bytes without crashing,
// hanging or leaking, and everything it accepts fits the article it is for.

#include "exchange/mqmtsv.h"
#include "fuzzimport.h"
#include "textoffsets.h"

#include <cstdint>
#include <cstdlib>

using namespace Marginalia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(QStringLiteral("input.tsv"),
                                          QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const Exchange::ImportBatch batch = Exchange::MqmTsv::read({path});
    // What the importer hands on is within its article's text.
    for (const Exchange::ImportedArticle &article : batch.articles) {
        const qint64 length = TextOffsets(article.article.text).codePointCount();
        for (const Exchange::ImportedAnnotation &a : article.annotations) {
            if (a.start < 0 || a.end < a.start || a.end > length)
                std::abort();
        }
    }
    return 0;
}
