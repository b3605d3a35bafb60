#include "replyclassstyle.h"

#include <QPixmap>

namespace smtpref {

QColor ReplyClassStyle::colour(int replyClass)
{
    switch (replyClass) {
    case 2: return QColor(0x2e, 0x9d, 0x4f);   // green: done
    case 3: return QColor(0x3a, 0x7b, 0xd5);   // blue: go on
    case 4: return QColor(0xe0, 0x9b, 0x1a);   // amber: try again later
    case 5: return QColor(0xd6, 0x45, 0x45);   // red: failed
    default: return QColor(0x8a, 0x8f, 0x98);  // grey: any class
    }
}

QIcon ReplyClassStyle::swatch(int replyClass)
{
    QPixmap square(12, 12);
    square.fill(colour(replyClass));
    return QIcon(square);
}

QColor ReplyClassStyle::textColourOn(int replyClass)
{
    return colour(replyClass).lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

QString ReplyClassStyle::shortName(int replyClass)
{
    switch (replyClass) {
    case 2: return tr("success", "reply class 2, short");
    case 3: return tr("continue", "reply class 3 (positive intermediate), short");
    case 4: return tr("transient", "reply class 4, short");
    case 5: return tr("permanent", "reply class 5, short");
    default: return tr("any class", "enhanced status code written with X, short");
    }
}

QString ReplyClassStyle::pattern(int replyClass, Family family)
{
    const QString digit = replyClass == 0 ? QStringLiteral("X") : QString::number(replyClass);
    return digit + (family == Family::Enhanced ? QStringLiteral(".x.x") : QStringLiteral("xx"));
}

} // namespace smtpref
