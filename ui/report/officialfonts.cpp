#include "officialfonts.h"

#include "report/reportfonts.h"
#include "report/reporttext.h"
#include "settings.h"

#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QMutex>

#include <array>
#include <utility>

namespace slimplan {

namespace {

// A stand-in from a Debian package: its family, the file the package installs, and whether the
// role sets it in bold (a regular Song face standing in for the heavy 小标宋).
struct Fallback
{
    const char *family;
    const char *file;
    bool bold;
};

constexpr auto kSungti = "AR PL SungtiL GB";               // fonts-arphic-gbsn00lp
constexpr auto kSungtiFile = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
constexpr auto kKaiti = "AR PL KaitiM GB";                 // fonts-arphic-gkai00mp
constexpr auto kKaitiFile = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";
constexpr auto kWqy = "WenQuanYi Micro Hei";               // fonts-wqy-microhei
constexpr auto kWqyFile = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
constexpr auto kNotoSerif = "Noto Serif CJK SC";           // fonts-noto-cjk
constexpr auto kNotoSerifFile = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
constexpr auto kNotoSerifBoldFile = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc";
constexpr auto kNotoSans = "Noto Sans CJK SC";
constexpr auto kNotoSansFile = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

struct RoleInfo
{
    FontRole role;
    const char *key;
    const char *zh;
    const char *en;
    std::array<const char *, 4> official; // the names the official family goes by (nullptr: none)
    std::array<Fallback, 3> fallbacks;
};

const std::array<RoleInfo, OfficialFonts::kRoleCount> kRoles{{
    {FontRole::XiaoBiaoSong, "xiaobiaosong", "方正小标宋简体", "FZXiaoBiaoSong-B05S",
     {"方正小标宋简体", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", nullptr},
     {{{kNotoSerif, kNotoSerifBoldFile, true}, {kSungti, kSungtiFile, true}, {kWqy, kWqyFile, true}}}},
    {FontRole::FangSong, "fangsong", "仿宋_GB2312", "FangSong_GB2312",
     {"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong"},
     {{{kSungti, kSungtiFile, false}, {kNotoSerif, kNotoSerifFile, false}, {kWqy, kWqyFile, false}}}},
    {FontRole::KaiTi, "kaiti", "楷体_GB2312", "KaiTi_GB2312",
     {"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi"},
     {{{kKaiti, kKaitiFile, false}, {kSungti, kSungtiFile, false}, {kWqy, kWqyFile, false}}}},
    {FontRole::HeiTi, "heiti", "黑体", "SimHei",
     {"黑体", "SimHei", nullptr, nullptr},
     {{{kWqy, kWqyFile, false}, {kNotoSans, kNotoSansFile, false}, {kSungti, kSungtiFile, true}}}},
    {FontRole::SongTi, "songti", "宋体", "SimSun",
     {"宋体", "SimSun", nullptr, nullptr},
     {{{kSungti, kSungtiFile, false}, {kNotoSerif, kNotoSerifFile, false}, {kWqy, kWqyFile, false}}}},
}};

const RoleInfo &info(FontRole role)
{
    for (const RoleInfo &r : kRoles)
        if (r.role == role)
            return r;
    return kRoles[1];
}

QMutex &mutex()
{
    static QMutex m;
    return m;
}

// Whether a family is known to the font database (installed, or loaded from a file).
bool installed(const QString &family)
{
    return QFontDatabase::families().contains(family, Qt::CaseInsensitive);
}

// Loads a package's font file once so that its families are known even without fontconfig.
void loadFile(const QString &file)
{
    static QHash<QString, bool> loaded;
    if (file.isEmpty() || loaded.contains(file))
        return;
    loaded.insert(file, QFile::exists(file) && QFontDatabase::addApplicationFont(file) >= 0);
}

// Checks one candidate; true when it can be used. A candidate installed but failing the check is
// added to out->refused.
bool tryFamily(const QString &family, ResolvedFont *out)
{
    if (!installed(family))
        return false;
    QFont probe(family);
    probe.setPointSizeF(12);
    QString note;
    if (!OfficialFonts::extractsCleanly(QRawFont::fromFont(probe), &note)) {
        out->refused << QStringLiteral("%1: %2").arg(family, note);
        return false;
    }
    out->used = family;
    return true;
}

ResolvedFont resolveUncached(FontRole role, const QString &choice)
{
    const RoleInfo &r = info(role);
    ResolvedFont f;
    f.role = role;
    f.wanted = QString::fromUtf8(r.zh);
    const auto isOfficial = [&](const QString &family) {
        for (const char *name : r.official)
            if (name && family.compare(QString::fromUtf8(name), Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    if (!choice.isEmpty()) {
        if (!installed(choice))
            f.refused << QStringLiteral("%1: not installed").arg(choice);
        else if (tryFamily(choice, &f)) {
            f.overridden = true;
            f.substituted = !isOfficial(choice);
            return f;
        }
    }
    for (const char *name : r.official) {
        if (name && tryFamily(QString::fromUtf8(name), &f)) {
            f.substituted = false;
            return f;
        }
    }
    for (const Fallback &fb : r.fallbacks) {
        const QString family = QString::fromUtf8(fb.family);
        loadFile(QString::fromUtf8(fb.file));
        bool seen = false; // refused already (as the user's choice or an earlier candidate)
        for (const QString &rf : std::as_const(f.refused))
            seen = seen || rf.startsWith(family + QStringLiteral(": "));
        if (!seen && tryFamily(family, &f)) {
            f.file = QFile::exists(QString::fromUtf8(fb.file)) ? QString::fromUtf8(fb.file) : QString();
            f.bold = fb.bold;
            return f;
        }
    }
    // Nothing passed: the report font, marked as failing so that the caller can say so.
    f.used = ReportFonts::family();
    f.file = ReportFonts::loadedFile();
    f.bold = role == FontRole::XiaoBiaoSong;
    f.extractionOk = false;
    f.note = QStringLiteral("no installed font for %1 passes the extraction check").arg(f.wanted);
    return f;
}

} // namespace

QList<FontRole> OfficialFonts::roles()
{
    QList<FontRole> out;
    for (const RoleInfo &r : kRoles)
        out << r.role;
    return out;
}

QString OfficialFonts::key(FontRole role) { return QString::fromLatin1(info(role).key); }

QString OfficialFonts::officialName(FontRole role, bool chinese)
{
    const RoleInfo &r = info(role);
    return QString::fromUtf8(chinese ? r.zh : r.en);
}

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
        if (glyphs.size() != 2 || glyphs[0] == 0) {
            if (note)
                *note = QStringLiteral("%1 is missing").arg(QString::fromUcs4(&normal, 1));
            return false;
        }
        if (glyphs[0] == glyphs[1]) {
            if (note)
                *note = QStringLiteral("%1 shares its glyph with the Kangxi radical U+%2")
                            .arg(QString::fromUcs4(&normal, 1))
                            .arg(QString::number(quint32(radical), 16).toUpper());
            return false;
        }
    }
    return true;
}

ResolvedFont OfficialFonts::resolve(FontRole role, const QString &choice)
{
    static QHash<QString, ResolvedFont> cache;
    const QString cacheKey = key(role) + QLatin1Char('\n') + choice;
    QMutexLocker lock(&mutex());
    const auto it = cache.constFind(cacheKey);
    if (it != cache.constEnd())
        return *it;
    const ResolvedFont f = resolveUncached(role, choice);
    cache.insert(cacheKey, f);
    return f;
}

QFont OfficialFonts::font(FontRole role, double points)
{
    const ResolvedFont r = resolve(role, Settings::fontOverride(role));
    QFont f(r.used);
    f.setPointSizeF(points);
    f.setBold(r.bold);
    // As ReportFonts: the document is print first.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

std::vector<ResolvedFont> OfficialFonts::all()
{
    std::vector<ResolvedFont> out;
    for (const RoleInfo &r : kRoles)
        out.push_back(resolve(r.role, Settings::fontOverride(r.role)));
    return out;
}

QStringList OfficialFonts::substitutions(bool chinese)
{
    const ReportText t(chinese);
    QStringList out;
    for (const ResolvedFont &f : all()) {
        if (!f.substituted && f.refused.isEmpty() && f.extractionOk)
            continue;
        QString line = t.tx("%1 → %2", "%1 → %2").arg(officialName(f.role, chinese), f.used);
        if (f.overridden)
            line += t.tx("（用户选择）", " (chosen in Settings)");
        if (!f.refused.isEmpty())
            line += t.tx("（已拒用：%1）", " (refused: %1)").arg(f.refused.join(t.tx("；", "; ")));
        if (!f.extractionOk)
            line += t.tx("（警告：%1）", " (warning: %1)").arg(f.note);
        out << line;
    }
    return out;
}

QStringList OfficialFonts::installedCjkFamilies()
{
    QMutexLocker lock(&mutex());
    for (const RoleInfo &r : kRoles)
        for (const Fallback &fb : r.fallbacks)
            loadFile(QString::fromUtf8(fb.file));
    QStringList out;
    for (const QString &family : QFontDatabase::families(QFontDatabase::SimplifiedChinese))
        if (!QFontDatabase::isPrivateFamily(family))
            out << family;
    return out;
}

} // namespace slimplan
