#pragma once

#include "analysisresult.h"

namespace smtpref::Analysis {

// The one conclusion of an analysis, in words: which recipient's failure decides it (the first
// that failed, else the first delayed), its reason, whether it is hard and permanent, who must
// act, whether to retry, a one-sentence summary and what to do next.
namespace VerdictWriter {

Verdict verdictOf(const AnalysisResult &result);

} // namespace VerdictWriter
} // namespace smtpref::Analysis
