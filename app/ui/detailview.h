#pragma once

#include "entry.h"
#include "pagelink.h"
#include "pagerenderer.h"

#include <QWidget>

#include <optional>

class QTextDocument;

namespace smtpref {

class Catalogue;
class NoteEditor;
class PageBrowser;
class UserStore;

// One code's page: every field of the entry laid out for reading, the related and easily
// confused codes as links, and the person's own note, which they edit right under it.
// With no code it shows the start page.
class DetailView : public QWidget
{
    Q_OBJECT

public:
    DetailView(const Catalogue &catalogue, UserStore &store, QWidget *parent = nullptr);

    // "530", "X.7.1", "5.7.1" (the class named), a provider code; empty: the start page.
    void showCode(const QString &code);
    // The entry shown, if the page shows one.
    const std::optional<Entry> &entry() const { return m_entry; }
    QTextDocument *document() const;
    // The page as HTML drawn with palette (the paper's, to print it).
    QString pageHtml(const QPalette &palette) const;

    void setKeyTips(const QList<KeyTip> &tips);
    void editNote();

signals:
    // Links to other codes and comparisons; notes are handled here.
    void pageLinkActivated(const smtpref::PageLink &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render(bool keepPosition);
    void onPageLink(const PageLink &link);
    QHash<QString, QString> titlesOf(const QStringList &codes) const;

    const Catalogue &m_catalogue;
    UserStore &m_store;
    PageBrowser *m_browser = nullptr;
    NoteEditor *m_noteEditor = nullptr;
    QString m_code;
    std::optional<Entry> m_entry;
    QList<KeyTip> m_keyTips;
};

} // namespace smtpref
