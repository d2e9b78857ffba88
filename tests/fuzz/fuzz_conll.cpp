// libFuzzer target: the conll importer reads any bytes without crashing,
// hanging or leaking, and everything it accepts fits the article it is for.

#include "exchange/conllimport.h"
#include "fuzzimport.h"

#include <cstdint>
#include <cstdlib>

using namespace Marginalia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(QStringLiteral("input.conll"),
                                          QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const Exchange::ImportBatch batch = Exchange::ConllImport::read(QStringList{path});
    Fuzz::requireSpansInsideArticles(batch);
    return 0;
}
