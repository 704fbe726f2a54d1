package org.dlnodes.knime.nodes;

import static org.dlnodes.knime.nodes.NodeDescriptionRules.children;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dlnodes.knime.nodes.input.InputNodeFactory;
import org.dlnodes.knime.port.NetworkSpecPortObject;
import org.dlnodes.knime.port.NetworkSpecPortObjectSpec;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;

/** plugin.xml registers every node factory, the categories and the port type; every node has a description and icon. */
class RegistrationTest {

    private static final Bundle BUNDLE = FrameworkUtil.getBundle(NetworkBuilderNodeModel.class);

    private static Element parse(final URL url) throws Exception {
        final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = url.openStream()) {
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    private static List<Element> extensionElements(final String point) throws Exception {
        return children(parse(BUNDLE.getEntry("plugin.xml"))).stream()
            .filter(e -> point.equals(e.getAttribute("point"))).flatMap(e -> children(e).stream()).toList();
    }

    /** @return the concrete node factories in the bundle's class files */
    private static Set<Class<?>> factoryClasses() throws ClassNotFoundException {
        final Set<Class<?>> result = new HashSet<>();
        for (final URL entry : Collections.list(BUNDLE.findEntries("org/dlnodes/knime", "*NodeFactory.class", true))) {
            final String path = entry.getPath();
            final Class<?> c = BUNDLE.loadClass(path.substring(path.indexOf("org/dlnodes/"), path.length() - 6)
                .replace('/', '.'));
            if (!Modifier.isAbstract(c.getModifiers())) {
                result.add(c);
            }
        }
        return result;
    }

    @Test
    void pluginXmlListsEveryNodeFactoryThatExistsInADeclaredCategory() throws Exception {
        final List<Element> nodes = extensionElements("org.knime.workbench.repository.nodes");
        final Set<String> registered = new HashSet<>();
        nodes.forEach(n -> registered.add(n.getAttribute("factory-class")));
        final Set<String> existing = new HashSet<>();
        factoryClasses().forEach(c -> existing.add(c.getName()));
        assertTrue(existing.size() >= 6, existing.toString());
        assertEquals(existing, registered);

        final Set<String> categories = new HashSet<>();
        for (final Element c : extensionElements("org.knime.workbench.repository.categories")) {
            categories.add(c.getAttribute("path").replaceAll("/$", "") + "/" + c.getAttribute("level-id"));
            assertNotNull(BUNDLE.getEntry(c.getAttribute("icon")), c.getAttribute("icon"));
        }
        assertTrue(categories.containsAll(List.of("/community/dlnodes", "/community/dlnodes/layers",
            "/community/dlnodes/training")), categories.toString());
        nodes.forEach(n -> assertTrue(categories.contains(n.getAttribute("category-path")),
            n.getAttribute("category-path")));
    }

    @Test
    void everyNodeHasAV53DescriptionAndASixteenPixelIcon() throws Exception {
        final List<String> checked = new ArrayList<>();
        for (final Class<?> factory : factoryClasses()) {
            final URL xml = factory.getResource(factory.getSimpleName() + ".xml");
            assertNotNull(xml, factory + " has no description");
            final Element root = parse(xml);
            final int inPorts = NodeDescriptionRules.check(root, factory.getSimpleName());
            if (NetworkBuilderNodeFactory.class.isAssignableFrom(factory)) {
                assertEquals(factory == InputNodeFactory.class ? 0 : 1, inPorts, factory + " in ports");
            }
            final URL icon = factory.getResource(root.getAttribute("icon").replaceFirst("^\\./", ""));
            assertNotNull(icon, factory + " icon " + root.getAttribute("icon"));
            assertPng16(icon);
            checked.add(factory.getSimpleName());
        }
        assertTrue(checked.size() >= 6, checked.toString());
    }

    @Test
    void pluginXmlRegistersTheNetworkSpecPortType() throws Exception {
        final List<Element> types = extensionElements("org.knime.core.PortType").stream()
            .filter(t -> t.getAttribute("objectClass").equals(NetworkSpecPortObject.class.getName())).toList();
        assertEquals(1, types.size(), "the Network Spec port type is registered once");
        final Element type = types.get(0);
        assertEquals("Network Spec", type.getAttribute("name"));
        assertTrue(type.getAttribute("color").matches("#[0-9A-Fa-f]{6}"), type.getAttribute("color"));
                assertEquals(NetworkSpecPortObject.Serializer.class.getName(), type.getAttribute("objectSerializer"));
        assertEquals(NetworkSpecPortObjectSpec.class.getName(), type.getAttribute("specClass"));
        assertEquals(NetworkSpecPortObjectSpec.Serializer.class.getName(), type.getAttribute("specSerializer"));
        assertFalse(Boolean.parseBoolean(type.getAttribute("hidden")));
    }

    private static void assertPng16(final URL icon) throws IOException {
        try (DataInputStream in = new DataInputStream(icon.openStream())) {
            final byte[] signature = new byte[8];
            in.readFully(signature);
            assertEquals(0x89, signature[0] & 0xff, icon + " is not a PNG");
            assertEquals("PNG", new String(signature, 1, 3, StandardCharsets.US_ASCII));
            in.readInt(); // IHDR length
            in.readInt(); // "IHDR"
            assertEquals(16, in.readInt(), icon + " width");
            assertEquals(16, in.readInt(), icon + " height");
        }
    }
}
