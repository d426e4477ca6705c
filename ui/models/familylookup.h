#pragma once
// Which merge family a row belongs to, the same way for the family list and the graph: the plan's
// cluster (the recommender's families, with their survivor), else the overlap family (a plan
// without clusters, e.g. one made by hand), else none.

#include <vector>

namespace slimplan {

class Document;

struct FamilyRef
{
    // Index into plan().clusters when fromPlan, else into overlap().families; -1 = no family.
    int index = -1;
    bool fromPlan = false;
    int survivor = -1; // item row, -1 = unknown
    const std::vector<int> *members = nullptr; // never null when index >= 0

    bool isValid() const { return index >= 0 && members; }
};

class FamilyLookup
{
public:
    // True when the document's families are the plan's clusters (else its overlap families).
    static bool usesPlan(const Document &document);
    // Number of families (clusters or overlap families, whichever usesPlan() says).
    static int count(const Document &document);
    // The family at `index` in that list.
    static FamilyRef at(const Document &document, int index);
    // The family of an item row.
    static FamilyRef ofRow(const Document &document, int row);
};

} // namespace slimplan
