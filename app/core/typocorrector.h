#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace smtpref {

// Suggests the catalogue's own words for a mistyped one ("authentcation" -> "authentication"),
// so a search still finds what was meant. Works on folded words (see TextFold).
class TypoCorrector
{
public:
    // The words of the index with the number of rows each appears in.
    void setVocabulary(std::vector<std::pair<QString, int>> words);
    bool isEmpty() const { return m_words.empty(); }

    // True when the word is in the vocabulary; with asPrefix, when some word starts with it
    // (the word being typed last may be unfinished).
    bool knows(const QString &word, bool asPrefix) const;

    // Up to max vocabulary words within a small edit distance, closest and commonest first.
    // With asPrefix the word is compared with the beginnings of vocabulary words, and the
    // matching beginning is returned, to be searched as a prefix.
    // Short words get no suggestions: at three letters everything is one typo away.
    QStringList corrections(const QString &word, bool asPrefix, int max = 3) const;

    // Every vocabulary word that begins with prefix, when there are at most max of them;
    // none when there are more.
    QStringList completions(const QString &prefix, int max) const;

    // Edits allowed for a word of this length.
    static int allowedEdits(int length);
    // Optimal string alignment distance, or limit + 1 as soon as it must exceed limit.
    static int distance(QStringView a, QStringView b, int limit);

private:
    std::vector<std::pair<QString, int>> m_words; // sorted by word
    int m_longest = 0;                             // letters of the longest word
};

} // namespace smtpref
