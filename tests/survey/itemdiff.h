#pragma once
// The ledger fields of two items that differ, by their JSON names, for the survey round trip: what
// a returned 核查表 must give back unchanged. Member hashes are not in the sheet (the raw ids are
// never kept) and the source position is the sheet's own, so neither is compared. An unknown
// 备案编号 and "not filed" read alike: a ledger's empty 备案编号 cell means not filed.

#include "model/item.h"

#include <QStringList>

#include <cmath>

namespace slimplan::testing {

inline QStringList itemDifferences(const Item &a, const Item &b)
{
    QStringList d;
    const auto check = [&d](bool same, const char *field) {
        if (!same)
            d << QString::fromLatin1(field);
    };
    check(a.id == b.id, "id");
    check(a.name == b.name, "name");
    check(a.kind == b.kind, "kind");
    check(a.platform == b.platform, "platform");
    check(a.owner == b.owner, "owner");
    check(a.level == b.level, "level");
    check(a.region == b.region, "region");
    check(a.functions == b.functions, "functions");
    check(a.dataItems == b.dataItems, "data_items");
    check(a.audience == b.audience, "audience");
    check(a.users == b.users, "users");
    check(a.activeUsers == b.activeUsers, "active_users");
    check(a.lastActive == b.lastActive, "last_active");
    check(a.posts90d == b.posts90d, "posts_90d");
    check(a.annualCost.has_value() == b.annualCost.has_value()
              && (!a.annualCost || std::abs(*a.annualCost - *b.annualCost) < 1e-9),
          "annual_cost");
    check(a.launched == b.launched, "launched");
    check(a.filingNo.value_or(QString()) == b.filingNo.value_or(QString()), "filing_no");
    check(a.flags == b.flags, "flags");
    check(a.scene == b.scene, "scene");
    check(a.notes == b.notes, "notes");
    check(a.extra == b.extra, "extra");
    return d;
}

} // namespace slimplan::testing
