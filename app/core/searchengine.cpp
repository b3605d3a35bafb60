#include "searchengine.h"

#include "catalogue.h"
#include "catalogueschema.h"
#include "queryparser.h"
#include "textfold.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <optional>

namespace smtpref {

namespace {

// Longer pasted text is cut: nobody's query has more words, and FTS cost grows with them.
constexpr int maxWords = 24;
constexpr int maxCodes = 16;
// Typed queries are short; a longer one is pasted text, whose words are spelt as the
// mail system wrote them, so it gets no typo correction.
constexpr int maxWordsToCorrect = 4;
// Exact code matches are read up to this many times the limit, so an entry that has several
// of the query's codes (550 and 5.7.26) is seen for each of them before ranking. Every one is
// then read and its title compared, so this bounds a pasted reply's cost in a huge catalogue.
constexpr int exactPerCodeFactor = 2;
// A code prefix that fewer entries than this have is read in its own index and sorted; a
// commoner one ("5") is read in catalogue order until the list is full.
constexpr int sparsePrefix = 2000;
// Full-text rows read per expression, in catalogue order, to be ranked by bm25: every row
// of a catalogue of a few hundred entries, and a bounded share of a huge one, so that one
// keystroke costs the same at any size. A word that many entries have is found among the
// first of them; the next letters typed narrow it down.
constexpr int maxTextRows = 500;
// An unfinished last word longer than the FTS prefix index (three letters) is searched as
// the vocabulary words it begins, when there are no more than this many: FTS5 would
// otherwise merge the whole of every such word's list before returning the first row.
constexpr int maxCompletions = 64;
constexpr int prefixIndexLength = 3;

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

// The closer of two titles' matches: more query words, then fewer words left over.
TitleMatch closer(const TitleMatch &a, const TitleMatch &b)
{
    if (a.queryWordsFound != b.queryWordsFound)
        return a.queryWordsFound > b.queryWordsFound ? a : b;
    return a.titleWordsLeft <= b.titleWordsLeft ? a : b;
}

// (a OR b) AND (c*): one group per query word. complete(prefix) gives the words a
// prefix stands for, or none to search it as a prefix.
QStringList ftsGroups(const QList<QStringList> &words, bool lastIsPrefix,
                      const std::function<QStringList(const QString &)> &complete)
{
    QStringList groups;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool prefix = lastIsPrefix && i == words.size() - 1;
        QStringList terms;
        for (const QString &word : words.at(i)) {
            const QStringList completions = prefix ? complete(word) : QStringList();
            for (const QString &completion : completions)
                terms.append(quoted(completion));
            if (completions.isEmpty())
                terms.append(quoted(word) + (prefix ? QStringLiteral("*") : QString()));
        }
        terms.removeDuplicates();
        groups.append(QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return groups;
}

// The code queries: `condition` on one code column, read through `index` (see
// CatalogueSchema), in catalogue order. A class typed with a status (5.7.1) keeps provider
// replies of the other class out; the registry entry X.7.1 serves every class.
QString codeQuery(const QString &index, const QString &condition)
{
    return QStringLiteral("SELECT id, family = 'provider' FROM entry INDEXED BY %1 WHERE %2 AND"
                          " (family != 'provider' OR :class = 0 OR reply_class = :class)"
                          " ORDER BY sort_key LIMIT :limit")
        .arg(index, condition);
}

} // namespace

struct SearchEngine::Candidate
{
    MatchKind match = MatchKind::Text;
    int codesMatched = 0;    // how many of the query's codes the entry has
    int firstCode = maxCodes; // position of the first query code it matched
    bool isProvider = false;
    int titleWordsFound = 0; // query words found in the title
    int titleWordsLeft = 0;  // title words no query word matched
    double textScore = 0;    // bm25 of the text match (negative, lower is better); 0 if none
    int order = 0;           // arrival order: keeps the result stable within a group
};

// Prepared once, on first use, and run again with new values for every keystroke.
struct SearchEngine::Statements
{
    explicit Statements(const QSqlDatabase &db)
    {
        const QString reply = QStringLiteral("reply");
        const QString subject = QStringLiteral("subject_detail");
        for (const QString &column : {reply, subject}) {
            const int c = column == reply ? 0 : 1;
            const QString index = column == reply ? QStringLiteral("entry_reply") : QStringLiteral("entry_subject_detail");
            exact[c] = prepared(db, codeQuery(index, column + QStringLiteral(" = :low")));
            const QString range = column + QStringLiteral(" >= :low AND ") + column + QStringLiteral(" < :high");
            sparse[c] = prepared(db, codeQuery(index, range));
            dense[c] = prepared(db, codeQuery(QStringLiteral("entry_order"), range));
            count[c] = prepared(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM entry INDEXED BY %1"
                                                   " WHERE %2 LIMIT :most)")
                                        .arg(index, range));
        }
        // No ORDER BY rank: FTS5 would rank every row that matches. The first rows in
        // catalogue order are read and ranked here instead (maxTextRows).
        text = prepared(db, QStringLiteral("SELECT rowid, rank FROM entry_fts"
                                           " WHERE entry_fts MATCH :expression AND rank MATCH 'bm25(8.0, 1.0)'"
                                           " AND rowid % %1 IN (0, :language) LIMIT :rows")
                                .arg(CatalogueSchema::languageSlots));
    }

    static QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(sql);
        return query;
    }

    // [0]: reply, [1]: subject_detail
    QSqlQuery exact[2];
    QSqlQuery sparse[2];
    QSqlQuery dense[2];
    QSqlQuery count[2];
    QSqlQuery text;
};

bool SearchEngine::ranksBefore(const Candidate &ca, const Candidate &cb)
{
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
}

SearchEngine::SearchEngine(const Catalogue &catalogue)
    : m_catalogue(catalogue)
{
}

SearchEngine::~SearchEngine() = default;

void SearchEngine::prepare() const
{
    statements();
    if (!m_vocabularyLoaded)
        loadVocabulary();
}

SearchEngine::Statements &SearchEngine::statements() const
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_catalogue.database());
    return *m_statements;
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
    Statements &statements = this->statements();
    for (int index = 0; index < parsed.codes.size(); ++index) {
        const CodeQuery &code = parsed.codes.at(index);
        const bool exact = code.kind == CodeQuery::Kind::ReplyExact || code.kind == CodeQuery::Kind::StatusExact;
        const bool reply = code.kind == CodeQuery::Kind::ReplyExact || code.kind == CodeQuery::Kind::ReplyPrefix;
        const int column = reply ? 0 : 1;
        QString low = code.value;
        if (!exact && !reply)
            low += QLatin1Char('.'); // subject "7" covers "7.0" to "7.999", not "70.1"
        const QString high = exact ? QString() : afterPrefix(low);
        QSqlQuery *query = &statements.exact[column];
        if (!exact) {
            QSqlQuery &count = statements.count[column];
            count.bindValue(QStringLiteral(":low"), low);
            count.bindValue(QStringLiteral(":high"), high);
            count.bindValue(QStringLiteral(":most"), sparsePrefix);
            const bool sparse = count.exec() && count.next() && count.value(0).toInt() < sparsePrefix;
            count.finish();
            query = sparse ? &statements.sparse[column] : &statements.dense[column];
            query->bindValue(QStringLiteral(":high"), high);
        }
        query->bindValue(QStringLiteral(":low"), low);
        query->bindValue(QStringLiteral(":class"), reply ? 0 : code.replyClass);
        query->bindValue(QStringLiteral(":limit"), exact ? exactPerCodeFactor * limit : limit);
        if (!query->exec())
            continue;
        const MatchKind match = exact ? MatchKind::ExactCode : MatchKind::CodePrefix;
        while (query->next()) {
            const qint64 id = query->value(0).toLongLong();
            auto it = candidates->find(id);
            if (it == candidates->end()) {
                Candidate candidate;
                candidate.match = match;
                candidate.isProvider = query->value(1).toBool();
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
        query->finish();
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

QStringList SearchEngine::completions(const QString &prefix) const
{
    if (prefix.size() <= prefixIndexLength)
        return {};
    if (!m_vocabularyLoaded)
        loadVocabulary();
    return m_corrector.completions(prefix, maxCompletions);
}

std::vector<std::pair<qint64, double>> SearchEngine::textRows(const QString &expression, int languageSlot) const
{
    QSqlQuery &query = statements().text;
    query.bindValue(QStringLiteral(":expression"), expression);
    query.bindValue(QStringLiteral(":language"), languageSlot);
    query.bindValue(QStringLiteral(":rows"), maxTextRows);
    std::vector<std::pair<qint64, double>> rows; // entry id, best rank of its rows
    QHash<qint64, std::size_t> seen;
    if (query.exec()) {
        while (query.next()) {
            const qint64 id = CatalogueSchema::entryOfFtsRowid(query.value(0).toLongLong());
            const double rank = query.value(1).toDouble();
            const auto known = seen.constFind(id);
            if (known == seen.cend()) {
                seen.insert(id, rows.size());
                rows.emplace_back(id, rank);
            } else {
                rows[*known].second = std::min(rows[*known].second, rank);
            }
        }
    }
    query.finish();
    // Best first; rows of equal rank stay in catalogue order.
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    return rows;
}

void SearchEngine::findText(const QList<QStringList> &words, bool lastIsPrefix, const QString &language,
                            int limit, Candidates *candidates) const
{
    const QStringList groups =
        ftsGroups(words, lastIsPrefix, [this](const QString &prefix) { return completions(prefix); });
    const QString all = groups.join(QStringLiteral(" AND "));
    // Pasted text rarely has all its words in one entry: any of them will do, ranked by bm25.
    const QString any = groups.join(QStringLiteral(" OR "));
    const int languageSlot = std::max(0, int(m_catalogue.languages().indexOf(language)));

    // Entries already found by code are ranked among themselves by how well the text fits.
    std::optional<std::vector<std::pair<qint64, double>>> anyRows;
    if (!candidates->isEmpty()) {
        anyRows = textRows(any, languageSlot);
        for (const auto &[id, rank] : *anyRows) {
            const auto candidate = candidates->find(id);
            if (candidate != candidates->end() && candidate->textScore == 0)
                candidate->textScore = rank;
        }
    }

    // The best rows by bm25 (titles weigh eight times the body), twice as many as asked for:
    // titles decide the order below.
    const QStringList expressions = groups.size() > 1 ? QStringList{all, any} : QStringList{all};
    for (const QString &expression : expressions) {
        if (candidates->size() >= limit)
            break;
        const auto rows = expression == any && anyRows ? *anyRows : textRows(expression, languageSlot);
        int taken = 0;
        for (const auto &[id, rank] : rows) {
            if (taken++ == 2 * limit)
                break;
            if (candidates->contains(id))
                continue;
            Candidate candidate;
            candidate.textScore = rank;
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

    QList<qint64> ids = candidates.keys();
    if (words.isEmpty()) {
        // Codes alone rank by what findCodes knows: only the entries shown are read.
        std::sort(ids.begin(), ids.end(), [&candidates](qint64 a, qint64 b) {
            return ranksBefore(candidates.find(a).value(), candidates.find(b).value());
        });
        ids.resize(std::min<qsizetype>(ids.size(), limit));
    }
    const QList<EntrySummary> summaries = m_catalogue.summaries(ids, language);
    // The text is searched in English too, so English words typed while another language is
    // shown rank by the English title as well: "authentication required" finds 530 first in
    // the Russian window as in the English one.
    QHash<qint64, QString> englishTitles;
    if (!words.isEmpty() && language != QLatin1String("en")) {
        const QList<EntrySummary> english = m_catalogue.summaries(ids, QStringLiteral("en"));
        for (const EntrySummary &summary : english)
            englishTitles.insert(summary.id, summary.title);
    }
    for (const EntrySummary &summary : summaries) {
        Candidate &candidate = candidates[summary.id];
        candidate.isProvider = summary.family == Family::Provider;
        if (!words.isEmpty()) {
            TitleMatch title = matchTitle(words, summary.title, lastIsPrefix);
            if (const auto english = englishTitles.constFind(summary.id); english != englishTitles.cend())
                title = closer(title, matchTitle(words, *english, lastIsPrefix));
            candidate.titleWordsFound = title.queryWordsFound;
            candidate.titleWordsLeft = title.titleWordsLeft;
            if (candidate.match == MatchKind::Text && title.queryWordsFound == words.size())
                candidate.match = MatchKind::Title;
        }
        result.hits.append(SearchHit{summary.id, summary, candidate.match, candidate.textScore});
    }

    std::sort(result.hits.begin(), result.hits.end(), [&candidates](const SearchHit &a, const SearchHit &b) {
        return ranksBefore(candidates.find(a.id).value(), candidates.find(b.id).value());
    });
    if (result.hits.size() > limit)
        result.hits.resize(limit);
    return result;
}

} // namespace smtpref
