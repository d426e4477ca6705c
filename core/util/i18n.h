#pragma once
// Loading the embedded catalogues: Chinese on a Chinese locale, English otherwise.

#include <QString>

namespace slimplan {

// "zh_CN" or "en". A system locale whose language is Chinese gives "zh_CN".
QString defaultLanguage();
// Installs SlimPlan's and Qt's own catalogues for the language, replacing earlier ones.
// Returns false when the language is not one SlimPlan ships.
bool installTranslations(const QString &language);
// The language installed last ("zh_CN" or "en").
QString currentLanguage();
inline bool isChinese() { return currentLanguage().startsWith(QLatin1String("zh")); }

} // namespace slimplan
