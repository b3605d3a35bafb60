#pragma once

#include "analysisresult.h"
#include "dsnparser.h"
#include "textlines.h"

#include <QList>

namespace smtpref::Analysis {

// Turns the codes found in lines into findings: one per reply (a multi-line "550-" reply is
// one finding at its first line), with the text of the reply and its continuation lines.
namespace FindingCollector {

// Findings in lines [from, to) of a text.
QList<Finding> fromText(const TextLines &lines, qsizetype from = 0, qsizetype to = -1);

// Findings in a delivery status part, as DsnParser read it: its Status and Diagnostic-Code fields.
QList<Finding> fromDeliveryStatus(const DeliveryReport &report);

} // namespace FindingCollector
} // namespace smtpref::Analysis
