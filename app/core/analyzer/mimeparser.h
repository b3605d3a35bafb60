#pragma once

#include "headerdecoder.h"
#include "textlines.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace smtpref::Analysis {

// One decoded part of the input, with the role it can play in a bounce.
struct MessageSection
{
    enum class Role {
        Text,            // a text part (the notification, or an ordinary message's body)
        DeliveryStatus,  // message/delivery-status (RFC 3464) or its global form (RFC 6533)
        FeedbackReport,  // message/feedback-report (RFC 5965)
        ReturnedHeaders, // the header of a message sent back (message/rfc822, text/rfc822-headers)
    };
    Role role = Role::Text;
    QString mediaType;
    int message = 0;     // 0: the input itself; 1, 2, ...: bounces found inside it
    TextLines lines;
};

// The input read as an Internet message (RFC 5322, MIME), or as plain text when it has no header.
struct ParsedMessage
{
    bool hasHeaders = false;
    HeaderFields headers;              // of the input itself
    QList<HeaderFields> innerHeaders;  // of the bounces found inside it, message 1 first
    QList<MessageSection> sections;    // in input order
    bool truncated = false;
};

// Reads the MIME structure of a message: multipart bodies split at their boundaries (also when
// truncated), transfer encodings and charsets decoded, nesting depth and part count limited.
namespace MimeParser {

ParsedMessage parse(const QByteArray &data);
// The message in bytes [range.begin, range.end) of data, numbered from range.firstLine.
ParsedMessage parse(const QByteArray &data, ByteRange range);

// True when the header names a delivery report or comes from a mailer daemon; used to tell a
// bounce attached inside another message from an ordinary returned message.
bool looksLikeReport(const HeaderFields &headers);

} // namespace MimeParser
} // namespace smtpref::Analysis
