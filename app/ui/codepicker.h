#pragma once

#include <QLineEdit>

class QAbstractItemModel;

namespace smtpref {

class Catalogue;

// A field to name one code, completing as it is typed from every code in the catalogue
// (any part of it: "7.26" offers "X.7.26" and "Gmail 550 5.7.26"). Accepts the forms
// people type, such as 5.7.1 for X.7.1.
class CodePicker : public QLineEdit
{
    Q_OBJECT

public:
    // codes: the list to complete from, shared by the pickers of a view.
    CodePicker(const Catalogue &catalogue, QAbstractItemModel *codes, QWidget *parent = nullptr);

    // Shows code without announcing it.
    void setCode(const QString &code) { setText(code); }

signals:
    // A code the catalogue knows was chosen (Enter, or a completion picked).
    void codeChosen(const QString &code);
    // What was typed names no code.
    void unknownCode(const QString &text);

private:
    void choose(const QString &text);

    const Catalogue &m_catalogue;
};

} // namespace smtpref
