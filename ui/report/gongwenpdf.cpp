#include "report/gongwenpdf.h"

#include "report/flowdocument.h"
#include "report/officialfonts.h"
#include "report/pagefurniture.h"
#include "report/reportcharts.h"
#include "report/reportfonts.h"
#include "report/reporttext.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <array>
#include <utility>

namespace slimplan {

namespace {

using doc::Role;
using namespace gongwen;

constexpr double kMmPt = 72.0 / 25.4;
constexpr double kSize3 = 16;  // 3号
constexpr double kSize2 = 22;  // 2号
constexpr double kSize4 = 14;  // 4号
constexpr double kFooterMm = kNumberGapMm + 6; // the page-number band under the text block
const QColor kRed(0xd0, 0x10, 0x10);
const QString kIndent = QStringLiteral("\u3000\u3000");

// The fixed pitch: 22 lines in the text block's height.
double linePitch() { return kBlockHeightMm * kMmPt / kLines; }

// The 3号 font set so that 28 characters fill the 156 mm line.
QFont bodyFont(bool bold = false, FontRole role = FontRole::FangSong)
{
    QFont f = OfficialFonts::font(role, kSize3);
    f.setBold(bold || f.bold());
    f.setLetterSpacing(QFont::AbsoluteSpacing, (kBlockWidthMm - 0.3) * kMmPt / kChars - kSize3);
    return f;
}

void setPage(QPagedPaintDevice *device, bool landscape)
{
    const double bottom = 297 - kTopMm - kBlockHeightMm - kFooterMm;
    const QMarginsF portrait(kLeftMm, kTopMm, 210 - kLeftMm - kBlockWidthMm, bottom);
    // Landscape: the text block turned, its top (37 mm) now on the left, binding edge at the top.
    const QMarginsF turned(kTopMm, kLeftMm, 297 - kTopMm - kBlockHeightMm, 210 - kLeftMm - kBlockWidthMm - kFooterMm);
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                      landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      landscape ? turned : portrait, QPageLayout::Millimeter));
}

FlowTextStyle styleOf(Role role)
{
    FlowTextStyle s;
    s.font = bodyFont();
    s.lineHeight = linePitch();
    switch (role) {
    case Role::Title:
    case Role::AnnexTitle:
        s.font = OfficialFonts::font(FontRole::XiaoBiaoSong, kSize2);
        s.align = Qt::AlignHCenter;
        s.lineHeight = linePitch() * 1.25;
        s.spaceAfter = linePitch() * 0.75;
        break;
    case Role::Heading1:
    case Role::Heading2:
    case Role::Heading3:
    case Role::AnnexLabel:
        // 一、 in 黑体, （一） in 楷体, 1. in 仿宋 bold, 附件 in 黑体.
        s.font = role == Role::Heading3 ? bodyFont(true)
                                        : bodyFont(false, role == Role::Heading2 ? FontRole::KaiTi : FontRole::HeiTi);
        s.keepWithNext = true;
        break;
    case Role::Signature:
        s.align = Qt::AlignRight;
        s.spaceBefore = linePitch() * 2;
        break;
    case Role::Date:
        s.align = Qt::AlignRight;
        break;
    case Role::AnnexList:
        s.spaceBefore = linePitch();
        break;
    case Role::Note:
        s.font = OfficialFonts::font(FontRole::SongTi, kSize4);
        s.lineHeight = 0;
        break;
    default:
        break;
    }
    return s;
}

QString textOf(const doc::Paragraph &p)
{
    switch (p.role) {
    case Role::Body:
    case Role::Closing:
    case Role::Heading1:
    case Role::Heading2:
    case Role::Heading3:
        return kIndent + p.text;
    case Role::Signature:
        return p.text + kIndent + kIndent; // four characters from the right margin
    case Role::Date:
        return p.text + kIndent;
    default:
        return p.text;
    }
}

FlowTable tableOf(const doc::Table &t)
{
    FlowTable out;
    for (int c = 0; c < t.header.size(); ++c) {
        const double w = std::size_t(c) < t.weights.size() ? t.weights[std::size_t(c)] : 1.0;
        const bool num = std::find(t.numericColumns.begin(), t.numericColumns.end(), c) != t.numericColumns.end();
        out.columns.push_back({t.header[c], w, num ? Qt::AlignRight : Qt::AlignLeft, false});
    }
    out.font = OfficialFonts::font(FontRole::SongTi, 10.5); // 五号 in the annex tables
    out.headerFont = OfficialFonts::font(FontRole::HeiTi, 10.5);
    std::size_t g = 0;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        if (g < t.groupRows.size() && t.groupRows[g] == int(r)) {
            out.addGroupRow(t.rows[r].value(0));
            ++g;
        } else {
            out.addRow(t.rows[r]);
        }
    }
    return out;
}

void addBlocks(FlowDocument &flow, const doc::Section &section, const PlanSummary &summary, bool chinese)
{
    for (const doc::Block &block : section.blocks) {
        if (const auto *p = std::get_if<doc::Paragraph>(&block)) {
            flow.addText(textOf(*p), styleOf(p->role));
        } else if (const auto *t = std::get_if<doc::Table>(&block)) {
            flow.addTable(tableOf(*t), 4, 8);
        } else if (const auto *f = std::get_if<doc::Figure>(&block)) {
            const QString key = f->key;
            flow.addCustom(f->heightMm * kMmPt, [key, summary, chinese](QPainter &p, const QRectF &r) {
                const ReportText text(chinese);
                if (key == QLatin1String("reference"))
                    paintReductionAgainstReference(p, r, text, summary);
                else
                    paintKindPanels(p, r, text, summary);
            }, 2);
            if (!f->caption.isEmpty())
                flow.addText(f->caption, [] { FlowTextStyle s = styleOf(Role::Note); s.align = Qt::AlignHCenter; return s; }());
        } else {
            flow.addPageBreak();
        }
    }
}

// The red masthead: 发文机关标志, the 发文字号 and the red line, on the body's first page.
double mastheadHeight(const doc::Document &d)
{
    return d.issuer.isEmpty() ? 0 : (d.number.isEmpty() ? 30 : 40) * kMmPt;
}

void paintMasthead(QPainter &p, const FlowDocument &flow, const doc::Document &d, double width)
{
    QFont big = OfficialFonts::font(FontRole::XiaoBiaoSong, 36);
    p.setFont(big);
    p.setPen(kRed);
    const QFontMetricsF fm(big, p.device());
    const QString issuer = fm.elidedText(d.issuer, Qt::ElideRight, width);
    p.drawText(QPointF((width - fm.horizontalAdvance(issuer)) / 2, fm.ascent()), issuer);
    double y = fm.height() + flow.pt(10 * kMmPt);
    if (!d.number.isEmpty()) {
        const QFont nf = bodyFont();
        p.setFont(nf);
        p.setPen(Qt::black);
        const QFontMetricsF nm(nf, p.device());
        p.drawText(QPointF((width - nm.horizontalAdvance(d.number)) / 2, y), d.number);
        y += flow.pt(4 * kMmPt);
    }
    p.setPen(QPen(kRed, flow.pt(1.0)));
    p.drawLine(QPointF(0, y), QPointF(width, y));
}

} // namespace

bool renderGongwen(QPagedPaintDevice *device, const doc::Document &document, const PlanSummary &summary,
                   Progress *progress, QString *error)
{
    if (!device || document.sections.empty()) {
        pagefurniture::setError(error, QStringLiteral("nothing to render"));
        return false;
    }
    const bool chinese = !document.language.startsWith(QLatin1String("en"));
    QPainter painter;
    int pageBase = 0;
    for (std::size_t si = 0; si < document.sections.size(); ++si) {
        const doc::Section &section = document.sections[si];
        setPage(device, section.landscape);
        if (si > 0 && !device->newPage())
            return false;
        if (si == 0 && !painter.begin(device)) {
            pagefurniture::setError(error, QStringLiteral("cannot paint on the device"));
            return false;
        }
        FlowDocument flow(device);
        flow.setBands(0, kFooterMm * kMmPt);
        if (si == 0 && mastheadHeight(document) > 0)
            flow.addCustom(mastheadHeight(document), [&](QPainter &p, const QRectF &r) {
                paintMasthead(p, flow, document, r.width());
            }, 4);
        addBlocks(flow, section, summary, chinese);
        if (!flow.layout(progress)) {
            pagefurniture::setError(error, QStringLiteral("canceled"));
            return false;
        }
        const QFont numFont = OfficialFonts::font(FontRole::SongTi, kSize4);
        const auto decorate = [&](QPainter &p, const QRectF &r, int page, int) {
            const int number = pageBase + page + 1;
            const QString s = QStringLiteral("\u2014 %1 \u2014").arg(number);
            p.setFont(numFont);
            const QFontMetricsF fm(numFont, p.device());
            const double space = flow.pt(kSize4); // one character from the edge
            const double w = fm.horizontalAdvance(s);
            const double x = number % 2 == 1 ? r.width() - w - space : space;
            const double y = r.height() - flow.pt(kFooterMm * kMmPt) + flow.pt(kNumberGapMm * kMmPt) + fm.ascent();
            p.setPen(Qt::black);
            p.drawText(QPointF(x, y), s);
        };
        if (!flow.paint(painter, device, decorate, progress)) {
            pagefurniture::setError(error, QStringLiteral("canceled"));
            return false;
        }
        pageBase += flow.pageCount();
    }
    painter.end();
    return true;
}

bool writeGongwenPdf(const doc::Document &document, const PlanSummary &summary, const QString &path,
                     Progress *progress, QString *error)
{
    return pagefurniture::writePdf(path, document.title, [&](QPagedPaintDevice *device) {
        return renderGongwen(device, document, summary, progress, error);
    }, error);
}

bool writePlanGongwenPdf(const Inventory &inventory, const Plan &plan, const ReportOptions &options,
                         const DocumentSettings &settings, const QString &path, Progress *progress,
                         QString *error)
{
    if (plan.decisions.size() != inventory.items().size()) {
        pagefurniture::setError(error, QStringLiteral("the plan does not match the inventory"));
        return false;
    }
    const doc::Document d = planDocument(inventory, plan, options, settings);
    return writeGongwenPdf(d, plan.summary, path, progress, error);
}

QStringList gongwenFontSubstitutions(bool chinese)
{
    return OfficialFonts::substitutions(chinese);
}

} // namespace slimplan
