// File ▸ Export Survey Sheets driven as the office does it on the demo region: the project saved,
// the action triggered, the folder typed into the folder dialog; one 核查表 per unit is written
// and recorded. The sheet of 青溪县民政局 names the unit on its 填报单位 line and lists exactly the
// unit's items by name and id; the sheet sent back as it came imports through the import wizard
// and the Returns tab then shows the unit answered, with its survey sheet.
#include "../common/demowindow.h"

#include "dialogs/importwizard.h"
#include "document.h"
#include "import/importer.h"
#include "mainactions.h"
#include "models/returnsmodel.h"
#include "store/projectstore.h"
#include "settings.h"
#include "surveyexport.h"
#include "views/returnspage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace slimplan;
using namespace slimplan::testing;

namespace {

const QString kUnit = QStringLiteral("青溪县民政局");

std::vector<RawRow> rawRows(const QString &xlsx, const QString &sheet)
{
    std::vector<RawRow> rows;
    QString error;
    for (auto &src : openTableSources(xlsx, ImportOptions{}, &error)) {
        if (src->sheetName() != sheet)
            continue;
        RawRow r;
        while (src->next(r))
            rows.push_back(r);
    }
    return rows;
}

QString returnsCell(ReturnsPage *page, const QString &owner, int column)
{
    const QAbstractItemModel *m = page->shown();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(ReturnsModel::OwnerRole).toString() == owner)
            return m->index(r, column).data().toString();
    return {};
}

} // namespace

class TestGuiSurvey : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void exportThroughTheMenu();
    void sheetListsTheUnitsItems();
    void returnedSheetShowsAnswered();

private:
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_sheet; // the written sheet of kUnit
};

void TestGuiSurvey::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "no temporary directory");
    switch (startDemoSuite(QStringLiteral("test_gui_survey"), m_window)) {
    case DemoSuiteStart::NotEmbedded: QSKIP("the demo ledger is not embedded in this build");
    case DemoSuiteStart::Failed: QFAIL("the demo did not load");
    case DemoSuiteStart::Opened: break;
    }
    QVERIFY(m_window->files().saveTo(m_dir.filePath(QStringLiteral("demo.slimplan"))));
    QVERIFY(m_window->document().store());
    m_folder = m_dir.filePath(QStringLiteral("sheets"));
    QVERIFY(QDir().mkpath(m_folder));
}

void TestGuiSurvey::cleanupTestCase()
{
    delete m_window;
}

void TestGuiSurvey::exportThroughTheMenu()
{
    QAction *action = m_window->actions().exportSurvey;
    QVERIFY(action->isEnabled());
    auto *exporter = m_window->findChild<SurveyExport *>(QStringLiteral("SurveyExport"));
    QVERIFY(exporter);
    QSignalSpy finished(exporter, &SurveyExport::finished);
    Settings::setLastDirectory(m_folder); // the dialog opens there
    bool dialogSeen = false;
    QTimer::singleShot(0, m_window, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        dialogSeen = dialog != nullptr;
        if (!dialog)
            return;
        // Into the folder, then the dialog's own Choose button, as a user does.
        dialog->setDirectory(m_folder);
        QCoreApplication::processEvents();
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->clear();
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        if (QAbstractButton *choose = buttons ? buttons->button(QDialogButtonBox::Open) : nullptr)
            QTest::mouseClick(choose, Qt::LeftButton);
        if (dialog->isVisible())
            static_cast<QDialog *>(dialog)->reject(); // never write anywhere else
    });
    action->trigger();
    QVERIFY2(dialogSeen, "no folder dialog");
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    const int sheets = finished.last().first().toInt();
    const std::vector<SurveyRecord> recorded = m_window->document().store()->surveys();
    QCOMPARE(int(recorded.size()), sheets);
    QVERIFY(sheets > 10);
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("*.xlsx")}, QDir::Files);
    QCOMPARE(int(files.size()), sheets);
    for (const SurveyRecord &s : recorded)
        if (s.owner == kUnit)
            m_sheet = QDir(m_folder).filePath(s.file);
    QVERIFY2(!m_sheet.isEmpty(), "no sheet for the civil affairs bureau");
    QVERIFY(QFileInfo::exists(m_sheet));
}

void TestGuiSurvey::sheetListsTheUnitsItems()
{
    QVERIFY(!m_sheet.isEmpty());
    const std::vector<RawRow> rows = rawRows(m_sheet, QStringLiteral("核查表"));
    QVERIFY(rows.size() > 5);
    QCOMPARE(rows[1].cells.value(0), QStringLiteral("填报单位：") + kUnit);
    const QStringList header = rows[3].cells;
    QCOMPARE(header.value(1), QStringLiteral("名称"));
    QCOMPARE(header.constLast(), QStringLiteral("编号"));
    // The unit's items as the document holds them, by id -> name.
    const Inventory &inv = m_window->document().inventory();
    QMap<QString, QString> expected;
    for (int r = 0; r < inv.size(); ++r)
        if (inv.at(r).owner == kUnit)
            expected.insert(inv.at(r).id, inv.at(r).name);
    QCOMPARE(expected.size(), 4); // the demo's civil affairs bureau reports four items
    QMap<QString, QString> listed;
    int numbered = 0;
    for (std::size_t i = 4; i < rows.size(); ++i) {
        const QStringList &c = rows[i].cells;
        if (c.value(1).isEmpty())
            continue;
        QCOMPARE(c.value(0), QString::number(++numbered));
        listed.insert(c.constLast(), c.value(1));
    }
    QCOMPARE(listed, expected);
}

void TestGuiSurvey::returnedSheetShowsAnswered()
{
    QVERIFY(!m_sheet.isEmpty());
    ReturnsPage *page = m_window->returnsPage();
    m_window->actions().showReturns->trigger(); // Campaign ▸ Returns
    QCOMPARE(m_window->tabs()->currentWidget(), page);
    QCoreApplication::processEvents();
    QCOMPARE(returnsCell(page, kUnit, ReturnsModel::StatusColumn), QStringLiteral("Not answered"));
    QCOMPARE(returnsCell(page, kUnit, ReturnsModel::SurveyColumn), QFileInfo(m_sheet).fileName());
    const int items = m_window->document().rowCount();
    QSignalSpy loaded(&m_window->files(), &FileController::loadFinished);
    bool finished = false;
    QTimer::singleShot(0, m_window, [&] {
        auto *w = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        if (!w)
            return;
        QVERIFY(w->importsIntoProject());
        w->next();
        w->next();
        if (w->currentId() != ImportWizard::ReportPage
            || !QTest::qWaitFor([&] { return !w->isChecking() && w->checkedResult(); }, 20000))
            return;
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        if (w->currentId() != ImportWizard::DiffPage)
            return;
        QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
        finished = true;
    });
    m_window->files().openFiles({m_sheet}, /*wizard=*/true);
    QVERIFY2(finished, "the import wizard did not reach its preview");
    QVERIFY(loaded.wait(60000) || !loaded.isEmpty());
    QCOMPARE(loaded.last().first().toBool(), true);
    // Returned unchanged: no item added, none gone.
    QCOMPARE(m_window->document().rowCount(), items);
    QVERIFY(m_window->document().store()->reportedGone().empty());
    m_window->actions().showReturns->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(m_window->tabs()->currentWidget(), page);
    QCOMPARE(returnsCell(page, kUnit, ReturnsModel::StatusColumn), QStringLiteral("Answered"));
    QCOMPARE(returnsCell(page, kUnit, ReturnsModel::ReturnColumn), QFileInfo(m_sheet).fileName());
    QCOMPARE(returnsCell(page, kUnit, ReturnsModel::KeptColumn), QStringLiteral("4"));
    QCOMPARE(returnsCell(page, kUnit, ReturnsModel::GoneColumn), QStringLiteral("0"));
    QCOMPARE(page->model()->answeredCount(), 1);
}

QTEST_MAIN(TestGuiSurvey)
#include "test_gui_survey.moc"
