// Two codes side by side: reached from the menu, from a page and from two selected
// results; both codes shown with the same sections on the same rows, the key differences
// on top; the pickers and the swap button.

#include "uitest.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QTemporaryDir>
#include <QTextTable>
#include <QToolButton>

using namespace smtpref;
using namespace smtpref::uitest;

namespace {

// The side-by-side table: the one whose first row holds the two codes' headings.
QTextTable *sideBySide(QTextDocument *document)
{
    QTextTable *last = nullptr;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (auto *table = QTextCursor(block).currentTable(); table && table->columns() == 2)
            last = table;
    }
    return last;
}

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText().replace(QChar::ParagraphSeparator, '\n');
}

// The row of the table where column 0 holds text, or -1.
int rowWith(QTextTable *table, const QString &text)
{
    for (int row = 0; row < table->rows(); ++row) {
        if (cellText(table, row, 0).contains(text))
            return row;
    }
    return -1;
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        prepareApplication();
        m_catalogue = openCatalogue();
    }

    void init() { m_window = openWindow(m_dir.filePath("user.sqlite")); }
    void cleanup() { m_window.reset(); }

    void fromAPageThenAPickedCode()
    {
        QVERIFY(searchFor(m_window.get(), "211", "211"));
        QTest::keyClick(searchField(m_window.get()), Qt::Key_Return);
        QTest::keyClick(detailBrowser(m_window.get()), Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(compareBrowser(m_window.get())->isVisible());

        auto *pickerA = part<QLineEdit>(m_window.get(), "comparePickerA");
        auto *pickerB = part<QLineEdit>(m_window.get(), "comparePickerB");
        QCOMPARE(pickerA->text(), QString("211"));
        QTRY_COMPARE(QApplication::focusWidget(), pickerB);
        pickerB->selectAll();
        QTest::keyClicks(pickerB, "530");
        QTest::keyClick(pickerB, Qt::Key_Return);
        QTRY_COMPARE(*m_window->currentLocation(), PageLocation::comparison("211", "530"));
        verifyComparison("211", "530");
    }

    void fromTheMenuWithTypeAhead()
    {
        part<QAction>(m_window.get(), "compareAction")->trigger();
        QTRY_VERIFY(compareBrowser(m_window.get())->isVisible());
        auto *pickerA = part<QLineEdit>(m_window.get(), "comparePickerA");
        QTRY_COMPARE(QApplication::focusWidget(), pickerA);
        QTest::keyClicks(pickerA, "21");
        // The completer offers the codes that contain what was typed.
        QCompleter *completer = pickerA->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
            offered.append(completer->completionModel()->index(row, 0).data().toString());
        QVERIFY(offered.contains("211"));
        QTest::keyClicks(pickerA, "1");
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
        QTest::keyClick(pickerA, Qt::Key_Return);
        auto *pickerB = part<QLineEdit>(m_window.get(), "comparePickerB");
        QTest::keyClicks(pickerB, "530");
        QTest::keyClick(pickerB, Qt::Key_Return);
        QTRY_VERIFY(m_window->currentLocation()->codeB == "530");
        verifyComparison("211", "530");
    }

    void fromTwoSelectedResults()
    {
        QVERIFY(searchFor(m_window.get(), "53", "535"));
        QTreeView *results = resultView(m_window.get());
        const QStringList codes = codesIn(results->model());
        const QModelIndex first = results->model()->index(codes.indexOf("530"), 0);
        const QModelIndex second = results->model()->index(codes.indexOf("535"), 0);
        QTest::mouseClick(results->viewport(), Qt::LeftButton, Qt::NoModifier, results->visualRect(first).center());
        QTest::mouseClick(results->viewport(), Qt::LeftButton, Qt::ControlModifier, results->visualRect(second).center());
        QCOMPARE(results->selectionModel()->selectedRows().size(), 2);
        QTest::keyClick(results, Qt::Key_M, Qt::ControlModifier);
        QTRY_COMPARE(*m_window->currentLocation(), PageLocation::comparison("530", "535"));
        verifyComparison("530", "535");
    }

    void swapButtonExchangesTheSides()
    {
        m_window->open(PageLocation::comparison("211", "530"));
        QTRY_VERIFY(compareBrowser(m_window.get())->isVisible());
        QTest::mouseClick(part<QToolButton>(m_window.get(), "compareSwap"), Qt::LeftButton);
        QCOMPARE(*m_window->currentLocation(), PageLocation::comparison("530", "211"));
        QCOMPARE(part<QLineEdit>(m_window.get(), "comparePickerA")->text(), QString("530"));
        verifyComparison("530", "211");
        // The swap is a step of its own.
        QTest::keyClick(compareBrowser(m_window.get()), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(*m_window->currentLocation(), PageLocation::comparison("211", "530"));
    }

private:
    // Both codes head the table, each section's texts share a row, and the key differences
    // (211 and 530 differ in class at least) come first.
    void verifyComparison(const QString &a, const QString &b)
    {
        const auto entryA = m_catalogue->lookup(a, "en");
        const auto entryB = m_catalogue->lookup(b, "en");
        QTextDocument *document = compareBrowser(m_window.get())->document();
        const QString text = document->toPlainText();
        QVERIFY(text.indexOf("Key differences") < text.indexOf("Meaning"));
        QVERIFY(text.contains("Class"));

        QTextTable *table = sideBySide(document);
        QVERIFY(table);
        QVERIFY(cellText(table, 0, 0).startsWith(a));
        QVERIFY(cellText(table, 0, 1).startsWith(b));
        const struct { QString label, textA, textB; } sections[] = {
            {"Meaning", entryA->description, entryB->description},
            {"When you see it", entryA->when, entryB->when},
            {"How to fix it", entryA->fix, entryB->fix},
        };
        for (const auto &section : sections) {
            const int label = rowWith(table, section.label);
            QVERIFY2(label > 0, qPrintable(section.label));
            // The row under the heading holds both sides' text.
            QVERIFY(cellText(table, label + 1, 0).startsWith(section.textA.section('\n', 0, 0).left(40)));
            QVERIFY(cellText(table, label + 1, 1).startsWith(section.textB.section('\n', 0, 0).left(40)));
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
