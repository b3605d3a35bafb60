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
    if (!m_customPath.isEmpty() && !catalogue->openCustom(m_customPath, &error))
        emit failed(error); // the shipped codes are still searched
    m_catalogue = std::move(catalogue);
    m_engine = std::make_unique<CombinedSearch>(*m_catalogue);
    return true;
}

void SearchWorker::setCatalogues(const QString &cataloguePath, const QString &customPath)
{
    m_cataloguePath = cataloguePath;
    m_customPath = customPath;
    m_engine.reset();
    m_catalogue.reset(); // opened again by the next search
}

void SearchWorker::warmUp()
{
    if (ensureOpen())
        m_engine->prepare();
}

void SearchWorker::search(int requestId, const QString &text, const QString &language, int limit)
{
    if (requestId != m_latestRequest->load() || !ensureOpen())
        return;
    emit finished(requestId, text, m_engine->search(text, language, limit));
}

} // namespace smtpref
