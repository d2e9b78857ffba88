#include "checkservice.h"

#include "checker.h"
#include "languageguess.h"
#include "spellbackend.h"

namespace Marginalia {

class CheckWorker final : public QObject
{
    Q_OBJECT

public:
    explicit CheckWorker(std::shared_ptr<std::atomic<quint64>> latest)
        : m_latest(std::move(latest))
    {
    }

    void run(quint64 request, const QString &text, qint64 bodyLength, const QString &language,
             const QSet<QString> &userWords)
    {
        if (request != m_latest->load())
            return;
        QString wanted = language;
        if (wanted.isEmpty())
            wanted = LanguageGuess::guess(text);
        const QString code = SpellBackends::resolveLanguage(wanted);
        if (!m_checker || m_checker->backend().language() != code) {
            auto created = Checker::create(wanted.isEmpty() ? QStringLiteral("en") : wanted);
            if (!created) {
                m_checker.reset();
                Q_EMIT failed(request, created.error());
                return;
            }
            m_checker = std::move(*created);
        }
        m_checker->setUserWords(userWords);
        Findings findings = m_checker->check(text, bodyLength);
        const SpellBackend &b = m_checker->backend();
        Q_EMIT checked(request, findings, BackendInfo{b.backendName(), b.dictionary(), b.language()});

        for (Finding &finding : findings) {
            if (request != m_latest->load())
                return; // a newer article is waiting
            if (finding.category == FindingCategory::Spelling)
                finding.suggestions = m_checker->suggestionsFor(finding.text);
        }
        Q_EMIT suggestionsReady(request, findings);
    }

Q_SIGNALS:
    void checked(quint64 request, const Marginalia::Findings &findings, const Marginalia::BackendInfo &backend);
    void suggestionsReady(quint64 request, const Marginalia::Findings &findings);
    void failed(quint64 request, const QString &message);

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Checker> m_checker;
};

CheckService::CheckService(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<Marginalia::Findings>();
    qRegisterMetaType<Marginalia::BackendInfo>();
    m_thread.setObjectName(QStringLiteral("marginalia-checker"));
    m_worker = new CheckWorker(m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CheckWorker::checked, this, [this](quint64 r, const Findings &f, const BackendInfo &b) {
        if (r == m_latest->load())
            Q_EMIT checked(r, f, b);
    });
    connect(m_worker, &CheckWorker::suggestionsReady, this, [this](quint64 r, const Findings &f) {
        if (r == m_latest->load())
            Q_EMIT suggestionsReady(r, f);
    });
    connect(m_worker, &CheckWorker::failed, this, [this](quint64 r, const QString &message) {
        if (r == m_latest->load())
            Q_EMIT failed(r, message);
    });
    m_thread.start();
}

CheckService::~CheckService()
{
    m_latest->store(0); // let a running suggestion pass stop early
    m_thread.quit();
    m_thread.wait();
}

quint64 CheckService::check(const QString &text, qint64 bodyLength, const QString &language,
                            const QSet<QString> &userWords)
{
    const quint64 request = m_latest->fetch_add(1) + 1;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, request, text, bodyLength, language, userWords] {
            worker->run(request, text, bodyLength, language, userWords);
        },
        Qt::QueuedConnection);
    return request;
}

} // namespace Marginalia

#include "checkservice.moc"
