#pragma once
// The overlap graph of one merge family, or of one item and its direct neighbours when it has no
// family: the survivor (or the item) in the middle, the others on rings around it, stretched to
// fill the pane, names legible at the default zoom. Node shape = kind, colour = action, a star
// on the survivor, line width = overlap score. Hovering a node gives its full name and decision,
// hovering a line the card that explains the score; clicking a node selects the item everywhere.
// Wheel/Ctrl± zoom, drag pans, a double click fits the graph to the pane again. Only what is
// shown is drawn, so a region of a million items costs no more than one family.

#include <QGraphicsView>
#include <QHash>
#include <QPointF>

#include <utility>
#include <vector>

class QGraphicsTextItem;

namespace slimplan {

class Document;
class GraphNode;
class OverlapEdgeItem;
struct OverlapEdge;
struct FamilyRef;

class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(Document &document, QWidget *parent = nullptr);

    // Shows the graph around a row: its merge family, else the row and its direct neighbours.
    void showAround(int row);
    // Shows a family (FamilyLookup index) around its survivor.
    void showFamily(int family);
    // Shows the largest family whose survivor lies in the region (division-code prefix; empty =
    // all), or a hint when there is none. Never the whole region: it would be unreadable.
    void showRegion(const QString &prefix);
    // Shows nothing but a hint.
    void clear();
    void highlight(int row);
    int highlightedRow() const { return m_highlighted; }
    // Rows drawn now (sorted), for tests and the panel.
    std::vector<int> shownRows() const;
    bool isShown(int row) const { return m_nodes.contains(row); }
    // The family drawn (FamilyLookup index), -1 for a neighbourhood or nothing.
    int shownFamily() const { return m_family; }
    // The item in the middle (the survivor, or the item whose neighbours are shown), -1 = none.
    int centreRow() const { return m_centre; }
    QString caption() const { return m_caption; }
    // The text shown when no graph is, empty while a graph is shown.
    QString hintText() const;
    GraphNode *nodeFor(int row) const { return m_nodes.value(row); }
    const std::vector<OverlapEdgeItem *> &edgeItems() const { return m_edges; }
    // What hovering shows: a node's name and decision, an edge's explanation of its score.
    QString nodeCard(int row) const;
    QString edgeCard(const OverlapEdgeItem &edge) const;

    void zoomBy(double factor);
    // Back to the default zoom, the graph filling the pane.
    void fitToPane();
    bool isUserZoomed() const { return m_userZoomed; }

    static constexpr int kMaxNodes = 300;
    // Larger graphs name only the centre and the selected item (the others on hover).
    static constexpr int kMaxLabels = 80;

signals:
    void itemClicked(int row);
    void captionChanged(const QString &caption);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Mode { Nothing, Around, Family, Region };
    void showFamilyRef(const FamilyRef &ref, int keepRow);
    void showNeighbours(int row);
    // Draws `rows` around `centre`; family: links members without overlap to the survivor.
    void build(std::vector<int> rows, int centre, bool family);
    void resetScene();
    std::vector<OverlapEdge> edgesAmong(const std::vector<int> &rows) const;
    void addEdgeItems(const std::vector<OverlapEdge> &edges, const std::vector<std::pair<int, int>> &ruleLinks,
                      int centre);
    void addNodeItems(const std::vector<int> &rows, int centre, bool family);
    void place();
    void hideCoveringLabels();
    void redo();
    void setHint(const QString &text);
    void refreshCaption();
    void setCaption(const QString &caption);

    Document &m_document;
    QGraphicsScene *m_scene;
    QHash<int, GraphNode *> m_nodes;
    std::vector<OverlapEdgeItem *> m_edges;
    QHash<int, QPointF> m_unit; // layout in the unit square, stretched to the pane by place()
    QGraphicsTextItem *m_hint = nullptr;
    int m_highlighted = -1;
    int m_centre = -1;
    int m_family = -1;
    int m_familySize = 0; // members of the family, also those not drawn
    int m_sharedPrefix = 0; // leading characters every drawn name shares, left out of labels
    QString m_caption;
    QPoint m_pressPos;
    bool m_userZoomed = false;
    // What is shown, to redo it after a re-plan or a language change.
    Mode m_mode = Mode::Nothing;
    int m_aroundRow = -1;
    QString m_regionPrefix;
};

} // namespace slimplan
