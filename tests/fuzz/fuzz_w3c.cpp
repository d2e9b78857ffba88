// libFuzzer target: the W3C Web Annotation importer reads any bytes without
// crashing, hanging or leaking, and everything it places lies inside the
// article it anchors to. The project it anchors in (one article, made once)
// is a real project file in a temporary folder.

#include "exchange/w3cimport.h"
#include "fuzzimport.h"
#include "projectstore.h"

#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Marginalia;

namespace {

ProjectStore &project()
{
    static QTemporaryDir folder;
    static std::unique_ptr<ProjectStore> store = [] {
        auto opened = ProjectStore::open(folder.filePath(QStringLiteral("fuzz.marginalia")));
        if (!opened)
            std::abort();
        Article article;
        article.documentId = QStringLiteral("fr-97");
        article.text = QStringLiteral("Le ministre Petrenko est arrivé à Kyiv 🇺🇦.\nFin.\n");
        article.bodyLength = article.text.toUcs4().size();
        if (!(*opened)->importArticle(article))
            std::abort();
        return std::move(*opened);
    }();
    return *store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto batch = Exchange::W3cImport::readData(project(), QStringLiteral("input.jsonld"),
                                               QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!batch)
        return 0;
    Fuzz::requireSpansInsideArticles(*batch);
    return 0;
}
