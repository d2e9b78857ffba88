// libFuzzer target: the brat importer reads any .ann (and .txt) without
// crashing, hanging or leaking, and everything it accepts fits the text.
// The input is the .txt, a NUL byte, then the .ann.

#include "exchange/bratimport.h"
#include "fuzzimport.h"

#include <cstdint>
#include <cstdlib>

using namespace Marginalia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    Fuzz::writeInput(QStringLiteral("doc.txt"), split < 0 ? QByteArray() : input.left(split));
    const QString ann = Fuzz::writeInput(QStringLiteral("doc.ann"), split < 0 ? input : input.mid(split + 1));
    const Exchange::ImportBatch batch = Exchange::BratImport::read(QStringList{ann});
    Fuzz::requireSpansInsideArticles(batch);
    return 0;
}
