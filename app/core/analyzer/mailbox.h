#pragma once

#include "textlines.h"

#include <QByteArray>
#include <QList>

namespace smtpref::Analysis {

// A mailbox file (mbox) holds messages one after another, each opened by a "From sender date"
// line; bounce collections are often kept so, and bounces quote messages that start so.
namespace Mailbox {

// The byte ranges of the messages in data, at most `limit` (the last one takes the rest);
// one range for the whole input when it holds no separator after some content.
QList<ByteRange> messages(const QByteArray &data, int limit);

} // namespace Mailbox
} // namespace smtpref::Analysis
