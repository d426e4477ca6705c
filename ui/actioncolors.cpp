#include "actioncolors.h"

namespace slimplan {

QColor actionColor(Action a)
{
    switch (a) {
    case Action::Keep: return QColor(0x2e, 0x9d, 0x4a);
    case Action::Rectify: return QColor(0xf0, 0xa2, 0x02);
    case Action::Merge: return QColor(0x2f, 0x6f, 0xd6);
    case Action::Migrate: return QColor(0x8e, 0x4b, 0xc4);
    case Action::Shutdown: return QColor(0xd6, 0x33, 0x2f);
    }
    return Qt::gray;
}

QColor kindColor(Kind k)
{
    switch (k) {
    case Kind::App: return QColor(0x3c, 0x78, 0xd8);
    case Kind::Account: return QColor(0xe0, 0x8a, 0x1e);
    case Kind::Group: return QColor(0x4a, 0xa5, 0x6c);
    }
    return Qt::gray;
}

} // namespace slimplan
