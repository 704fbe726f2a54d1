import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the built p2 site: no KNIME bundle in it (the API stand-in is for building only), the four CPU native
 * fragments and the CUDA fragment present, and each of them filtered to its own os and arch, so that p2 installs
 * only the user's platform. Run by the update-site build as {@code java CheckSite.java <repository folder>}.
 */
public final class CheckSite {

    private static final Set<String> EXPECTED_NATIVE_FRAGMENTS = Set.of(
        "org.dlnodes.nd4j.native.linux.x86_64", "org.dlnodes.nd4j.native.win32.x86_64",
        "org.dlnodes.nd4j.native.macosx.x86_64", "org.dlnodes.nd4j.native.macosx.aarch64",
        "org.dlnodes.nd4j.cuda.linux.x86_64");

    public static void main(final String[] args) throws Exception {
        final Path repository = Path.of(args[0]);
        final List<String> problems = new ArrayList<>();
        final Set<String> nativeFragments = new TreeSet<>();
        final NodeList units = readMetadata(repository).getElementsByTagName("unit");
        for (int i = 0; i < units.getLength(); i++) {
            final Element unit = (Element)units.item(i);
            final String id = unit.getAttribute("id");
            if (!isBundle(unit)) {
                continue;
            }
            if (id.startsWith("org.knime.")) {
                problems.add("KNIME bundle " + id + " is in the site; the API stand-in must never be shipped");
            }
            if (id.startsWith("org.dlnodes.nd4j.native.") || id.startsWith("org.dlnodes.nd4j.cuda.")) {
                nativeFragments.add(id);
                checkPlatformFilter(unit, id, problems);
            }
        }
        if (!nativeFragments.equals(new TreeSet<>(EXPECTED_NATIVE_FRAGMENTS))) {
            problems.add("native fragments in the site are " + nativeFragments + ", expected "
                + new TreeSet<>(EXPECTED_NATIVE_FRAGMENTS));
        }
        try (Stream<Path> jars = Files.list(repository.resolve("plugins"))) {
            jars.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("org.knime."))
                .forEach(n -> problems.add("KNIME jar plugins/" + n + " is in the site"));
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("[site check] " + p));
            System.exit(1);
        }
        System.out.println("[site check] no org.knime.* bundle; native fragments with their os/arch filters: "
            + nativeFragments);
    }

    /** The os and arch in a fragment's name (...linux.x86_64) must be the ones its p2 filter names. */
    private static void checkPlatformFilter(final Element unit, final String id, final List<String> problems) {
        final String[] parts = id.split("\\.");
        final String os = parts[parts.length - 2];
        final String arch = parts[parts.length - 1];
        final String filter = unitFilter(unit);
        if (!filter.contains("(osgi.os=" + os + ")") || !filter.contains("(osgi.arch=" + arch + ")")) {
            problems.add(id + " has filter '" + filter + "', expected osgi.os=" + os + " and osgi.arch=" + arch);
        }
    }

    /** The unit's own filter (requirements have filters of their own, nested deeper), without white space. */
    private static String unitFilter(final Element unit) {
        for (var child = unit.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("filter".equals(child.getNodeName())) {
                return child.getTextContent().replaceAll("\\s", "");
            }
        }
        return "";
    }

    private static boolean isBundle(final Element unit) {
        final NodeList provided = unit.getElementsByTagName("provided");
        for (int i = 0; i < provided.getLength(); i++) {
            if ("osgi.bundle".equals(((Element)provided.item(i)).getAttribute("namespace"))) {
                return true;
            }
        }
        return false;
    }

    private static Document readMetadata(final Path repository) throws Exception {
        final File contentJar = repository.resolve("content.jar").toFile();
        try (ZipFile zip = new ZipFile(contentJar)) {
            final ZipEntry entry = zip.getEntry("content.xml");
            try (InputStream in = zip.getInputStream(entry)) {
                return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            }
        }
    }
}
