#pragma once
// The inventory and its plan as a flat table: one row per item, values computed on the fly from
// the document (no per-row storage), so a 1,000,000-row inventory costs nothing extra. Changing a
// decision through setData() pushes an OverrideCommand; the model never edits the plan itself.

#include "model/plan.h"
#include "place/regionname.h"

#include <QAbstractTableModel>
#include <QHash>

namespace slimplan {

class Document;
struct Item;

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
        CompletenessColumn, // share of the facts the rules read that are known; tooltip: why
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
    // The rules of a decision as people read them: "A8 重复采集数据；A10 …" (display) and, for the
    // tooltip, each rule's title, explanation and source clause.
    QString rulesText(const QStringList &rules) const;
    QString rulesToolTip(const QStringList &rules) const;

private:
    void onDecisionsChanged(const QList<int> &rows);

    // Per-rule texts in the current language, built once per language: the table asks for them
    // on every paint of a virtual 1,000,000-row view, so no catalogue search happens per cell.
    struct RuleTexts
    {
        QString label;   // "A8 重复采集数据"
        QString toolTip; // rich text: title, explanation, source
    };
    const RuleTexts &ruleTexts(const QString &id) const;
    QString regionName(const Item &item) const;

    Document &m_document;
    mutable QHash<QString, RuleTexts> m_ruleTexts;
    mutable RegionNames m_regionNames; // cleared when the inventory is replaced
    mutable bool m_ruleTextsChinese = false;
};

} // namespace slimplan

Q_DECLARE_METATYPE(slimplan::Override)
