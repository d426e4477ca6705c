// Campaign ▸ 立项预审…: the form filled from the keyboard, Check clicked, the verdict read from the
// dialog's label and table, on the demo county 青溪县.

#include "dialogs/precheckdialog.h"
#include "import/importer.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace slimplan;

namespace {
QString demoPath() { return QStringLiteral(SLIMPLAN_TEST_DATA "/../../resources/demo/qingxi.csv"); }
} // namespace

class TestGuiPrecheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_inv = importFiles({demoPath()}, ImportOptions(), nullptr).inventory;
        QVERIFY(m_inv.size() > 100);
    }

    void duplicateFromTheForm_rejectWithTheExistingApp()
    {
        PrecheckDialog dialog(m_inv, PolicyProfile(), QDate(2026, 11, 22));
        fill(dialog, QStringLiteral("青溪政务服务通"), QStringLiteral("青溪县人民政府办公室"),
             QStringLiteral("办事指南、预约办理、政策查询、投诉建议、证照查询"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("precheckCheck")), Qt::LeftButton);
        QCOMPARE(dialog.result().verdict, PrecheckVerdict::Reject);
        const auto *label = dialog.findChild<QLabel *>(QStringLiteral("precheckVerdict"));
        QVERIFY(label->text().contains(QStringLiteral("青溪政务通")));
        QVERIFY(label->styleSheet().contains(QStringLiteral("#b3261e")));
        const auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table->rowCount() > 0);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("青溪政务通"));
        // SLIMPLAN_SHOTS=DIR: keep a picture of the dialog for a person to look at.
        if (const QString dir = qEnvironmentVariable("SLIMPLAN_SHOTS"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/precheck-reject.png")));
    }

    void cleanFromTheForm_approve()
    {
        PrecheckDialog dialog(m_inv, PolicyProfile(), QDate(2026, 11, 22));
        fill(dialog, QStringLiteral("青溪古树名木保护"), QStringLiteral("青溪县林业局"),
             QStringLiteral("古树名木档案、病虫害识别、巡护记录"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("precheckCheck")), Qt::LeftButton);
        QCOMPARE(dialog.result().verdict, PrecheckVerdict::Approve);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("precheckVerdict"))->styleSheet().contains(QStringLiteral("#1b7f3b")));
        QCOMPARE(dialog.findChild<QTableWidget *>()->rowCount(), 0);
    }

private:
    // Types the text key by key (QTest::keyClicks takes ASCII only).
    static void type(QLineEdit *w, const QString &text)
    {
        QVERIFY(w);
        for (const QChar ch : text)
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QCOMPARE(w->text(), text);
    }

    static void fill(PrecheckDialog &d, const QString &name, const QString &owner, const QString &functions)
    {
        type(d.findChild<QLineEdit *>(QStringLiteral("precheckName")), name);
        type(d.findChild<QLineEdit *>(QStringLiteral("precheckOwner")), owner);
        type(d.findChild<QLineEdit *>(QStringLiteral("precheckFunctions")), functions);
    }

    Inventory m_inv;
};

QTEST_MAIN(TestGuiPrecheck)
#include "test_gui_precheck.moc"
