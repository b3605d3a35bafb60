#pragma once

#include "entry.h"
#include "typocorrector.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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
class SearchEngine
{
public:
    explicit SearchEngine(const Catalogue &catalogue);

    SearchResult search(const QString &query, const QString &language, int limit) const;

private:
    struct Candidate;
    using Candidates = QHash<qint64, Candidate>;

    void findCodes(const ParsedQuery &parsed, int limit, Candidates *candidates) const;
    // Per query word, the words to search for it: itself, or corrections of a typo.
    QList<QStringList> searchWords(const ParsedQuery &parsed, bool lastIsPrefix, SearchResult *result) const;
    void findText(const QList<QStringList> &words, bool lastIsPrefix, const QString &language,
                  int limit, Candidates *candidates) const;
    void loadVocabulary() const;

    const Catalogue &m_catalogue;
    mutable TypoCorrector m_corrector;
    mutable bool m_vocabularyLoaded = false;
};

} // namespace smtpref
