#pragma once

#include "pagelink.h"

#include <QTextBrowser>

namespace smtpref {

// A QTextBrowser that never navigates by itself: our own links (smtpref:...) are handed
// on as pageLinkActivated, web links go to the system browser. Re-rendering keeps the
// reader's place on the page.
class PageBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PageBrowser(QWidget *parent = nullptr);

    // Replaces the page; with keepPosition the scroll position survives (a language switch,
    // a note saved), otherwise the new page starts at the top.
    void showHtml(const QString &html, bool keepPosition);

signals:
    void pageLinkActivated(const smtpref::PageLink &link);

private:
    void onAnchorClicked(const QUrl &url);
};

} // namespace smtpref
