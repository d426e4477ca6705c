#pragma once
// The GUI's typed settings over QSettings. Every key and its default are declared here, in one
// place; callers never spell a key or a default themselves.

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace slimplan {

enum class FontRole; // report/officialfonts.h

class Settings
{
public:
    // Language of the user interface: "zh_CN" or "en". Default: the system's (defaultLanguage()).
    static QString language();
    static void setLanguage(const QString &language);

    // Most recently opened project and ledger files, newest first, at most kMaxRecentFiles.
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void clearRecentFiles();
    static constexpr int kMaxRecentFiles = 8;

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    // The main window's tab (0 = Overview, the default).
    static int currentTab();
    static void setCurrentTab(int index);
    static QByteArray tableHeaderState();
    static void setTableHeaderState(const QByteArray &state);

    // The folder the last file dialog was in. Default: the home folder.
    static QString lastDirectory();
    static void setLastDirectory(const QString &dir);

    // The name written into overrides as "who". Default: the operating system user name.
    static QString userName();

    // The family the user picked for a role of the official document's fonts (Settings ▸ Fonts).
    // Default: empty, the automatic choice (official family, then the Debian stand-ins).
    static QString fontOverride(FontRole role);
    static void setFontOverride(FontRole role, const QString &family); // empty: automatic

    // Drop every stored value (tests, "reset settings").
    static void clear();
};

} // namespace slimplan
