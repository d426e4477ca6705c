#include "settings.h"

#include "report/officialfonts.h"
#include "util/i18n.h"

#include <QDir>
#include <QSettings>

namespace slimplan {

namespace {
// Keys, in one place.
constexpr auto kLanguage = "ui/language";
constexpr auto kRecentFiles = "files/recent";
constexpr auto kGeometry = "window/geometry";
constexpr auto kState = "window/state";
constexpr auto kHeader = "window/tableHeader";
constexpr auto kTab = "window/tab";
constexpr auto kLastDir = "files/lastDirectory";
constexpr auto kUserName = "plan/userName";
constexpr auto kFontPrefix = "fonts/"; // + OfficialFonts::key(role)

QSettings &store()
{
    static QSettings s;
    return s;
}

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}
} // namespace

QString Settings::language()
{
    const QString v = store().value(QLatin1String(kLanguage)).toString();
    return v == QLatin1String("zh_CN") || v == QLatin1String("en") ? v : defaultLanguage();
}

void Settings::setLanguage(const QString &language)
{
    store().setValue(QLatin1String(kLanguage), language);
}

QStringList Settings::recentFiles()
{
    return store().value(QLatin1String(kRecentFiles)).toStringList().mid(0, kMaxRecentFiles);
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString abs = QDir::cleanPath(QDir().absoluteFilePath(path));
    files.removeAll(abs);
    files.prepend(abs);
    store().setValue(QLatin1String(kRecentFiles), files.mid(0, kMaxRecentFiles));
}

void Settings::clearRecentFiles()
{
    store().remove(QLatin1String(kRecentFiles));
}

QByteArray Settings::windowGeometry() { return store().value(QLatin1String(kGeometry)).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &g) { store().setValue(QLatin1String(kGeometry), g); }
QByteArray Settings::windowState() { return store().value(QLatin1String(kState)).toByteArray(); }
void Settings::setWindowState(const QByteArray &s) { store().setValue(QLatin1String(kState), s); }
int Settings::currentTab() { return store().value(QLatin1String(kTab), 0).toInt(); }
void Settings::setCurrentTab(int index) { store().setValue(QLatin1String(kTab), index); }
QByteArray Settings::tableHeaderState() { return store().value(QLatin1String(kHeader)).toByteArray(); }
void Settings::setTableHeaderState(const QByteArray &s) { store().setValue(QLatin1String(kHeader), s); }

QString Settings::lastDirectory()
{
    return store().value(QLatin1String(kLastDir), QDir::homePath()).toString();
}

void Settings::setLastDirectory(const QString &dir)
{
    store().setValue(QLatin1String(kLastDir), dir);
}

QString Settings::userName()
{
    return store().value(QLatin1String(kUserName), systemUserName()).toString();
}

QString Settings::fontOverride(FontRole role)
{
    // Read while a document renders, possibly in a worker thread: a QSettings of its own (they
    // share one in-process cache, so a change through store() is seen at once).
    const QSettings local;
    return local.value(QLatin1String(kFontPrefix) + OfficialFonts::key(role)).toString().trimmed();
}

void Settings::setFontOverride(FontRole role, const QString &family)
{
    const QString key = QLatin1String(kFontPrefix) + OfficialFonts::key(role);
    if (family.trimmed().isEmpty())
        store().remove(key);
    else
        store().setValue(key, family.trimmed());
}

void Settings::clear()
{
    store().clear();
}

} // namespace slimplan
