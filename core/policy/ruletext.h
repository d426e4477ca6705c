#pragma once
// Small helpers shared by the rule checks: keyword matching on function names and notes, the
// bilingual names of flags for evidence, and building findings. Internal to core/policy.

#include "model/item.h"
#include "model/plan.h"
#include "model/wording.h"

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace slimplan::ruletext {

// Keywords converted once (rules keep them in function-local statics): converting UTF-8 literals on
// every call was the main cost of checking a million items.
struct Keywords
{
    Keywords(std::initializer_list<const char *> utf8);
    QStringList words;
    int slot = -1; // 0..63: its bit in the per-thread cache of function-name matches; -1 = none
};

// Functions whose name contains one of the keywords. Function names repeat across a ledger, so
// the answers are cached per thread (by name, not by address).
QStringList functionsMatching(const Item &item, const Keywords &keywords);
bool containsAny(const QString &text, const Keywords &keywords);
bool functionMatches(const QString &function, const Keywords &keywords); // containsAny, cached

using wording::dateText;
using wording::flagText;
using wording::joinEn;
using wording::joinZh;

Finding finding(const char *rule, Action suggested, EvidenceFacts facts, QStringList removeFunctions = {});

// The finding with its confidence set (rules that infer rather than read a fact lower it).
Finding withConfidence(double confidence, Finding f);

// A practice an item shows by its functions or its flags ("设有打卡、排名"): a Rectify finding
// that lists the matching functions (to be removed), else the flags; nullopt when it shows
// neither. `facts` holds the sentence, with %1 for the list.
std::optional<Finding> practiceFinding(const char *rule, const Item &item, const QStringList &functions,
                                       std::initializer_list<Flag> flags, EvidenceFacts facts);

} // namespace slimplan::ruletext
