#pragma once
// An official document (公文, GB/T 9704-2012) as data: the masthead, the body's paragraphs by role,
// and the annexes (附件) with their tables. Written once from the plan (or a notice, a comparison,
// a pre-check opinion) and rendered by more than one writer: the 公文 PDF (ui/report) and the
// editable .docx (core/report/docxwriter). A writer maps each role to its font and size; the
// content never names a font.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace slimplan::doc {

// The roles of GB/T 9704 and the writer's font for each (in brackets; sizes in 号).
enum class Role {
    Title,      // 标题: 2号 小标宋, centred, may wrap to two lines
    Addressee,  // 主送机关: 3号 仿宋, flush left, ends with "："
    Body,       // 正文: 3号 仿宋, first line indented two characters
    Heading1,   // "一、": 3号 黑体, indented two characters
    Heading2,   // "（一）": 3号 楷体, indented two characters
    Heading3,   // "1.": 3号 仿宋 bold, indented two characters
    Closing,    // "妥否，请批示。" / "特此报告。": as Body
    AnnexList,  // "附件：1. …" after the body: 3号 仿宋, hanging indent under the first entry
    Signature,  // 落款 (the office): 3号 仿宋, right, four characters from the right margin
    Date,       // 成文日期: 3号 仿宋, right, under the signature
    AnnexLabel, // "附件1": 3号 黑体, flush left, first line of an annex page
    AnnexTitle, // the annex's title: 2号 小标宋 (or 3号 when the annex is a table), centred
    Note,       // small print under a table (source of a figure): 4号 仿宋
};

struct Paragraph
{
    Role role = Role::Body;
    QString text;
};

struct Table
{
    QStringList header;             // repeated on every page
    std::vector<QStringList> rows;  // each as many cells as the header
    std::vector<double> weights;    // share of the width per column; empty = equal
    std::vector<int> groupRows;     // indexes into rows whose single cell spans the width (合并族 captions)
    std::vector<int> numericColumns; // right-aligned columns
};

// A chart. The PDF writer paints it by key (vector, via ui/report/reportcharts); the docx writer
// embeds `png` (filled by the ui layer before writing) and omits the figure when it is empty.
struct Figure
{
    QString key;       // "before_after", "by_level", "by_action", …
    QString caption;   // under the figure, as Note
    double widthMm = 156;
    double heightMm = 80;
    QByteArray png;
};

struct PageBreak
{
};

using Block = std::variant<Paragraph, Table, Figure, PageBreak>;

// A part of the document on its own pages: the body, then each annex.
struct Section
{
    bool landscape = false; // a wide annex table: A4 landscape, the text block turned
    std::vector<Block> blocks;
};

enum class Kind { Qingshi, Baogao, Notice, Opinion, Report }; // 请示, 报告, 通知, 预审意见, plain report

struct Document
{
    Kind kind = Kind::Baogao;
    QString issuer;        // 发文机关标志 ("XX县委网信办文件"); empty = no red masthead
    QString number;        // 发文字号 ("X网信〔2026〕12号"); empty = no number line
    QString title;
    QString language = QStringLiteral("zh_CN");
    std::vector<Section> sections; // sections[0] is the body (from the addressee to the date)

    Section &body()
    {
        if (sections.empty())
            sections.emplace_back();
        return sections.front();
    }
};

} // namespace slimplan::doc
