#include "jsonreport.h"

#include "codeformat.h"
#include "labels.h"
#include "reasonadvice.h"

namespace smtpref::JsonReport {

namespace {

QString matchId(MatchKind match)
{
    switch (match) {
    case MatchKind::ExactCode: return QStringLiteral("exact_code");
    case MatchKind::CodePrefix: return QStringLiteral("code_prefix");
    case MatchKind::Title: return QStringLiteral("title");
    case MatchKind::Text: return QStringLiteral("text");
    }
    return {};
}

QJsonArray differences(const QList<Difference> &list)
{
    QJsonArray array;
    for (const Difference &difference : list) {
        array.append(QJsonObject{{QStringLiteral("aspect"), difference.aspect},
                                 {QStringLiteral("label"), difference.label},
                                 {QStringLiteral("a"), difference.a},
                                 {QStringLiteral("b"), difference.b}});
    }
    return array;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject finding(const Finding &finding)
{
    return QJsonObject{{QStringLiteral("line"), finding.line},
                       {QStringLiteral("reply"), textOrNull(finding.reply)},
                       {QStringLiteral("status"), textOrNull(finding.status)},
                       {QStringLiteral("text"), finding.text},
                       {QStringLiteral("title"), textOrNull(finding.title)},
                       {QStringLiteral("entry"), textOrNull(finding.entryCode)}};
}

QJsonObject recipient(const FailedRecipient &recipient)
{
    return QJsonObject{{QStringLiteral("address"), textOrNull(recipient.address)},
                       {QStringLiteral("original_address"), textOrNull(recipient.originalAddress)},
                       {QStringLiteral("action"), textOrNull(recipient.action)},
                       {QStringLiteral("status"), textOrNull(recipient.status)},
                       {QStringLiteral("reply"), textOrNull(recipient.reply)},
                       {QStringLiteral("reason"), textOrNull(recipient.reason)},
                       {QStringLiteral("reason_text"), Analysis::ReasonAdvice::of(recipient.reason, recipient.permanent).name},
                       {QStringLiteral("diagnostic"), recipient.diagnostic},
                       {QStringLiteral("remote_host"), textOrNull(recipient.remoteHost)},
                       {QStringLiteral("command"), textOrNull(recipient.command)},
                       {QStringLiteral("hard"), recipient.hard},
                       {QStringLiteral("permanent"), recipient.permanent},
                       {QStringLiteral("line"), recipient.line}};
}

} // namespace

QJsonObject entry(const Entry &entry)
{
    QJsonObject json{
        {QStringLiteral("code"), entry.code},
        {QStringLiteral("display_code"), entry.displayCode()},
        {QStringLiteral("family"), familyId(entry.family)},
        {QStringLiteral("class"), entry.replyClass == 0 ? QJsonValue() : QJsonValue(entry.replyClass)},
        {QStringLiteral("class_name"), Labels::className(entry.replyClass, entry.family)},
        {QStringLiteral("title"), entry.title},
        {QStringLiteral("description"), entry.description},
        {QStringLiteral("when"), entry.when},
        {QStringLiteral("fix"), entry.fix},
        {QStringLiteral("who_acts"), whoActsId(entry.whoActs)},
        {QStringLiteral("who_acts_text"), Labels::whoActsName(entry.whoActs)},
        {QStringLiteral("retry"), retryId(entry.retry)},
        {QStringLiteral("retry_text"), Labels::retryName(entry.retry)},
        {QStringLiteral("retry_note"), entry.retryNote},
        {QStringLiteral("phase"), QJsonArray::fromStringList(entry.phases)},
        {QStringLiteral("references"), QJsonArray::fromStringList(entry.references)},
        {QStringLiteral("related"), QJsonArray::fromStringList(entry.related)},
        {QStringLiteral("confused_with"), QJsonArray::fromStringList(entry.confusedWith)},
        {QStringLiteral("deprecated"), entry.deprecated},
        {QStringLiteral("language"), entry.language},
        {QStringLiteral("untranslated"), QJsonArray::fromStringList(entry.untranslated)},
        {QStringLiteral("custom"), entry.custom},
    };
    if (!entry.reply.isEmpty())
        json.insert(QStringLiteral("reply"), entry.reply);
    if (!entry.status.isEmpty())
        json.insert(QStringLiteral("status"), entry.status);
    if (const auto enhanced = CodeFormat::parseEnhanced(entry.status)) {
        json.insert(QStringLiteral("subject"), enhanced->subject);
        json.insert(QStringLiteral("subject_name"), Labels::subjectName(enhanced->subject));
    }
    if (entry.family == Family::Provider) {
        json.insert(QStringLiteral("provider"), entry.provider);
        json.insert(QStringLiteral("source"), entry.source);
        json.insert(QStringLiteral("warning"), entry.warning);
    }
    return json;
}

QJsonArray search(const SearchResult &result)
{
    QJsonArray array;
    for (const SearchHit &hit : result.hits) {
        array.append(QJsonObject{
            {QStringLiteral("code"), hit.summary.code},
            {QStringLiteral("family"), familyId(hit.summary.family)},
            {QStringLiteral("title"), hit.summary.title},
            // bm25 is negative, better when lower; reported as a positive relevance.
            {QStringLiteral("score"), -hit.score},
            {QStringLiteral("match"), matchId(hit.match)},
            {QStringLiteral("custom"), hit.summary.custom},
        });
    }
    return array;
}

QJsonObject comparison(const Comparison &comparison)
{
    return QJsonObject{
        {QStringLiteral("a"), comparison.a.displayCode()},
        {QStringLiteral("b"), comparison.b.displayCode()},
        {QStringLiteral("entry_a"), entry(comparison.a)},
        {QStringLiteral("entry_b"), entry(comparison.b)},
        {QStringLiteral("differences"), differences(comparison.differences)},
        {QStringLiteral("shared"), differences(comparison.shared)},
        {QStringLiteral("relations"), QJsonArray::fromStringList(comparison.relations)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(comparison.notes)},
    };
}

QJsonArray list(const QList<EntrySummary> &entries)
{
    QJsonArray array;
    for (const EntrySummary &summary : entries) {
        array.append(QJsonObject{{QStringLiteral("code"), summary.code},
                                 {QStringLiteral("family"), familyId(summary.family)},
                                 {QStringLiteral("title"), summary.title},
                                 {QStringLiteral("custom"), summary.custom}});
    }
    return array;
}

QJsonObject analysis(const AnalysisResult &result)
{
    QJsonArray findings;
    for (const Finding &each : result.findings)
        findings.append(finding(each));
    QJsonArray recipients;
    for (const FailedRecipient &each : result.recipients)
        recipients.append(recipient(each));
    const Verdict &verdict = result.verdict;
    const QJsonObject verdictJson{
        {QStringLiteral("reason"), textOrNull(verdict.reason)},
        {QStringLiteral("reason_text"), verdict.reason.isEmpty() ? QString()
                                                               : Analysis::ReasonAdvice::of(verdict.reason, verdict.permanent).name},
        {QStringLiteral("hard"), verdict.hard},
        {QStringLiteral("permanent"), verdict.permanent},
        {QStringLiteral("retry"), retryId(verdict.retry)},
        {QStringLiteral("retry_text"), Labels::retryName(verdict.retry)},
        {QStringLiteral("who_acts"), whoActsId(verdict.whoActs)},
        {QStringLiteral("who_acts_text"), Labels::whoActsName(verdict.whoActs)},
        {QStringLiteral("summary"), verdict.summary},
        {QStringLiteral("advice"), verdict.advice},
    };
    return QJsonObject{{QStringLiteral("kind"), inputKindId(result.kind)},
                       {QStringLiteral("is_bounce"), result.isBounce},
                       {QStringLiteral("subject"), textOrNull(result.subject)},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("recipients"), recipients},
                       {QStringLiteral("verdict"), verdictJson},
                       {QStringLiteral("truncated"), result.truncated}};
}

} // namespace smtpref::JsonReport
