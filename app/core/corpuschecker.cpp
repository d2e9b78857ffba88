#include "corpuschecker.h"

#include "projectstore.h"
#include "session.h"

#include <QCoreApplication>

namespace Marginalia {

CorpusChecker::CorpusChecker(ProjectStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_service, &CheckService::checked, this,
            [this](quint64 request, const Findings &findings, const BackendInfo &) { onChecked(request, findings); });
    connect(&m_service, &CheckService::failed, this, &CorpusChecker::onFailed);
}

Status CorpusChecker::start(QList<qint64> articleIds)
{
    if (m_running)
        return makeError(QCoreApplication::translate("CorpusChecker", "The articles are being checked already."));
    if (articleIds.isEmpty()) {
        auto articles = m_store.articles();
        if (!articles)
            return makeError(articles.error());
        for (const StoredArticle &a : *articles)
            articleIds << a.id;
    }
    auto labels = m_store.labels();
    if (!labels)
        return makeError(labels.error());
    auto dictionary = m_store.dictionaryWords();
    if (!dictionary)
        return makeError(dictionary.error());
    m_labels = *labels;
    m_dictionary = *dictionary;
    m_queue = articleIds;
    m_done = 0;
    m_running = true;
    Q_EMIT progress(0, total());
    next();
    return {};
}

void CorpusChecker::cancel()
{
    if (m_running)
        finish(true);
}

void CorpusChecker::next()
{
    while (m_running && m_done < m_queue.size()) {
        m_current = m_queue.at(m_done);
        auto article = m_store.article(m_current);
        auto annotations =
            article ? m_store.annotations(m_current) : Result<QList<Annotation>>(makeError(article.error()));
        auto decided = annotations ? m_store.findingStatuses(m_current)
                                   : Result<QList<FindingStatus>>(makeError(annotations.error()));
        if (!decided) {
            Q_EMIT problem(m_current, decided.error());
            ++m_done;
            Q_EMIT progress(m_done, total());
            continue;
        }
        m_decided = *decided;
        const QString language = article->language.isEmpty() ? m_fallbackLanguage : article->language;
        m_request = m_service.check(article->text, article->bodyLength, language,
                                    Session::wordsVouchedFor(m_dictionary, m_labels, *annotations));
        return;
    }
    if (m_running)
        finish(false);
}

void CorpusChecker::onChecked(quint64 request, const Findings &findings)
{
    if (!m_running || request != m_request)
        return;
    const int open = int(Session::openFindings(findings, m_decided).size());
    if (!m_store.readOnly())
        (void)m_store.setSetting(Session::openFindingsKey(m_current), QString::number(open));
    Q_EMIT articleChecked(m_current, open);
    ++m_done;
    Q_EMIT progress(m_done, total());
    next(); // a new request also stops the suggestions of this one
}

void CorpusChecker::onFailed(quint64 request, const QString &message)
{
    if (!m_running || request != m_request)
        return;
    Q_EMIT problem(m_current, message);
    ++m_done;
    Q_EMIT progress(m_done, total());
    next();
}

void CorpusChecker::finish(bool cancelled)
{
    m_running = false;
    m_request = 0;
    Q_EMIT finished(cancelled);
}

} // namespace Marginalia
