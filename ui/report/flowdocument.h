#pragma once
// A small flow-layout engine for paged reports: text blocks, tables whose rows break across pages
// (header repeated, long cells wrapped, a row taller than the space left split by lines), custom
// painted blocks (charts) and page breaks. Laid out first (so the page count is known for
// "page n of N"), then painted page by page on any paged device. Units are device pixels;
// pt() converts from points.

#include "util/progress.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QPainter;
class QPaintDevice;
class QPagedPaintDevice;
class QRectF;

namespace slimplan {

struct FlowTextStyle
{
    QFont font;
    QColor color = Qt::black;
    Qt::Alignment align = Qt::AlignLeft;
    double spaceBefore = 0; // points
    double spaceAfter = 0;  // points
    bool keepWithNext = false;
    double lineHeight = 0; // points from line to line; 0 = the font's height with CJK air (公文: a fixed pitch)
};

struct FlowColumn
{
    QString header;
    double weight = 1;      // share of the table width
    Qt::Alignment align = Qt::AlignLeft;
    // As wide as its widest cell (ids, codes: never wrapped), at most a quarter of the table;
    // the other columns share what is left by weight.
    bool fit = false;
};

class FlowTable
{
public:
    enum class RowStyle { Normal, Emphasis, Group };
    std::vector<FlowColumn> columns;
    bool showHeader = true;
    QFont font;
    QFont headerFont;
    double minRowHeight = 0; // points; for signature boxes
    void addRow(QStringList cells, RowStyle style = RowStyle::Normal);
    // One cell across the whole width, shaded: a group caption ("合并族 3 …").
    void addGroupRow(const QString &caption) { addRow(QStringList{caption}, RowStyle::Group); }
    int rowCount() const { return static_cast<int>(m_rows.size()); }

private:
    friend class FlowDocument;
    struct Line
    {
        int start;
        int length;
    };
    struct Row
    {
        QStringList cells;
        RowStyle style = RowStyle::Normal;
        std::vector<std::vector<Line>> lines; // per cell, filled by the layout
        int lineCount = 1;
    };
    std::vector<Row> m_rows;
    Row m_header;
    std::vector<double> m_widths; // device units, filled by the layout
};

class FlowDocument
{
public:
    using Painter = std::function<void(QPainter &, const QRectF &)>;
    // Draws the running header and footer of a page (0-based page, page count) in the full
    // content rectangle; the body lies between headerHeight() and height() - footerHeight().
    using Decorator = std::function<void(QPainter &, const QRectF &, int page, int pages)>;

    // `device` gives the metrics; its paint area is the page content rectangle.
    explicit FlowDocument(QPaintDevice *device);
    ~FlowDocument();

    double pt(double points) const { return points * m_dpi / 72.0; }
    double width() const { return m_width; }
    QPaintDevice *device() const { return m_device; }
    void setBands(double headerPoints, double footerPoints);

    void addText(const QString &text, const FlowTextStyle &style);
    void addTable(FlowTable table, double spaceBeforePoints = 4, double spaceAfterPoints = 8);
    void addCustom(double heightPoints, Painter painter, double spaceAfterPoints = 6);
    void addSpace(double points);
    void addPageBreak();

    // Measures and paginates. Returns false when cancelled.
    bool layout(Progress *progress);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    // Paints every page; the caller has begun the painter on a QPagedPaintDevice.
    bool paint(QPainter &painter, QPagedPaintDevice *device, const Decorator &decorate,
               Progress *progress);

private:
    struct Block;
    struct Unit;
    struct Placement;
    struct Pager;
    // Appends a block of type (a Block::Type) with its spaces in device units.
    Block &addBlock(int type, double spaceBefore, double spaceAfter);
    bool measureBlocks(Progress *progress);
    bool measureTable(Block &b, const Unit &proto, Progress *progress, qint64 &done);
    std::vector<int> tableHeaders(double body);
    void paginate();
    void measureText(const QString &text, const QFont &font, double width,
                     std::vector<FlowTable::Line> &out) const;
    void measureRow(FlowTable &t, FlowTable::Row &row) const;
    void measureColumns(FlowTable &t) const;
    double startNeed(int unit) const;
    double nextNeed(int unit) const;
    double unitHeight(const Unit &u, int from, int to) const;
    void paintPlacement(QPainter &p, const Placement &pl) const;
    void paintRow(QPainter &p, const FlowTable &t, const FlowTable::Row &row, bool header,
                  double y, int from, int to) const;

    QPaintDevice *m_device;
    double m_dpi;
    double m_width;
    double m_height;
    double m_header = 0;
    double m_footer = 0;
    std::vector<std::unique_ptr<Block>> m_blocks;
    std::vector<Unit> m_units;
    std::vector<double> m_tableHeight; // per header unit: the whole table's height
    std::vector<std::vector<Placement>> m_pages;
};

} // namespace slimplan
