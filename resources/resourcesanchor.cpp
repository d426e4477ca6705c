// Anchor translation unit: the library exists to carry the embedded resources.
namespace slimplan {
int resourcesAnchor() { return 0; }
}
