#pragma once
// The fonts of an official document (公文, GB/T 9704) by role. First version: the API that the
// 公文 PDF renderer codes against; every role currently resolves to the report font
// (ReportFonts, WenQuanYi Micro Hei), which passes the text-extraction check. Per-role lookup of the
// official families, the user's choice and the QRawFont radical check are still to come.

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
    bool substituted = true;
    bool extractionOk = true;
    QString note;
};

class OfficialFonts
{
public:
    static QFont font(FontRole role, double points);
    // One line per role: "仿宋_GB2312 → WenQuanYi Micro Hei".
    static QStringList substitutions(bool chinese);
    static std::vector<ResolvedFont> all();
    // The extraction check: false (with a note) when the font's cmap maps a Kangxi radical
    // (⽤ U+2F64, ⾝ U+2F9D, ⽅ U+2F45) to the glyph of the normal character (用, 身, 方): Qt's PDF
    // writer would then emit the radical and the PDF's text would not search as 用/身/方.
    static bool extractsCleanly(const QRawFont &font, QString *note = nullptr);
};

} // namespace slimplan
