#pragma once

#include "entryfilter.h"
#include "searchengine.h"

#include <QPersistentModelIndex>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace smtpref {

class Catalogue;
class CatalogueOutlineModel;
class LiveSearch;
class ResultModel;

// The left side of the window: the search field, the family and class filters, and below
// them either the live results of what is typed or, with the field empty, the whole
// catalogue to browse. The field keeps the keyboard: Up, Down, Page Up and Page Down move
// through the list below, Enter opens, Escape clears.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(const Catalogue &catalogue, QWidget *parent = nullptr);
    ~SearchPanel() override;

    void focusSearch();
    // The catalogue was opened again, or the user's own codes beside it: the list and the
    // search read them anew.
    void reloadCatalogue();
    // Searches for text as if it had been pasted into the field, and opens the best hit when
    // it is a code (smtpref show).
    void searchAndOpen(const QString &text);
    // The codes selected in the list shown, top to bottom.
    QStringList selectedCodes() const;
    // A one-line account of what the list shows, for the status bar.
    QString summary() const;
    // Actions offered on the list's context menu.
    void setListActions(const QList<QAction *> &actions);

signals:
    void openRequested(const QString &code);
    void summaryChanged(const QString &summary);
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QTreeView *makeView(const QString &objectName);
    void retranslateUi();
    void fillFilters();
    EntryFilter filter() const;
    void onTextChanged(const QString &text);
    void showResult(const QString &text, const SearchResult &result);
    void applyFilter();
    void showResults();
    void rebuildOutline();
    void reloadOutline();
    void openGroup(const QModelIndex &group);
    void layOutReadRows();
    int codeColumnWidth(int codeWidth) const;
    void showPage(QWidget *page);
    void showNothingFound();
    QTreeView *currentView() const;
    void openCurrent();
    void openCode(const QModelIndex &index);
    QString codeToOpen(const QString &code) const;
    void updateSummary();
    void followLanguage();

    const Catalogue &m_catalogue;
    LiveSearch *m_search = nullptr;
    QLineEdit *m_field = nullptr;
    QComboBox *m_familyFilter = nullptr;
    QComboBox *m_classFilter = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeView *m_outlineView = nullptr;
    QTreeView *m_resultView = nullptr;
    QLabel *m_nothingFound = nullptr;
    CatalogueOutlineModel *m_outlineModel = nullptr;
    ResultModel *m_resultModel = nullptr;
    QSet<QString> m_openGroups;    // the outline's open families and groups, by groupKey
    QList<QPersistentModelIndex> m_rowsToLayOut; // rows read into the outline, under these
    SearchResult m_result;         // the latest answer, kept to refilter without searching again
    QString m_openWhenFound;       // searchAndOpen's text, until its answer comes
    bool m_languageChangePending = false;
};

} // namespace smtpref
