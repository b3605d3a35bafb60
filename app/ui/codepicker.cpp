#include "codepicker.h"

#include "catalogue.h"
#include "translations.h"

#include <QCompleter>

namespace smtpref {

CodePicker::CodePicker(const Catalogue &catalogue, QAbstractItemModel *codes, QWidget *parent)
    : QLineEdit(parent)
    , m_catalogue(catalogue)
{
    auto *completer = new QCompleter(codes, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    setClearButtonEnabled(true);

    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &CodePicker::choose);
    connect(this, &QLineEdit::returnPressed, this, [this] { choose(text()); });
}

void CodePicker::choose(const QString &text)
{
    const QString typed = text.simplified();
    if (typed.isEmpty())
        return;
    const auto entry = m_catalogue.lookup(typed, Translations::current());
    if (!entry) {
        emit unknownCode(typed);
        return;
    }
    setCode(entry->displayCode());
    emit codeChosen(entry->displayCode());
}

} // namespace smtpref
