// Anchor translation unit: the library exists to carry the compiled catalogues as resources.
namespace slimplan {
int translationsAnchor() { return 0; }
}
