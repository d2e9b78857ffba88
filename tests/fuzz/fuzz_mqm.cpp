// libFuzzer target: the mqm importer reads any bytes without crashing,
// hanging or leaking, and everything it accepts fits the article it is for.

#include "exchange/mqmtsv.h"
#include "fuzzimport.h"

#include <cstdint>
#include <cstdlib>

using namespace Marginalia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(QStringLiteral("input.tsv"),
                                          QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const Exchange::ImportBatch batch = Exchange::MqmTsv::read({path});
    Fuzz::requireSpansInsideArticles(batch);
    return 0;
}
