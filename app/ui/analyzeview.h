#pragma once

#include "analysisresult.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTimer;
class QTreeView;

namespace smtpref {

class AnalyzeWorker;
class Catalogue;
class FindingsModel;
class PageBrowser;

// Paste a bounce, a transcript or a reply (or drop or open a .eml file) and see beside it
// what went wrong: the verdict, the recipients and every code found. Choosing a finding
// marks its line in the text; activating it asks for its code's page. The analysis runs
// in a thread of its own, a moment after typing stops or at once on Analyze.
class AnalyzeView : public QWidget
{
    Q_OBJECT

public:
    // Files larger than this are not read: the analyzer reads no more anyway.
    static constexpr qint64 maxFileSize = 32 * 1024 * 1024;

    explicit AnalyzeView(const Catalogue &catalogue, QWidget *parent = nullptr);

    // Reads the file into the text field and analyses it; false (with the reason shown)
    // when it cannot be read or is too large.
    bool loadFile(const QString &path);
    void analyzeNow();
    void focusInput();
    FindingsModel *findings() const { return m_findings; }

signals:
    void openCodeRequested(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onTextChanged();
    void showResult(const AnalysisResult &result);
    void showStatus(const QString &text);
    void highlightLine(int line);
    void retranslateUi();

    const Catalogue &m_catalogue;
    AnalyzeWorker *m_worker = nullptr;
    FindingsModel *m_findings = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_analyzeButton = nullptr;
    QLabel *m_status = nullptr;
    PageBrowser *m_report = nullptr; // loads nothing from outside, whatever the text names
    QTreeView *m_findingsView = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace smtpref
