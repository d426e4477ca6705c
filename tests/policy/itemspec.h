#pragma once
// Test helper: builds small in-memory inventories from compact specs such as
// "id=a1;kind=app;level=township;owner=青石镇;functions=办事|打卡签到;active=30;last=-200".
// Dates are days relative to kAsOf (last=-200 → 200 days before); lists are separated by "|";
// filing=- means "not filed" (empty), an absent key means unknown.

#include "model/inventory.h"

#include <QDate>
#include <QStringList>

namespace slimplan::testspec {

inline const QDate kAsOf(2026, 11, 22);

inline Item makeItem(const QString &spec)
{
    Item it;
    for (const QString &part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        const QStringList list = value.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        if (key == QLatin1String("id")) it.id = value;
        else if (key == QLatin1String("name")) it.name = value;
        else if (key == QLatin1String("kind")) it.kind = *kindFromName(value);
        else if (key == QLatin1String("platform")) it.platform = value;
        else if (key == QLatin1String("owner")) it.owner = value;
        else if (key == QLatin1String("level")) it.level = *levelFromName(value);
        else if (key == QLatin1String("region")) it.region = value;
        else if (key == QLatin1String("functions")) it.functions = list;
        else if (key == QLatin1String("data")) it.dataItems = list;
        else if (key == QLatin1String("audience")) it.audience = *audienceFromName(value);
        else if (key == QLatin1String("users")) it.users = value.toLongLong();
        else if (key == QLatin1String("active")) it.activeUsers = value.toLongLong();
        else if (key == QLatin1String("last")) it.lastActive = kAsOf.addDays(value.toInt());
        else if (key == QLatin1String("posts")) it.posts90d = value.toLongLong();
        else if (key == QLatin1String("cost")) it.annualCost = value.toDouble();
        else if (key == QLatin1String("launched")) it.launched = kAsOf.addDays(value.toInt());
        else if (key == QLatin1String("filing")) it.filingNo = value == QLatin1String("-") ? QString() : value;
        else if (key == QLatin1String("flags")) {
            for (const QString &f : list)
                it.flags = withFlag(it.flags, *flagFromName(f));
        } else if (key == QLatin1String("scene")) it.scene = value;
        else if (key == QLatin1String("members")) {
            for (const QString &m : list)
                it.memberHashes.push_back(m.toULongLong());
        } else if (key == QLatin1String("notes")) it.notes = value;
    }
    if (it.name.isEmpty())
        it.name = it.id;
    if (it.id.isEmpty())
        it.id = it.name;
    return it;
}

inline Inventory makeInventory(const QStringList &specs)
{
    Inventory inv;
    for (const QString &s : specs)
        inv.upsert(makeItem(s));
    return inv;
}

} // namespace slimplan::testspec
