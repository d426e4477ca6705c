// Group member ids (phone numbers, work ids, mail addresses) must exist only as salted hashes in
// a project, and never reach an export: a ledger with members is imported and planned through
// the CLI, then the raw bytes of the project and of the CSV/JSON exports, every part of the
// xlsx workbook (unzipped) and the text of the PDF (pdftotext) are searched for them.

#include "import/xlsxarchive.h"
#include "import/xlsxpartdevice.h"
#include "store/projectstore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;

namespace {

const QStringList kMemberIds{
    QStringLiteral("13800138000"), QStringLiteral("13912345678"), QStringLiteral("qx-worker-77123"),
    QStringLiteral("zhang.san@qingxi.gov.cn"), QStringLiteral("李四身份证511234199001011234"),
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int runCli(const QStringList &args, QString *stderrText)
{
    QProcess p;
    p.start(QStringLiteral(SLIMPLAN_CLI_PATH), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    *stderrText = QString::fromUtf8(p.readAllStandardError());
    return p.exitCode();
}

// Where in the bytes a raw id appears (UTF-8, and UTF-16 in case something stored it so).
QStringList leaks(const QByteArray &bytes)
{
    QStringList found;
    for (const QString &id : kMemberIds) {
        const QByteArray utf16(reinterpret_cast<const char *>(id.utf16()), id.size() * 2);
        if (bytes.contains(id.toUtf8()) || bytes.contains(utf16))
            found << id;
    }
    return found;
}

// Every part of a zip package, unpacked and joined ([Content_Types].xml names the parts).
QByteArray unzippedParts(const QString &path, QString *error)
{
    XlsxArchive zip(path);
    if (!zip.open(error))
        return {};
    auto total = std::make_shared<std::atomic<qint64>>(0);
    QByteArray all;
    QStringList parts{QStringLiteral("[Content_Types].xml")};
    for (int i = 0; i < parts.size(); ++i) {
        std::unique_ptr<XlsxPartDevice> dev = zip.openPart(parts.at(i), total, error);
        if (!dev || !dev->isOpen())
            return {};
        const QByteArray bytes = dev->readAll();
        all += bytes;
        if (i == 0) {
            static const QRegularExpression partName(QStringLiteral("PartName=\"/([^\"]+)\""));
            for (const QRegularExpressionMatch &m : partName.globalMatch(QString::fromUtf8(bytes)))
                if (zip.contains(m.captured(1)))
                    parts << m.captured(1);
        }
    }
    if (parts.size() < 3)
        *error = QStringLiteral("the workbook has too few parts");
    return all;
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void memberIdsNeverLeave();
};

void TestPrivacy::memberIdsNeverLeave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ledger = dir.filePath(QStringLiteral("groups.csv"));
    {
        QFile f(ledger);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString m = kMemberIds.join(QStringLiteral("、"));
        const QString text =
            QStringLiteral("编号,名称,类型,主办单位,群成员,最后更新\n"
                           "g1,青溪县民政工作群,工作群,青溪县民政局,%1,2025-03-01\n"
                           "g2,青溪县民政工作二群,工作群,青溪县民政局,%2,2025-03-02\n"
                           // a row with an error: its members must not leak through the report
                           "g3,青溪县坏行群,工作群,青溪县民政局,%3,不是日期\n"
                           ",,工作群,,%4,\n")
                .arg(m, kMemberIds.mid(0, 3).join(QStringLiteral(";")), m, m);
        f.write(text.toUtf8());
    }
    const QString project = dir.filePath(QStringLiteral("p.slimplan"));
    QString err;
    const int importStatus = runCli({QStringLiteral("import"), ledger, QStringLiteral("--project"), project}, &err);
    QVERIFY2(importStatus == 0 || importStatus == 1, qPrintable(err));
    QVERIFY2(leaks(err.toUtf8()).isEmpty(), qPrintable(err)); // not in the messages either

    // The hashes are there (the test would be empty otherwise).
    {
        QString error;
        auto store = ProjectStore::open(project, &error);
        QVERIFY2(store, qPrintable(error));
        const Inventory inv = store->loadInventory();
        const int g1 = inv.indexOf(QStringLiteral("g1"));
        QVERIFY(g1 >= 0);
        QCOMPARE(inv.at(g1).memberHashes.size(), std::size_t(kMemberIds.size()));
    }

    const QString json = dir.filePath(QStringLiteral("plan.json"));
    const QString csv = dir.filePath(QStringLiteral("plan.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("plan.xlsx"));
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    const int planStatus = runCli({QStringLiteral("plan"), QStringLiteral("--project"), project,
                                   QStringLiteral("--as-of"), QStringLiteral("2026-01-01"),
                                   QStringLiteral("--json"), json, QStringLiteral("--csv"), csv,
                                   QStringLiteral("--xlsx"), xlsx, QStringLiteral("--pdf"), pdf}, &err);
    QVERIFY2(planStatus == 0, qPrintable(err));

    for (const QString &file : {project, json, csv}) {
        const QByteArray bytes = readAll(file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        const QStringList found = leaks(bytes);
        QVERIFY2(found.isEmpty(), qPrintable(file + QStringLiteral(" holds ") + found.join(QStringLiteral(", "))));
    }
    QVERIFY(readAll(json).contains("青溪县民政工作群")); // the export itself is real

    // The workbook is compressed: search what it unpacks to.
    QString error;
    const QByteArray workbook = unzippedParts(xlsx, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(workbook.contains("青溪县民政工作群"));
    QVERIFY2(leaks(workbook).isEmpty(), qPrintable(QStringLiteral("plan.xlsx holds ") + leaks(workbook).join(QStringLiteral(", "))));

    // The PDF's text streams are compressed and its fonts subset: search the extracted text.
    QVERIFY(!readAll(pdf).isEmpty());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is missing: the PDF was not searched");
    QProcess p;
    p.start(pdftotext, {pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray text = p.readAllStandardOutput();
    QVERIFY2(text.contains("青溪县民政工作群"), "pdftotext gave no text of the plan");
    QVERIFY2(leaks(text).isEmpty(), qPrintable(QStringLiteral("plan.pdf holds ") + leaks(text).join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "test_privacy.moc"
