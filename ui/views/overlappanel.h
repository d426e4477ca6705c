#pragma once
// The overlap dock: the list of merge families (survivor, size, items folded in, saving; sorted,
// filtered) beside the graph of the family or item selected, a caption saying what is drawn and
// the legend. Selecting a family shows it and emits its survivor; showItem() selects an item's
// family in the list and draws it. On open, the largest family is shown, never the whole region.

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace slimplan {

class Document;
class FamilyFilterProxy;
class FamilyModel;
class GraphView;

class OverlapPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OverlapPanel(Document &document, QWidget *parent);

    GraphView *graphView() const { return m_graph; }
    QTableView *familyTable() const { return m_table; }
    FamilyModel *familyModel() const { return m_model; }
    FamilyFilterProxy *familyProxy() const { return m_proxy; }
    QLineEdit *filterBox() const { return m_filter; }
    QLabel *captionLabel() const { return m_caption; }
    QLabel *legendLabel() const { return m_legend; }
    // The family current in the list (FamilyModel row), -1 = none.
    int currentFamily() const;
    // Below this height the legend makes room for the graph (the caption's tooltip keeps it).
    static constexpr int kLegendMinHeight = 460;

public slots:
    // An item selected elsewhere: its family in the list and in the graph (or its neighbours).
    void showItem(int row);
    // Lists only the families whose survivor lies in the region (division-code prefix).
    void setRegionFilter(const QString &prefix);

signals:
    // An item chosen here: a family's survivor in the list, or a node clicked in the graph.
    void itemClicked(int row);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onFamilyChosen();
    void onModelReset();
    void selectFamily(int family);
    void showLargest();
    void retranslate();

    Document &m_document;
    GraphView *m_graph;
    FamilyModel *m_model;
    FamilyFilterProxy *m_proxy;
    QSplitter *m_splitter;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_caption;
    QLabel *m_legend;
    bool m_syncing = false;
    bool m_splitterSized = false;
    int m_clickedInGraph = -1;
};

} // namespace slimplan
