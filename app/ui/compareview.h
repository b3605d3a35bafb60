#pragma once

#include "comparison.h"
#include "pagelink.h"

#include <QWidget>

#include <optional>

class QStringListModel;
class QTextDocument;
class QToolButton;

namespace smtpref {

class Catalogue;
class CodePicker;
class PageBrowser;

// Two codes side by side: a picker for each over the two columns of one table (so their
// sections line up row by row), a button to swap them, and what tells them apart on top.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(const Catalogue &catalogue, QWidget *parent = nullptr);

    // Shows the two codes (either may be empty while the person picks), announcing nothing.
    // By value: the arguments may be this view's own codes, swapped.
    void setCodes(QString a, QString b);
    QString codeA() const { return m_codeA; }
    QString codeB() const { return m_codeB; }
    const std::optional<Comparison> &comparison() const { return m_comparison; }
    QTextDocument *document() const;
    // The page as HTML drawn with palette (the paper's, to print it).
    QString pageHtml(const QPalette &palette) const;

    void swap();
    // Puts the keyboard in the picker that still needs a code (the second one if both have).
    void focusPicker();

signals:
    // The person chose other codes or swapped them.
    void codesChanged(const QString &a, const QString &b);
    void pageLinkActivated(const smtpref::PageLink &link);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render(bool keepPosition);
    void choose(QString a, QString b);

    const Catalogue &m_catalogue;
    QStringListModel *m_codes = nullptr; // every code, for the pickers to complete from
    CodePicker *m_pickerA = nullptr;
    CodePicker *m_pickerB = nullptr;
    QToolButton *m_swap = nullptr;
    PageBrowser *m_browser = nullptr;
    QString m_codeA;
    QString m_codeB;
    std::optional<Comparison> m_comparison;
};

} // namespace smtpref
