#pragma once
// One row of a region's ledger (台账): an app, a public account or a work group, normalised.
// Unknown values stay unknown: std::nullopt or an invalid QDate, never 0.

#include "model/types.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace slimplan {

struct Item
{
    QString id;                       // given, or derived from kind+owner+name+platform (deriveItemId)
    QString name;
    Kind kind = Kind::App;
    QString platform;                 // empty = unknown
    QString owner;
    std::optional<Level> level;       // given, or derived from the region code / owner name
    QString region;                   // division code (6-12 digits) or a place name; empty = unknown
    QStringList functions;
    QStringList dataItems;
    std::optional<Audience> audience;
    std::optional<qint64> users;
    std::optional<qint64> activeUsers;
    QDate lastActive;                 // invalid = unknown
    std::optional<qint64> posts90d;
    std::optional<double> annualCost; // 万元 (10,000 CNY)
    QDate launched;                   // invalid = unknown
    std::optional<QString> filingNo;  // nullopt = unknown; empty string = not filed
    Flags flags = 0;
    // The flags the source stated (是 or 否, a flags cell, a function that raises one); a re-import
    // keeps the project's value of the others (an empty yes/no cell is unknown, not 否).
    Flags flagsKnown = ~Flags(0);
    QString scene;                    // 安保 / 应急 exempt rule A4
    std::vector<quint64> memberHashes; // salted hashes of member ids; the ids themselves are never kept
    QString notes;
    QList<QPair<QString, QString>> extra; // unknown columns: (header, value)

    // Where the row came from, for messages and the detail pane.
    QString sourceFile;
    QString sourceSheet;
    int sourceRow = 0;                // 1-based row in the sheet/file; 0 = not from a file
    // The same item reported again (same id or 备案编号, or the same identity in another return):
    // the other names it was reported under, and where each further report stands
    // ("FILE:SHEET:ROW"; the first report is sourceFile/sourceSheet/sourceRow).
    QStringList aliases;
    QStringList alsoReportedAt;

    bool has(Flag f) const { return hasFlag(flags, f); }
};

// A stable id for rows that have none: kind + owner + name (+ platform when known), hashed (e.g.
// "app-3f9c2a1b7d04e6c8"). The platform tells apart 黑水发布 on WeChat from 黑水发布 on Weibo.
QString deriveItemId(Kind kind, const QString &owner, const QString &name,
                     const QString &platform = QString());

} // namespace slimplan
