#include "startupbench.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>

namespace {

constexpr int timeoutMs = 30000;
const QByteArray paintMarker = QByteArrayLiteral("smtpref-first-paint-ns ");

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A home of the program's own: no settings, user data or running window of anyone else's.
QProcessEnvironment environmentIn(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QDir dir(home.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("SMTPREF_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path()); // 0700, as it must be
    environment.insert(QStringLiteral("SMTPREF_INSTANCE_NAME"), dir.filePath(QStringLiteral("smtpref.socket")));
    return environment;
}

// A program started and painted; stopped when this goes.
class Started
{
public:
    Started(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
    {
        m_process.setProcessEnvironment(environment);
        m_process.setReadChannel(QProcess::StandardError);
        const qint64 start = monotonicNs();
        m_process.start(program, arguments);
        while (m_paintedNs == 0) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(timeoutMs))
                qFatal("smtpref-bench: %s did not report its first paint", qPrintable(program));
            const QByteArray line = m_process.readLine();
            if (line.startsWith(paintMarker))
                m_paintedNs = line.mid(paintMarker.size()).trimmed().toLongLong();
        }
        m_firstPaintMs = double(m_paintedNs - start) / 1e6;
    }

    ~Started()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    double firstPaintMs() const { return m_firstPaintMs; }

    // VmHWM, the most resident memory the process has had, once it has stopped growing.
    double peakMegabytes() const
    {
        qint64 peak = -1;
        for (int unchanged = 0, polls = 0; unchanged < 5 && polls < 50; ++polls) {
            QThread::msleep(100);
            const qint64 now = vmHwmKilobytes();
            unchanged = now == peak ? unchanged + 1 : 0;
            peak = now;
        }
        return double(peak) / 1024.0;
    }

private:
    qint64 vmHwmKilobytes() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return 0;
    }

    QProcess m_process;
    qint64 m_paintedNs = 0;
    double m_firstPaintMs = 0;
};

// The median time to first paint over runs, after one start that is not counted (it makes
// the user data a first start makes, and reads the files into the page cache).
double medianFirstPaint(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                        int runs)
{
    Started(program, arguments, environment);
    std::vector<double> times;
    for (int run = 0; run < runs; ++run)
        times.push_back(Started(program, arguments, environment).firstPaintMs());
    return Statistics::median(times);
}

} // namespace

namespace StartupBench {

QList<Measurement> run(const Programs &programs, int size, int runs, const QStringList &searches)
{
    const QString sizeText = QString::number(size);
    QTemporaryDir appHome;
    QTemporaryDir bareHome;
    const QProcessEnvironment appEnvironment = environmentIn(appHome);
    const QProcessEnvironment bareEnvironment = environmentIn(bareHome);

    const QStringList withText{QStringLiteral("--text")};
    const double appPaint = medianFirstPaint(programs.app, {}, appEnvironment, runs);
    const double barePaint = medianFirstPaint(programs.bare, {}, bareEnvironment, runs);
    const double textPaint = medianFirstPaint(programs.bare, withText, bareEnvironment, runs);

    double appPeak = 0;
    {
        const Started app(programs.app, {}, appEnvironment);
        // Handed to the running window as a second start would hand them: searched, and a
        // code opened where the text names one.
        for (const QString &text : searches) {
            QProcess show;
            show.setProcessEnvironment(appEnvironment);
            show.start(programs.app, {QStringLiteral("show"), text});
            if (!show.waitForFinished(timeoutMs) || show.exitCode() != 0)
                qFatal("smtpref-bench: smtpref show \"%s\" failed", qPrintable(text));
        }
        appPeak = app.peakMegabytes();
    }
    const double barePeak = Started(programs.bare, {}, bareEnvironment).peakMegabytes();
    const double textPeak = Started(programs.bare, withText, bareEnvironment).peakMegabytes();

    // The *_text_window lines are not goals: they show what a window with words in it pays
    // over the bare one before smtpref does anything of its own.
    return {{QStringLiteral("startup_first_paint"), sizeText, appPaint, QStringLiteral("ms"), barePaint},
            {QStringLiteral("startup_first_paint_text_window"), QStringLiteral("none"), textPaint, QStringLiteral("ms"),
             barePaint},
            {QStringLiteral("peak_rss"), sizeText, appPeak, QStringLiteral("MB"), barePeak},
            {QStringLiteral("peak_rss_text_window"), QStringLiteral("none"), textPeak, QStringLiteral("MB"), barePeak}};
}

} // namespace StartupBench
