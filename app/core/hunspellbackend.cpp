#include "hunspellbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <hunspell.hxx>

#include <mutex>

namespace Marginalia {

namespace {

// Hunspell 1.7.1 (Debian 12) keeps a global, unsynchronised UTF table that is
// touched when an instance is created or destroyed (fixed in 1.7.2): serialise
// both so that each thread may own its own instance.
std::mutex &lifecycleMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Hunspell refuses words longer than this (MAXWORDLEN); such tokens are not
// words anyway.
constexpr qsizetype MaxWordBytes = 100;

} // namespace

void HunspellBackend::HunspellDeleter::operator()(Hunspell *h) const
{
    const std::lock_guard lock(lifecycleMutex());
    delete h;
}

QStringList HunspellBackend::searchPaths()
{
    QStringList paths;
    const QString fromEnv = qEnvironmentVariable("MARGINALIA_DICTIONARY_PATH");
    if (!fromEnv.isEmpty())
        paths << fromEnv.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    paths << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("hunspell"),
                                       QStandardPaths::LocateDirectory);
    paths << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell")
          << QStringLiteral("/usr/share/myspell/dicts");
    paths.removeDuplicates();
    return paths;
}

QStringList HunspellBackend::availableLanguages()
{
    QStringList codes;
    for (const QString &path : searchPaths()) {
        const QDir dir(path);
        for (const QFileInfo &aff : dir.entryInfoList({QStringLiteral("*.aff")}, QDir::Files)) {
            if (QFileInfo::exists(dir.filePath(aff.completeBaseName() + QStringLiteral(".dic"))))
                codes << aff.completeBaseName();
        }
    }
    codes.removeDuplicates();
    codes.sort();
    return codes;
}

Result<std::unique_ptr<SpellBackend>> HunspellBackend::create(const QString &code)
{
    for (const QString &path : searchPaths()) {
        const QDir dir(path);
        const QString aff = dir.filePath(code + QStringLiteral(".aff"));
        const QString dic = dir.filePath(code + QStringLiteral(".dic"));
        if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
            continue;
        std::unique_ptr<HunspellBackend> backend(new HunspellBackend);
        {
            const std::lock_guard lock(lifecycleMutex());
            backend->m_hunspell.reset(
                new Hunspell(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData()));
        }
        backend->m_code = code;
        backend->m_dicPath = QFileInfo(dic).absoluteFilePath();
        const QByteArray encoding = QByteArray::fromStdString(backend->m_hunspell->get_dict_encoding());
        auto enc = QStringConverter::encodingForName(encoding.constData());
        if (!enc)
            enc = QStringConverter::Utf8;
        backend->m_encoder = QStringEncoder(*enc);
        backend->m_decoder = QStringDecoder(*enc);
        return std::unique_ptr<SpellBackend>(std::move(backend));
    }
    return makeError(QCoreApplication::translate("SpellBackend", "No Hunspell dictionary for %1 in %2.")
                         .arg(code, searchPaths().join(QStringLiteral(", "))));
}

HunspellBackend::~HunspellBackend() = default;

std::string HunspellBackend::encode(const QString &word) const
{
    const QByteArray bytes = m_encoder.encode(word);
    return bytes.toStdString();
}

bool HunspellBackend::isCorrect(const QString &word) const
{
    const std::string bytes = encode(word);
    if (bytes.empty() || qsizetype(bytes.size()) > MaxWordBytes)
        return true;
    return m_hunspell->spell(bytes);
}

QStringList HunspellBackend::suggest(const QString &word) const
{
    const std::string bytes = encode(word);
    if (bytes.empty() || qsizetype(bytes.size()) > MaxWordBytes)
        return {};
    QStringList result;
    for (const std::string &s : m_hunspell->suggest(bytes))
        result << m_decoder.decode(QByteArray::fromStdString(s));
    return result;
}

void HunspellBackend::addWord(const QString &word)
{
    m_hunspell->add(encode(word));
}

} // namespace Marginalia
