#pragma once

#include "analysisresult.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace smtpref {

class AnalyzeRunner;

// Analyses pasted text in a thread of its own, so a 10 MB paste never freezes the window.
// The thread opens its own Catalogue for the findings' titles (a Qt SQL connection may
// only be used by the thread that made it). Only the answer to the newest request is
// passed on: one typed over since is dropped by its request id.
class AnalyzeWorker : public QObject
{
    Q_OBJECT

public:
    explicit AnalyzeWorker(QObject *parent = nullptr);
    ~AnalyzeWorker() override;

    // Starts an analysis; the answer comes as finished() unless another one starts, or
    // cancel() is called, first. An empty or unreadable cataloguePath: no titles.
    void analyze(const QString &text, const QString &cataloguePath, const QString &language);
    // Forgets the pending analysis, if any: its answer will not come.
    void cancel();

signals:
    void finished(const smtpref::AnalysisResult &result);

private:
    void deliver(int requestId, const AnalysisResult &result);

    std::shared_ptr<std::atomic<int>> m_latestRequest = std::make_shared<std::atomic<int>>(0);
    QThread m_thread;
    AnalyzeRunner *m_runner = nullptr; // lives in m_thread, deleted when it finishes
};

} // namespace smtpref
