#include "searchengine.h"

#include "catalogue.h"
#include "queryparser.h"
#include "textfold.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace smtpref {

namespace {

// Longer pasted text is cut: nobody's query has more words, and FTS cost grows with them.
constexpr int maxWords = 24;
constexpr int maxCodes = 16;

struct Candidate
{
    MatchKind match = MatchKind::Text;
    int codesMatched = 0;   // how many of the query's codes the entry has
    int firstCode = 0;      // position of the first query code it matched
    bool isProvider = false; // known once the summaries are read
    double score = 0;
    int order = 0;          // arrival order: keeps the result stable within a group
};

QString quoted(const QString &word)
{
    // Words come from TextFold::words and hold only letters and digits; quoting keeps
    // FTS5 from reading them as operators (AND, OR, NOT, NEAR).
    return QLatin1Char('"') + word + QLatin1Char('"');
}

// The upper bound of a prefix range: "53" -> "54", "7." -> "7/".
QString afterPrefix(QString prefix)
{
    prefix.back() = QChar(prefix.back().unicode() + 1);
    return prefix;
}

bool wordsInTitle(const QStringList &alternativesPerWord, const QString &title, bool lastIsPrefix)
{
    const QStringList titleWords = TextFold::words(title);
    for (qsizetype i = 0; i < alternativesPerWord.size(); ++i) {
        const QStringList alternatives = alternativesPerWord.at(i).split(QLatin1Char(' '));
        const bool prefix = lastIsPrefix && i == alternativesPerWord.size() - 1;
        const bool found = std::any_of(titleWords.begin(), titleWords.end(), [&](const QString &w) {
            return std::any_of(alternatives.begin(), alternatives.end(), [&](const QString &a) {
                return prefix ? w.startsWith(a) : w == a;
            });
        });
        if (!found)
            return false;
    }
    return true;
}

} // namespace

SearchEngine::SearchEngine(const Catalogue &catalogue)
    : m_catalogue(catalogue)
{
}

void SearchEngine::loadVocabulary() const
{
    m_vocabularyLoaded = true;
    std::vector<std::pair<QString, int>> words;
    QSqlQuery query(m_catalogue.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT term, doc FROM entry_fts_vocab"))) {
        while (query.next())
            words.emplace_back(query.value(0).toString(), query.value(1).toInt());
    }
    m_corrector.setVocabulary(std::move(words));
}

SearchResult SearchEngine::search(const QString &text, const QString &language, int limit) const
{
    SearchResult result;
    if (limit <= 0)
        return result;
    ParsedQuery parsed = QueryParser::parse(text.left(4096));
    parsed.codes = parsed.codes.mid(0, maxCodes);
    parsed.words = parsed.words.mid(0, maxWords);
    if (parsed.isEmpty())
        return result;

    QHash<qint64, Candidate> candidates;
    int arrival = 0;
    const auto consider = [&](qint64 id, MatchKind match, int codeIndex, double score) {
        auto it = candidates.find(id);
        if (it == candidates.end()) {
            candidates.insert(id, Candidate{match, match == MatchKind::ExactCode ? 1 : 0, codeIndex,
                                            false, score, arrival++});
            return;
        }
        if (match == MatchKind::ExactCode && it->match == MatchKind::ExactCode)
            ++it->codesMatched;
        if (match < it->match) {
            it->match = match;
            it->codesMatched = match == MatchKind::ExactCode ? 1 : 0;
            it->firstCode = codeIndex;
            it->score = score;
        }
    };

    // Codes: one indexed range or equality lookup each.
    QSqlQuery codeQuery(m_catalogue.database());
    codeQuery.setForwardOnly(true);
    for (int index = 0; index < parsed.codes.size(); ++index) {
        const CodeQuery &code = parsed.codes.at(index);
        const bool exact = code.kind == CodeQuery::Kind::ReplyExact
            || code.kind == CodeQuery::Kind::StatusExact;
        const bool reply = code.kind == CodeQuery::Kind::ReplyExact
            || code.kind == CodeQuery::Kind::ReplyPrefix;
        const QString column = reply ? QStringLiteral("reply") : QStringLiteral("subject_detail");
        QString low = code.value;
        QString high;
        if (!exact) {
            if (!reply)
                low += QLatin1Char('.');
            high = afterPrefix(low);
        }
        // A class typed with a status (5.7.1) keeps provider replies of the other class out;
        // the registry entry X.7.1 serves every class.
        codeQuery.prepare(QStringLiteral("SELECT id FROM entry WHERE %1 AND"
                                         " (family != 'provider' OR :class = 0 OR reply_class = :class)"
                                         " ORDER BY sort_key LIMIT :limit")
                              .arg(exact ? column + QStringLiteral(" = :low")
                                         : column + QStringLiteral(" >= :low AND ") + column
                                               + QStringLiteral(" < :high")));
        codeQuery.bindValue(QStringLiteral(":low"), low);
        if (!exact)
            codeQuery.bindValue(QStringLiteral(":high"), high);
        codeQuery.bindValue(QStringLiteral(":class"), reply ? 0 : code.replyClass);
        codeQuery.bindValue(QStringLiteral(":limit"), limit);
        if (!codeQuery.exec())
            continue;
        while (codeQuery.next()) {
            consider(codeQuery.value(0).toLongLong(),
                     exact ? MatchKind::ExactCode : MatchKind::CodePrefix, index, 0);
        }
    }

    // Free text: each word, or its corrections when the catalogue does not know it.
    QStringList alternativesPerWord;
    const bool lastIsPrefix = !text.isEmpty() && !text.back().isSpace();
    for (int i = 0; i < parsed.words.size(); ++i) {
        const QString &word = parsed.words.at(i);
        const bool prefix = lastIsPrefix && i == parsed.words.size() - 1;
        QStringList alternatives{word};
        if (TypoCorrector::allowedEdits(int(word.size())) > 0) {
            if (!m_vocabularyLoaded)
                loadVocabulary();
            if (!m_corrector.knows(word, prefix)) {
                const QStringList corrections = m_corrector.corrections(word, prefix);
                if (!corrections.isEmpty()) {
                    alternatives = corrections;
                    result.corrected.append(word);
                }
            }
        }
        result.terms += alternatives;
        alternativesPerWord.append(alternatives.join(QLatin1Char(' ')));
    }

    if (!alternativesPerWord.isEmpty()) {
        QStringList groups;
        for (int i = 0; i < alternativesPerWord.size(); ++i) {
            const bool prefix = lastIsPrefix && i == alternativesPerWord.size() - 1;
            QStringList terms;
            for (const QString &alternative : alternativesPerWord.at(i).split(QLatin1Char(' ')))
                terms.append(quoted(alternative) + (prefix ? QStringLiteral("*") : QString()));
            groups.append(QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        }
        QStringList expressions{groups.join(QStringLiteral(" AND "))};
        // Pasted text rarely has all its words in one entry: fall back to any of them.
        if (groups.size() > 1)
            expressions.append(groups.join(QStringLiteral(" OR ")));

        QSqlQuery fts(m_catalogue.database());
        fts.setForwardOnly(true);
        // ORDER BY rank LIMIT lets FTS5 keep only the best rows; titles weigh eight times
        // the body. An entry has a row per language, hence twice the limit.
        fts.prepare(QStringLiteral(
            "SELECT entry_id, rank FROM entry_fts"
            " WHERE entry_fts MATCH :expression AND rank MATCH 'bm25(8.0, 1.0)'"
            " AND lang IN ('en', :lang) ORDER BY rank LIMIT :limit"));
        for (const QString &expression : std::as_const(expressions)) {
            if (candidates.size() >= limit)
                break;
            fts.bindValue(QStringLiteral(":expression"), expression);
            fts.bindValue(QStringLiteral(":lang"), language);
            fts.bindValue(QStringLiteral(":limit"), 2 * limit);
            if (!fts.exec())
                continue;
            while (fts.next())
                consider(fts.value(0).toLongLong(), MatchKind::Text, maxCodes, fts.value(1).toDouble());
        }
    }

    const QList<EntrySummary> summaries = m_catalogue.summaries(candidates.keys(), language);
    for (const EntrySummary &summary : summaries) {
        Candidate &candidate = candidates[summary.id];
        candidate.isProvider = summary.family == Family::Provider;
        if (candidate.match == MatchKind::Text
            && wordsInTitle(alternativesPerWord, summary.title, lastIsPrefix)) {
            candidate.match = MatchKind::Title;
        }
        result.hits.append(SearchHit{summary.id, summary, candidate.match, candidate.score});
    }

    std::stable_sort(result.hits.begin(), result.hits.end(), [&](const SearchHit &a, const SearchHit &b) {
        const Candidate &ca = candidates.find(a.id).value();
        const Candidate &cb = candidates.find(b.id).value();
        if (ca.match != cb.match)
            return ca.match < cb.match;
        if (ca.codesMatched != cb.codesMatched)
            return ca.codesMatched > cb.codesMatched;
        if (ca.firstCode != cb.firstCode)
            return ca.firstCode < cb.firstCode;
        if (ca.isProvider != cb.isProvider)
            return !ca.isProvider;
        if (ca.score != cb.score)
            return ca.score < cb.score;
        return ca.order < cb.order;
    });
    if (result.hits.size() > limit)
        result.hits.resize(limit);
    return result;
}

} // namespace smtpref
