// The Analyze view: a bounce pasted, dropped or opened gives a verdict and its codes;
// choosing a code marks its line, activating it opens its page; a 10 MB paste is read in
// a thread of its own while the window goes on working.

#include "analyzeview.h"
#include "detailview.h"
#include "findingsmodel.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace smtpref;
using namespace smtpref::uitest;

namespace {

// A Postfix bounce whose one code, 5.1.1, is on line 53; reason "mailererror".
const QString postfixBounce = QStringLiteral(SMTPREF_CORPUS_DIR "/bounces/lhost-postfix-01.eml");
constexpr int postfixCodeLine = 53;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestAnalyzeView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void init()
    {
        m_window = openWindow(m_dir.filePath("user.sqlite"));
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(input()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), input());
        m_tester = std::make_unique<QAbstractItemModelTester>(findings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
    }

    void pastedBounceGivesVerdictAndCodes()
    {
        paste(QString::fromUtf8(readFile(postfixBounce)));
        QTRY_COMPARE(findings()->rowCount(), 1);
        const QModelIndex first = findings()->index(0, FindingsModel::CodeColumn);
        QCOMPARE(first.data().toString(), QString("5.1.1"));
        QCOMPARE(first.data(FindingsModel::LineRole).toInt(), postfixCodeLine);
        QCOMPARE(first.data(FindingsModel::CodeRole).toString(), QString("X.1.1"));
        QVERIFY(!first.siblingAtColumn(FindingsModel::TitleColumn).data().toString().isEmpty());

        const QString report = part<QTextBrowser>(m_window.get(), "analyzeReport")->toPlainText();
        QVERIFY2(report.contains("mailererror"), qPrintable(report));
        QVERIFY2(report.contains("r@p351355.pool.example.ne.jp"), qPrintable(report));
    }

    void choosingACodeMarksItsLine()
    {
        paste(QString::fromUtf8(readFile(postfixBounce)));
        QTreeView *view = findingsView();
        QTRY_COMPARE(findings()->rowCount(), 1);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down); // the first row becomes current
        QCOMPARE(view->currentIndex().row(), 0);

        QCOMPARE(input()->textCursor().blockNumber() + 1, postfixCodeLine);
        const QList<QTextEdit::ExtraSelection> marked = input()->extraSelections();
        QCOMPARE(marked.size(), 1);
        QCOMPARE(marked.front().cursor.blockNumber() + 1, postfixCodeLine);
        QVERIFY(marked.front().cursor.block().text().contains("5.1.1"));

        // An edit moves lines: the mark goes with the old results.
        QTest::keyClick(input(), Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(input(), Qt::Key_Return);
        QVERIFY(input()->extraSelections().isEmpty());
    }

    void tabMovesFromTheTextToTheCodesFound()
    {
        paste(QString::fromUtf8(readFile(postfixBounce)));
        QTRY_COMPARE(findings()->rowCount(), 1);
        const QString pasted = input()->toPlainText();
        input()->setFocus();
        QTest::keyClick(input(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), part<QPushButton>(m_window.get(), "analyzeButton"));
        QCOMPARE(input()->toPlainText(), pasted); // no tab typed into the bounce
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), findingsView());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), part<QTextBrowser>(m_window.get(), "analyzeReport"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), findingsView());
    }

    void activatingACodeOpensItsPage()
    {
        paste(QString::fromUtf8(readFile(postfixBounce)));
        QTreeView *view = findingsView();
        QTRY_COMPARE(findings()->rowCount(), 1);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Return);

        auto *detail = part<DetailView>(m_window.get(), "detailView");
        QTRY_VERIFY(detail->isVisible());
        QVERIFY(detail->entry().has_value());
        QCOMPARE(detail->entry()->code, QString("X.1.1"));
        QCOMPARE(*m_window->currentLocation(), PageLocation::entry("X.1.1"));
    }

    void droppedFileIsRead()
    {
        const QByteArray bounce = readFile(postfixBounce);
        const QString path = m_dir.filePath("dropped.eml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bounce);
        file.close();

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QWidget *target = input()->viewport();
        const QPoint centre = target->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);

        QCOMPARE(input()->toPlainText(), QString::fromUtf8(bounce));
        QTRY_COMPARE(findings()->rowCount(), 1);
    }

    void tooLargeFileIsRefused()
    {
        QFile file(m_dir.filePath("huge.eml"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(AnalyzeView::maxFileSize + 1)); // sparse: nothing written
        file.close();

        auto *view = part<AnalyzeView>(m_window.get(), "analyzeView");
        QVERIFY(!view->loadFile(file.fileName()));
        QVERIFY(input()->toPlainText().isEmpty());
        QVERIFY(status()->text().contains("larger than 32 MB"));
    }

    void largePasteLeavesTheWindowWorking()
    {
        // The bounce, then 10 MB of log lines without a code.
        QString text = QString::fromUtf8(readFile(postfixBounce));
        const QString filler = QStringLiteral("Jan  1 00:00:00 mx postfix/qmgr[4242]: 4F1A2B3C4D: removed\n");
        text.reserve(10 * 1024 * 1024 + filler.size());
        while (text.size() < 10 * 1024 * 1024)
            text += filler;
        paste(text);

        QTest::mouseClick(part<QPushButton>(m_window.get(), "analyzeButton"), Qt::LeftButton);
        // The click returned before any result: the analysis was not done on this thread.
        QCOMPARE(findings()->rowCount(), 0);
        QCOMPARE(status()->text(), QString("Analysing…"));

        // The event loop goes on while the analysis runs.
        QTimer tick;
        QSignalSpy ticks(&tick, &QTimer::timeout);
        tick.start(0);
        QTRY_VERIFY(ticks.count() > 0);

        QTRY_COMPARE_WITH_TIMEOUT(findings()->rowCount(), 1, 240000);
        QCOMPARE(findings()->index(0, 0).data(FindingsModel::LineRole).toInt(), postfixCodeLine);
    }

private:
    QPlainTextEdit *input() const { return part<QPlainTextEdit>(m_window.get(), "analyzeInput"); }
    QTreeView *findingsView() const { return part<QTreeView>(m_window.get(), "findingsView"); }
    QLabel *status() const { return part<QLabel>(m_window.get(), "analyzeStatus"); }
    QAbstractItemModel *findings() const { return findingsView()->model(); }

    // As a person pastes: through the clipboard and Ctrl+V in the text field.
    void paste(const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
        input()->setFocus();
        QTest::keyClick(input(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(input()->toPlainText().size(), text.size());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestAnalyzeView)
#include "tst_analyzeview.moc"
