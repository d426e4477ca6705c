// layoutGraph(): positions for drawing a set of items. Each connected part is laid out on its own
// by Fruchterman–Reingold from Boost.Graph, started from a circle (items in the given order)
// instead of random positions, so the same input always gives the same picture; the parts are
// then set in a grid, the largest first, each stretched to fill its cell. Laid out together,
// unconnected parts push each other into the corners and the picture is mostly empty.

#include "overlap/overlap.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/topology.hpp>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace slimplan {

namespace {

using Topology = boost::rectangle_topology<>;
using Point = Topology::point_type;
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Force layout of one connected part (local vertex numbers), in a square of side 1, centred on 0.
std::vector<std::pair<double, double>> forceLayout(std::size_t n, const std::vector<std::pair<int, int>> &links)
{
    std::vector<std::pair<double, double>> out(n, {0.0, 0.0});
    if (n <= 1)
        return out;
    Graph g(n);
    for (const auto &[u, v] : links)
        boost::add_edge(std::size_t(u), std::size_t(v), g);
    std::vector<Point> position(n);
    auto positionMap = boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, g));
    const double side = 100.0 * std::sqrt(double(n));
    boost::circle_graph_layout(g, positionMap, side / 3);
    // The topology's random generator is only used for coincident points; it is constructed
    // fresh (default seed) for each call, so it is deterministic too.
    Topology topology(-side / 2, -side / 2, side / 2, side / 2);
    boost::fruchterman_reingold_force_directed_layout(g, positionMap, topology,
                                                      boost::cooling(boost::linear_cooling<double>(100)));
    for (std::size_t i = 0; i < n; ++i)
        out[i] = {position[i][0], position[i][1]};
    return out;
}

int findRoot(std::vector<int> &parent, int x)
{
    while (parent[std::size_t(x)] != x) {
        parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
        x = parent[std::size_t(x)];
    }
    return x;
}

} // namespace

std::vector<LayoutPoint> layoutGraph(const std::vector<int> &items,
                                     const std::vector<OverlapEdge> &edges, double width,
                                     double height)
{
    std::vector<LayoutPoint> out;
    const std::size_t n = items.size();
    if (n == 0)
        return out;
    out.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i].item = items[i];
    width = std::max(0.0, width);
    height = std::max(0.0, height);
    if (n == 1 || width <= 0 || height <= 0) {
        for (LayoutPoint &p : out) {
            p.x = width / 2;
            p.y = height / 2;
        }
        return out;
    }

    QHash<int, int> vertexOf;
    for (std::size_t i = 0; i < n; ++i)
        vertexOf.insert(items[i], static_cast<int>(i));
    std::vector<std::pair<int, int>> links;
    std::vector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    for (const OverlapEdge &e : edges) {
        const int u = vertexOf.value(e.a, -1);
        const int v = vertexOf.value(e.b, -1);
        if (u >= 0 && v >= 0 && u != v) {
            links.emplace_back(u, v);
            parent[std::size_t(findRoot(parent, u))] = findRoot(parent, v);
        }
    }
    // Parts in the order of their first item, then the largest first.
    std::vector<std::vector<int>> parts;
    QHash<int, int> partOfRoot;
    for (std::size_t i = 0; i < n; ++i) {
        const int root = findRoot(parent, int(i));
        auto it = partOfRoot.find(root);
        if (it == partOfRoot.end()) {
            it = partOfRoot.insert(root, int(parts.size()));
            parts.emplace_back();
        }
        parts[std::size_t(it.value())].push_back(int(i));
    }
    std::stable_sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.size() > b.size(); });

    // Grid cells shaped like the box: about as many columns as the box is wide.
    const std::size_t count = parts.size();
    std::size_t columns = std::max<std::size_t>(
        1, std::size_t(std::lround(std::sqrt(double(count) * width / height))));
    columns = std::min(columns, count);
    const std::size_t rows = (count + columns - 1) / columns;
    const double cellW = width / double(columns), cellH = height / double(rows);

    std::vector<int> local(n, -1);
    for (std::size_t p = 0; p < count; ++p) {
        const std::vector<int> &part = parts[p];
        for (std::size_t k = 0; k < part.size(); ++k)
            local[std::size_t(part[k])] = int(k);
        std::vector<std::pair<int, int>> partLinks;
        for (const auto &[u, v] : links) {
            if (findRoot(parent, u) == findRoot(parent, part.front()))
                partLinks.emplace_back(local[std::size_t(u)], local[std::size_t(v)]);
        }
        const auto pos = forceLayout(part.size(), partLinks);
        double minX = 0, maxX = 0, minY = 0, maxY = 0;
        for (std::size_t k = 0; k < pos.size(); ++k) {
            minX = k ? std::min(minX, pos[k].first) : pos[k].first;
            maxX = k ? std::max(maxX, pos[k].first) : pos[k].first;
            minY = k ? std::min(minY, pos[k].second) : pos[k].second;
            maxY = k ? std::max(maxY, pos[k].second) : pos[k].second;
        }
        const double x0 = cellW * double(p % columns), y0 = cellH * double(p / columns);
        // A margin inside each cell keeps neighbouring parts apart.
        const double mx = count > 1 ? cellW * 0.1 : 0.0, my = count > 1 ? cellH * 0.1 : 0.0;
        for (std::size_t k = 0; k < part.size(); ++k) {
            const double fx = maxX > minX ? (pos[k].first - minX) / (maxX - minX) : 0.5;
            const double fy = maxY > minY ? (pos[k].second - minY) / (maxY - minY) : 0.5;
            LayoutPoint &o = out[std::size_t(part[k])];
            o.x = std::clamp(x0 + mx + fx * (cellW - 2 * mx), 0.0, width);
            o.y = std::clamp(y0 + my + fy * (cellH - 2 * my), 0.0, height);
        }
    }
    return out;
}

} // namespace slimplan
