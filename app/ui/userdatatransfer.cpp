#include "userdatatransfer.h"

#include "catalogue.h"
#include "userdatajson.h"
#include "userstore.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace smtpref {

namespace {

// Enough lines to see what is wrong; the rest are in the details.
constexpr int problemsShown = 5;

QString fileFilter()
{
    return UserDataTransfer::tr("smtpref data (*.json);;All files (*)", "file dialog filter");
}

QString counts(const UserDataSet &data)
{
    return UserDataTransfer::tr("%n custom code(s), ", nullptr, int(data.customCodes.size()))
        + UserDataTransfer::tr("%n note(s) and ", nullptr, int(data.notes.size()))
        + UserDataTransfer::tr("%n favourite(s)", nullptr, int(data.favourites.size()));
}

} // namespace

UserDataTransfer::UserDataTransfer(UserStore &store, const Catalogue &catalogue, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_catalogue(catalogue)
    , m_window(window)
{
}

bool UserDataTransfer::importFile(const QString &path, QString *summary, QString *details)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *summary = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray json = file.read(UserDataJson::maxSize + 1);
    const UserDataJson::ShippedCode shippedCode = [this](const QString &code) { return m_catalogue.shippedCode(code); };
    QList<UserDataJson::Problem> problems;
    const auto data = UserDataJson::read(json, shippedCode, &problems);
    if (!data) {
        QStringList lines;
        for (const UserDataJson::Problem &problem : std::as_const(problems))
            lines.append(problem.toString());
        *summary = tr("Nothing was imported: %n problem(s) in %1.", nullptr, int(problems.size()))
                       .arg(QDir::toNativeSeparators(path))
            + QLatin1Char('\n') + QStringList(lines.mid(0, problemsShown)).join(QLatin1Char('\n'));
        *details = lines.join(QLatin1Char('\n'));
        return false;
    }
    if (!m_store.importData(*data)) {
        *summary = tr("Nothing was imported: %1").arg(m_store.lastError());
        return false;
    }
    *summary = tr("Imported %1 from %2.").arg(counts(*data), QDir::toNativeSeparators(path));
    return true;
}

bool UserDataTransfer::exportFile(const QString &path, QString *summary)
{
    UserDataSet data;
    if (!m_store.exportData(&data)) {
        *summary = tr("Nothing was exported: your data cannot be read (%1).").arg(m_store.lastError());
        return false;
    }
    // Written aside and renamed: an export that fails half way leaves an older file whole.
    const QByteArray json = UserDataJson::write(data);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *summary = tr("Nothing was exported: %1 cannot be written (%2).")
                       .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *summary = tr("Exported %1 to %2.").arg(counts(data), QDir::toNativeSeparators(path));
    return true;
}

void UserDataTransfer::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Notes and Codes", "dialog title"),
                                                      QDir::homePath(), fileFilter());
    if (path.isEmpty())
        return;
    QString summary;
    QString details;
    const bool done = importFile(path, &summary, &details);
    tell(done, summary, details);
}

void UserDataTransfer::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Notes and Codes", "dialog title"),
                                                      QDir::home().filePath(QStringLiteral("smtpref-data.json")),
                                                      fileFilter());
    if (path.isEmpty())
        return;
    QString summary;
    const bool done = exportFile(path, &summary);
    tell(done, summary, QString());
}

void UserDataTransfer::tell(bool done, const QString &summary, const QString &details)
{
    QMessageBox box(done ? QMessageBox::Information : QMessageBox::Warning, tr("smtpref", "dialog title"), summary,
                    QMessageBox::Ok, m_window);
    // File names, codes and problems quote the file: never markup.
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

} // namespace smtpref
