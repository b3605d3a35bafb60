#pragma once

#include "textlines.h"

#include <QList>
#include <QString>

namespace smtpref::Analysis {

// A field of a delivery status report, continuation lines joined.
struct DsnField
{
    QString name;   // lower case: "final-recipient"
    QString value;
    int line = 0;
};

// One group of fields: the per-message group or one recipient's (RFC 3464 §2.2, §2.3).
struct DsnGroup
{
    QList<DsnField> fields;
    int line = 0;

    QString value(QStringView name) const;
    int lineOf(QStringView name) const;
    bool has(QStringView name) const { return lineOf(name) > 0; }
};

// A recipient's fields made usable.
struct DsnRecipient
{
    QString finalRecipient;    // the address, "rfc822;" and angle brackets removed
    QString originalRecipient;
    QString action;            // lower case
    QString status;            // "5.1.1", when the field holds a valid code
    QString statusComment;     // "Status: 4.0.0 (host name lookup failure)": the words after it
    QString diagnosticType;    // "smtp", "x-unix", "x-postfix", ... lower case
    QString diagnostic;        // the Diagnostic-Code text after its type
    QString remoteMta;
    int line = 0;              // where the group starts
    int statusLine = 0;
    int diagnosticLine = 0;
};

struct DeliveryReport
{
    DsnGroup perMessage;
    QList<DsnGroup> groups;          // per-recipient groups as written
    QList<DsnRecipient> recipients;  // the same, read
    QString reportingMta;
};

// Reads delivery status fields, in a message/delivery-status part or wherever a bounce writes
// them in its text. Groups are split at blank lines and where a recipient's field repeats.
namespace DsnParser {

DeliveryReport parse(const TextLines &lines);

// "rfc822; <a@b>" gives "a@b".
QString addressOf(const QString &value);

} // namespace DsnParser
} // namespace smtpref::Analysis
