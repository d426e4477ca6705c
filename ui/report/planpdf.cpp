#include "report/planpdf.h"

#include "report/flowdocument.h"
#include "report/planreport.h"
#include "report/reportfonts.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace slimplan {

namespace {
// Margins of an A4 page in millimetres: binding edge on the left, like official documents.
const QMarginsF kMargins(25, 18, 20, 16);
constexpr int kPdfResolution = 600;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}
} // namespace

bool renderPlan(QPagedPaintDevice *device, const Inventory &inventory, const Plan &plan,
                const ReportOptions &options, Progress *progress, QString *error)
{
    if (!device) {
        setError(error, QStringLiteral("no paint device"));
        return false;
    }
    if (plan.decisions.size() != inventory.items().size()) {
        setError(error, QStringLiteral("the plan does not match the inventory (%1 decisions, %2 items)")
                            .arg(plan.decisions.size()).arg(inventory.items().size()));
        return false;
    }
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMargins,
                                      QPageLayout::Millimeter));

    const PlanReport report(inventory, plan, options);
    FlowDocument doc(device);
    doc.setBands(22, 20);
    report.build(doc);
    if (!doc.layout(progress)) {
        setError(error, QStringLiteral("canceled"));
        return false;
    }

    QPainter painter;
    if (!painter.begin(device)) {
        setError(error, QStringLiteral("cannot paint on the device"));
        return false;
    }
    const QString title = report.title();
    const QString date = report.planDateText();
    const bool zh = options.chinese();
    const QFont small = ReportFonts::font(8);
    const double rule = doc.pt(0.6);
    const auto decorate = [&](QPainter &p, const QRectF &r, int page, int pages) {
        p.setFont(small);
        const QFontMetricsF fm(small, p.device());
        if (page > 0) { // the cover carries no running header
            p.setPen(QColor(0x44, 0x44, 0x44));
            const double base = doc.pt(10);
            const QString right = date;
            const double rw = fm.horizontalAdvance(right);
            p.drawText(QPointF(0, base),
                       fm.elidedText(title, Qt::ElideRight, r.width() - rw - doc.pt(12)));
            p.drawText(QPointF(r.width() - rw, base), right);
            p.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), rule));
            p.drawLine(QPointF(0, base + doc.pt(4)), QPointF(r.width(), base + doc.pt(4)));
        }
        const QString num = zh ? QStringLiteral("第 %1 页 / 共 %2 页").arg(page + 1).arg(pages)
                               : QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages);
        p.setPen(QColor(0x44, 0x44, 0x44));
        p.drawText(QPointF((r.width() - fm.horizontalAdvance(num)) / 2, r.height() - doc.pt(4)), num);
    };
    const bool ok = doc.paint(painter, device, decorate, progress);
    painter.end();
    if (!ok)
        setError(error, QStringLiteral("canceled"));
    return ok;
}

bool writePlanPdf(const Inventory &inventory, const Plan &plan, const ReportOptions &options,
                  const QString &path, Progress *progress, QString *error)
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
        const PlanReport report(inventory, plan, options);
        writer.setTitle(report.title());
        ok = renderPlan(&writer, inventory, plan, options, progress, error);
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

} // namespace slimplan
