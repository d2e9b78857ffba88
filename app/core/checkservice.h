#pragma once
// Runs the Checker on a worker thread so the window never waits for the
// spell backend. The backend object is created, used and destroyed on that
// one thread. Results of a request that has been superseded are dropped.

#include "finding.h"

#include <QObject>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>

namespace Marginalia {

struct BackendInfo {
    QString backend;
    QString dictionary;
    QString language;
};

class CheckWorker;

class CheckService final : public QObject
{
    Q_OBJECT

public:
    explicit CheckService(QObject *parent = nullptr);
    ~CheckService() override;

    // Queues a check of text[0, bodyLength) (code points). `language` may be
    // a language ("fr"), a dictionary ("fr_FR") or empty (guess). Returns the
    // request number that the signals carry.
    // `userWords` are accepted as correct (project dictionary, tagged names).
    quint64 check(const QString &text, qint64 bodyLength, const QString &language, const QSet<QString> &userWords = {});

Q_SIGNALS:
    // Findings without suggestions: paint these at once.
    void checked(quint64 request, const Marginalia::Findings &findings, const Marginalia::BackendInfo &backend);
    // The same findings with suggestions filled in.
    void suggestionsReady(quint64 request, const Marginalia::Findings &findings);
    void failed(quint64 request, const QString &message);

private:
    QThread m_thread;
    CheckWorker *m_worker = nullptr; // lives in m_thread
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace Marginalia

Q_DECLARE_METATYPE(Marginalia::BackendInfo)
