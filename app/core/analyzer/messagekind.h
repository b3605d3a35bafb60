#pragma once

#include "headerdecoder.h"

#include <QString>
#include <QStringList>

namespace smtpref::Analysis {

// What a message's header and wording say about what kind of message it is.
struct MessageSignals
{
    bool fromDaemon = false;        // From: MAILER-DAEMON, postmaster, "Mail Delivery System"
    bool bounceSubject = false;     // "Undelivered Mail Returned to Sender", "failure notice", ...
    bool delaySubject = false;      // "Delivery Status Notification (Delay)", "Warning: message ... delayed"
    bool failedHeader = false;      // X-Failed-Recipients
    bool nullSender = false;        // Return-Path: <>
    bool autoSubmittedFailure = false; // Auto-Submitted: auto-generated (failure)
    bool autoReplied = false;       // Auto-Submitted: auto-replied, X-Autoreply, Precedence: auto_reply
    bool autoReplySubject = false;  // "Automatic reply:", "Out of office", "Auto:", ...
};

namespace MessageKind {

MessageSignals signalsOf(const HeaderFields &headers);

// Words of a notification that say a delivery failed or is late.
bool saysFailure(const QString &text);
// Words that say a delivery is only late and still being tried.
bool saysDelay(const QString &text);
// The addresses in an address-list header value.
QStringList addressesIn(const QString &value);

} // namespace MessageKind
} // namespace smtpref::Analysis
