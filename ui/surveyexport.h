#pragma once
// Campaign ▸ Export Survey Sheets: asks for a folder and writes one pre-filled 核查表 per unit
// there on a worker (progress and cancel in the status bar), then records the sheets in the
// project. Needs a project file: the campaign's record of who was asked lives in it.

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace slimplan {

class Document;
class TaskRunner;

class SurveyExport : public QObject
{
    Q_OBJECT
public:
    // Connects `action` (enabled while a region is open and no other work runs).
    SurveyExport(Document &document, TaskRunner &runner, QAction *action, QWidget *window);

    void exportDialog();
    // Starts writing the sheets into `folder`; false (with a message) when it cannot start.
    bool exportTo(const QString &folder);

signals:
    void message(const QString &text);
    // The export ended (not emitted when cancelled): the number of sheets written and recorded,
    // -1 when writing or recording failed.
    void finished(int sheets);

private:
    void updateEnabled();

    Document &m_document;
    TaskRunner &m_runner;
    QAction *m_action;
    QWidget *m_window;
};

} // namespace slimplan
