#pragma once
// Reading numbers as people type them into ledgers (INVENTORY-FORMAT.md): counts with thousands
// separators, full-width digits, 万/亿 multipliers and unit words, and costs in 万元. Pure
// functions: unreadable input gives std::nullopt, never a guess. Included by normalize.h, which
// holds the other cell readers.

#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace slimplan {

// 1,234 / 1，234 / １２３４ / 1.2万 (=12,000) / 3亿 / 1.2E+05; a trailing unit word (人, 个, 次, 条, 篇, …)
// is ignored. Negative values are returned as read (the caller decides); a fraction that is not a
// whole number after the multiplier is unreadable for an integer.
std::optional<qint64> parseInteger(QStringView text);
std::optional<double> parseNumber(QStringView text);
// A count (users, posts): like parseInteger, but a negative value is unreadable.
std::optional<qint64> parseCount(QStringView text);
// A cost in 万元 (10,000 CNY): "12.5", "12.5万", "12.5万元" → 12.5; "125000元" → 12.5.
std::optional<double> parseCostWan(QStringView text);

} // namespace slimplan
