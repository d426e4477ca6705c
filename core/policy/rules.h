#pragma once
// The rule checks of shared/POLICY.md. Each rule is a function of (inventory, item index, context)
// that returns a finding when the rule applies. Item-local and index-based only: no rule compares
// pairs of items, so checking a million items stays linear.

#include "model/inventory.h"
#include "model/plan.h"
#include "policy/rulecontext.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace slimplan {

using RuleCheck = std::optional<Finding> (*)(const Inventory &, int, const RuleContext &);

// The check of the rule with this id (catalogue ids), or nullptr.
RuleCheck ruleCheck(const QString &id);

// Runs one rule on one item; nullopt when the rule does not apply (or is for another kind).
std::optional<Finding> checkRule(const QString &id, const Inventory &inventory, int index,
                                 const RuleContext &ctx);

// Runs every rule of the item's kind, in catalogue order.
std::vector<Finding> checkItem(const Inventory &inventory, int index, const RuleContext &ctx);

// Apps (rulesapps.cpp)
std::optional<Finding> checkA1(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkA2(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkA3(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkA4(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkA5(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkA6(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkA7(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkA8(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkA9(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkA10(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkA11(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkA12(const Inventory &, int, const RuleContext &);
// Accounts (rulesaccounts.cpp)
std::optional<Finding> checkP1(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkP2(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkP3(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkP4(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkP5(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkP6(const Inventory &, int, const RuleContext &);
// Groups (rulesgroups.cpp)
std::optional<Finding> checkG1(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkG2(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkG3(const Inventory &, int, const RuleContext &);
std::optional<Finding> checkG4(const Inventory &, int, const RuleContext &);

// Function names of the item that match a rule's keywords (e.g. 打卡/签到 for A4).
QStringList reportingFunctions(const Item &item);  // 填表报数: A3/A8
bool isReportingFunction(const QString &function);

// A rule id's place in a small table ("A1" … "A15", "P1" … "P15", "G1" … "G15"), or -1: lets hot
// paths test rule ids without comparing strings.
inline constexpr int kRuleSlots = 48;
int ruleSlot(QStringView rule);

// Whether a finding removes functions rather than the whole item (POLICY.md's function-level rules,
// and A7 which removes the commercial part).
bool isFunctionLevelRule(const QString &rule);
// Rules that put the item into a merge family (A2, A10, P1, P2, G2).
bool isFamilyRule(const QString &rule);

} // namespace slimplan
