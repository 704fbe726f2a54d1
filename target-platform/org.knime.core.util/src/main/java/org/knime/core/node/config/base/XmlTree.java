package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The stand-in's XML form of a config tree: {@code <config key>} with {@code <entry key type value>} children
 * ({@code null="true"} for a null value; arrays hold {@code <item>}s) and nested {@code <config>}s.
 */
final class XmlTree {

    private XmlTree() {
    }

    static void write(final ConfigBase config, final OutputStream os) throws IOException {
        final Writer out = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writeConfig(config, out, "");
        out.flush();
    }

    private static void writeConfig(final ConfigBase config, final Writer out, final String indent)
        throws IOException {
        out.write(indent + "<config key=\"" + escape(config.getKey()) + "\">\n");
        for (final Map.Entry<String, Object> e : config.entries().entrySet()) {
            final String key = escape(e.getKey());
            final Object value = e.getValue();
            if (value instanceof ConfigBase child) {
                writeConfig(child, out, indent + "  ");
            } else if (value instanceof String[] strings) {
                out.write(indent + "  <entry key=\"" + key + "\" type=\"string[]\">");
                for (final String s : strings) {
                    out.write(s == null ? "<item null=\"true\"/>" : "<item value=\"" + escape(s) + "\"/>");
                }
                out.write("</entry>\n");
            } else if (value instanceof double[] doubles) {
                out.write(indent + "  <entry key=\"" + key + "\" type=\"double[]\">");
                for (final double d : doubles) {
                    out.write("<item value=\"" + d + "\"/>");
                }
                out.write("</entry>\n");
            } else if (value == null) {
                out.write(indent + "  <entry key=\"" + key + "\" type=\"string\" null=\"true\"/>\n");
            } else {
                out.write(indent + "  <entry key=\"" + key + "\" type=\"" + typeOf(value) + "\" value=\""
                    + escape(value.toString()) + "\"/>\n");
            }
        }
        out.write(indent + "</config>\n");
    }

    private static String typeOf(final Object value) {
        if (value instanceof Integer) {
            return "int";
        } else if (value instanceof Long) {
            return "long";
        } else if (value instanceof Double) {
            return "double";
        } else if (value instanceof Boolean) {
            return "boolean";
        }
        return "string";
    }

    static void read(final ConfigBase config, final InputStream in) throws IOException {
        try {
            final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            readConfig(factory.newDocumentBuilder().parse(in).getDocumentElement(), config);
        } catch (SAXException | ParserConfigurationException | NumberFormatException e) {
            throw new IOException("Not a config saved as XML: " + e.getMessage(), e);
        }
    }

    private static void readConfig(final Element element, final ConfigBase config) {
        for (final Element child : children(element)) {
            final String key = child.getAttribute("key");
            if ("config".equals(child.getTagName())) {
                readConfig(child, config.addConfigBase(key));
                continue;
            }
            final boolean isNull = "true".equals(child.getAttribute("null"));
            final String value = child.getAttribute("value");
            switch (child.getAttribute("type")) {
                case "int" -> config.addInt(key, Integer.parseInt(value));
                case "long" -> config.addLong(key, Long.parseLong(value));
                case "double" -> config.addDouble(key, Double.parseDouble(value));
                case "boolean" -> config.addBoolean(key, Boolean.parseBoolean(value));
                case "string[]" -> config.addStringArray(key, children(child).stream()
                    .map(i -> "true".equals(i.getAttribute("null")) ? null : i.getAttribute("value"))
                    .toArray(String[]::new));
                case "double[]" -> config.addDoubleArray(key, children(child).stream()
                    .mapToDouble(i -> Double.parseDouble(i.getAttribute("value"))).toArray());
                default -> config.addString(key, isNull ? null : value);
            }
        }
    }

    static void copy(final ConfigBase from, final ConfigBaseWO to) {
        for (final Map.Entry<String, Object> e : from.entries().entrySet()) {
            final String key = e.getKey();
            final Object value = e.getValue();
            if (value instanceof ConfigBase child) {
                copy(child, to.addConfigBase(key));
            } else if (value instanceof Integer i) {
                to.addInt(key, i);
            } else if (value instanceof Long l) {
                to.addLong(key, l);
            } else if (value instanceof Double d) {
                to.addDouble(key, d);
            } else if (value instanceof Boolean b) {
                to.addBoolean(key, b);
            } else if (value instanceof String[] strings) {
                to.addStringArray(key, strings);
            } else if (value instanceof double[] doubles) {
                to.addDoubleArray(key, doubles);
            } else {
                to.addString(key, (String)value);
            }
        }
    }

    private static List<Element> children(final Element element) {
        final List<Element> result = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                result.add(child);
            }
        }
        return result;
    }

    private static String escape(final String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
            .replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }
}
