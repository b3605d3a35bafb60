#include "measurement.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

// Three significant decimals are plenty for timings that vary by more between runs.
double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

} // namespace

void Measurement::print(QTextStream &out) const
{
    // In the order the fields are read; names and units are our own words, never quoted text.
    bool numeric = false;
    size.toLongLong(&numeric);
    out << QStringLiteral(R"({"metric":"%1","size":%2,"value":%3,"unit":"%4","limit":%5,"ratio":%6})")
               .arg(metric, numeric ? size : QLatin1Char('"') + size + QLatin1Char('"'))
               .arg(rounded(value))
               .arg(unit)
               .arg(rounded(limit))
               .arg(rounded(ratio()))
        << '\n';
    out.flush();
}

namespace Statistics {

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<std::size_t>(rank, 1, samples.size()) - 1);
}

double median(std::vector<double> samples)
{
    return percentile(std::move(samples), 50);
}

std::vector<double> timeRuns(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    times.reserve(std::size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

} // namespace Statistics
