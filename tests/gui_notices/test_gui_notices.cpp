// The 整改通知 as a person sees it (issue #18 part 3): the notice page's texts (title, 主送, the
// items, the deadline, 落款, the receipt), the PDF written from it, the Write Notices dialog driven
// with QTest input (preview of units and counts, one deadline for all, writing on a worker, the
// items then notified in the project), the refusal without a project file, and the deadline
// boxes of the policy profile dialog.
#include "../common/demowindow.h"
#include "../common/guifixture.h"

#include "dialogs/noticesdialog.h"
#include "dialogs/policydialog.h"
#include "document.h"
#include "report/noticefiles.h"
#include "report/noticepdf.h"
#include "report/notices.h"
#include "store/projectstore.h"
#include "util/i18n.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace slimplan;

namespace {

const QDate kIssued(2026, 12, 7);

NoticeOptions options(const QDate &deadline = {})
{
    NoticeOptions o;
    o.regionName = QStringLiteral("青溪县");
    o.issued = kIssued;
    o.deadline = deadline;
    return o;
}

// The fixture's notices: 民政局 (a2 merges), 人社局 (a3 merges), 城关镇 (g2 shuts down).
std::vector<Notice> fixtureNotices(const Document &doc, const QDate &deadline = {})
{
    return Notices::build(doc.inventory(), doc.plan(), options(deadline));
}

// Gives the document a project file holding its items and plan, as a saved project has.
bool attachProject(Document &doc, const QString &path)
{
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
    if (!store || !store->importInventory(doc.inventory(), ImportReport{}, {QStringLiteral("fixture")}, nullptr, &error)
        || !store->savePlan(doc.plan(), doc.inventory(), &error)) {
        qWarning() << error;
        return false;
    }
    doc.attachStore(std::move(store));
    return true;
}

QStringList column(const QTreeWidget *tree, int col)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(col);
    return out;
}

} // namespace

class TestGuiNotices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pageTexts();
    void deadlineParagraph_data();
    void deadlineParagraph();
    void pdfWritten();
    void dialogPreviewAndWrite();
    void refusedWithoutProject();
    void policyDialogDeadlines();
};

void TestGuiNotices::initTestCase()
{
    testing::prepareGuiSuite(QStringLiteral("test_gui_notices"));
}

void TestGuiNotices::pageTexts()
{
    Document doc;
    testing::loadFixture(doc);
    const std::vector<Notice> notices = fixtureNotices(doc);
    QCOMPARE(notices.size(), std::size_t(3));
    const NoticePage p = noticePage(notices[0]);
    QCOMPARE(p.title, QStringLiteral("关于政务移动互联网应用程序瘦身整改的通知"));
    QCOMPARE(p.recipient, QStringLiteral("青溪县民政局："));
    QCOMPARE(p.number, QStringLiteral("瘦身整改〔2026〕1号"));
    QVERIFY(p.body.first().contains(QStringLiteral("共有1项")));
    QCOMPARE(p.rows.size(), std::size_t(1));
    const QStringList row = p.rows.front();
    QCOMPARE(row.value(1), QStringLiteral("青溪便民宝\na2"));
    QCOMPARE(row.value(3), QStringLiteral("合并"));
    QCOMPARE(row.value(4), QStringLiteral("青溪政务通（a1）"));
    QVERIFY2(row.value(6).startsWith(QStringLiteral("A10 ")), qPrintable(row.value(6)));
    QCOMPARE(row.value(7), QStringLiteral("2027年3月7日"));
    QCOMPARE(p.office, QStringLiteral("青溪县政务移动互联网应用程序瘦身工作专班"));
    QCOMPARE(p.date, QStringLiteral("2026年12月7日"));
    QStringList labels;
    for (const QStringList &r : p.receipt)
        labels << r.first();
    QCOMPARE(labels, (QStringList{"通知编号", "签收单位", "签收人", "日期"}));
    QCOMPARE(p.receipt[1].value(1), QStringLiteral("青溪县民政局")); // pre-filled
    QVERIFY(p.text().contains(QStringLiteral("回　执")));
}

void TestGuiNotices::deadlineParagraph_data()
{
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<int>("notice");
    QTest::addColumn<QString>("expected");
    QTest::newRow("merge: 90 days")
        << QDate() << 0 << "请于2027年3月7日前完成上表全部事项的整改。";
    QTest::newRow("shut down: 30 days")
        << QDate() << 2 << "请于2027年1月6日前完成上表全部事项的整改。";
    QTest::newRow("one date for all") << QDate(2027, 1, 31) << 0 << "请于2027年1月31日前完成上表全部事项的整改。";
}

void TestGuiNotices::deadlineParagraph()
{
    QFETCH(QDate, deadline);
    QFETCH(int, notice);
    QFETCH(QString, expected);
    Document doc;
    testing::loadFixture(doc);
    const std::vector<Notice> notices = fixtureNotices(doc, deadline);
    QCOMPARE(noticePage(notices[static_cast<std::size_t>(notice)]).deadline, expected);
}

void TestGuiNotices::pdfWritten()
{
    Document doc;
    testing::loadFixture(doc);
    const std::vector<Notice> notices = fixtureNotices(doc);
    QTemporaryDir dir;
    const NoticeFilesResult r = NoticeFiles::write(notices, dir.path(), NoticeFormat::Pdf);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.files, (QStringList{"1_青溪县民政局_整改通知.pdf", "2_青溪县人社局_整改通知.pdf",
                                   "3_城关镇人民政府_整改通知.pdf"}));
    QFile pdf(QDir(dir.path()).filePath(r.files.first()));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    // Local check only: CI has no pdftotext.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return;
    QProcess p;
    p.start(pdftotext, {pdf.fileName(), QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("青溪县民政局")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("青溪便民宝")));
    QVERIFY(text.contains(QStringLiteral("2027年3月7日")));
    QVERIFY(text.contains(QStringLiteral("签收人")));
}

void TestGuiNotices::dialogPreviewAndWrite()
{
    QTemporaryDir dir;
    Document doc;
    testing::loadFixture(doc);
    QVERIFY(attachProject(doc, dir.filePath(QStringLiteral("p.slimplan"))));
    NoticesDialog dialog(doc);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *preview = dialog.findChild<QTreeWidget *>();
    QVERIFY(preview);
    QCOMPARE(column(preview, 0), (QStringList{"青溪县民政局", "青溪县人社局", "城关镇人民政府"}));
    QCOMPARE(column(preview, 1), (QStringList{"1", "1", "1"}));
    const QDate today = QDate::currentDate();
    QCOMPARE(column(preview, 2).first(), today.addDays(90).toString(Qt::ISODate));
    QCOMPARE(column(preview, 2).last(), today.addDays(30).toString(Qt::ISODate));
    auto *perKind = dialog.findChildren<QRadioButton *>().first();
    QVERIFY2(perKind->text().contains(QStringLiteral("30")), qPrintable(perKind->text()));

    // One date for all: click the radio button, type the date.
    QRadioButton *oneDate = dialog.findChildren<QRadioButton *>().last();
    QTest::mouseClick(oneDate, Qt::LeftButton, {}, QPoint(4, oneDate->height() / 2));
    QVERIFY(oneDate->isChecked());
    auto *dateEdit = dialog.findChild<QDateEdit *>();
    QVERIFY(dateEdit->isEnabled());
    // The user types a new day over the default's (today + 30 days).
    const QDate shown = dateEdit->date();
    const QDate d(shown.year(), shown.month(), shown.day() == 15 ? 16 : 15);
    dateEdit->setFocus();
    dateEdit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(dateEdit, d.toString(QStringLiteral("dd")));
    QTest::keyClick(dateEdit, Qt::Key_Tab);
    QCOMPARE(dateEdit->date(), d);
    QCOMPARE(column(preview, 2), QStringList(3, d.toString(Qt::ISODate)));

    const QString out = dir.filePath(QStringLiteral("out"));
    dialog.setFolder(out);
    QSignalSpy finished(&dialog, &NoticesDialog::finished);
    auto *write = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(write->isEnabled());
    QTest::mouseClick(write, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3);
    QVERIFY(dialog.findChild<QLabel *>()->text().contains(QStringLiteral("3 of 3")));

    const std::vector<TrackingStatus> states = doc.store()->trackingStates();
    QCOMPARE(states.size(), std::size_t(3));
    for (const TrackingStatus &s : states) {
        QCOMPARE(s.state, TrackingState::Notified);
        QCOMPARE(s.date, today);
        QCOMPARE(s.deadline, d);
    }
    QCOMPARE(doc.store()->notices().size(), std::size_t(3));
}

void TestGuiNotices::refusedWithoutProject()
{
    Document doc;
    testing::loadFixture(doc); // no project file
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    NoticesDialog::writeNotices(doc, nullptr);
    QVERIFY2(shown.contains(QStringLiteral("save the project first")), qPrintable(shown));
}

void TestGuiNotices::policyDialogDeadlines()
{
    PolicyProfile profile;
    PolicyDialog dialog(profile, kIssued);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *shutdown = dialog.findChild<QSpinBox *>(QStringLiteral("shutdownDeadlineDays"));
    auto *rectify = dialog.findChild<QSpinBox *>(QStringLiteral("rectifyDeadlineDays"));
    QVERIFY(shutdown && rectify);
    QCOMPARE(shutdown->value(), 30);
    QCOMPARE(rectify->value(), 60);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("mergeDeadlineDays"))->value(), 90);
    shutdown->setFocus();
    shutdown->selectAll();
    QTest::keyClicks(shutdown, QStringLiteral("15"));
    QTest::keyClick(shutdown, Qt::Key_Tab);
    const PolicyProfile edited = dialog.profile();
    QCOMPARE(edited.shutdownDeadlineDays, 15);
    QCOMPARE(edited.rectifyDeadlineDays, 60);
    QCOMPARE(edited.deadlineDays(Action::Shutdown), 15);
}

QTEST_MAIN(TestGuiNotices)
#include "test_gui_notices.moc"
