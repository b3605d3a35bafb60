#pragma once

#include "comparison.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace smtpref {

// The HTML of a comparison: what sets the two codes apart on top, then both entries side
// by side in one table, so that each section of one sits on the same row as the same
// section of the other, however long either text is.
class ComparisonRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonRenderer)

public:
    static QString page(const Comparison &comparison, const QPalette &palette);
    // Shown until both codes are chosen.
    static QString pickPage(const QPalette &palette);
};

} // namespace smtpref
