#include "appfont.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>

namespace slimplan {

namespace {
QString g_family;
}

QString setupApplicationFont()
{
    static const char *const candidates[] = {
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    };
    for (const char *path : candidates) {
        const QString file = QString::fromLatin1(path);
        if (!QFile::exists(file))
            continue;
        const int id = QFontDatabase::addApplicationFont(file);
        if (id < 0)
            continue;
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty())
            continue;
        g_family = families.first();
        break;
    }
#ifdef Q_OS_LINUX
    if (!g_family.isEmpty()) {
        QFont f = QApplication::font();
        f.setFamilies({g_family, f.family()});
        QApplication::setFont(f);
        return g_family;
    }
#endif
    return {};
}

QString cjkFontFamily()
{
    return g_family;
}

} // namespace slimplan
