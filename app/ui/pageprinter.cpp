#include "pageprinter.h"

#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace smtpref {

namespace {

void printDocument(const QString &html, QPrinter *printer)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(printer);
}

} // namespace

QPalette PagePrinter::paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf2, 0xf2, 0xf2));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x60, 0xc0));
    palette.setColor(QPalette::Link, QColor(0x10, 0x40, 0xa0));
    return palette;
}

bool PagePrinter::print(const QString &html, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1", "dialog title; %1: a code, or two codes compared").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    printDocument(html, &printer);
    return true;
}

bool PagePrinter::exportPdf(const QString &html, const QString &suggestedName, QWidget *parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString fileName = QFileDialog::getSaveFileName(parent, tr("Export as PDF", "file dialog title"),
                                                    QDir(folder).filePath(suggestedName + QStringLiteral(".pdf")),
                                                    tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return false;
    if (!fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        fileName += QStringLiteral(".pdf");
    return writePdf(html, suggestedName, fileName);
}

bool PagePrinter::writePdf(const QString &html, const QString &title, const QString &fileName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    printer.setDocName(title);
    printer.setCreator(QCoreApplication::applicationName());
    printDocument(html, &printer);
    return QFileInfo::exists(fileName);
}

} // namespace smtpref
