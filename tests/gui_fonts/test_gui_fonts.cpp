// The official fonts by role (ui/report/officialfonts): the extraction check, the per-role
// resolution to an installed stand-in, the user's choice from the settings, and refused fonts.
#include "dialogs/fontsettingsdialog.h"
#include "report/officialfonts.h"
#include "settings.h"

#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QRawFont>
#include <QtTest>

using namespace slimplan;

namespace {
const QString kWqyFile = QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
const QString kSungtiFile = QStringLiteral("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");
const QString kKaitiFile = QStringLiteral("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf");
const QString kSungti = QStringLiteral("AR PL SungtiL GB");
const QString kKaiti = QStringLiteral("AR PL KaitiM GB");
const QString kWqy = QStringLiteral("WenQuanYi Micro Hei");

bool officialInstalled(FontRole role)
{
    return QFontDatabase::families().contains(OfficialFonts::officialName(role, true));
}

ResolvedFont resolved(FontRole role)
{
    for (const ResolvedFont &f : OfficialFonts::all())
        if (f.role == role)
            return f;
    return {};
}

// The family QFont actually lands on (what the PDF writer embeds).
QString realFamily(const QFont &font) { return QRawFont::fromFont(font).familyName(); }
} // namespace

class TestGuiFonts : public QObject
{
    Q_OBJECT
private slots:
    void init() { Settings::clear(); }
    void cleanupTestCase() { Settings::clear(); }

    void acceptsWenQuanYi()
    {
        if (!QFile::exists(kWqyFile))
            QSKIP("fonts-wqy-microhei not installed");
        QString note;
        QVERIFY2(OfficialFonts::extractsCleanly(QRawFont(kWqyFile, 12), &note), qPrintable(note));
        QVERIFY(note.isEmpty());
    }
    void refusesUnloadableFont()
    {
        QString note;
        QVERIFY(!OfficialFonts::extractsCleanly(QRawFont(), &note));
        QCOMPARE(note, QStringLiteral("font not loadable"));
    }
    void refusesRadicalFont()
    {
        // 用 and ⽤ (U+2F64) share one glyph in this font: its PDF text would not search as 用.
        const QString file = QFINDTESTDATA("data/radical-test.ttf");
        QVERIFY(!file.isEmpty());
        QString note;
        QVERIFY(!OfficialFonts::extractsCleanly(QRawFont(file, 12), &note));
        QCOMPARE(note, QStringLiteral("用 shares its glyph with the Kangxi radical U+2F64"));
    }
    void everyRoleResolvedToAStandIn()
    {
        const std::vector<ResolvedFont> fonts = OfficialFonts::all();
        QCOMPARE(fonts.size(), size_t(OfficialFonts::kRoleCount));
        QCOMPARE(fonts[1].wanted, QStringLiteral("仿宋_GB2312"));
        for (const ResolvedFont &f : fonts) {
            QVERIFY(!f.used.isEmpty());
            QVERIFY2(f.extractionOk, qPrintable(f.note));
            QVERIFY(!f.overridden);
        }
    }
    void fallbackPerRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("family");
        QTest::addColumn<bool>("bold");
        QTest::newRow("小标宋 → Sungti bold") << int(FontRole::XiaoBiaoSong) << kSungtiFile << kSungti << true;
        QTest::newRow("仿宋 → Sungti") << int(FontRole::FangSong) << kSungtiFile << kSungti << false;
        QTest::newRow("楷体 → Kaiti") << int(FontRole::KaiTi) << kKaitiFile << kKaiti << false;
        QTest::newRow("黑体 → WenQuanYi") << int(FontRole::HeiTi) << kWqyFile << kWqy << false;
        QTest::newRow("宋体 → Sungti") << int(FontRole::SongTi) << kSungtiFile << kSungti << false;
    }
    void fallbackPerRole()
    {
        QFETCH(int, role);
        QFETCH(QString, file);
        QFETCH(QString, family);
        QFETCH(bool, bold);
        const auto r = FontRole(role);
        if (officialInstalled(r))
            QSKIP("the official font is installed here");
        if (!QFile::exists(file))
            QSKIP("the Debian stand-in is not installed (scripts/install-deps.sh)");
        if (r == FontRole::XiaoBiaoSong
            && QFile::exists(QStringLiteral("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc")))
            QSKIP("Noto Serif CJK comes first for 小标宋 when it passes the check");
        const ResolvedFont f = resolved(r);
        QCOMPARE(f.used, family);
        QVERIFY(f.substituted);
        QCOMPARE(f.bold, bold);
        const QFont font = OfficialFonts::font(r, 16);
        QCOMPARE(font.pointSizeF(), 16.0);
        QCOMPARE(font.bold(), bold);
        QCOMPARE(realFamily(font), family);
        // The CLI's line for the role names both fonts.
        const QString line = OfficialFonts::officialName(r, true) + QStringLiteral(" → ") + family;
        QVERIFY2(OfficialFonts::substitutions(true).contains(line), qPrintable(line));
    }
    void overrideInSettingsWins()
    {
        if (!QFile::exists(kKaitiFile) || !QFile::exists(kSungtiFile))
            QSKIP("fonts-arphic-gkai00mp / fonts-arphic-gbsn00lp not installed");
        if (officialInstalled(FontRole::FangSong))
            QSKIP("the official 仿宋 is installed here");
        QCOMPARE(resolved(FontRole::FangSong).used, kSungti);
        Settings::setFontOverride(FontRole::FangSong, kKaiti);
        QCOMPARE(Settings::fontOverride(FontRole::FangSong), kKaiti);
        const ResolvedFont f = resolved(FontRole::FangSong);
        QCOMPARE(f.used, kKaiti);
        QVERIFY(f.overridden);
        QCOMPARE(realFamily(OfficialFonts::font(FontRole::FangSong, 16)), kKaiti);
        QVERIFY(OfficialFonts::substitutions(true).contains(QStringLiteral("仿宋_GB2312 → AR PL KaitiM GB（用户选择）")));
        QVERIFY(OfficialFonts::substitutions(false).contains(
            QStringLiteral("FangSong_GB2312 → AR PL KaitiM GB (chosen in Settings)")));
        // Other roles keep their automatic choice; "Automatic" again restores the stand-in.
        QCOMPARE(resolved(FontRole::KaiTi).used, kKaiti);
        QVERIFY(!resolved(FontRole::KaiTi).overridden);
        Settings::setFontOverride(FontRole::FangSong, QString());
        QCOMPARE(resolved(FontRole::FangSong).used, kSungti);
    }
    void refusedChoiceIsReported()
    {
        const QString file = QFINDTESTDATA("data/radical-test.ttf");
        QVERIFY(QFontDatabase::addApplicationFont(file) >= 0);
        const QString family = QStringLiteral("SlimPlan Radical Test");
        Settings::setFontOverride(FontRole::HeiTi, family);
        const ResolvedFont f = resolved(FontRole::HeiTi);
        QCOMPARE(f.refused, QStringList{family + QStringLiteral(": 用 shares its glyph with the Kangxi radical U+2F64")});
        QVERIFY(f.used != family);
        QVERIFY(!f.overridden);
        QVERIFY2(f.extractionOk, qPrintable(f.note));
        const QStringList lines = OfficialFonts::substitutions(false);
        const QString expected = QStringLiteral("SimHei → %1 (refused: %2: 用 shares its glyph with the Kangxi radical U+2F64)")
                                     .arg(f.used, family);
        QVERIFY2(lines.contains(expected), qPrintable(lines.join(QLatin1Char('\n'))));
        // A family that is not installed is refused too, and named.
        Settings::setFontOverride(FontRole::SongTi, QStringLiteral("No Such Font 19"));
        QCOMPARE(resolved(FontRole::SongTi).refused, QStringList{QStringLiteral("No Such Font 19: not installed")});
        QVERIFY(resolved(FontRole::SongTi).extractionOk);
    }
    void dialogStoresChoice()
    {
        if (!QFile::exists(kKaitiFile))
            QSKIP("fonts-arphic-gkai00mp not installed");
        FontSettingsDialog dialog;
        QComboBox *combo = dialog.combo(FontRole::HeiTi);
        QVERIFY(combo);
        QCOMPARE(combo->currentIndex(), 0); // Automatic
        const int kaiti = combo->findData(kKaiti);
        QVERIFY(kaiti > 0);
        combo->setCurrentIndex(kaiti);
        dialog.apply();
        QCOMPARE(Settings::fontOverride(FontRole::HeiTi), kKaiti);
        QCOMPARE(Settings::fontOverride(FontRole::FangSong), QString());
        FontSettingsDialog again;
        QCOMPARE(again.combo(FontRole::HeiTi)->currentData().toString(), kKaiti);
    }
};

QTEST_MAIN(TestGuiFonts)
#include "test_gui_fonts.moc"
