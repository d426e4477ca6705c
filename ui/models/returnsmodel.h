#pragma once
// The Returns tab's table (issue #18, step 1): one row per unit of the campaign, what it was sent
// (the 核查表 and when), what it sent back (its latest return, when, rows kept, errors), how many
// items it holds now and how many its return no longer lists ("reported gone"), and a status:
// answered, not answered or answered with problems. Units that were never surveyed but returned
// are listed too, and so are units that own items.

#include "model/campaign.h"
#include "model/inventory.h"
#include "store/projectstore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>

#include <vector>

namespace slimplan {

// One unit's row.
struct UnitReturn
{
    enum class Status : std::uint8_t { NotAnswered, Answered, Problem };
    QString owner;
    QString surveyFile;    // the latest 核查表 sent (file name), empty = never surveyed
    QDateTime surveyed;
    QString returnFile;    // the latest return (file name), empty = nothing came back
    QDateTime answered;
    int rowsKept = 0;      // rows of the latest return that became items
    int errors = 0;        // rows (or the whole file) of the latest return refused with an error
    bool refused = false;  // nothing of the latest return could be read
    bool noItems = false;  // the return said "nothing to report" (a valid answer)
    int itemsNow = 0;
    int gone = 0;          // items reported gone, not listed again since

    Status status() const;
};

class ReturnsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The status next to the unit: what the office looks for first.
    enum Column { UnitColumn, StatusColumn, SurveyColumn, SurveyedColumn, ReturnColumn, AnsweredColumn,
                  KeptColumn, ErrorsColumn, ItemsColumn, GoneColumn, ColumnCount };
    // SortRole: the raw value (numbers, dates) to sort by; StatusRole: the status name
    // ("answered", "not_answered", "problem"), what the page's filter matches.
    enum Role { SortRole = Qt::UserRole + 1, StatusRole, OwnerRole };

    explicit ReturnsModel(QObject *parent = nullptr);

    // The rows from a project's records and its current items, in the order units were first
    // surveyed, then first returned, then first seen as owners. Linear in the sizes given.
    static std::vector<UnitReturn> collect(const Inventory &inventory, const std::vector<SurveyRecord> &surveys,
                                           const std::vector<ImportRecord> &history,
                                           const std::vector<ReportedGone> &gone);
    void setUnits(std::vector<UnitReturn> units);
    const std::vector<UnitReturn> &units() const { return m_units; }
    // Units that answered (with or without problems).
    int answeredCount() const;
    static QString statusName(UnitReturn::Status s);
    static QString statusText(UnitReturn::Status s);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const UnitReturn &u, int column) const;
    QVariant sortValue(const UnitReturn &u, int column) const;

    std::vector<UnitReturn> m_units;
};

} // namespace slimplan
