#pragma once
// The overlap graph of a merge family or a region, laid out by the core (layoutGraph()). Nodes
// show kind and action, edges their overlap strength. Wheel/Ctrl± zoom, drag pans, hovering
// tells name/action/reason, clicking a node selects the item everywhere.

#include <QGraphicsView>
#include <QHash>

#include <vector>

namespace slimplan {

class Document;
class GraphNode;

class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(Document &document, QWidget *parent = nullptr);

    // Shows the graph around a row: its merge family, else the row and its direct neighbours.
    void showAround(int row);
    // Shows a region's items that overlap with another (at most kMaxNodes, the most connected).
    void showRegion(const QString &prefix);
    void highlight(int row);
    int highlightedRow() const { return m_highlighted; }
    // Rows drawn now (for tests and the caption).
    std::vector<int> shownRows() const;
    QString caption() const { return m_caption; }

    void zoomBy(double factor);

    static constexpr int kMaxNodes = 300;

signals:
    void itemClicked(int row);
    void captionChanged(const QString &caption);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void build(std::vector<int> rows, const QString &caption);
    void refreshTooltips();
    void setCaption(const QString &caption);

    Document &m_document;
    QGraphicsScene *m_scene;
    QHash<int, GraphNode *> m_nodes;
    int m_highlighted = -1;
    QString m_caption;
    QPoint m_pressPos;
    bool m_userZoomed = false;
    // What is shown, to redo it after a re-plan or a language change.
    int m_aroundRow = -1;
    QString m_regionPrefix;
};

} // namespace slimplan
