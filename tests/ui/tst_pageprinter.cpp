// Print and PDF: pages go to paper black on white, whatever the screen's palette.

#include "uitest.h"

#include "pageprinter.h"

#include <QFile>
#include <QTemporaryDir>

using namespace smtpref;
using namespace smtpref::uitest;

class TestPagePrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void paperIsDarkOnLight()
    {
        const QPalette paper = PagePrinter::paperPalette();
        QVERIFY(paper.color(QPalette::Text).lightness() < 60);
        QVERIFY(paper.color(QPalette::Base).lightness() > 240);
    }

    void writesThePageAsPdf()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("530.pdf");
        QVERIFY(PagePrinter::writePdf("<h1>530</h1><p>Authentication required</p>", "530", file));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5).startsWith("%PDF-"));
        QVERIFY(pdf.size() > 500);
    }
};

QTEST_MAIN(TestPagePrinter)
#include "tst_pageprinter.moc"
