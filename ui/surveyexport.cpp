#include "surveyexport.h"

#include "document.h"
#include "report/surveyxlsx.h"
#include "settings.h"
#include "store/projectstore.h"
#include "tasks/taskrunner.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include <memory>

namespace slimplan {

SurveyExport::SurveyExport(Document &document, TaskRunner &runner, QAction *action, QWidget *window)
    : QObject(window), m_document(document), m_runner(runner), m_action(action), m_window(window)
{
    setObjectName(QStringLiteral("SurveyExport"));
    connect(m_action, &QAction::triggered, this, &SurveyExport::exportDialog);
    connect(&m_document, &Document::inventoryReplaced, this, &SurveyExport::updateEnabled);
    connect(&m_runner, &TaskRunner::started, this, &SurveyExport::updateEnabled);
    connect(&m_runner, &TaskRunner::finished, this, &SurveyExport::updateEnabled);
    updateEnabled();
}

void SurveyExport::updateEnabled()
{
    m_action->setEnabled(!m_document.isEmpty() && !m_runner.isBusy());
}

void SurveyExport::exportDialog()
{
    if (!m_document.store()) {
        QMessageBox::information(m_window, tr("Export Survey Sheets"),
                                 tr("Save the project first: the survey sheets sent to the units are "
                                    "recorded in the project file."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Export Survey Sheets to Folder"),
                                                             Settings::lastDirectory());
    if (folder.isEmpty())
        return;
    Settings::setLastDirectory(folder);
    exportTo(folder);
}

bool SurveyExport::exportTo(const QString &folder)
{
    ProjectStore *store = m_document.store();
    if (!store || m_document.isEmpty()) {
        emit message(tr("Save the project first: the survey sheets sent to the units are recorded in the "
                        "project file."));
        return false;
    }
    // The worker gets its own copy: the document may change while the sheets are written.
    auto inventory = std::make_shared<const Inventory>(m_document.inventory());
    SurveyOptions options;
    options.regionName = store->regionName();
    const bool started = m_runner.run<SurveyBatch>(
        tr("Writing survey sheets"),
        [inventory, options, folder](Progress &p) { return SurveyXlsx::writeAll(*inventory, options, folder, &p); },
        [this, folder](SurveyBatch &batch) {
            QString error = batch.error;
            ProjectStore *target = m_document.store();
            QString recordError;
            if (!batch.written.empty() && (!target || !target->recordSurveys(batch.written, &recordError)))
                error = tr("The sheets were written but could not be recorded in the project: %1").arg(recordError);
            const int sheets = static_cast<int>(batch.written.size());
            QString text = tr("Wrote %n survey sheet(s) to %1.", nullptr, sheets).arg(QDir::toNativeSeparators(folder));
            if (batch.unownedItems > 0)
                text += QLatin1Char(' ') + tr("%n item(s) name no unit and are in no sheet.", nullptr, batch.unownedItems);
            emit message(error.isEmpty() ? text : error);
            if (!error.isEmpty())
                QMessageBox::warning(m_window, tr("Export Survey Sheets"), error);
            emit finished(error.isEmpty() ? sheets : -1);
        });
    if (!started)
        emit message(tr("Please wait for the running task to finish."));
    return started;
}

} // namespace slimplan
