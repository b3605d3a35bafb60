#include "searchengine.h"

#include "catalogue.h"
#include "queryparser.h"
#include "textfold.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace smtpref {

namespace {

// Longer pasted text is cut: nobody's query has more words, and FTS cost grows with them.
constexpr int maxWords = 24;
constexpr int maxCodes = 16;
// Typed queries are short; a longer one is pasted text, whose words are spelt as the
// mail system wrote them, so it gets no typo correction.
constexpr int maxWordsToCorrect = 4;
// Exact code matches are read in full up to this many, so an entry that has several of
// the query's codes (550 and 5.7.26) is seen for each of them before ranking.
constexpr int maxExactPerCode = 1000;

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

bool matchesAny(const QString &word, const QStringList &alternatives, bool prefix)
{
    return std::any_of(alternatives.begin(), alternatives.end(), [&](const QString &alternative) {
        return prefix ? word.startsWith(alternative) : word == alternative;
    });
}

// How a title meets the query words: how many of them it has, and how many of its own
// words none of them matched (fewer left over is a closer title).
struct TitleMatch
{
    int queryWordsFound = 0;
    int titleWordsLeft = 0;
};

TitleMatch matchTitle(const QList<QStringList> &words, const QString &title, bool lastIsPrefix)
{
    const QStringList titleWords = TextFold::words(title);
    QList<bool> used(titleWords.size(), false);
    TitleMatch match;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool prefix = lastIsPrefix && i == words.size() - 1;
        bool found = false;
        for (qsizetype w = 0; w < titleWords.size(); ++w) {
            if (matchesAny(titleWords.at(w), words.at(i), prefix)) {
                used[w] = true;
                found = true;
            }
        }
        match.queryWordsFound += found ? 1 : 0;
    }
    match.titleWordsLeft = int(used.count(false));
    return match;
}

// (a OR b) AND (c*): one group per query word.
QStringList ftsGroups(const QList<QStringList> &words, bool lastIsPrefix)
{
    QStringList groups;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool prefix = lastIsPrefix && i == words.size() - 1;
        QStringList terms;
        for (const QString &word : words.at(i))
            terms.append(quoted(word) + (prefix ? QStringLiteral("*") : QString()));
        groups.append(QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return groups;
}

} // namespace

struct SearchEngine::Candidate
{
    MatchKind match = MatchKind::Text;
    int codesMatched = 0;    // how many of the query's codes the entry has
    int firstCode = maxCodes; // position of the first query code it matched
    bool isProvider = false; // known once the summaries are read
    int titleWordsFound = 0; // query words found in the title
    int titleWordsLeft = 0;  // title words no query word matched
    double textScore = 0;    // bm25 of the text match (negative, lower is better); 0 if none
    int order = 0;           // arrival order: keeps the result stable within a group
};

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

void SearchEngine::findCodes(const ParsedQuery &parsed, int limit, Candidates *candidates) const
{
    QSqlQuery query(m_catalogue.database());
    query.setForwardOnly(true);
    for (int index = 0; index < parsed.codes.size(); ++index) {
        const CodeQuery &code = parsed.codes.at(index);
        const bool exact = code.kind == CodeQuery::Kind::ReplyExact || code.kind == CodeQuery::Kind::StatusExact;
        const bool reply = code.kind == CodeQuery::Kind::ReplyExact || code.kind == CodeQuery::Kind::ReplyPrefix;
        const QString column = reply ? QStringLiteral("reply") : QStringLiteral("subject_detail");
        QString low = code.value;
        if (!exact && !reply)
            low += QLatin1Char('.'); // subject "7" covers "7.0" to "7.999", not "70.1"
        // A class typed with a status (5.7.1) keeps provider replies of the other class out;
        // the registry entry X.7.1 serves every class.
        query.prepare(QStringLiteral("SELECT id FROM entry WHERE %1 AND"
                                     " (family != 'provider' OR :class = 0 OR reply_class = :class)"
                                     " ORDER BY sort_key LIMIT :limit")
                          .arg(exact ? column + QStringLiteral(" = :low")
                                     : column + QStringLiteral(" >= :low AND ") + column + QStringLiteral(" < :high")));
        query.bindValue(QStringLiteral(":low"), low);
        if (!exact)
            query.bindValue(QStringLiteral(":high"), afterPrefix(low));
        query.bindValue(QStringLiteral(":class"), reply ? 0 : code.replyClass);
        query.bindValue(QStringLiteral(":limit"), exact ? std::max(limit, maxExactPerCode) : limit);
        if (!query.exec())
            continue;
        const MatchKind match = exact ? MatchKind::ExactCode : MatchKind::CodePrefix;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            auto it = candidates->find(id);
            if (it == candidates->end()) {
                Candidate candidate;
                candidate.match = match;
                candidate.codesMatched = exact ? 1 : 0;
                candidate.firstCode = index;
                candidate.order = int(candidates->size());
                candidates->insert(id, candidate);
            } else if (exact) {
                if (it->match != MatchKind::ExactCode) {
                    it->match = MatchKind::ExactCode;
                    it->firstCode = index;
                }
                ++it->codesMatched;
            }
        }
    }
}

QList<QStringList> SearchEngine::searchWords(const ParsedQuery &parsed, bool lastIsPrefix,
                                             SearchResult *result) const
{
    const bool correct = parsed.words.size() <= maxWordsToCorrect;
    QList<QStringList> words;
    for (qsizetype i = 0; i < parsed.words.size(); ++i) {
        const QString &word = parsed.words.at(i);
        const bool prefix = lastIsPrefix && i == parsed.words.size() - 1;
        QStringList alternatives{word};
        if (correct && TypoCorrector::allowedEdits(int(word.size())) > 0) {
            if (!m_vocabularyLoaded)
                loadVocabulary();
            if (!m_corrector.knows(word, prefix)) {
                const QStringList corrections = m_corrector.corrections(word, prefix);
                if (!corrections.isEmpty()) {
                    alternatives = corrections;
                    result->corrections.append({word, corrections});
                }
            }
        }
        result->terms += alternatives;
        words.append(alternatives);
    }
    return words;
}

void SearchEngine::findText(const QList<QStringList> &words, bool lastIsPrefix, const QString &language,
                            int limit, Candidates *candidates) const
{
    const QStringList groups = ftsGroups(words, lastIsPrefix);
    const QString all = groups.join(QStringLiteral(" AND "));
    // Pasted text rarely has all its words in one entry: any of them will do, ranked by bm25.
    const QString any = groups.join(QStringLiteral(" OR "));

    // Entries already found by code are ranked among themselves by how well the text fits.
    if (!candidates->isEmpty()) {
        QList<qint64> ids = candidates->keys();
        std::sort(ids.begin(), ids.end());
        ids = ids.mid(0, maxExactPerCode);
        QStringList placeholders(ids.size(), QStringLiteral("?"));
        QSqlQuery query(m_catalogue.database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT entry_id, rank FROM entry_fts"
                                     " WHERE entry_fts MATCH ? AND rank MATCH 'bm25(8.0, 1.0)'"
                                     " AND lang IN ('en', ?) AND entry_id IN (%1) ORDER BY rank")
                          .arg(placeholders.join(QLatin1Char(','))));
        query.addBindValue(any);
        query.addBindValue(language);
        for (const qint64 id : std::as_const(ids))
            query.addBindValue(id);
        if (query.exec()) {
            while (query.next()) {
                Candidate &candidate = (*candidates)[query.value(0).toLongLong()];
                if (candidate.textScore == 0)
                    candidate.textScore = query.value(1).toDouble();
            }
        }
    }

    // ORDER BY rank LIMIT lets FTS5 keep only the best rows; titles weigh eight times the
    // body. An entry has a row per language, hence twice the limit.
    QSqlQuery query(m_catalogue.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT entry_id, rank FROM entry_fts"
                                 " WHERE entry_fts MATCH :expression AND rank MATCH 'bm25(8.0, 1.0)'"
                                 " AND lang IN ('en', :lang) ORDER BY rank LIMIT :limit"));
    const QStringList expressions = groups.size() > 1 ? QStringList{all, any} : QStringList{all};
    for (const QString &expression : expressions) {
        if (candidates->size() >= limit)
            break;
        query.bindValue(QStringLiteral(":expression"), expression);
        query.bindValue(QStringLiteral(":lang"), language);
        query.bindValue(QStringLiteral(":limit"), 2 * limit);
        if (!query.exec())
            continue;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (candidates->contains(id))
                continue;
            Candidate candidate;
            candidate.textScore = query.value(1).toDouble();
            candidate.order = int(candidates->size());
            candidates->insert(id, candidate);
        }
    }
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
    const bool lastIsPrefix = !text.isEmpty() && !text.back().isSpace();

    Candidates candidates;
    findCodes(parsed, limit, &candidates);
    const QList<QStringList> words = searchWords(parsed, lastIsPrefix, &result);
    if (!words.isEmpty())
        findText(words, lastIsPrefix, language, limit, &candidates);

    const QList<EntrySummary> summaries = m_catalogue.summaries(candidates.keys(), language);
    for (const EntrySummary &summary : summaries) {
        Candidate &candidate = candidates[summary.id];
        candidate.isProvider = summary.family == Family::Provider;
        if (!words.isEmpty()) {
            const TitleMatch title = matchTitle(words, summary.title, lastIsPrefix);
            candidate.titleWordsFound = title.queryWordsFound;
            candidate.titleWordsLeft = title.titleWordsLeft;
            if (candidate.match == MatchKind::Text && title.queryWordsFound == words.size())
                candidate.match = MatchKind::Title;
        }
        result.hits.append(SearchHit{summary.id, summary, candidate.match, candidate.textScore});
    }

    std::sort(result.hits.begin(), result.hits.end(), [&candidates](const SearchHit &a, const SearchHit &b) {
        const Candidate &ca = candidates.find(a.id).value();
        const Candidate &cb = candidates.find(b.id).value();
        if (ca.match != cb.match)
            return ca.match < cb.match;
        if (ca.codesMatched != cb.codesMatched)
            return ca.codesMatched > cb.codesMatched;
        if (ca.firstCode != cb.firstCode)
            return ca.firstCode < cb.firstCode;
        // Among code matches the registry's own entry comes before providers' uses of it.
        if (ca.match <= MatchKind::CodePrefix && ca.isProvider != cb.isProvider)
            return !ca.isProvider;
        // Then the entry whose title says more of what was typed or pasted, and less else.
        if (ca.titleWordsFound != cb.titleWordsFound)
            return ca.titleWordsFound > cb.titleWordsFound;
        if (ca.titleWordsLeft != cb.titleWordsLeft)
            return ca.titleWordsLeft < cb.titleWordsLeft;
        if (ca.textScore != cb.textScore)
            return ca.textScore < cb.textScore;
        return ca.order < cb.order;
    });
    if (result.hits.size() > limit)
        result.hits.resize(limit);
    return result;
}

} // namespace smtpref
