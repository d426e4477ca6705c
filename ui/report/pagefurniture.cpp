#include "report/pagefurniture.h"

#include "report/reportfonts.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace slimplan::pagefurniture {

namespace {
// Margins of an A4 page in millimetres: binding edge on the left, like official documents.
const QMarginsF kMargins(25, 18, 20, 16);
constexpr int kPdfResolution = 600;
const QColor kFurnitureText(0x44, 0x44, 0x44);
const QColor kRuleColor(0x1f, 0x3a, 0x5f);
} // namespace

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

void setA4(QPagedPaintDevice *device)
{
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMargins, QPageLayout::Millimeter));
}

FlowTextStyle textStyle(double points, bool bold, double before, double after, bool keepWithNext)
{
    FlowTextStyle s;
    s.font = ReportFonts::font(points, bold);
    s.spaceBefore = before;
    s.spaceAfter = after;
    s.keepWithNext = keepWithNext;
    return s;
}

FlowTable table(std::vector<FlowColumn> columns, double points)
{
    FlowTable t;
    t.columns = std::move(columns);
    t.font = ReportFonts::font(points);
    t.headerFont = ReportFonts::font(points, true);
    return t;
}

bool paint(FlowDocument &doc, QPagedPaintDevice *device, const RunningHeader &header, Progress *progress,
           QString *error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        setError(error, QStringLiteral("cannot paint on the device"));
        return false;
    }
    const QFont small = ReportFonts::font(8);
    const double rule = doc.pt(0.6);
    const auto decorate = [&](QPainter &p, const QRectF &r, int page, int pages) {
        p.setFont(small);
        const QFontMetricsF fm(small, p.device());
        if (page > 0 || header.onCover) {
            p.setPen(kFurnitureText);
            const double base = doc.pt(10);
            const double dw = fm.horizontalAdvance(header.date);
            p.drawText(QPointF(0, base), fm.elidedText(header.title, Qt::ElideRight, r.width() - dw - doc.pt(12)));
            p.drawText(QPointF(r.width() - dw, base), header.date);
            p.setPen(QPen(kRuleColor, rule));
            p.drawLine(QPointF(0, base + doc.pt(4)), QPointF(r.width(), base + doc.pt(4)));
        }
        const QString num = header.chinese ? QStringLiteral("第 %1 页 / 共 %2 页").arg(page + 1).arg(pages)
                                           : QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages);
        p.setPen(kFurnitureText);
        p.drawText(QPointF((r.width() - fm.horizontalAdvance(num)) / 2, r.height() - doc.pt(4)), num);
    };
    const bool ok = doc.paint(painter, device, decorate, progress);
    painter.end();
    if (!ok)
        setError(error, QStringLiteral("canceled"));
    return ok;
}

bool writePdf(const QString &path, const QString &title, const std::function<bool(QPagedPaintDevice *)> &render,
              QString *error)
{
    // QSaveFile: a cancelled or failed export leaves no half-written file (or the old one intact).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    bool ok = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setCreator(QStringLiteral("SlimPlan"));
        if (!title.isEmpty())
            writer.setTitle(title);
        ok = render(&writer);
    }
    if (!ok) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        setError(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace slimplan::pagefurniture
