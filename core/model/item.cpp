#include "model/item.h"

#include <QCryptographicHash>

namespace slimplan {

QString deriveItemId(Kind kind, const QString &owner, const QString &name, const QString &platform)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(kindName(kind).toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(owner.trimmed().toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(name.trimmed().toUtf8());
    // Only when known, so items without a platform keep the ids earlier versions gave them.
    if (const QString p = platform.trimmed(); !p.isEmpty()) {
        h.addData(QByteArrayView("\x1f", 1));
        h.addData(p.toUtf8());
    }
    return kindName(kind) + QLatin1Char('-') + QString::fromLatin1(h.result().toHex().left(16));
}

} // namespace slimplan
