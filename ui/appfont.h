#pragma once
// Makes Chinese render everywhere: registers WenQuanYi Micro Hei when the system has it and, on
// Linux, makes it the application font (the default fonts there often lack CJK glyphs).

#include <QString>

namespace slimplan {

// Returns the family now used for the application, or an empty string if nothing changed.
QString setupApplicationFont();
// The CJK family registered by setupApplicationFont() (for charts and reports), or empty.
QString cjkFontFamily();

} // namespace slimplan
