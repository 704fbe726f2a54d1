package org.dlnodes.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Structural checks of KNIME's node description format v5.3 (namespace {@code http://knime.org/node/v5.3}): the
 * elements in their order, required attributes, the node types, port indices and the HTML subset of the texts.
 */
final class NodeDescriptionRules {

    static final String NAMESPACE = "http://knime.org/node/v5.3";

    private static final Set<String> NODE_TYPES = Set.of("Source", "Sink", "Learner", "Predictor", "Manipulator",
        "Visualizer", "Widget", "LoopStart", "LoopEnd", "QuickForm", "Configuration", "Other", "Unknown",
        "ScopeStart", "ScopeEnd", "Container");

    private static final List<String> TOP_LEVEL =
        List.of("name", "shortDescription", "fullDescription", "interactiveView", "ports", "views", "keywords");

    private static final Set<String> HTML = Set.of("p", "ul", "ol", "dl", "dt", "dd", "li", "h3", "h4", "hr", "b",
        "i", "em", "u", "a", "code", "tt", "s", "samp", "pre", "sup", "sub", "br", "table", "tr", "td", "th");

    private NodeDescriptionRules() {
    }

    /** Asserts the description's structure; returns its number of in ports. */
    static int check(final Element root, final String what) {
        assertEquals(NAMESPACE, root.getNamespaceURI(), what + ": namespace");
        assertEquals("knimeNode", root.getLocalName(), what);
        assertTrue(NODE_TYPES.contains(root.getAttribute("type")), what + ": type " + root.getAttribute("type"));
        final List<String> order = children(root).stream().map(Element::getLocalName).toList();
        assertTrue(order.containsAll(List.of("name", "shortDescription", "fullDescription", "ports")), what);
        assertEquals(order.stream().sorted((a, b) -> TOP_LEVEL.indexOf(a) - TOP_LEVEL.indexOf(b)).toList(), order,
            what + ": elements in the schema's order");
        assertTrue(order.stream().allMatch(TOP_LEVEL::contains), what + ": unknown element in " + order);
        assertFalse(child(root, "name").getTextContent().isBlank(), what + ": name");
        assertFalse(child(root, "shortDescription").getTextContent().isBlank(), what + ": short description");
        assertTrue(children(child(root, "shortDescription")).isEmpty(), what + ": short description is plain text");
        checkFullDescription(child(root, "fullDescription"), what);
        return checkPorts(child(root, "ports"), what);
    }

    private static void checkFullDescription(final Element full, final String what) {
        final List<Element> parts = children(full);
        assertEquals("intro", parts.get(0).getLocalName(), what + ": intro first");
        checkText(parts.get(0), what + " intro");
        final Set<String> kinds = Set.copyOf(parts.subList(1, parts.size()).stream().map(Element::getLocalName)
            .filter(n -> !n.equals("link")).toList());
        assertTrue(kinds.equals(Set.of("option")) || kinds.equals(Set.of("tab")),
            what + ": options or tabs of options, not both: " + kinds);
        for (final Element part : parts.subList(1, parts.size())) {
            if (part.getLocalName().equals("tab")) {
                assertFalse(part.getAttribute("name").isBlank(), what + ": tab name");
                assertFalse(children(part).isEmpty(), what + ": empty tab");
                children(part).forEach(o -> checkOption(o, what));
            } else if (part.getLocalName().equals("option")) {
                checkOption(part, what);
            }
        }
    }

    private static void checkOption(final Element option, final String what) {
        assertEquals("option", option.getLocalName(), what);
        assertFalse(option.getAttribute("name").isBlank(), what + ": option without name");
        assertFalse(option.getTextContent().isBlank(), what + ": option " + option.getAttribute("name"));
        checkText(option, what + " option " + option.getAttribute("name"));
    }

    private static int checkPorts(final Element ports, final String what) {
        int in = 0;
        int out = 0;
        for (final Element port : children(ports)) {
            final String kind = port.getLocalName();
            assertTrue(kind.equals("inPort") || kind.equals("outPort"), what + ": " + kind);
            final int expected = kind.equals("inPort") ? in++ : out++;
            assertEquals(Integer.toString(expected), port.getAttribute("index"), what + ": " + kind + " index");
            assertFalse(port.getAttribute("name").isBlank(), what + ": port name");
            assertFalse(port.getTextContent().isBlank(), what + ": port description");
            checkText(port, what + " port");
        }
        assertTrue(out >= 1, what + ": no out port");
        return in;
    }

    private static void checkText(final Element text, final String what) {
        for (final Element e : children(text)) {
            assertEquals(NAMESPACE, e.getNamespaceURI(), what);
            assertTrue(HTML.contains(e.getLocalName()), what + ": <" + e.getLocalName() + "> is not allowed");
            checkText(e, what);
        }
    }

    static Element child(final Element parent, final String name) {
        return children(parent).stream().filter(e -> e.getLocalName().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("<" + parent.getLocalName() + "> lacks <" + name + ">"));
    }

    static List<Element> children(final Element parent) {
        final List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }
}
