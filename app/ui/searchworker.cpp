#include "searchworker.h"

#include "catalogue.h"

namespace smtpref {

SearchWorker::SearchWorker(const QString &cataloguePath, std::shared_ptr<const std::atomic<int>> latestRequest)
    : m_cataloguePath(cataloguePath)
    , m_latestRequest(std::move(latestRequest))
{
}

// Runs in the worker thread (deleted on QThread::finished), where the connection was made.
SearchWorker::~SearchWorker() = default;

bool SearchWorker::ensureOpen()
{
    if (m_engine)
        return true;
    auto catalogue = std::make_unique<Catalogue>();
    QString error;
    if (!catalogue->open(m_cataloguePath, &error)) {
        emit failed(error);
        return false;
    }
    m_catalogue = std::move(catalogue);
    m_engine = std::make_unique<SearchEngine>(*m_catalogue);
    return true;
}

void SearchWorker::search(int requestId, const QString &text, const QString &language, int limit)
{
    if (requestId != m_latestRequest->load() || !ensureOpen())
        return;
    emit finished(requestId, text, m_engine->search(text, language, limit));
}

} // namespace smtpref
