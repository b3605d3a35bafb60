#include "detailview.h"

#include "catalogue.h"
#include "noteeditor.h"
#include "pagebrowser.h"
#include "translations.h"
#include "userstore.h"

#include <QEvent>
#include <QVBoxLayout>

namespace smtpref {

DetailView::DetailView(const Catalogue &catalogue, UserStore &store, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_store(store)
    , m_browser(new PageBrowser(this))
    , m_noteEditor(new NoteEditor(this))
{
    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    m_browser->setAccessibleName(tr("Code page", "accessible name"));
    m_noteEditor->setObjectName(QStringLiteral("noteEditor"));
    m_noteEditor->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_noteEditor);

    connect(m_browser, &PageBrowser::pageLinkActivated, this, &DetailView::onPageLink);
    connect(m_noteEditor, &NoteEditor::saveRequested, this, [this](const QString &code, const QString &text) {
        if (m_store.setNote(code, text))
            m_noteEditor->saved();
        else
            m_noteEditor->saveFailed(m_store.lastError());
    });
    connect(m_noteEditor, &NoteEditor::closed, m_browser, qOverload<>(&QWidget::setFocus));
    connect(&m_store, &UserStore::noteChanged, this, [this](const QString &code) {
        if ((m_entry ? m_entry->code : m_code) == code)
            render(true);
    });
    connect(&m_store, &UserStore::favouritesChanged, this, [this] {
        if (m_entry)
            render(true);
    });
    render(false);
}

QTextDocument *DetailView::document() const
{
    return m_browser->document();
}

void DetailView::showCode(const QString &code)
{
    if (!m_noteEditor->isHidden() && m_noteEditor->code() != code)
        m_noteEditor->hide();
    const bool samePage = code == m_code;
    m_code = code;
    render(samePage);
}

void DetailView::setKeyTips(const QList<KeyTip> &tips)
{
    m_keyTips = tips;
    if (m_code.isEmpty())
        render(true);
}

// A code the catalogue no longer has keeps its note, which stays editable.
void DetailView::editNote()
{
    const QString code = m_entry ? m_entry->code : m_code;
    if (!code.isEmpty())
        m_noteEditor->edit(code, m_store.note(code));
}

void DetailView::render(bool keepPosition)
{
    m_entry = m_code.isEmpty() ? std::nullopt : m_catalogue.lookup(m_code, Translations::current());
    m_browser->showHtml(pageHtml(palette()), keepPosition);
}

QString DetailView::pageHtml(const QPalette &palette) const
{
    if (m_code.isEmpty())
        return PageRenderer::startPage(m_catalogue.entryCount(), m_keyTips, palette);
    if (!m_entry)
        return PageRenderer::missingPage(m_code, m_store.note(m_code), palette);
    const EntryPage page{*m_entry, m_store.note(m_entry->code), m_store.isFavourite(m_entry->code),
                         titlesOf(m_entry->related + m_entry->confusedWith)};
    return PageRenderer::entryPage(page, palette);
}

QHash<QString, QString> DetailView::titlesOf(const QStringList &codes) const
{
    QHash<QString, QString> titles;
    for (const QString &code : codes) {
        if (const auto entry = m_catalogue.entry(code, Translations::current()))
            titles.insert(code, entry->title);
    }
    return titles;
}

void DetailView::onPageLink(const PageLink &link)
{
    if (link.action == PageLink::Action::EditNote)
        editNote();
    else
        emit pageLinkActivated(link);
}

void DetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_browser->setAccessibleName(tr("Code page", "accessible name"));
        render(true);
    } else if (event->type() == QEvent::PaletteChange) {
        render(true);
    }
    QWidget::changeEvent(event);
}

} // namespace smtpref
