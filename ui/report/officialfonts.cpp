#include "officialfonts.h"

#include "reportfonts.h"

#include <array>
#include <utility>

namespace slimplan {

namespace {

struct RoleName
{
    FontRole role;
    const char *zh;
    const char *en;
};

constexpr std::array<RoleName, 5> kRoles{{{FontRole::XiaoBiaoSong, "方正小标宋简体", "FZXiaoBiaoSong-B05S"},
                                          {FontRole::FangSong, "仿宋_GB2312", "FangSong_GB2312"},
                                          {FontRole::KaiTi, "楷体_GB2312", "KaiTi_GB2312"},
                                          {FontRole::HeiTi, "黑体", "SimHei"},
                                          {FontRole::SongTi, "宋体", "SimSun"}}};

} // namespace

bool OfficialFonts::extractsCleanly(const QRawFont &font, QString *note)
{
    if (!font.isValid()) {
        if (note)
            *note = QStringLiteral("font not loadable");
        return false;
    }
    const std::array<std::pair<char32_t, char32_t>, 3> pairs{{{U'用', 0x2F64}, {U'身', 0x2F9D}, {U'方', 0x2F45}}};
    for (const auto &[normal, radical] : pairs) {
        const QString both = QString::fromUcs4(&normal, 1) + QString::fromUcs4(&radical, 1);
        const QList<quint32> glyphs = font.glyphIndexesForString(both);
        if (glyphs.size() == 2 && glyphs[0] != 0 && glyphs[0] == glyphs[1]) {
            if (note)
                *note = QStringLiteral("%1 shares its glyph with the Kangxi radical U+%2")
                            .arg(QString::fromUcs4(&normal, 1))
                            .arg(QString::number(quint32(radical), 16).toUpper());
            return false;
        }
    }
    return true;
}

QFont OfficialFonts::font(FontRole role, double points)
{
    // Bold stands in for the heavier official faces until they are resolved per role.
    const bool bold = role == FontRole::XiaoBiaoSong || role == FontRole::HeiTi;
    return ReportFonts::font(points, bold);
}

std::vector<ResolvedFont> OfficialFonts::all()
{
    std::vector<ResolvedFont> out;
    const QString family = ReportFonts::family();
    const QString file = ReportFonts::loadedFile();
    for (const RoleName &r : kRoles) {
        ResolvedFont f;
        f.role = r.role;
        f.wanted = QString::fromUtf8(r.zh);
        f.used = family;
        f.file = file;
        f.substituted = true;
        f.extractionOk = !file.isEmpty() && extractsCleanly(QRawFont(file, 12), &f.note);
        out.push_back(f);
    }
    return out;
}

QStringList OfficialFonts::substitutions(bool chinese)
{
    const QString family = ReportFonts::family();
    QStringList out;
    for (const RoleName &r : kRoles)
        out << QStringLiteral("%1 → %2").arg(QString::fromUtf8(chinese ? r.zh : r.en), family);
    return out;
}

} // namespace slimplan
