#pragma once
// One item's decision from its own findings, and the sentence that explains a decision. The merge
// families are laid on top of this by the planner (planner.cpp).

#include "model/item.h"
#include "model/plan.h"
#include "model/policyprofile.h"

#include <vector>

namespace slimplan {

// Strength of an action: keep 0 < rectify 1 < merge = migrate 2 < shut down 3.
int actionStrength(Action a);

// Sorts findings strongest first, ties in catalogue order.
void sortFindings(std::vector<Finding> &findings);

// What the item's own findings make of it, family rules (A2, A10, P1, P2, G2) not counted.
struct OwnDecision
{
    Action action = Action::Keep;
    QString target;           // migrate: the platform
    bool nothingLeft = false; // rectify turned into shut down: removing functions leaves nothing
    QStringList removeFunctions;
    double confidence = 1.0;
    int ownFindings = 0;
};
OwnDecision ownDecision(const Item &item, const std::vector<Finding> &findings,
                        const PolicyProfile &profile);

// Confidence of a keep without findings: lower when the facts the rules need are unknown.
double keepConfidence(const Item &item);

} // namespace slimplan
