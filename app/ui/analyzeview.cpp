#include "analyzeview.h"

#include "analyzeworker.h"
#include "catalogue.h"
#include "findingsmodel.h"
#include "labels.h"
#include "pagebrowser.h"
#include "reasonadvice.h"
#include "translations.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace smtpref {

namespace {

// Typing pauses this long before the text is analysed again.
constexpr int debounceMs = 300;

QString codesOf(const QString &reply, const QString &status)
{
    return QStringList{reply, status}.join(QLatin1Char(' ')).trimmed();
}

// The one local file a drag carries, or nothing: text and other drags go to the editor.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().front().isLocalFile())
        return {};
    return mime->urls().front().toLocalFile();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

// Everything the input said comes from outside: escaped before it is shown.
QString verdictHtml(const Verdict &verdict)
{
    QString html;
    if (!verdict.summary.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(verdict.summary.toHtmlEscaped());
    if (!verdict.advice.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(verdict.advice.toHtmlEscaped());
    if (verdict.reason.isEmpty())
        return html;
    const QString reasonName = Analysis::ReasonAdvice::of(verdict.reason, verdict.permanent).name;
    html += QStringLiteral("<table cellspacing=\"4\">");
    html += row(AnalyzeView::tr("Reason", "bounce reason"), QStringLiteral("%1 (%2)").arg(reasonName, verdict.reason));
    html += row(AnalyzeView::tr("Bounce", "hard or soft bounce"),
                verdict.hard ? AnalyzeView::tr("Hard: the address is bad for good", "bounce")
                             : AnalyzeView::tr("Soft: the address itself is fine", "bounce"));
    html += row(Labels::sectionName(Section::WhoActs), Labels::whoActsName(verdict.whoActs));
    html += row(Labels::sectionName(Section::Retry), Labels::retryName(verdict.retry));
    return html + QStringLiteral("</table>");
}

QString recipientsHtml(const QList<FailedRecipient> &recipients)
{
    if (recipients.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4><ul>").arg(AnalyzeView::tr("Recipients", "heading").toHtmlEscaped());
    for (const FailedRecipient &recipient : recipients) {
        QStringList parts{recipient.address.isEmpty() ? AnalyzeView::tr("(not named)", "a recipient without an address")
                                                       : recipient.address,
                          codesOf(recipient.reply, recipient.status)};
        if (!recipient.reason.isEmpty())
            parts.append(Analysis::ReasonAdvice::of(recipient.reason, recipient.permanent).name);
        parts.removeAll(QString());
        html += QStringLiteral("<li>%1").arg(parts.join(QStringLiteral(" — ")).toHtmlEscaped());
        if (!recipient.diagnostic.isEmpty())
            html += QStringLiteral("<br><small>%1</small>").arg(recipient.diagnostic.toHtmlEscaped());
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

AnalyzeView::AnalyzeView(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_worker(new AnalyzeWorker(this))
    , m_findings(new FindingsModel(this))
    , m_input(new QPlainTextEdit(this))
    , m_analyzeButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_report(new PageBrowser(this))
    , m_findingsView(new QTreeView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_debounce(new QTimer(this))
{
    m_input->setObjectName(QStringLiteral("analyzeInput"));
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap); // line numbers stay the input's lines
    // Tab moves on to the results, as in any form: a person pastes here and rarely types a tab.
    m_input->setTabChangesFocus(true);
    m_input->viewport()->installEventFilter(this);
    m_analyzeButton->setObjectName(QStringLiteral("analyzeButton"));
    m_analyzeButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_status->setObjectName(QStringLiteral("analyzeStatus"));
    m_status->setTextFormat(Qt::PlainText); // it names files
    m_status->setWordWrap(true);
    m_report->setObjectName(QStringLiteral("analyzeReport"));
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setUniformRowHeights(true);
    m_findingsView->setAllColumnsShowFocus(true);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findingsView->header()->setStretchLastSection(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);

    auto *inputPane = new QWidget(this);
    auto *inputLayout = new QVBoxLayout(inputPane);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(m_input);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_status, 1);
    buttonRow->addWidget(m_analyzeButton);
    inputLayout->addLayout(buttonRow);

    auto *resultPane = new QSplitter(Qt::Vertical, this);
    resultPane->addWidget(m_report);
    resultPane->addWidget(m_findingsView);

    m_splitter->setObjectName(QStringLiteral("analyzeSplitter"));
    m_splitter->addWidget(inputPane);
    m_splitter->addWidget(resultPane);
    m_splitter->setChildrenCollapsible(false);
    // From the text to what it gave: the button, the codes found (to open), then the report.
    setTabOrder(m_input, m_analyzeButton);
    setTabOrder(m_analyzeButton, m_findingsView);
    setTabOrder(m_findingsView, m_report);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_input, &QPlainTextEdit::textChanged, this, &AnalyzeView::onTextChanged);
    connect(m_debounce, &QTimer::timeout, this, &AnalyzeView::analyzeNow);
    connect(m_analyzeButton, &QPushButton::clicked, this, &AnalyzeView::analyzeNow);
    connect(m_worker, &AnalyzeWorker::finished, this, &AnalyzeView::showResult);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { highlightLine(current.isValid() ? m_findings->lineAt(current.row()) : 0); });
    connect(m_findingsView, &QTreeView::activated, this,
            [this](const QModelIndex &index) { emit openCodeRequested(m_findings->codeAt(index.row())); });
    retranslateUi();
    showResult(AnalysisResult());
}

bool AnalyzeView::loadFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Cannot read %1: %2", "%1: a file name").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > maxFileSize) {
        showStatus(tr("%1 is larger than %2 MB: not opened.", "%1: a file name").arg(name).arg(maxFileSize / (1024 * 1024)));
        return false;
    }
    m_input->setPlainText(QString::fromUtf8(file.readAll()));
    analyzeNow();
    return true;
}

void AnalyzeView::analyzeNow()
{
    m_debounce->stop();
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_worker->cancel();
        showResult(AnalysisResult());
        return;
    }
    showStatus(tr("Analysing…", "status: the pasted text is being read"));
    m_worker->analyze(text, m_catalogue.path(), Translations::current());
}

void AnalyzeView::focusInput()
{
    m_input->setFocus();
}

void AnalyzeView::onTextChanged()
{
    // Results and the marked line belong to the text as it was.
    m_worker->cancel();
    m_input->setExtraSelections({});
    m_debounce->start();
}

void AnalyzeView::showResult(const AnalysisResult &result)
{
    m_findings->setFindings(result.findings);
    m_input->setExtraSelections({});
    if (result.kind == InputKind::Empty) {
        m_report->showHtml(QStringLiteral("<p>%1</p>").arg(
                               tr("What went wrong, the recipients and the codes found appear here.",
                                  "placeholder beside the empty text field")
                                   .toHtmlEscaped()),
                           false);
        showStatus(QString());
        return;
    }
    m_report->showHtml(verdictHtml(result.verdict) + recipientsHtml(result.recipients), false);
    if (result.truncated)
        showStatus(tr("The text was too large: only its beginning was read.", "status"));
    else if (result.findings.isEmpty() && result.recipients.isEmpty() && !result.isBounce)
        showStatus(tr("No reply code, status code or bounce found.", "status"));
    else
        showStatus(tr("%n code(s) found.", "status", int(result.findings.size())));
}

void AnalyzeView::showStatus(const QString &text)
{
    m_status->setText(text);
}

void AnalyzeView::highlightLine(int line)
{
    const QTextBlock block = m_input->document()->findBlockByNumber(line - 1);
    if (line < 1 || !block.isValid()) {
        m_input->setExtraSelections({});
        return;
    }
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(block);
    selection.format.setBackground(palette().color(QPalette::Highlight));
    selection.format.setForeground(palette().color(QPalette::HighlightedText));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_input->setExtraSelections({selection});
    m_input->setTextCursor(selection.cursor);
    m_input->centerCursor();
}

bool AnalyzeView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (droppedFile(drag->mimeData()).isEmpty())
                break;
            drag->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            const QString path = droppedFile(drop->mimeData());
            if (path.isEmpty())
                break;
            drop->acceptProposedAction();
            loadFile(path);
            return true;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AnalyzeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The verdict and the titles are written in the language: read again in the new one.
        m_debounce->start();
    }
    QWidget::changeEvent(event);
}

void AnalyzeView::retranslateUi()
{
    m_analyzeButton->setText(tr("&Analyze", "button: read the pasted text now"));
    m_analyzeButton->setToolTip(m_analyzeButton->shortcut().toString(QKeySequence::NativeText));
    m_input->setPlaceholderText(tr("Paste a bounce, an SMTP transcript, log lines or a reply, or drop a .eml file",
                                   "placeholder of the text field"));
    m_input->setAccessibleName(tr("Text to analyze", "accessible name of the text field"));
    m_report->setAccessibleName(tr("What went wrong", "accessible name of the verdict and recipients"));
    m_findingsView->setAccessibleName(tr("Codes found", "accessible name of the findings list"));
    m_status->setAccessibleName(tr("Analysis status", "accessible name"));
    m_findings->retranslate();
}

} // namespace smtpref
