#include "pagebrowser.h"

#include <QDesktopServices>
#include <QScrollBar>

namespace smtpref {

PageBrowser::PageBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(14);
    connect(this, &QTextBrowser::anchorClicked, this, &PageBrowser::onAnchorClicked);
}

void PageBrowser::showHtml(const QString &html, bool keepPosition)
{
    const int position = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(keepPosition ? position : 0);
}

QVariant PageBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    return {};
}

void PageBrowser::onAnchorClicked(const QUrl &url)
{
    if (const auto link = PageLink::parse(url)) {
        emit pageLinkActivated(*link);
        return;
    }
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        QDesktopServices::openUrl(url);
}

} // namespace smtpref
