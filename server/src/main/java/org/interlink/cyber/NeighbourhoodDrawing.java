package org.interlink.cyber;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where each node of a {@link Neighbourhoods.Graph} is drawn: the indicator in the middle, its neighbours evenly on a
 * circle around it, coloured by kind. The template writes the SVG (so every text is escaped by Thymeleaf); this only
 * places it. Public: the template reads it.
 */
public record NeighbourhoodDrawing(Neighbourhoods.Graph graph, List<Placed> placed) {

    static final int WIDTH = 720;
    static final int HEIGHT = 440;
    static final int CENTRE_X = WIDTH / 2;
    static final int CENTRE_Y = HEIGHT / 2;
    private static final int RADIUS = 170;

    /** Colours with at least 4.5:1 contrast on white (the node's outline and text), one per kind. */
    private static final Map<String, String> COLOURS = Map.of(
            "indicator", "#0a3f8f",
            "malware", "#a4161a",
            "campaign", "#8e3b8e",
            "intrusion-set", "#b35806",
            "threat-actor", "#1b7a5a");

    private static final String OTHER = "#5a5a5a";

    /** A neighbour and where it is drawn. */
    public record Placed(Neighbourhoods.Edge edge, int x, int y, String colour, int labelY) {

        /** Whether the edge is a shared value (drawn dashed) rather than a relationship. */
        public boolean shared() {
            return edge.shared();
        }
    }

    static NeighbourhoodDrawing of(Neighbourhoods.Graph graph) {
        List<Neighbourhoods.Edge> edges = graph.edges();
        List<Placed> placed = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / edges.size();
            int x = (int) Math.round(CENTRE_X + RADIUS * 1.6 * Math.cos(angle));
            int y = (int) Math.round(CENTRE_Y + RADIUS * Math.sin(angle));
            placed.add(
                    new Placed(edges.get(i), x, y, colour(edges.get(i).node().kind()), y > CENTRE_Y ? y + 30 : y - 22));
        }
        return new NeighbourhoodDrawing(graph, placed);
    }

    private static String colour(String kind) {
        return COLOURS.getOrDefault(kind, OTHER);
    }

    public String colourOf(String kind) {
        return colour(kind);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int centreX() {
        return CENTRE_X;
    }

    public int centreY() {
        return CENTRE_Y;
    }

    /** The kinds drawn, for the legend. */
    public List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("indicator"));
        placed.stream()
                .map(p -> p.edge().node().kind())
                .distinct()
                .filter(k -> !kinds.contains(k))
                .forEach(kinds::add);
        return kinds;
    }
}
