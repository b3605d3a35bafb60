#include "compareview.h"

#include "catalogue.h"
#include "codepicker.h"
#include "comparisonrenderer.h"
#include "pagebrowser.h"
#include "translations.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace smtpref {

CompareView::CompareView(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_codes(new QStringListModel(this))
    , m_pickerA(new CodePicker(catalogue, m_codes, this))
    , m_pickerB(new CodePicker(catalogue, m_codes, this))
    , m_swap(new QToolButton(this))
    , m_browser(new PageBrowser(this))
{
    m_pickerA->setObjectName(QStringLiteral("comparePickerA"));
    m_pickerB->setObjectName(QStringLiteral("comparePickerB"));
    m_swap->setObjectName(QStringLiteral("compareSwap"));
    m_browser->setObjectName(QStringLiteral("compareBrowser"));
    m_swap->setText(QStringLiteral("⇄"));

    QStringList codes;
    for (const EntrySummary &entry : catalogue.list(std::nullopt, QStringLiteral("en")))
        codes.append(entry.code);
    m_codes->setStringList(codes);

    // The pickers share the width as the table's two columns do, each above its column.
    auto *pickers = new QHBoxLayout;
    pickers->setContentsMargins(14, 6, 14, 6);
    pickers->addWidget(m_pickerA, 1);
    pickers->addWidget(m_swap);
    pickers->addWidget(m_pickerB, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(pickers);
    layout->addWidget(m_browser, 1);

    connect(m_pickerA, &CodePicker::codeChosen, this, [this](const QString &code) { choose(code, m_codeB); });
    connect(m_pickerB, &CodePicker::codeChosen, this, [this](const QString &code) { choose(m_codeA, code); });
    for (CodePicker *picker : {m_pickerA, m_pickerB}) {
        connect(picker, &CodePicker::unknownCode, this, [this](const QString &text) {
            emit message(tr("No code “%1” in the catalogue.").arg(text));
        });
    }
    connect(m_swap, &QToolButton::clicked, this, &CompareView::swap);
    connect(m_browser, &PageBrowser::pageLinkActivated, this, &CompareView::pageLinkActivated);
    retranslateUi();
    render(false);
}

QTextDocument *CompareView::document() const
{
    return m_browser->document();
}

void CompareView::setCodes(QString a, QString b)
{
    const bool samePage = a == m_codeA && b == m_codeB;
    m_codeA = std::move(a);
    m_codeB = std::move(b);
    m_pickerA->setCode(m_codeA);
    m_pickerB->setCode(m_codeB);
    render(samePage);
}

void CompareView::choose(QString a, QString b)
{
    if (a == m_codeA && b == m_codeB)
        return;
    setCodes(std::move(a), std::move(b));
    emit codesChanged(m_codeA, m_codeB);
}

void CompareView::swap()
{
    choose(m_codeB, m_codeA);
}

void CompareView::focusPicker()
{
    CodePicker *picker = m_codeA.isEmpty() ? m_pickerA : m_pickerB;
    picker->setFocus(Qt::OtherFocusReason);
    picker->selectAll();
}

void CompareView::retranslateUi()
{
    m_pickerA->setPlaceholderText(tr("First code", "comparison picker"));
    m_pickerB->setPlaceholderText(tr("Second code", "comparison picker"));
    m_pickerA->setAccessibleName(tr("First code to compare"));
    m_pickerB->setAccessibleName(tr("Second code to compare"));
    m_swap->setToolTip(tr("Swap the two codes"));
    m_swap->setAccessibleName(tr("Swap", "swap the two compared codes"));
    m_browser->setAccessibleName(tr("Comparison", "accessible name"));
}

void CompareView::render(bool keepPosition)
{
    const QString language = Translations::current();
    const auto a = m_codeA.isEmpty() ? std::nullopt : m_catalogue.lookup(m_codeA, language);
    const auto b = m_codeB.isEmpty() ? std::nullopt : m_catalogue.lookup(m_codeB, language);
    m_comparison = a && b ? std::optional(Comparer::compare(*a, *b, m_catalogue)) : std::nullopt;
    m_browser->showHtml(pageHtml(palette()), keepPosition);
}

QString CompareView::pageHtml(const QPalette &palette) const
{
    return m_comparison ? ComparisonRenderer::page(*m_comparison, palette) : ComparisonRenderer::pickPage(palette);
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render(true);
    } else if (event->type() == QEvent::PaletteChange) {
        render(true);
    }
    QWidget::changeEvent(event);
}

} // namespace smtpref
