// Two codes side by side: reached from the menu, from a page and from two selected
// results; both codes shown with the same sections on the same rows, the key differences
// on top; the pickers and the swap button.

#include "windowtest.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
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

class TestCompareView : public WindowTest
{
    Q_OBJECT

private slots:
    void fromAPageThenAPickedCode()
    {
        QVERIFY(searchFor(window(), "211", "211"));
        QTest::keyClick(searchField(window()), Qt::Key_Return);
        QTest::keyClick(detailBrowser(window()), Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(compareBrowser(window())->isVisible());

        auto *pickerA = part<QLineEdit>(window(), "comparePickerA");
        auto *pickerB = part<QLineEdit>(window(), "comparePickerB");
        QCOMPARE(pickerA->text(), QString("211"));
        QTRY_COMPARE(QApplication::focusWidget(), pickerB);
        pickerB->selectAll();
        QTest::keyClicks(pickerB, "530");
        QTest::keyClick(pickerB, Qt::Key_Return);
        QTRY_COMPARE(*window()->currentLocation(), PageLocation::comparison("211", "530"));
        verifyComparison("211", "530");
    }

    void fromTheMenuWithTypeAhead()
    {
        part<QAction>(window(), "compareAction")->trigger();
        QTRY_VERIFY(compareBrowser(window())->isVisible());
        auto *pickerA = part<QLineEdit>(window(), "comparePickerA");
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
        auto *pickerB = part<QLineEdit>(window(), "comparePickerB");
        QTest::keyClicks(pickerB, "530");
        QTest::keyClick(pickerB, Qt::Key_Return);
        QTRY_VERIFY(window()->currentLocation()->codeB == "530");
        verifyComparison("211", "530");
    }

    void fromTwoSelectedResults()
    {
        QVERIFY(searchFor(window(), "53", "535"));
        QTreeView *results = resultView(window());
        const QStringList codes = codesIn(results->model());
        const QModelIndex first = results->model()->index(codes.indexOf("530"), 0);
        const QModelIndex second = results->model()->index(codes.indexOf("535"), 0);
        QTest::mouseClick(results->viewport(), Qt::LeftButton, Qt::NoModifier, results->visualRect(first).center());
        QTest::mouseClick(results->viewport(), Qt::LeftButton, Qt::ControlModifier, results->visualRect(second).center());
        QCOMPARE(results->selectionModel()->selectedRows().size(), 2);
        QTest::keyClick(results, Qt::Key_M, Qt::ControlModifier);
        QTRY_COMPARE(*window()->currentLocation(), PageLocation::comparison("530", "535"));
        verifyComparison("530", "535");
    }

    void swapButtonExchangesTheSides()
    {
        window()->open(PageLocation::comparison("211", "530"));
        QTRY_VERIFY(compareBrowser(window())->isVisible());
        QTest::mouseClick(part<QToolButton>(window(), "compareSwap"), Qt::LeftButton);
        QCOMPARE(*window()->currentLocation(), PageLocation::comparison("530", "211"));
        QCOMPARE(part<QLineEdit>(window(), "comparePickerA")->text(), QString("530"));
        verifyComparison("530", "211");
        // The swap is a step of its own.
        QTest::keyClick(compareBrowser(window()), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(*window()->currentLocation(), PageLocation::comparison("211", "530"));
    }

private:
    // Both codes head the table, each section's texts share a row, and the key differences
    // (211 and 530 differ in class at least) come first.
    void verifyComparison(const QString &a, const QString &b)
    {
        const auto entryA = catalogue().lookup(a, "en");
        const auto entryB = catalogue().lookup(b, "en");
        QTextDocument *document = compareBrowser(window())->document();
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
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
