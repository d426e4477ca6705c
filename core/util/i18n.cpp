#include "util/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace slimplan {

namespace {
QString g_language = QStringLiteral("en");
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
} // namespace

QString defaultLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                             : QStringLiteral("en");
}

bool installTranslations(const QString &language)
{
    const QString lang = language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                         : language.startsWith(QLatin1String("en")) ? QStringLiteral("en")
                                                                     : QString();
    if (lang.isEmpty())
        return false;
    if (g_app)
        QCoreApplication::removeTranslator(g_app.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_app = std::make_unique<QTranslator>();
    if (g_app->load(QStringLiteral(":/i18n/slimplan_") + lang))
        QCoreApplication::installTranslator(g_app.get());
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(QStringLiteral("qtbase_") + lang,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    g_language = lang;
    return true;
}

QString currentLanguage() { return g_language; }

} // namespace slimplan
