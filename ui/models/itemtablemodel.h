#pragma once
// The inventory and its plan as a flat table: one row per item, values computed on the fly from
// the document (no per-row storage), so a 1,000,000-row inventory costs nothing extra. Changing a
// decision through setData() pushes an OverrideCommand; the model never edits the plan itself.

#include "plan/plan.h"

#include <QAbstractTableModel>

namespace slimplan {

class Document;

class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        KindColumn,
        PlatformColumn,
        OwnerColumn,
        LevelColumn,
        RegionColumn,
        UsersColumn,
        ActiveUsersColumn,
        LastActiveColumn,
        CostColumn,
        ActionColumn,
        TargetColumn,
        RulesColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        RowRole = Qt::UserRole + 1, // the item's index in the inventory
        ActionRole,                 // the decided action as int
        // setData on any column with an Override (QVariant::fromValue) records that decision;
        // an Override with an empty reason and empty itemId reverts to the recommendation.
        DecisionRole,
    };

    explicit ItemTableModel(Document &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Document &document() const { return m_document; }
    // Re-reads every translated text (headers, labels) after a language change.
    void retranslate();

    // Status text of a row ("Recommended", "Accepted", "Overridden").
    QString statusText(int row) const;
    static QString columnTitle(int column);

private:
    void onDecisionsChanged(const QList<int> &rows);

    Document &m_document;
};

} // namespace slimplan

Q_DECLARE_METATYPE(slimplan::Override)
