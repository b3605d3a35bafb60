#pragma once

#include "entry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace smtpref {

class Catalogue;

// One aspect in which two entries differ, with each side's value in words.
struct Difference
{
    QString aspect; // "family", "class", "subject", "who_acts", "retry", "phase"
    QString label;  // the aspect's name in the reader's language
    QString a;
    QString b;
};

// What sets two codes apart, computed from the catalogue's facts, plus what they share,
// how they are linked, and the curated note on the pair where there is one.
struct Comparison
{
    Entry a;
    Entry b;
    QList<Difference> differences;
    QList<Difference> shared;   // aspects with the same value on both sides (a == b)
    QStringList relations;      // sentences: how the two codes are linked
    QStringList notes;          // curated notes for this pair
};

namespace Comparer {
Comparison compare(const Entry &a, const Entry &b, const Catalogue &catalogue);
}

} // namespace smtpref
