#pragma once

#include "measurement.h"

#include <QStringList>

// The analyzer over a large mix of real bounces and SMTP transcripts, each analysed as a
// person would paste it, as milliseconds per megabyte; the limit is a plain regular
// expression scan for reply and status codes over the same bytes (decoded as UTF-8, as the
// analyzer must too).
namespace AnalyzeBench {

// analyze_throughput over the files of dirs, repeated until they make at least totalBytes.
Measurement run(const QStringList &dirs, qint64 totalBytes);

} // namespace AnalyzeBench
