#include "textfold.h"

namespace smtpref::TextFold {

QString fold(const QString &text)
{
    QString folded = text.toCaseFolded();
    for (QChar &ch : folded) {
        if (ch == QChar(0x0451)) // ё
            ch = QChar(0x0435);  // е
        else if (ch.category() == QChar::Other_Control)
            ch = QLatin1Char(' ');
    }
    return folded;
}

QStringList words(const QString &text)
{
    const QString folded = fold(text);
    QStringList result;
    QString current;
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing) {
            current.append(ch);
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

} // namespace smtpref::TextFold
