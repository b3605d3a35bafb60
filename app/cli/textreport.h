#pragma once

#include "analysisresult.h"
#include "entry.h"
#include "searchengine.h"

#include <QList>
#include <QString>

namespace smtpref::TextReport {

// One line per hit: code, title, and how it matched, in aligned columns.
QString search(const SearchResult &result, int width);
// One line per entry, grouped under family headings.
QString list(const QList<EntrySummary> &entries, int width);
// The verdict first, then each recipient, then every code found with its line.
QString analysis(const AnalysisResult &result, int width);

} // namespace smtpref::TextReport
