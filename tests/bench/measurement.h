#pragma once

#include <QString>

#include <functional>
#include <vector>

class QTextStream;

// One line of smtpref-bench's output: a figure measured in this run and, beside it, the
// lower bound for the same work measured in the same run on the same machine.
struct Measurement
{
    QString metric;
    QString size; // catalogue entries, or what the work was measured on
    double value = 0;
    QString unit;
    double limit = 0;

    double ratio() const { return limit > 0 ? value / limit : 0.0; }
    // {"metric", "size", "value", "unit", "limit", "ratio"} on one line.
    void print(QTextStream &out) const;
};

namespace Statistics {

// The p-th percentile (0..100, nearest rank) of the samples; 0 for none.
double percentile(std::vector<double> samples, double p);
double median(std::vector<double> samples);
// Runs work the given number of times and returns each run's duration in milliseconds.
std::vector<double> timeRuns(int runs, const std::function<void()> &work);

} // namespace Statistics
