#pragma once

#include "entry.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace smtpref {

// How a reply class is told apart at a glance: a colour, and always a word beside it, so
// nobody has to rely on colour alone. The colours are mid-tones, readable as swatches on
// light and dark palettes alike.
class ReplyClassStyle
{
    Q_DECLARE_TR_FUNCTIONS(ReplyClassStyle)

public:
    // 2..5; 0 (an enhanced code written with X) gets a neutral colour.
    static QColor colour(int replyClass);
    // A small square of colour(replyClass), for menus and lists.
    static QIcon swatch(int replyClass);
    // Black or white, whichever reads better on colour(replyClass).
    static QColor textColourOn(int replyClass);
    // A word short enough for a result column: "success", "permanent" ...
    static QString shortName(int replyClass);
    // "5xx" for replies; "5.x.x" for enhanced codes, "X.x.x" when written for any class.
    static QString pattern(int replyClass, Family family);
};

} // namespace smtpref
