#pragma once

#include "searchengine.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace smtpref {

class SearchWorker;

// The GUI thread's side of the search: hands each query to a SearchWorker in its own
// thread and passes on only the answer to the newest query. Answers to queries typed over
// since are dropped by their request id, so a slow search never overwrites a newer one.
class LiveSearch : public QObject
{
    Q_OBJECT

public:
    explicit LiveSearch(const QString &cataloguePath, QObject *parent = nullptr);
    ~LiveSearch() override;

    // Starts a search; the answer comes as finished() unless another search starts first.
    void search(const QString &text, const QString &language);
    // Forgets the pending search, if any: its answer will not come.
    void cancel();
    // Opens the catalogue in the worker and readies its engine, so the first key typed does
    // not wait for that (SearchWorker::warmUp).
    void warmUp();
    // Searches these files from now on (SearchWorker::setCatalogues).
    void setCatalogues(const QString &cataloguePath, const QString &customPath);

    // Enough for any screen; pasted bounces rarely name more.
    static constexpr int resultLimit = 200;

signals:
    void finished(const QString &text, const smtpref::SearchResult &result);
    void failed(const QString &error);

private:
    void deliver(int requestId, const QString &text, const SearchResult &result);

    std::shared_ptr<std::atomic<int>> m_latestRequest = std::make_shared<std::atomic<int>>(0);
    QThread m_thread;
    SearchWorker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
};

} // namespace smtpref
