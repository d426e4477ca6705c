#include "report/reportfonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QMutex>
#include <QStringList>
#include <QtDebug>

namespace slimplan {

namespace {
struct Loaded
{
    QString family;
    QString file;
};

Loaded load()
{
    // No font is bundled: the Debian packages (scripts/install-deps.sh, README "Fonts").
    const QStringList files{
        QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
        QStringLiteral("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
        QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
        QStringLiteral("/usr/share/fonts/truetype/arphic/uming.ttc"),
    };
    for (const QString &f : files) {
        if (!QFile::exists(f))
            continue;
        const int id = QFontDatabase::addApplicationFont(f);
        if (id < 0)
            continue;
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (!families.isEmpty())
            return {families.first(), f};
    }
    qWarning("slimplan: no CJK report font found (install fonts-wqy-microhei); "
             "Chinese text in reports may not be searchable");
    return {QFontDatabase::systemFont(QFontDatabase::GeneralFont).family(), QString()};
}

const Loaded &loaded()
{
    static QMutex mutex;
    static Loaded value;
    static bool done = false;
    QMutexLocker lock(&mutex);
    if (!done) {
        value = load();
        done = true;
    }
    return value;
}
} // namespace

QString ReportFonts::family() { return loaded().family; }
QString ReportFonts::loadedFile() { return loaded().file; }

QFont ReportFonts::font(double points, bool bold)
{
    QFont f(family());
    f.setPointSizeF(points);
    f.setBold(bold);
    // Kerning and hinting tuned for screens make PDF text uneven; the report is print first.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

} // namespace slimplan
