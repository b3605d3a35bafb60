#pragma once

#include "analysisresult.h"

#include <QByteArray>
#include <QString>

namespace smtpref {

class Catalogue;

// Reads what a mail system said and tells what went wrong: a whole bounce (RFC 3464 reports
// and the formats of Postfix, Exim, Sendmail, qmail, Exchange, Gmail and others), an SMTP
// transcript, log lines, or a single reply line. Works without a catalogue; with one, each
// finding gets its entry's title. Never throws; garbage gives an empty or plain result.
//
// is_bounce means "this input reports a failed or delayed delivery" (or is an automatic reply,
// reason "vacation", as bounce processors count them); an ordinary message is not one.
class Analyzer
{
public:
    explicit Analyzer(const Catalogue *catalogue = nullptr, const QString &language = QStringLiteral("en"));

    AnalysisResult analyze(const QByteArray &input) const;
    // Pasted text: read as UTF-8.
    AnalysisResult analyzeText(const QString &text) const;

    // Inputs longer than this are read up to it (and marked truncated).
    static constexpr qsizetype maxInput = 32 * 1024 * 1024;

private:
    const Catalogue *m_catalogue;
    QString m_language;
};

} // namespace smtpref
