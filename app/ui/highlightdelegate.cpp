#include "highlightdelegate.h"

#include "textfold.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace smtpref {

namespace {

// The stretches of text whose words begin with one of the terms.
QList<QTextLayout::FormatRange> matches(const QString &text, const QStringList &terms, const QTextCharFormat &format)
{
    QList<QTextLayout::FormatRange> ranges;
    qsizetype start = 0;
    while (start < text.size()) {
        if (!text.at(start).isLetterOrNumber()) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end < text.size() && text.at(end).isLetterOrNumber())
            ++end;
        const QString word = TextFold::fold(text.mid(start, end - start));
        for (const QString &term : terms) {
            if (!term.isEmpty() && word.startsWith(term)) {
                // Folding keeps most words' length; where it does not, mark the whole word.
                const qsizetype length = word.size() == end - start ? term.size() : end - start;
                ranges.append({int(start), int(length), format});
                break;
            }
        }
        start = end;
    }
    return ranges;
}

} // namespace

HighlightDelegate::HighlightDelegate(int termsRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_termsRole(termsRole)
{
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList terms = index.data(m_termsRole).toStringList();
    if (terms.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget).adjusted(margin, 0, -margin, 0);
    const QString shown = item.fontMetrics.elidedText(text, item.textElideMode, textRect.width());

    const bool selected = item.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QTextCharFormat highlight;
    highlight.setFontWeight(QFont::Bold);
    if (!selected) {
        QColor tint = item.palette.color(group, QPalette::Highlight);
        tint.setAlpha(60);
        highlight.setBackground(tint);
    }

    QTextLayout layout(shown, item.font);
    layout.setFormats(matches(shown, terms, highlight));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(item.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal top = textRect.top() + (textRect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(textRect.left(), top));
    painter->restore();
}

} // namespace smtpref
