#pragma once
// Checks every article of a project, one after the other on the checker's
// worker thread, so that the corpus list can say which articles the
// translation damaged most. Each article is checked as the window would
// check it (its language, the project dictionary, the names tagged in it)
// and its open findings — those not ignored or accepted — are counted and
// kept in the project (Session::openFindingsKey). Cancel stops after the
// article being checked; what was counted stays.

#include "annotation.h"
#include "checkservice.h"
#include "result.h"

#include <QList>
#include <QObject>

namespace Marginalia {

class ProjectStore;

class CorpusChecker final : public QObject
{
    Q_OBJECT

public:
    explicit CorpusChecker(ProjectStore &store, QObject *parent = nullptr);

    // Starts with these articles (all of them when empty). Returns an error
    // when the project cannot be read.
    Status start(QList<qint64> articleIds = {});
    void cancel();
    // The dictionary for articles that do not name their language, as the
    // window uses it (empty: guess).
    void setFallbackLanguage(const QString &language) { m_fallbackLanguage = language; }
    bool isRunning() const { return m_running; }
    int total() const { return int(m_queue.size()); }
    int done() const { return m_done; }

Q_SIGNALS:
    void articleChecked(qint64 articleId, int openFindings);
    void progress(int done, int total);
    // An article could not be read or checked; the run goes on.
    void problem(qint64 articleId, const QString &message);
    void finished(bool cancelled);

private:
    void next();
    void onChecked(quint64 request, const Findings &findings);
    void onFailed(quint64 request, const QString &message);
    void finish(bool cancelled);

    ProjectStore &m_store;
    CheckService m_service;
    QList<qint64> m_queue;
    QList<FindingStatus> m_decided; // of the article being checked
    QSet<QString> m_dictionary;
    QList<Label> m_labels;
    QString m_fallbackLanguage;
    qint64 m_current = 0;
    quint64 m_request = 0;
    int m_done = 0;
    bool m_running = false;
};

} // namespace Marginalia
