#pragma once

#include "entry.h"

#include <optional>

namespace smtpref {

// The family and class a person narrowed the list to; empty means everything.
struct EntryFilter
{
    std::optional<Family> family;
    int replyClass = 0; // 2..5, or 0 for any

    // An enhanced entry is written once for every class (X.7.1), so it passes a filter
    // for 2, 4 or 5, the classes enhanced codes exist in.
    bool accepts(const EntrySummary &entry) const;
};

} // namespace smtpref
