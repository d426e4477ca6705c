#include "report/unitfilename.h"

#include <algorithm>

namespace slimplan {

QString unitFileName(int number, int count, int padFrom, const QString &owner, const QString &tail)
{
    QString name = owner.trimmed();
    for (QChar &c : name) {
        if (c.unicode() < 0x20 || QStringView(u"/\\:*?\"<>|").contains(c))
            c = QLatin1Char('_');
    }
    name = name.left(80);
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("_");
    const int width = static_cast<int>(QString::number(std::max(count, padFrom)).size());
    return QStringLiteral("%1_%2_%3").arg(number, width, 10, QLatin1Char('0')).arg(name, tail);
}

} // namespace slimplan
