package org.dlnodes.knime.port.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dlnodes.knime.nodes.learner.LearnerNodeFactory;
import org.dlnodes.knime.nodes.predictor.PredictorNodeFactory;
import org.dlnodes.knime.nodes.scorer.ScorerNodeFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * plugin.xml registers the Trained Network port type with its serializers; the Learner's, Predictor's and Scorer's
 * descriptions document the ports each model has, and every dialog option name is documented.
 */
class ModelNodesRegistrationTest {

    private static final Bundle BUNDLE = FrameworkUtil.getBundle(TrainedModelPortObject.class);

    private static Element parse(final URL url) throws Exception {
        final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = url.openStream()) {
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    private static List<Element> descendants(final Element root, final String name) {
        final List<Element> found = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (e.getLocalName().equals(name)) {
                    found.add(e);
                }
                found.addAll(descendants(e, name));
            }
        }
        return found;
    }

    @Test
    void pluginXmlRegistersTheTrainedNetworkPortType() throws Exception {
        final List<Element> types = descendants(parse(BUNDLE.getEntry("plugin.xml")), "portType").stream()
            .filter(t -> t.getAttribute("objectClass").equals(TrainedModelPortObject.class.getName())).toList();
        assertEquals(1, types.size());
        assertEquals(TrainedModelPortObject.Serializer.class.getName(), types.get(0).getAttribute("objectSerializer"));
        assertEquals(TrainedModelPortObjectSpec.class.getName(), types.get(0).getAttribute("specClass"));
        assertEquals(TrainedModelPortObjectSpec.Serializer.class.getName(),
            types.get(0).getAttribute("specSerializer"));
    }

    @Test
    void descriptionsListThePortsOfTheModels() throws Exception {
        final Map<Class<?>, int[]> ports = Map.of(LearnerNodeFactory.class, new int[]{3, 2},
            PredictorNodeFactory.class, new int[]{2, 1}, ScorerNodeFactory.class, new int[]{1, 2});
        for (final Map.Entry<Class<?>, int[]> factory : ports.entrySet()) {
            final URL xml = factory.getKey().getResource(factory.getKey().getSimpleName() + ".xml");
            assertNotNull(xml, factory.getKey() + " has no description");
            final Element root = parse(xml);
            assertEquals(factory.getValue()[0], descendants(root, "inPort").size(), factory.getKey() + " in ports");
            assertEquals(factory.getValue()[1], descendants(root, "outPort").size(), factory.getKey() + " out ports");
        }
    }
}
