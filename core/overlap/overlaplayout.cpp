// layoutGraph(): positions for drawing a family or a region's graph. Fruchterman–Reingold from
// Boost.Graph, started from a circle (items in the given order) instead of random positions, so
// the same input always gives the same picture.

#include "overlap/overlap.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/topology.hpp>

#include <QHash>

#include <algorithm>
#include <cmath>

namespace slimplan {

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
    if (n == 1 || width <= 0 || height <= 0) {
        for (LayoutPoint &p : out) {
            p.x = std::max(0.0, width) / 2;
            p.y = std::max(0.0, height) / 2;
        }
        return out;
    }

    using Topology = boost::rectangle_topology<>;
    using Point = Topology::point_type;
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    QHash<int, int> vertexOf;
    for (std::size_t i = 0; i < n; ++i)
        vertexOf.insert(items[i], static_cast<int>(i));
    Graph g(n);
    for (const OverlapEdge &e : edges) {
        const int u = vertexOf.value(e.a, -1);
        const int v = vertexOf.value(e.b, -1);
        if (u >= 0 && v >= 0 && u != v)
            boost::add_edge(std::size_t(u), std::size_t(v), g);
    }
    std::vector<Point> position(n);
    auto positionMap = boost::make_iterator_property_map(position.begin(),
                                                         boost::get(boost::vertex_index, g));
    const double side = std::min(width, height);
    boost::circle_graph_layout(g, positionMap, side / 3);
    // The topology's random generator is only used for coincident points; it is constructed
    // fresh (default seed) for each call, so it is deterministic too.
    Topology topology(-width / 2, -height / 2, width / 2, height / 2);
    boost::fruchterman_reingold_force_directed_layout(
        g, positionMap, topology, boost::cooling(boost::linear_cooling<double>(100)));
    for (std::size_t i = 0; i < n; ++i) {
        out[i].x = std::clamp(position[i][0] + width / 2, 0.0, width);
        out[i].y = std::clamp(position[i][1] + height / 2, 0.0, height);
    }
    return out;
}

} // namespace slimplan
