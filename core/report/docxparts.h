#pragma once
// The fixed parts of the .docx (docxwriter.cpp): content types, relationships, styles, settings
// and the page-number footers. Internal to core/report.

#include <QByteArray>
#include <QString>

namespace slimplan::docx {

// Page geometry in twentieths of a point (twips): A4 and the 公文 text block.
constexpr int kPageShort = 11906; // 210 mm
constexpr int kPageLong = 16838;  // 297 mm
constexpr int kTopMargin = 2098;  // 37 mm
constexpr int kLeftMargin = 1588; // 28 mm
constexpr int kBlockWidth = 8844; // 156 mm
constexpr int kBlockHeight = 12756; // 225 mm
constexpr int kLinePitch = kBlockHeight / 22; // 22 lines in the block
constexpr int kFooterDistance = 1247; // 22 mm from the bottom edge: the number ~7 mm under the block

QByteArray contentTypes(int images);
QByteArray packageRels();
QByteArray documentRels(int images);
QByteArray styles();
QByteArray settings();
// The footer with the page number "— n —": odd pages right, even pages left (one character in).
QByteArray footer(bool odd);

} // namespace slimplan::docx
