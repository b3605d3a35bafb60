// Whatever is pasted or opened in the analyzer: arbitrary bytes through Analyzer::analyze (MIME,
// RFC 2047 headers, transfer encodings and charsets, DSN fields, mailbox files, transcripts,
// log lines) and, read as UTF-8, through Analyzer::analyzeText, with the shipped catalogue
// giving titles. Nothing may crash, no SQL statement may fail, and every result keeps the
// promises of analysisresult.h.

#include "analyzer.h"
#include "catalogue.h"
#include "codeformat.h"
#include "fuzzsupport.h"
#include "replyscanner.h"

#include <cstddef>
#include <cstdint>

using namespace smtpref;

namespace {

struct ShippedAnalyzer
{
    ShippedAnalyzer()
    {
        QString error;
        FUZZ_CHECK(catalogue.open(QStringLiteral(SMTPREF_CATALOGUE), &error), error);
    }

    fuzz::Environment environment;
    Catalogue catalogue;
    Analyzer analyzer{&catalogue, QStringLiteral("en")};
};

QString describe(const Finding &finding)
{
    return QStringLiteral("line %1: reply \"%2\", status \"%3\"").arg(finding.line).arg(finding.reply, finding.status);
}

void check(const AnalysisResult &result)
{
    FUZZ_CHECK(!inputKindId(result.kind).isEmpty(), QString::number(int(result.kind)));
    for (const Finding &finding : result.findings) {
        FUZZ_CHECK(finding.line >= 1, describe(finding));
        FUZZ_CHECK(!finding.reply.isEmpty() || !finding.status.isEmpty(), describe(finding));
        FUZZ_CHECK(finding.reply.isEmpty() || CodeFormat::isReplyCode(finding.reply), describe(finding));
        FUZZ_CHECK(finding.status.isEmpty() || CodeFormat::parseEnhanced(finding.status), describe(finding));
        FUZZ_CHECK(!Analysis::ReplyScanner::isPlaceholder(finding.status), describe(finding));
        FUZZ_CHECK(finding.title.isEmpty() || !finding.entryCode.isEmpty(), describe(finding));
    }
    for (const FailedRecipient &recipient : result.recipients) {
        FUZZ_CHECK(recipient.line >= 0, recipient.address);
        FUZZ_CHECK(recipient.reply.isEmpty() || CodeFormat::isReplyCode(recipient.reply), recipient.reply);
    }
    FUZZ_CHECK(!result.verdict.summary.isEmpty(), inputKindId(result.kind));
    FUZZ_CHECK(!result.isBounce || result.kind != InputKind::Empty, inputKindId(result.kind));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ShippedAnalyzer analysis;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    check(analysis.analyzer.analyze(bytes));
    check(analysis.analyzer.analyzeText(QString::fromUtf8(bytes)));
    return 0;
}
