#include "report/flowdocument.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace slimplan {

namespace {
constexpr double kCellPadH = 3.0;   // points
constexpr double kCellPadV = 2.2;   // points
constexpr double kLineFactor = 1.18; // line height over the font's height: CJK needs air
const QColor kGrid(0x9a, 0xa3, 0xad);
const QColor kHeaderFill(0xe3, 0xea, 0xf2);
const QColor kGroupFill(0xf1, 0xf4, 0xf8);
const QColor kEmphasisFill(0xf6, 0xf6, 0xf6);
} // namespace

void FlowTable::addRow(QStringList cells, RowStyle style)
{
    Row r;
    r.cells = std::move(cells);
    r.style = style;
    m_rows.push_back(std::move(r));
}

struct FlowDocument::Block
{
    enum class Type { Text, Table, Custom, Space, Break } type = Type::Text;
    Block(Type t, double before, double after) : type(t), spaceBefore(before), spaceAfter(after) {}
    QString text;
    FlowTextStyle style;
    std::vector<FlowTable::Line> lines;
    FlowTable table;
    Painter painter;
    double height = 0;      // device units: custom and space blocks
    double spaceBefore = 0; // device units
    double spaceAfter = 0;
};

struct FlowDocument::Unit
{
    enum class Type { Text, Header, Row, Custom, Space, Break } type = Type::Text;
    int block = 0;
    int row = -1;
    int lines = 1;
    double lineHeight = 0;
    double pad = 0;         // vertical padding on each side of the lines
    double minHeight = 0;   // row: at least this tall
    double fixed = 0;       // custom/space height
    double spaceBefore = 0;
    double spaceAfter = 0;
    bool keepWithNext = false;
};

struct FlowDocument::Placement
{
    int unit;
    int from;
    int to;
    double y;
};

FlowDocument::FlowDocument(QPaintDevice *device)
    : m_device(device), m_dpi(device->logicalDpiY()), m_width(device->width()),
      m_height(device->height())
{
}

FlowDocument::~FlowDocument() = default;

void FlowDocument::setBands(double headerPoints, double footerPoints)
{
    m_header = pt(headerPoints);
    m_footer = pt(footerPoints);
}

FlowDocument::Block &FlowDocument::addBlock(int type, double spaceBefore, double spaceAfter)
{
    return *m_blocks.emplace_back(std::make_unique<Block>(static_cast<Block::Type>(type), spaceBefore, spaceAfter));
}

void FlowDocument::addText(const QString &text, const FlowTextStyle &style)
{
    Block &b = addBlock(int(Block::Type::Text), pt(style.spaceBefore), pt(style.spaceAfter));
    b.text = text;
    b.style = style;
}

void FlowDocument::addTable(FlowTable table, double spaceBeforePoints, double spaceAfterPoints)
{
    addBlock(int(Block::Type::Table), pt(spaceBeforePoints), pt(spaceAfterPoints)).table = std::move(table);
}

void FlowDocument::addCustom(double heightPoints, Painter painter, double spaceAfterPoints)
{
    Block &b = addBlock(int(Block::Type::Custom), 0, pt(spaceAfterPoints));
    b.painter = std::move(painter);
    b.height = pt(heightPoints);
}

void FlowDocument::addSpace(double points)
{
    addBlock(int(Block::Type::Space), 0, 0).height = pt(points);
}

void FlowDocument::addPageBreak()
{
    addBlock(int(Block::Type::Break), 0, 0);
}

// Breaks text into lines no wider than `width`; explicit newlines start a new line. Most cells
// are short, so the single-line case avoids QTextLayout altogether.
void FlowDocument::measureText(const QString &text, const QFont &font, double width,
                               std::vector<FlowTable::Line> &out) const
{
    out.clear();
    const QFontMetricsF fm(font, m_device);
    int start = 0;
    const int n = text.size();
    while (start <= n) {
        int end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = n;
        const QString para = text.mid(start, end - start);
        if (para.isEmpty() || fm.horizontalAdvance(para) <= width) {
            out.push_back({start, static_cast<int>(para.size())});
        } else {
            QTextLayout tl(para, font, m_device);
            QTextOption opt;
            opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            tl.setTextOption(opt);
            tl.beginLayout();
            for (;;) {
                QTextLine line = tl.createLine();
                if (!line.isValid())
                    break;
                line.setLineWidth(width);
                out.push_back({start + line.textStart(), line.textLength()});
            }
            tl.endLayout();
        }
        if (end >= n)
            break;
        start = end + 1;
    }
    if (out.empty())
        out.push_back({0, 0});
}

void FlowDocument::measureRow(FlowTable &t, FlowTable::Row &row) const
{
    const bool group = row.style == FlowTable::RowStyle::Group;
    const QFont &font = (&row == &t.m_header || row.style != FlowTable::RowStyle::Normal)
                            ? t.headerFont
                            : t.font;
    const int cells = group ? 1 : static_cast<int>(t.columns.size());
    row.lines.assign(static_cast<std::size_t>(cells), {});
    row.lineCount = 1;
    for (int c = 0; c < cells; ++c) {
        const double w = group ? m_width : t.m_widths[static_cast<std::size_t>(c)];
        const QString text = row.cells.value(c);
        auto &lines = row.lines[static_cast<std::size_t>(c)];
        measureText(text, font, std::max(1.0, w - 2 * pt(kCellPadH)), lines);
        row.lineCount = std::max(row.lineCount, static_cast<int>(lines.size()));
    }
}

void FlowDocument::measureColumns(FlowTable &t) const
{
    const std::size_t n = t.columns.size();
    t.m_widths.assign(n, 0);
    double fixed = 0;
    double weights = 0;
    for (std::size_t c = 0; c < n; ++c) {
        const FlowColumn &col = t.columns[c];
        if (!col.fit) {
            weights += col.weight;
            continue;
        }
        const QFontMetricsF fm(t.font, m_device);
        const QFontMetricsF fh(t.headerFont, m_device);
        double w = t.showHeader ? fh.horizontalAdvance(col.header) : 0;
        for (const FlowTable::Row &r : t.m_rows) {
            if (r.style == FlowTable::RowStyle::Normal)
                w = std::max(w, fm.horizontalAdvance(r.cells.value(static_cast<int>(c))));
        }
        t.m_widths[c] = std::min(w + 2 * pt(kCellPadH) + pt(1), m_width / 4);
        fixed += t.m_widths[c];
    }
    const double rest = std::max(0.0, m_width - fixed);
    for (std::size_t c = 0; c < n; ++c) {
        if (!t.columns[c].fit)
            t.m_widths[c] = weights > 0 ? rest * t.columns[c].weight / weights : 0;
    }
}

double FlowDocument::unitHeight(const Unit &u, int from, int to) const
{
    switch (u.type) {
    case Unit::Type::Custom:
    case Unit::Type::Space:
        return u.fixed;
    case Unit::Type::Break:
        return 0;
    default:
        break;
    }
    const double h = 2 * u.pad + (to - from) * u.lineHeight;
    return (from == 0 && to == u.lines) ? std::max(h, u.minHeight) : h;
}

bool FlowDocument::layout(Progress *progress)
{
    m_units.clear();
    m_pages.clear();
    qint64 rows = 0;
    for (const auto &b : m_blocks)
        rows += b->type == Block::Type::Table ? b->table.rowCount() + 1 : 1;
    if (progress)
        progress->beginStage(QStringLiteral("layout"), rows);
    if (!measureBlocks(progress))
        return false;
    paginate();
    if (m_pages.size() > 1 && m_pages.back().empty())
        m_pages.pop_back();
    if (progress)
        progress->advance(rows);
    return true;
}

// Step 1 of the layout: every block measured into units (a table gives one per row). False when
// cancelled.
bool FlowDocument::measureBlocks(Progress *progress)
{
    qint64 done = 0;
    for (int bi = 0; bi < static_cast<int>(m_blocks.size()); ++bi) {
        Block &b = *m_blocks[static_cast<std::size_t>(bi)];
        Unit u;
        u.block = bi;
        switch (b.type) {
        case Block::Type::Text: {
            measureText(b.text, b.style.font, m_width, b.lines);
            const QFontMetricsF fm(b.style.font, m_device);
            u.type = Unit::Type::Text;
            u.lines = static_cast<int>(b.lines.size());
            u.lineHeight = b.style.lineHeight > 0 ? pt(b.style.lineHeight) : fm.height() * kLineFactor;
            u.spaceBefore = b.spaceBefore;
            u.spaceAfter = b.spaceAfter;
            u.keepWithNext = b.style.keepWithNext;
            m_units.push_back(u);
            break;
        }
        case Block::Type::Table:
            if (!measureTable(b, u, progress, done))
                return false;
            break;
        case Block::Type::Custom:
        case Block::Type::Space: // a space block's spaceAfter is 0
            u.type = b.type == Block::Type::Custom ? Unit::Type::Custom : Unit::Type::Space;
            u.fixed = b.height;
            u.spaceAfter = b.spaceAfter;
            m_units.push_back(u);
            break;
        case Block::Type::Break:
            u.type = Unit::Type::Break;
            m_units.push_back(u);
            break;
        }
        ++done;
    }
    return true;
}

// A table's header unit (when shown) and one unit per row; `proto` carries the block index.
bool FlowDocument::measureTable(Block &b, const Unit &proto, Progress *progress, qint64 &done)
{
    FlowTable &t = b.table;
    const double lhBody = QFontMetricsF(t.font, m_device).height() * kLineFactor;
    const double lhHead = QFontMetricsF(t.headerFont, m_device).height() * kLineFactor;
    const std::size_t first = m_units.size();
    measureColumns(t);
    if (t.showHeader) {
        t.m_header.cells.clear();
        for (const FlowColumn &c : t.columns)
            t.m_header.cells << c.header;
        measureRow(t, t.m_header);
        Unit h = proto;
        h.type = Unit::Type::Header;
        h.lines = t.m_header.lineCount;
        h.lineHeight = lhHead;
        h.pad = pt(kCellPadV);
        h.keepWithNext = true;
        m_units.push_back(h);
    }
    for (int r = 0; r < t.rowCount(); ++r) {
        FlowTable::Row &row = t.m_rows[static_cast<std::size_t>(r)];
        measureRow(t, row);
        Unit ru = proto;
        ru.type = Unit::Type::Row;
        ru.row = r;
        ru.lines = row.lineCount;
        ru.lineHeight = row.style == FlowTable::RowStyle::Normal ? lhBody : lhHead;
        ru.pad = pt(kCellPadV);
        ru.minHeight = pt(t.minRowHeight);
        ru.keepWithNext = row.style == FlowTable::RowStyle::Group;
        m_units.push_back(ru);
        if ((++done & 255) == 0 && progress) {
            progress->advance(done);
            if (progress->isCanceled())
                return false;
        }
    }
    if (m_units.size() > first) {
        m_units[first].spaceBefore = b.spaceBefore;
        m_units.back().spaceAfter = b.spaceAfter;
    }
    return true;
}

// Per unit, the header unit of its table (-1 for anything but a row); fills m_tableHeight with
// the height of each table that is small enough (a third of a page at most) to keep on one page.
std::vector<int> FlowDocument::tableHeaders(double body)
{
    int headerUnit = -1; // header of the table being walked
    std::vector<int> headerOf(m_units.size(), -1);
    m_tableHeight.assign(m_units.size(), 0);
    for (int i = 0; i < static_cast<int>(m_units.size()); ++i) {
        const Unit &u = m_units[static_cast<std::size_t>(i)];
        if (u.type == Unit::Type::Header)
            headerUnit = i;
        else if (u.type != Unit::Type::Row)
            headerUnit = -1;
        headerOf[static_cast<std::size_t>(i)] = u.type == Unit::Type::Row ? headerUnit : -1;
        if (headerUnit >= 0)
            m_tableHeight[static_cast<std::size_t>(headerUnit)] += unitHeight(u, 0, u.lines);
    }
    for (double &h : m_tableHeight) {
        if (h > body / 3)
            h = 0;
    }
    return headerOf;
}

// The state of step 2, pagination: where on the current page the next unit goes.
struct FlowDocument::Pager
{
    FlowDocument &doc;
    double top;
    double bottom;
    std::vector<int> headerOf; // per unit: its table's header, repeated on a new page
    double y = 0;
    bool pageHasContent = false;

    void newPage(int unitIndex);
    void place(int i);
    void placeSplit(int i, const Unit &u);
};

void FlowDocument::Pager::newPage(int unitIndex)
{
    doc.m_pages.emplace_back();
    y = top;
    pageHasContent = false;
    const int h = unitIndex >= 0 ? headerOf[static_cast<std::size_t>(unitIndex)] : -1;
    if (h >= 0) {
        const Unit &hu = doc.m_units[static_cast<std::size_t>(h)];
        doc.m_pages.back().push_back({h, 0, hu.lines, y});
        y += doc.unitHeight(hu, 0, hu.lines);
    }
}

void FlowDocument::Pager::place(int i)
{
    const Unit &u = doc.m_units[static_cast<std::size_t>(i)];
    if (u.type == Unit::Type::Break) {
        if (pageHasContent)
            newPage(-1);
        return;
    }
    if (u.type == Unit::Type::Space) {
        if (pageHasContent)
            y += u.fixed;
        return;
    }
    const double before = pageHasContent ? u.spaceBefore : 0;
    const double full = doc.unitHeight(u, 0, u.lines);
    const double need = before
                        + (u.type == Unit::Type::Header ? doc.startNeed(i)
                                                        : full + (u.keepWithNext ? doc.nextNeed(i) : 0));
    if (pageHasContent && y + need > bottom) {
        // A very tall row or paragraph starts here and runs on, rather than leaving a gap.
        const bool splittable = u.type == Unit::Type::Row || u.type == Unit::Type::Text;
        const int fit = static_cast<int>(std::floor((bottom - y - before - 2 * u.pad) / u.lineHeight));
        if (splittable && full > (bottom - top) * 0.35 && fit >= 3)
            y += before;
        else
            newPage(u.type == Unit::Type::Row ? i : -1);
    } else {
        y += before;
    }
    if (u.type == Unit::Type::Custom || y + full <= bottom) {
        doc.m_pages.back().push_back({i, 0, u.lines, y});
        y += full + u.spaceAfter;
        pageHasContent = true;
        return;
    }
    placeSplit(i, u);
}

// Taller than the space left: split by lines, as many as fit on each page.
void FlowDocument::Pager::placeSplit(int i, const Unit &u)
{
    int from = 0;
    while (from < u.lines) {
        const int fit = static_cast<int>(std::floor((bottom - y - 2 * u.pad) / u.lineHeight));
        const int to = std::min(u.lines, from + std::max(fit, 0));
        if (to > from) {
            doc.m_pages.back().push_back({i, from, to, y});
            y += doc.unitHeight(u, from, to);
            pageHasContent = true;
            from = to;
        }
        if (from < u.lines)
            newPage(u.type == Unit::Type::Row ? i : -1);
    }
    y += u.spaceAfter;
}

void FlowDocument::paginate()
{
    const double bottom = m_height - m_footer;
    Pager pager{*this, m_header, bottom, tableHeaders(bottom - m_header)};
    pager.y = m_header;
    m_pages.emplace_back();
    for (int i = 0; i < static_cast<int>(m_units.size()); ++i)
        pager.place(i);
}

// What unit i needs on the page to begin there without leaving a heading, a table header or a
// group caption alone at the foot of the page.
double FlowDocument::startNeed(int i) const
{
    const Unit &u = m_units[static_cast<std::size_t>(i)];
    switch (u.type) {
    case Unit::Type::Custom:
        return u.fixed;
    case Unit::Type::Header: {
        const double whole = m_tableHeight[static_cast<std::size_t>(i)];
        return whole > 0 ? whole : unitHeight(u, 0, u.lines) + nextNeed(i);
    }
    case Unit::Type::Row:
    case Unit::Type::Text: {
        const double h = std::min(unitHeight(u, 0, u.lines), unitHeight(u, 0, std::min(u.lines, 2)));
        return u.keepWithNext ? h + nextNeed(i) : h;
    }
    default:
        return 0;
    }
}

double FlowDocument::nextNeed(int i) const
{
    for (int j = i + 1; j < static_cast<int>(m_units.size()); ++j) {
        const Unit &n = m_units[static_cast<std::size_t>(j)];
        if (n.type == Unit::Type::Space)
            continue;
        if (n.type == Unit::Type::Break)
            return 0;
        return n.spaceBefore + startNeed(j);
    }
    return 0;
}

void FlowDocument::paintRow(QPainter &p, const FlowTable &t, const FlowTable::Row &row,
                            bool header, double y, int from, int to) const
{
    const bool group = row.style == FlowTable::RowStyle::Group;
    const QFont &font = (header || row.style != FlowTable::RowStyle::Normal) ? t.headerFont : t.font;
    const QFontMetricsF fm(font, m_device);
    const double lh = fm.height() * kLineFactor;
    const double pad = pt(kCellPadV);
    const double padH = pt(kCellPadH);
    double h = 2 * pad + (to - from) * lh;
    if (from == 0 && to == row.lineCount)
        h = std::max(h, pt(t.minRowHeight));

    if (header || row.style != FlowTable::RowStyle::Normal) {
        p.fillRect(QRectF(0, y, m_width, h),
                   header ? kHeaderFill : group ? kGroupFill : kEmphasisFill);
    }
    p.setFont(font);
    const int cells = group ? 1 : static_cast<int>(t.columns.size());
    double x = 0;
    for (int c = 0; c < cells; ++c) {
        const FlowColumn &col = t.columns[static_cast<std::size_t>(c)];
        const double w = group ? m_width : t.m_widths[static_cast<std::size_t>(c)];
        const auto &lines = row.lines[static_cast<std::size_t>(c)];
        const QString &text = row.cells.value(c);
        const Qt::Alignment align = group ? Qt::AlignLeft : col.align;
        for (int k = from; k < to && k < static_cast<int>(lines.size()); ++k) {
            const auto &ln = lines[static_cast<std::size_t>(k)];
            const QString s = text.mid(ln.start, ln.length);
            double tx = x + padH;
            if (align & (Qt::AlignRight | Qt::AlignHCenter)) {
                const double sw = fm.horizontalAdvance(s);
                tx = (align & Qt::AlignRight) ? x + w - padH - sw : x + (w - sw) / 2;
            }
            const double base = y + pad + (k - from) * lh + (lh - fm.height()) / 2 + fm.ascent();
            p.drawText(QPointF(tx, base), s);
        }
        x += w;
    }
    // Grid: horizontal lines, then the column rules.
    p.setPen(QPen(kGrid, pt(0.5)));
    p.drawLine(QPointF(0, y), QPointF(m_width, y));
    p.drawLine(QPointF(0, y + h), QPointF(m_width, y + h));
    p.drawLine(QPointF(0, y), QPointF(0, y + h));
    x = 0;
    for (int c = 0; c < static_cast<int>(t.columns.size()); ++c) {
        x += t.m_widths[static_cast<std::size_t>(c)];
        if (!group || c == static_cast<int>(t.columns.size()) - 1)
            p.drawLine(QPointF(x, y), QPointF(x, y + h));
    }
    p.setPen(Qt::black);
}

void FlowDocument::paintPlacement(QPainter &p, const Placement &pl) const
{
    const Unit &u = m_units[static_cast<std::size_t>(pl.unit)];
    const Block &b = *m_blocks[static_cast<std::size_t>(u.block)];
    switch (u.type) {
    case Unit::Type::Text: {
        const QFontMetricsF fm(b.style.font, m_device);
        p.setFont(b.style.font);
        p.setPen(b.style.color);
        for (int k = pl.from; k < pl.to; ++k) {
            const auto &ln = b.lines[static_cast<std::size_t>(k)];
            const QString s = b.text.mid(ln.start, ln.length);
            double x = 0;
            if (b.style.align & (Qt::AlignRight | Qt::AlignHCenter)) {
                const double sw = fm.horizontalAdvance(s);
                x = (b.style.align & Qt::AlignRight) ? m_width - sw : (m_width - sw) / 2;
            }
            const double base = pl.y + (k - pl.from) * u.lineHeight
                                + (u.lineHeight - fm.height()) / 2 + fm.ascent();
            p.drawText(QPointF(x, base), s);
        }
        p.setPen(Qt::black);
        break;
    }
    case Unit::Type::Header:
        paintRow(p, b.table, b.table.m_header, true, pl.y, pl.from, pl.to);
        break;
    case Unit::Type::Row:
        paintRow(p, b.table, b.table.m_rows[static_cast<std::size_t>(u.row)], false, pl.y,
                 pl.from, pl.to);
        break;
    case Unit::Type::Custom:
        p.save();
        b.painter(p, QRectF(0, pl.y, m_width, u.fixed));
        p.restore();
        break;
    default:
        break;
    }
}

bool FlowDocument::paint(QPainter &painter, QPagedPaintDevice *device, const Decorator &decorate,
                         Progress *progress)
{
    const int pages = pageCount();
    if (progress)
        progress->beginStage(QStringLiteral("pages"), pages);
    for (int pg = 0; pg < pages; ++pg) {
        if (progress) {
            if (progress->isCanceled())
                return false;
            progress->advance(pg);
        }
        if (pg > 0 && !device->newPage())
            return false;
        if (decorate) {
            painter.save();
            decorate(painter, QRectF(0, 0, m_width, m_height), pg, pages);
            painter.restore();
        }
        for (const Placement &pl : m_pages[static_cast<std::size_t>(pg)])
            paintPlacement(painter, pl);
    }
    if (progress)
        progress->advance(pages);
    return true;
}

} // namespace slimplan
