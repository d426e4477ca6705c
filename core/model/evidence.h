#pragma once
// What a finding saw, kept as facts and put into words when someone reads it. A plan of a million
// items would otherwise format two sentences per finding that nobody may ever look at: the rule
// checks record a sentence template and its arguments, and text() composes the sentence on demand.
// Findings loaded from a project, or written by hand, state their text instead.

#include "model/types.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <memory>

namespace slimplan {

class EvidenceFacts
{
public:
    // How an argument is put into words (its value comes from the slots below, in order).
    enum class Arg : std::uint8_t {
        Text,        // a name, as it is
        Number,      // an integer
        Fixed1,      // a number with one decimal
        Date,        // yyyy-MM-dd (from a Julian day)
        Level,       // 县级 / county (from the Level value)
        Flags,       // 打卡签到、积分排名 / check-in, points ranking
        List,        // the list joined with 、 / ", "
        ParenList,   // "（a、b）" / " (a, b)", or nothing when the list is empty
        ListSize,    // the number of entries in the list
        DataItemsWord, // 填报事项 / data items
    };

    EvidenceFacts() = default;
    // A sentence template in both languages (static literals with %1 … %4), filled by addXxx().
    EvidenceFacts(const char16_t *zh, const char16_t *en) : m_zh(zh), m_en(en) {}
    // Text stated as it is.
    static EvidenceFacts stated(const QString &zh, const QString &en);

    EvidenceFacts &text(const QString &s);
    EvidenceFacts &number(qint64 n);
    EvidenceFacts &fixed1(double x);
    EvidenceFacts &date(qint64 julianDay);
    EvidenceFacts &level(int level);
    // Those of `order` (at most four) that are set in `set`, in that order.
    EvidenceFacts &flags(Flags set, std::initializer_list<Flag> order);
    EvidenceFacts &list(const QStringList &l, Arg how = Arg::List);
    EvidenceFacts &listSize();
    EvidenceFacts &dataItemsWord();

    QString compose(bool chinese) const;
    // Composed sentences are never empty; stated ones may be.
    bool isEmpty(bool chinese) const;

private:
    EvidenceFacts &arg(Arg a);
    EvidenceFacts &numberAs(qint64 n, Arg a);

    const char16_t *m_zh = nullptr; // nullptr: stated in m_text[0] (zh) and m_text[1] (en)
    const char16_t *m_en = nullptr;
    std::array<Arg, 4> m_args{};
    std::uint8_t m_argCount = 0;
    std::uint8_t m_numberCount = 0;
    std::uint8_t m_textCount = 0;
    std::array<qint64, 3> m_numbers{};
    std::array<QString, 2> m_text;
    QStringList m_list;
};

// "与「青溪政务通」功能重合 4/5，月活仅其 13%": a family member's overlap with its survivor, which
// the planner adds to the member's family findings. Shared by those findings.
struct FamilyEvidence
{
    QString survivorName;
    // Shared / own counts of functions, members and data items; shared 0 = not said.
    std::array<int, 3> shared{};
    std::array<int, 3> own{};
    int usagePercent = -1; // monthly active users as a share of the survivor's; -1 = not said

    QString compose(bool chinese) const;
};

} // namespace slimplan
