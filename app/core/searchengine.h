#pragma once

#include "entry.h"
#include "typocorrector.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace smtpref {

class Catalogue;

// How a hit matched; results are ordered by this first.
enum class MatchKind { ExactCode, CodePrefix, Title, Text };

struct SearchHit
{
    qint64 id = 0;
    EntrySummary summary;
    MatchKind match = MatchKind::Text;
    double score = 0; // lower is better within a match kind (bm25 for text)
};

struct SearchResult
{
    QList<SearchHit> hits;
    // The folded words searched for, typo corrections included, for highlighting.
    QStringList terms;
    // Words that were replaced by corrections ("authentcation" -> "authentication").
    QStringList corrected;
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
    void loadVocabulary() const;

    const Catalogue &m_catalogue;
    mutable TypoCorrector m_corrector;
    mutable bool m_vocabularyLoaded = false;
};

} // namespace smtpref
