#pragma once
// The report's typeface. Chinese PDFs must stay searchable: with some CJK fonts (Noto CJK) Qt
// writes 用/身/方 so that text extraction returns Kangxi-radical look-alikes (U+2F64 …). WenQuanYi
// Micro Hei extracts as the normal characters, so it is loaded explicitly by file and used for
// every report text, Latin included (one embedded font keeps the PDF small).

#include <QFont>
#include <QString>

namespace slimplan {

class ReportFonts
{
public:
    // Loads the font once (thread-safe). Returns the family to use; falls back to the default
    // sans-serif family (with a warning) when no known CJK font file is present.
    static QString family();
    static QFont font(double points, bool bold = false);
    // The font file loaded, or empty when none was found.
    static QString loadedFile();
};

} // namespace slimplan
