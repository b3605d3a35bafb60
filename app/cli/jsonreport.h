#pragma once

#include "analysisresult.h"
#include "comparison.h"
#include "entry.h"
#include "searchengine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace smtpref::JsonReport {

// The keys are those of DESIGN.md ("JSON keys"); scripts rely on them, so keys are only ever added.
QJsonObject entry(const Entry &entry);
QJsonArray search(const SearchResult &result);
QJsonObject comparison(const Comparison &comparison);
QJsonArray list(const QList<EntrySummary> &entries);
// {kind, is_bounce, findings: [...], recipients: [...], verdict: {...}}; absent codes are null.
QJsonObject analysis(const AnalysisResult &result);

} // namespace smtpref::JsonReport
