#include "livesearch.h"

#include "searchworker.h"

namespace smtpref {

LiveSearch::LiveSearch(const QString &cataloguePath, QObject *parent)
    : QObject(parent)
    , m_worker(new SearchWorker(cataloguePath, m_latestRequest))
{
    m_thread.setObjectName(QStringLiteral("smtpref search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, &LiveSearch::deliver);
    connect(m_worker, &SearchWorker::failed, this, &LiveSearch::failed);
    m_thread.start();
}

LiveSearch::~LiveSearch()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void LiveSearch::search(const QString &text, const QString &language)
{
    const int requestId = ++*m_latestRequest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, requestId, text, language] { worker->search(requestId, text, language, resultLimit); },
        Qt::QueuedConnection);
}

void LiveSearch::setCatalogues(const QString &cataloguePath, const QString &customPath)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, cataloguePath, customPath] { worker->setCatalogues(cataloguePath, customPath); },
        Qt::QueuedConnection);
}

void LiveSearch::warmUp()
{
    QMetaObject::invokeMethod(m_worker, &SearchWorker::warmUp, Qt::QueuedConnection);
}

void LiveSearch::cancel()
{
    ++*m_latestRequest;
}

void LiveSearch::deliver(int requestId, const QString &text, const SearchResult &result)
{
    if (requestId == m_latestRequest->load())
        emit finished(text, result);
}

} // namespace smtpref
