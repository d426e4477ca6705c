// The official fonts' extraction check (ui/report/officialfonts).
#include "report/officialfonts.h"

#include <QFile>
#include <QRawFont>
#include <QtTest>

using namespace slimplan;

class TestGuiFonts : public QObject
{
    Q_OBJECT
private slots:
    void acceptsWenQuanYi()
    {
        const QString file = QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        if (!QFile::exists(file))
            QSKIP("fonts-wqy-microhei not installed");
        QString note;
        QVERIFY2(OfficialFonts::extractsCleanly(QRawFont(file, 12), &note), qPrintable(note));
        QVERIFY(note.isEmpty());
    }
    void refusesUnloadableFont()
    {
        QString note;
        QVERIFY(!OfficialFonts::extractsCleanly(QRawFont(), &note));
        QVERIFY(!note.isEmpty());
    }
    void everyRoleResolved()
    {
        const std::vector<ResolvedFont> fonts = OfficialFonts::all();
        QCOMPARE(fonts.size(), size_t(5));
        QCOMPARE(fonts[1].wanted, QStringLiteral("仿宋_GB2312"));
        for (const ResolvedFont &f : fonts)
            QVERIFY(!f.used.isEmpty());
        const QStringList subs = OfficialFonts::substitutions(true);
        QCOMPARE(subs.size(), 5);
        QVERIFY(subs[1].startsWith(QStringLiteral("仿宋_GB2312 → ")));
    }
};

QTEST_MAIN(TestGuiFonts)
#include "test_gui_fonts.moc"
