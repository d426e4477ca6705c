// Importing a campaign's folder of returns in the GUI: the wizard lists the returns found in the
// folder (lock files skipped), shows one line per return before the user accepts (unit, rows
// kept and folded, empty returns), filters the issues to a file, and the accepted import keeps
// the item two units reported once, with its other name and both sources.
#include "appfont.h"
#include "dialogs/importwizard.h"
#include "document.h"
#include "filecontroller.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "models/importfilesmodel.h"
#include "settings.h"
#include "util/i18n.h"
#include "views/detailpane.h"

#include "../common/demowindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace slimplan;

namespace {

const QString kHeader = QStringLiteral("名称,主办单位,类型,备案编号\n");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Three returns of a campaign, an Excel lock file and a cover letter that is no ledger: 乙局 reports 甲局's app (same 备案编号)
// under another name and forgot a name on one row; 丙局 has nothing to report.
bool makeCampaign(const QString &dir)
{
    return writeFile(dir + QStringLiteral("/01-甲局.csv"),
                     (kHeader + QStringLiteral("甲局政务通,甲局,移动应用,A001\n甲局发布,甲局,公众号,A002\n")).toUtf8())
        && writeFile(dir + QStringLiteral("/02-乙局.csv"),
                     (kHeader + QStringLiteral("乙局服务,乙局,移动应用,B001\n甲局政务通App,乙局,移动应用,A001\n,乙局,移动应用,B002\n")).toUtf8())
        && writeFile(dir + QStringLiteral("/03-丙局.csv"),
                     (kHeader + QStringLiteral("本单位无政务移动互联网应用程序,,,\n")).toUtf8())
        && writeFile(dir + QStringLiteral("/~$lock.xlsx"), QByteArray("\x05junk of an open workbook", 25))
        && writeFile(dir + QStringLiteral("/说明.docx"), QByteArrayLiteral("PK\x03\x04 not a ledger"));
}

// Walks the wizard to its check page and waits for the dry run.
bool runCheck(ImportWizard &w)
{
    w.next();
    w.next();
    if (w.currentId() != ImportWizard::ReportPage)
        return false;
    return QTest::qWaitFor([&] { return !w.isChecking() && w.checkedResult(); }, 20000);
}

int rowOfFile(const ImportFilesModel &m, const QString &name)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.index(r, ImportFilesModel::FileColumn).data().toString() == name)
            return r;
    return -1;
}

} // namespace

class TestGuiImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importFolderActionHasShortcut();
    void wizardListsFolderReturns();
    void checkPageReportsEachFile_data();
    void checkPageReportsEachFile();
    void selectingFileFiltersIssues();
    void acceptedFolderImportFoldsItems();

private:
    QTemporaryDir m_tmp;
    QString m_folder;
};

void TestGuiImport::initTestCase()
{
    testing::prepareGuiSuite(QStringLiteral("test_gui_import"));
    QVERIFY(m_tmp.isValid());
    m_folder = m_tmp.filePath(QStringLiteral("2025年清理整合"));
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(makeCampaign(m_folder));
}

void TestGuiImport::importFolderActionHasShortcut()
{
    MainWindow w;
    QAction *a = w.actions().importFolder;
    QVERIFY(a);
    QCOMPARE(a->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QVERIFY(!a->text().isEmpty());
    QVERIFY(w.actions().fileMenu->actions().contains(a));
    QVERIFY(a->isEnabled());
    // No other action may claim the key: an ambiguous shortcut fires nothing.
    for (QAction *other : w.findChildren<QAction *>())
        if (other != a)
            QVERIFY2(!other->shortcuts().contains(a->shortcut()), qPrintable(other->text()));
}

void TestGuiImport::wizardListsFolderReturns()
{
    ImportWizard w({m_folder});
    QCOMPARE(w.files(), (QStringList{m_folder + QStringLiteral("/01-甲局.csv"), m_folder + QStringLiteral("/02-乙局.csv"),
                                     m_folder + QStringLiteral("/03-丙局.csv")}));
    QCOMPARE(w.sources(), QStringList{m_folder});
    // The lock file is neither imported nor worth mentioning; the cover letter is named as skipped.
    QCOMPARE(w.skippedFiles(), QStringList{m_folder + QStringLiteral("/说明.docx")});
    auto *list = w.findChild<QListWidget *>();
    QVERIFY(list);
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        shown << list->item(i)->text();
    QCOMPARE(shown, (QStringList{QStringLiteral("01-甲局.csv"), QStringLiteral("02-乙局.csv"), QStringLiteral("03-丙局.csv")}));
    // The page says what was left out of the folder.
    bool told = false;
    for (QLabel *l : w.findChildren<QLabel *>())
        told = told || (l->text().contains(QStringLiteral("说明.docx")) && l->text().contains(QStringLiteral("skipped")));
    QVERIFY(told);
}

void TestGuiImport::checkPageReportsEachFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("read");
    QTest::addColumn<int>("kept");
    QTest::addColumn<int>("folded");
    QTest::addColumn<int>("errors");
    QTest::addColumn<QString>("status");
    QTest::newRow("first return keeps both rows") << "01-甲局.csv" << "甲局" << 2 << 2 << 0 << 0 << "imported";
    QTest::newRow("second return folds the app reported by 甲局")
        << "02-乙局.csv" << "乙局" << 3 << 1 << 1 << 1 << "imported";
    QTest::newRow("empty return is an answer, not an error")
        << "03-丙局.csv" << "" << 0 << 0 << 0 << 0 << "no items reported";
}

void TestGuiImport::checkPageReportsEachFile()
{
    QFETCH(QString, file);
    QFETCH(QString, unit);
    QFETCH(int, read);
    QFETCH(int, kept);
    QFETCH(int, folded);
    QFETCH(int, errors);
    QFETCH(QString, status);
    ImportWizard w({m_folder});
    w.show();
    QVERIFY(runCheck(w));
    const ImportFilesModel &m = *w.fileReport();
    QCOMPARE(m.rowCount(), 3); // the lock file is no return
    QCOMPARE(m.headerData(ImportFilesModel::FoldedColumn, Qt::Horizontal).toString(), QStringLiteral("Folded"));
    const int r = rowOfFile(m, file);
    QVERIFY(r >= 0);
    const FileImportSummary &s = m.file(r);
    // The empty return names no unit (no 填报单位 line, no owner): the unit stays unknown.
    QCOMPARE(m.index(r, ImportFilesModel::UnitColumn).data().toString(), unit);
    QCOMPARE(m.index(r, ImportFilesModel::KeptColumn).data().toInt(), kept);
    QCOMPARE(m.index(r, ImportFilesModel::FoldedColumn).data().toInt(), folded);
    QCOMPARE(m.index(r, ImportFilesModel::ErrorsColumn).data().toInt(), errors);
    QCOMPARE(m.index(r, ImportFilesModel::StatusColumn).data().toString(), status);
    QCOMPARE(m.index(r, ImportFilesModel::ReadColumn).data().toInt(), read);
    QCOMPARE(s.rowsKept, kept);
    QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(w.checkedResult()->report.rowsFolded, 1);

    // For a look at the page: SLIMPLAN_GUI_IMPORT_SHOT=/tmp/x.png saves it with 乙局 selected.
    const QString shot = qEnvironmentVariable("SLIMPLAN_GUI_IMPORT_SHOT");
    if (!shot.isEmpty() && file == QStringLiteral("02-乙局.csv")) {
        w.fileReportView()->selectRow(r);
        QTest::qWait(100);
        QVERIFY(w.grab().save(shot));
    }
}

void TestGuiImport::selectingFileFiltersIssues()
{
    ImportWizard w({m_folder});
    w.show();
    QVERIFY(runCheck(w));
    QSortFilterProxyModel *issues = w.issues();
    // The table getting focus makes a row current; that alone must not hide other files' issues.
    // (QAbstractItemView::focusInEvent does this: current row, selection untouched.)
    w.fileReportView()->selectionModel()->setCurrentIndex(w.fileReport()->index(0, 0), QItemSelectionModel::NoUpdate);
    QCOMPARE(issues->rowCount(), int(w.checkedResult()->report.issues.size()));
    const int all = issues->rowCount();
    QVERIFY(all >= 1); // the row of 乙局 without a name
    const QString path = m_folder + QStringLiteral("/02-乙局.csv");
    int ofFile = 0;
    for (const ImportIssue &i : w.checkedResult()->report.issues)
        ofFile += i.file == path ? 1 : 0;
    QVERIFY(ofFile >= 1);
    const int r = rowOfFile(*w.fileReport(), QStringLiteral("02-乙局.csv"));
    QVERIFY(r >= 0);
    w.fileReportView()->selectRow(r);
    QCOMPARE(issues->rowCount(), ofFile);
    const int other = rowOfFile(*w.fileReport(), QStringLiteral("01-甲局.csv"));
    w.fileReportView()->selectRow(other);
    QCOMPARE(issues->rowCount(), 0); // 甲局's return is clean
    w.fileReportView()->selectRow(r);
    for (int i = 0; i < issues->rowCount(); ++i)
        QCOMPARE(issues->index(i, 1).data(ImportFilesModel::PathRole).toString(), path);
    w.showIssuesOf(QString());
    QCOMPARE(issues->rowCount(), all);
}

void TestGuiImport::acceptedFolderImportFoldsItems()
{
    MainWindow w;
    w.show();
    QSignalSpy loaded(&w.files(), &FileController::loadFinished);
    QSignalSpy messages(&w.files(), &FileController::message);
    bool drove = false;
    // The wizard is modal: drive it from inside its own event loop.
    QTimer::singleShot(0, &w, [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        if (!wizard)
            return;
        drove = runCheck(*wizard);
        if (drove)
            wizard->button(QWizard::FinishButton)->click();
        else
            static_cast<QDialog *>(wizard)->reject();
    });
    w.files().openFiles({m_folder}, /*wizard=*/true);
    QVERIFY(drove);
    QVERIFY(loaded.wait(20000) || !loaded.isEmpty());
    QCOMPARE(loaded.first().first().toBool(), true);
    const Document &doc = w.document();
    QCOMPARE(doc.rowCount(), 3); // 甲局政务通 (reported twice), 甲局发布, 乙局服务
    int app = -1;
    for (int i = 0; i < doc.rowCount(); ++i)
        if (doc.inventory().at(i).name == QStringLiteral("甲局政务通"))
            app = i;
    QVERIFY(app >= 0);
    const Item &it = doc.inventory().at(app);
    QCOMPARE(it.aliases, QStringList{QStringLiteral("甲局政务通App")});
    QCOMPARE(it.alsoReportedAt.size(), 1);
    QVERIFY(it.alsoReportedAt.first().contains(QStringLiteral("02-乙局.csv")));
    bool foldedTold = false;
    for (const QList<QVariant> &m : std::as_const(messages))
        foldedTold = foldedTold || m.first().toString().contains(QStringLiteral("folded"));
    QVERIFY(foldedTold);

    w.detailPane()->setRow(app);
    const QString detail = w.detailPane()->toPlainText();
    QVERIFY(detail.contains(QStringLiteral("Aliases")));
    QVERIFY(detail.contains(QStringLiteral("甲局政务通App")));
    QVERIFY(detail.contains(QStringLiteral("01-甲局.csv")));
    QVERIFY(detail.contains(QStringLiteral("02-乙局.csv")));
    // The recent menu remembers the folder, not each return in it.
    QCOMPARE(Settings::recentFiles().value(0), m_folder);
}

QTEST_MAIN(TestGuiImport)
#include "test_gui_import.moc"
