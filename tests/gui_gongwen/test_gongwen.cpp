// The 公文 PDF (issue #19): the plan document's text, and the page geometry of GB/T 9704 measured
// back from the PDF with pdftotext -bbox (margins, text block, page-number sides).

#include "../gui_report/reportfixture.h"

#include "report/gongwenpdf.h"
#include "report/plandocument.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace slimplan;

namespace {
constexpr double kPtMm = 25.4 / 72.0;

struct Word
{
    int page;
    double xMin, yMin, xMax, yMax; // mm
    double pageWidth;
    QString text;
};

std::vector<Word> bboxWords(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    std::vector<Word> out;
    static const QRegularExpression page(QStringLiteral("<page width=\"([0-9.]+)\""));
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    int pg = 0;
    double width = 0;
    for (const QString &line : html.split(QLatin1Char('\n'))) {
        if (auto m = page.match(line); m.hasMatch()) {
            ++pg;
            width = m.captured(1).toDouble() * kPtMm;
        } else if (auto w = word.match(line); w.hasMatch()) {
            out.push_back({pg, w.captured(1).toDouble() * kPtMm, w.captured(2).toDouble() * kPtMm,
                           w.captured(3).toDouble() * kPtMm, w.captured(4).toDouble() * kPtMm, width,
                           w.captured(5)});
        }
    }
    return out;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestGongwen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
    }

    void closingLineFollowsTheKind()
    {
        const auto s = reportfixture::makeSample(40);
        ReportOptions o;
        DocumentSettings set;
        set.kind = doc::Kind::Qingshi;
        const doc::Document q = planDocument(s.inventory, s.plan, o, set);
        set.kind = doc::Kind::Baogao;
        const doc::Document b = planDocument(s.inventory, s.plan, o, set);
        const auto closing = [](const doc::Document &d) {
            for (const doc::Block &blk : d.sections.front().blocks)
                if (const auto *p = std::get_if<doc::Paragraph>(&blk); p && p->role == doc::Role::Closing)
                    return p->text;
            return QString();
        };
        QCOMPARE(closing(q), QStringLiteral("妥否，请批示。"));
        QCOMPARE(closing(b), QStringLiteral("特此报告。"));
        QVERIFY(q.title.endsWith(QStringLiteral("的请示")));
        QVERIFY(b.title.endsWith(QStringLiteral("的报告")));
        QVERIFY(q.sections.size() >= 2); // at least the action list
    }

    void settingsRoundTripThroughMeta()
    {
        DocumentSettings s;
        s.kind = doc::Kind::Baogao;
        s.issuer = QStringLiteral("示例县委网信办文件");
        s.number = QStringLiteral("示网信〔2026〕3号");
        s.date = QDate(2026, 12, 1);
        const DocumentSettings back = DocumentSettings::fromMeta(s.toMeta());
        QCOMPARE(back.kind, doc::Kind::Baogao);
        QCOMPARE(back.issuer, s.issuer);
        QCOMPARE(back.number, s.number);
        QCOMPARE(back.date, s.date);
    }

    void pagesFollowGbt9704()
    {
        const auto s = reportfixture::makeSample(60);
        ReportOptions o;
        o.regionName = QStringLiteral("示例县");
        DocumentSettings set;
        set.issuer = QStringLiteral("示例县委网信办文件");
        set.number = QStringLiteral("示网信〔2026〕3号");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("gw.pdf"));
        QString error;
        QVERIFY2(writePlanGongwenPdf(s.inventory, s.plan, o, set, pdf, nullptr, &error), qPrintable(error));

        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("妥否，请批示。")));
        QVERIFY(text.contains(QStringLiteral("附件1")));
        QVERIFY(text.contains(QStringLiteral("政务移动互联网应用程序瘦身整治清单")));
        QVERIFY(text.contains(QStringLiteral("应用")));
        // Kangxi radicals (U+2F00–U+2FDF) would mean the text cannot be searched.
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0x2F00 || c.unicode() > 0x2FDF, "Kangxi radical in the extracted text");

        const std::vector<Word> words = bboxWords(pdf);
        QVERIFY(!words.empty());
        // Page 1 (portrait): the body text lies in the text block 28 mm from the left, 156 mm wide.
        double minX = 1e9, maxX = 0;
        for (const Word &w : words) {
            if (w.page != 1 || w.text.contains(QStringLiteral("—")))
                continue;
            minX = std::min(minX, w.xMin);
            maxX = std::max(maxX, w.xMax);
        }
        QVERIFY2(minX >= 28 - 1 && minX <= 28 + 1, qPrintable(QString::number(minX)));
        QVERIFY2(maxX <= 28 + 156 + 1 && maxX >= 28 + 156 - 3, qPrintable(QString::number(maxX)));
        // Page numbers: odd pages right, even pages left, 7 mm under the text block (37 + 225 mm).
        int seen = 0;
        for (const Word &w : words) {
            if (w.text != QStringLiteral("—") || w.page > 2 || w.pageWidth > 220)
                continue;
            QVERIFY2(w.yMin >= 37 + 225 + 5 && w.yMin <= 37 + 225 + 9, qPrintable(QString::number(w.yMin)));
            if (w.page % 2 == 1)
                QVERIFY(w.xMin > w.pageWidth / 2);
            else
                QVERIFY(w.xMax < w.pageWidth / 2);
            ++seen;
        }
        QVERIFY(seen >= 4); // two dashes on each of the first two pages
    }
};

QTEST_MAIN(TestGongwen)
#include "test_gongwen.moc"
