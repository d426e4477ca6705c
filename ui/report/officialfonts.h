#pragma once
// The fonts of an official document (公文, GB/T 9704) by role. Each role is resolved in order:
// the user's choice (Settings::fontOverride), the official families (方正小标宋简体, 仿宋_GB2312 /
// 仿宋, 楷体_GB2312 / 楷体, 黑体, 宋体, as installed on Windows, UOS and Kylin office machines), then
// the fonts of Debian packages (fonts-arphic-gbsn00lp, fonts-arphic-gkai00mp, fonts-wqy-microhei,
// fonts-noto-cjk). A candidate is used only when it passes the extraction check; a candidate that
// is installed but fails it is refused, with a note in ResolvedFont::refused.

#include <QFont>
#include <QRawFont>
#include <QString>
#include <QStringList>

#include <vector>

namespace slimplan {

enum class FontRole { XiaoBiaoSong, FangSong, KaiTi, HeiTi, SongTi };

struct ResolvedFont
{
    FontRole role = FontRole::FangSong;
    QString wanted;      // the official family ("仿宋_GB2312")
    QString used;        // the family actually used
    QString file;        // its file, when loaded by file
    bool substituted = true; // used is not one of the official families of the role
    bool overridden = false; // used is the user's choice
    bool bold = false;       // the stand-in is set in bold (a heavier face for 小标宋)
    bool extractionOk = true;
    QString note;            // why the last resort was taken, when nothing passed
    QStringList refused;     // "Noto Serif CJK SC: 用 shares its glyph with …", one per refused font
};

class OfficialFonts
{
public:
    static constexpr int kRoleCount = 5;
    static QList<FontRole> roles();
    // The settings key part of a role ("fangsong") and the official family ("仿宋_GB2312").
    static QString key(FontRole role);
    static QString officialName(FontRole role, bool chinese);

    static QFont font(FontRole role, double points);
    // The resolution of one role with the given user choice (empty: none). Cached per choice.
    static ResolvedFont resolve(FontRole role, const QString &choice);
    // Every role, with the choices stored in the settings.
    static std::vector<ResolvedFont> all();
    // One line per substituted or refused role: "仿宋_GB2312 → AR PL SungtiL GB", and
    // "… (refused: Noto Serif CJK SC: …)" when a font failed the extraction check.
    static QStringList substitutions(bool chinese);
    // The families installed that could serve as a role's font (CJK families), for the Settings page.
    static QStringList installedCjkFamilies();
    // The extraction check: false (with a note) when the font's cmap maps a Kangxi radical
    // (⽤ U+2F64, ⾝ U+2F9D, ⽅ U+2F45) to the glyph of the normal character (用, 身, 方): Qt's PDF
    // writer would then emit the radical and the PDF's text would not search as 用/身/方.
    static bool extractsCleanly(const QRawFont &font, QString *note = nullptr);
};

} // namespace slimplan
