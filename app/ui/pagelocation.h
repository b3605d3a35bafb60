#pragma once

#include <QString>

namespace smtpref {

// What the page area shows: one code's page, or a comparison of two codes (the second
// may still be missing while the person picks it).
struct PageLocation
{
    enum class Kind { Entry, Comparison };
    Kind kind = Kind::Entry;
    QString codeA;
    QString codeB;

    static PageLocation entry(const QString &code) { return {Kind::Entry, code, QString()}; }
    static PageLocation comparison(const QString &a, const QString &b) { return {Kind::Comparison, a, b}; }

    bool isComparison() const { return kind == Kind::Comparison; }
    bool operator==(const PageLocation &other) const
    {
        return kind == other.kind && codeA == other.codeA && codeB == other.codeB;
    }
    bool operator!=(const PageLocation &other) const { return !(*this == other); }
};

} // namespace smtpref
