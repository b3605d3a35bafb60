#pragma once

#include <QStyledItemDelegate>

namespace smtpref {

// Draws an item's text with the searched words in bold on a tint, so a person sees why a
// row matched. The words come from the model (ResultModel::TermsRole): folded, and the
// last one possibly unfinished, so any word starting with one counts.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HighlightDelegate(int termsRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_termsRole;
};

} // namespace smtpref
