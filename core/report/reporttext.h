#pragma once
// The fixed wording of the reports in Chinese and English. Reports use hand-written zh/en pairs
// (not tr()) because a report is written in the language its options ask for, whatever language
// the user interface runs in; the pairs live next to the code that prints them.

#include "model/types.h"

#include <QDate>
#include <QString>

namespace slimplan {

class ReportText
{
public:
    explicit ReportText(bool chinese) : m_zh(chinese) {}

    bool chinese() const { return m_zh; }
    // Picks one of a pair of UTF-8 literals.
    QString tx(const char *zh, const char *en) const
    {
        return QString::fromUtf8(m_zh ? zh : en);
    }

    QString kind(Kind k) const;          // 应用程序 / App
    QString kindPlural(Kind k) const;    // 应用程序 / Apps
    QString level(Level l) const;        // 县级 / County
    QString audience(Audience a) const;  // 公众 / Public
    QString action(Action a) const;      // 关停 / Shut down
    QString flag(Flag f) const;          // 打卡签到 / Check-in
    QString flags(Flags f) const;        // joined with 、 / ", "
    QString date(const QDate &d) const;  // 2026年11月22日 / 22 November 2026; empty when invalid
    QString number(double v, int decimals) const; // grouped thousands: 12,345.6
    QString percent(double v) const;     // "23.0%"
    QString listSeparator() const { return m_zh ? QStringLiteral("、") : QStringLiteral(", "); }

private:
    bool m_zh;
};

} // namespace slimplan
