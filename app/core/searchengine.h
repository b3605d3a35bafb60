#pragma once

#include "entry.h"
#include "typocorrector.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace smtpref {

class Catalogue;
struct ParsedQuery;

// How a hit matched; results are ordered by this first.
enum class MatchKind { ExactCode, CodePrefix, Title, Text };

struct SearchHit
{
    qint64 id = 0;
    EntrySummary summary;
    MatchKind match = MatchKind::Text;
    double score = 0; // bm25 of the text match: negative, lower is better; 0 for none
};

// A word the catalogue does not know, and the words searched instead.
struct Correction
{
    QString typed;
    QStringList searched;
};

struct SearchResult
{
    QList<SearchHit> hits;
    // The folded words searched for, corrections included, for highlighting.
    QStringList terms;
    QList<Correction> corrections;
};

// Finds entries for what a person typed: codes first (exact, then prefix), then full text
// (FTS5, bm25) in the chosen language and English, whole titles before body text.
// Every value reaches SQL as a bound parameter; free text is turned into quoted FTS terms,
// so quotes, stars, AND/OR/NEAR and brackets in a query are only ever text.
// A search reads a bounded number of index rows whatever the catalogue's size (see the
// limits in searchengine.cpp), so a keystroke costs about the same at 200 or 100,000 entries.
class SearchEngine
{
public:
    explicit SearchEngine(const Catalogue &catalogue);
    ~SearchEngine();
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    SearchResult search(const QString &query, const QString &language, int limit) const;
    // Reads the vocabulary and prepares the statements now, so the first search does not wait
    // for them (a huge catalogue has a large vocabulary).
    void prepare() const;

private:
    struct Candidate;
    using Candidates = QHash<qint64, Candidate>;
    struct Statements;
    Statements &statements() const;
    // The order of the result: match kind, codes, title, then text score.
    static bool ranksBefore(const Candidate &a, const Candidate &b);

    void findCodes(const ParsedQuery &parsed, int limit, Candidates *candidates) const;
    // Per query word, the words to search for it: itself, or corrections of a typo.
    QList<QStringList> searchWords(const ParsedQuery &parsed, bool lastIsPrefix, SearchResult *result) const;
    void findText(const QList<QStringList> &words, bool lastIsPrefix, const QString &language,
                  int limit, Candidates *candidates) const;
    // The first rows of an FTS expression in catalogue order (at most maxTextRows), one per
    // entry with the best rank of its rows, best first.
    std::vector<std::pair<qint64, double>> textRows(const QString &expression, int languageSlot) const;
    // The words an unfinished word longer than the FTS prefix index stands for, if few.
    QStringList completions(const QString &prefix) const;
    void loadVocabulary() const;

    const Catalogue &m_catalogue;
    mutable TypoCorrector m_corrector;
    mutable bool m_vocabularyLoaded = false;
    mutable std::unique_ptr<Statements> m_statements;
};

} // namespace smtpref
