#pragma once

#include "pagelink.h"

#include <QTextBrowser>

namespace smtpref {

// A QTextBrowser that never navigates by itself: our own links (smtpref:...) are handed
// on as pageLinkActivated, web links go to the system browser. Re-rendering keeps the
// reader's place on the page. Nothing on a page reaches out: only the program's own
// resources load, so an image or style sheet named by any text shown fetches nothing.
class PageBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PageBrowser(QWidget *parent = nullptr);

    // Replaces the page; with keepPosition the scroll position survives (a language switch,
    // a note saved), otherwise the new page starts at the top.
    void showHtml(const QString &html, bool keepPosition);

    // Loads qrc resources only; anything else (http:, file:, ...) is refused.
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void pageLinkActivated(const smtpref::PageLink &link);

private:
    void onAnchorClicked(const QUrl &url);
};

} // namespace smtpref
