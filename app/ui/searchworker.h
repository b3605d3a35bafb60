#pragma once

#include "combinedsearch.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace smtpref {

class Catalogue;

// Runs searches in a thread of its own, so typing never waits for the database. It opens
// its own Catalogue on the same file there, the first time it is asked: a Qt SQL
// connection may only be used by the thread that made it. The user's own codes, when
// there are any, are searched with it (CombinedSearch).
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    // latestRequest is the id of the newest request made; any older one still queued is
    // skipped unrun, since its answer would be thrown away anyway.
    SearchWorker(const QString &cataloguePath, std::shared_ptr<const std::atomic<int>> latestRequest);
    ~SearchWorker() override;

    void search(int requestId, const QString &text, const QString &language, int limit);
    // Opens the catalogue and readies the engine before anything is typed.
    void warmUp();
    // The files to search from now on (the catalogue replaced, the user's codes changed);
    // an empty customPath: none of the user's own.
    void setCatalogues(const QString &cataloguePath, const QString &customPath);

signals:
    void finished(int requestId, const QString &text, const smtpref::SearchResult &result);
    void failed(const QString &error);

private:
    bool ensureOpen();

    QString m_cataloguePath;
    QString m_customPath;
    std::shared_ptr<const std::atomic<int>> m_latestRequest;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<CombinedSearch> m_engine;
};

} // namespace smtpref
