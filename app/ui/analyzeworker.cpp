#include "analyzeworker.h"

#include "analyzer.h"
#include "catalogue.h"

#include <optional>

namespace smtpref {

// The thread's side: keeps the catalogue it opened there for the next analysis.
class AnalyzeRunner : public QObject
{
public:
    explicit AnalyzeRunner(std::shared_ptr<const std::atomic<int>> latestRequest)
        : m_latestRequest(std::move(latestRequest))
    {
    }

    // Empty when the request was overtaken before it began: no need to run it.
    std::optional<AnalysisResult> run(int requestId, const QString &text, const QString &cataloguePath,
                                      const QString &language)
    {
        if (requestId != m_latestRequest->load())
            return std::nullopt;
        return Analyzer(catalogue(cataloguePath), language).analyzeText(text);
    }

private:
    const Catalogue *catalogue(const QString &path)
    {
        if (path != m_path) {
            m_path = path;
            m_catalogue = std::make_unique<Catalogue>();
            QString error;
            // Without it the findings only lack their titles: nothing to tell the user.
            if (path.isEmpty() || !m_catalogue->open(path, &error))
                m_catalogue.reset();
        }
        return m_catalogue.get();
    }

    std::shared_ptr<const std::atomic<int>> m_latestRequest;
    QString m_path;
    std::unique_ptr<Catalogue> m_catalogue;
};

AnalyzeWorker::AnalyzeWorker(QObject *parent)
    : QObject(parent)
    , m_runner(new AnalyzeRunner(m_latestRequest))
{
    m_thread.setObjectName(QStringLiteral("smtpref analyze"));
    m_runner->moveToThread(&m_thread);
    // Deleted in the thread, where its catalogue's connection was made.
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread.start();
}

AnalyzeWorker::~AnalyzeWorker()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void AnalyzeWorker::analyze(const QString &text, const QString &cataloguePath, const QString &language)
{
    const int requestId = ++*m_latestRequest;
    QMetaObject::invokeMethod(
        m_runner,
        [this, runner = m_runner, requestId, text, cataloguePath, language] {
            if (const auto result = runner->run(requestId, text, cataloguePath, language)) {
                // Dropped unrun if this object is gone by then.
                QMetaObject::invokeMethod(this, [this, requestId, result = *result] { deliver(requestId, result); },
                                          Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
}

void AnalyzeWorker::cancel()
{
    ++*m_latestRequest;
}

void AnalyzeWorker::deliver(int requestId, const AnalysisResult &result)
{
    if (requestId != m_latestRequest->load())
        return;
    emit finished(result);
}

} // namespace smtpref
