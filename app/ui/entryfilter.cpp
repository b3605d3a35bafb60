#include "entryfilter.h"

namespace smtpref {

bool EntryFilter::accepts(const EntrySummary &entry) const
{
    if (family && entry.family != *family)
        return false;
    if (replyClass == 0)
        return true;
    if (entry.family == Family::Enhanced && entry.replyClass == 0)
        return replyClass != 3;
    return entry.replyClass == replyClass;
}

} // namespace smtpref
