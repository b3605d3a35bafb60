#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

class QWidget;

namespace smtpref {

// Puts a page on paper or into a PDF file. Pages are rendered again for paper (black on
// white), whatever the screen's palette: a dark theme must not print white text.
class PagePrinter
{
    Q_DECLARE_TR_FUNCTIONS(PagePrinter)

public:
    // The palette pages are rendered with for printing.
    static QPalette paperPalette();

    // Asks for a printer (QPrintDialog) and prints; false if cancelled or failed.
    static bool print(const QString &html, const QString &title, QWidget *parent);
    // Asks for a file name and writes a PDF; false if cancelled or failed.
    static bool exportPdf(const QString &html, const QString &suggestedName, QWidget *parent);
    // Writes a PDF without asking (also what exportPdf does once it has a name).
    static bool writePdf(const QString &html, const QString &title, const QString &fileName);
};

} // namespace smtpref
