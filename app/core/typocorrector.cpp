#include "typocorrector.h"

#include <algorithm>

namespace smtpref {

void TypoCorrector::setVocabulary(std::vector<std::pair<QString, int>> words)
{
    m_words = std::move(words);
    std::sort(m_words.begin(), m_words.end());
    m_longest = 0;
    for (const auto &entry : m_words)
        m_longest = std::max(m_longest, int(entry.first.size()));
}

bool TypoCorrector::knows(const QString &word, bool asPrefix) const
{
    const auto it = std::lower_bound(m_words.begin(), m_words.end(), word,
                                     [](const auto &entry, const QString &w) { return entry.first < w; });
    if (it == m_words.end())
        return false;
    return asPrefix ? it->first.startsWith(word) : it->first == word;
}

int TypoCorrector::allowedEdits(int length)
{
    if (length < 4)
        return 0;
    return length < 8 ? 1 : 2;
}

int TypoCorrector::distance(QStringView a, QStringView b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows suffice for adjacent transpositions.
    std::vector<int> previous2(m + 1), previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMinimum = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, previous2[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > limit)
            return limit + 1;
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

QStringList TypoCorrector::completions(const QString &prefix, int max) const
{
    QStringList words;
    auto it = std::lower_bound(m_words.begin(), m_words.end(), prefix,
                               [](const auto &entry, const QString &w) { return entry.first < w; });
    for (; it != m_words.end() && it->first.startsWith(prefix); ++it) {
        if (words.size() == max)
            return {};
        words.append(it->first);
    }
    return words;
}

QStringList TypoCorrector::corrections(const QString &word, bool asPrefix, int max) const
{
    const int limit = allowedEdits(int(word.size()));
    // No known word is near one much longer than all of them (and the table below would grow
    // with the square of its length).
    if (limit == 0 || word.size() - limit > m_longest)
        return {};
    struct Candidate
    {
        int distance;
        int rows;
        QString word;
    };
    std::vector<Candidate> candidates;

    // The vocabulary is sorted, so it is walked as a trie: row d of the table is the distance
    // of word's beginnings to the known word's first d letters, and a known word reuses the
    // rows of the letters it shares with the one before. The distance is symmetric, so this
    // is distance(word, known.left(d)) for every d at once. Once a row is all above the limit,
    // no longer beginning can come back under it.
    const int n = int(word.size());
    const int deepest = n + limit; // longer beginnings are never compared
    const int width = n + 1;
    std::vector<int> table(std::size_t((deepest + 1) * width));
    const auto cell = [&](int d, int j) -> int & { return table[std::size_t(d * width + j)]; };
    for (int j = 0; j <= n; ++j)
        cell(0, j) = j;
    QStringView previous; // the word whose rows are in the table
    int computed = 0;     // rows 1..computed are previous's
    bool hopeless = false; // row `computed` is all above the limit

    for (const auto &[known, rows] : m_words) {
        if (known.size() < n - limit)
            continue;
        if (!asPrefix && known.size() > n + limit)
            continue;
        const int depth = std::min(int(known.size()), deepest);
        int shared = 0;
        while (shared < computed && shared < depth && previous[shared] == known[shared])
            ++shared;
        if (shared < computed)
            hopeless = false; // the rows past the shared letters are recomputed
        computed = shared;
        previous = known;
        for (int d = shared + 1; d <= depth && !hopeless; ++d) {
            const QChar letter = known[d - 1];
            cell(d, 0) = d;
            int rowMinimum = d;
            for (int j = 1; j <= n; ++j) {
                const int cost = letter == word[j - 1] ? 0 : 1;
                int value = std::min({cell(d - 1, j) + 1, cell(d, j - 1) + 1, cell(d - 1, j - 1) + cost});
                if (d > 1 && j > 1 && letter == word[j - 2] && known[d - 2] == word[j - 1])
                    value = std::min(value, cell(d - 2, j - 2) + 1);
                cell(d, j) = value;
                rowMinimum = std::min(rowMinimum, value);
            }
            computed = d;
            hopeless = rowMinimum > limit;
        }
        const auto distanceTo = [&](int length) { return length <= computed ? cell(length, n) : limit + 1; };

        int best = limit + 1;
        int bestLength = 0;
        if (asPrefix) {
            // For an unfinished word compare with the beginning of the known word, allowing
            // the typed part to be one or two letters longer or shorter; on a tie the longer
            // beginning is the more specific prefix.
            for (int length = std::max(1, n - limit); length <= std::min(int(known.size()), n + limit); ++length) {
                const int d = distanceTo(length);
                if (d <= best) {
                    best = d;
                    bestLength = length;
                }
            }
        } else {
            best = distanceTo(int(known.size()));
            bestLength = int(known.size());
        }
        if (best <= limit)
            candidates.push_back({best, rows, known.left(bestLength)});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.rows != b.rows)
            return a.rows > b.rows;
        return a.word < b.word;
    });
    QStringList result;
    for (const Candidate &candidate : candidates) {
        if (result.size() == max)
            break;
        if (!result.contains(candidate.word))
            result.append(candidate.word);
    }
    return result;
}

} // namespace smtpref
