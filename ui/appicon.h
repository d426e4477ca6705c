#pragma once
// The application icon from the embedded PNGs (the SVG source needs a Qt SVG plugin that a
// plain Qt installation may lack).

#include <QIcon>

namespace slimplan {

QIcon applicationIcon();

} // namespace slimplan
