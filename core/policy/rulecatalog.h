#pragma once
// The policy rule catalogue (shared/POLICY.md): every rule's id, the kind of item it applies to,
// its suggested action, the profile parameters it reads and the clause it comes from. Texts are
// stored in both Chinese and English as data (not tr()) because a report is written in one given
// language whatever the user interface language is.

#include "model/types.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace slimplan {

struct RuleInfo
{
    QString id;                 // "A1" … "A12", "P1" … "P6", "G1" … "G4"
    Kind kind = Kind::App;      // the kind of item the rule applies to
    QString titleZh, titleEn;   // short title: "县以下单位自建应用" / "App of a unit below county level"
    QString explanationZh, explanationEn; // what the rule checks, one or two sentences
    QString sourceZh, sourceEn; // document and clause: "《…办法》：县以下单位原则上不得开发政务应用程序"
    Action suggested = Action::Keep; // the action the rule suggests on its own
    QStringList parameters;     // PolicyProfile JSON keys the rule reads (empty = none)
    bool functionLevel = false; // acts on a function, not the whole item (A3, A4–A6, A12, P4–P5, G3)

    const QString &title(bool chinese) const { return chinese ? titleZh : titleEn; }
    const QString &explanation(bool chinese) const { return chinese ? explanationZh : explanationEn; }
    const QString &source(bool chinese) const { return chinese ? sourceZh : sourceEn; }
};

// All rules in catalogue order (A1…A12, P1…P6, G1…G4).
const std::vector<RuleInfo> &ruleCatalog();

// The rule with this id, or nullptr.
const RuleInfo *findRule(const QString &id);
// "A8 重复采集数据" / "A8 Collects data already collected elsewhere": the code and short name, as
// every table, list and report shows a rule; a code the catalogue does not know, as it is.
QString ruleLabel(const QString &id, bool chinese);

} // namespace slimplan
