#pragma once

#include "entry.h"

#include <QString>

namespace smtpref::Analysis {

// What a bounce reason means for the people involved: whose move it is, whether retrying
// helps, whether the address is bad for good, and what to do next.
namespace ReasonAdvice {

struct Advice
{
    WhoActs whoActs = WhoActs::Nobody;
    Retry retry = Retry::NotApplicable;
    bool hard = false;
    QString name;    // "Unknown recipient", in the current language
    QString advice;  // what to do next, in the current language
};

// `permanent`: the failure was final (5xx, Action: failed) rather than a delay (4xx).
Advice of(const QString &reason, bool permanent);

// A hard bounce: the address does not exist and never will (userunknown, hostunknown,
// hasmoved; notaccept when permanent).
bool isHard(const QString &reason, bool permanent);

} // namespace ReasonAdvice
} // namespace smtpref::Analysis
