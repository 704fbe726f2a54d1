package org.dlnodes.ui.boot;

import java.io.File;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.adaptor.EclipseStarter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Starts Equinox in this JVM with the bundles listed in a file (one "reference:file:...jar", optionally with
 * "@start", per line; tests/ui/show-preference-page writes it from target-platform/dlnodes.target and the build's
 * jars), so that the preference page runs as in KNIME: bundles resolved by their manifests, the extension registry
 * reading their plugin.xml, Equinox preferences stored in an instance area. Then it runs
 * {@code org.dlnodes.ui.check.ShowPreferencePage.run(String[])} from the bundle org.dlnodes.ui.check on this (the
 * main) thread and exits with its result.
 * <p>
 * Arguments: the bundle list, the work folder (configuration and instance areas go below it), then the check's
 * arguments.
 */
public final class Boot {

    private Boot() {
    }

    public static void main(final String[] args) throws Exception {
        final List<String> bundles = Files.readAllLines(new File(args[0]).toPath()).stream()
            .map(String::trim).filter(line -> !line.isEmpty()).collect(Collectors.toList());
        final File work = new File(args[1]).getAbsoluteFile();
        final Map<String, String> properties = new HashMap<>();
        properties.put("osgi.bundles", String.join(",", bundles));
        properties.put("osgi.bundles.defaultStartLevel", "4");
        properties.put("osgi.install.area", work.toURI().toString());
        properties.put("osgi.configuration.area", new File(work, "configuration").toURI().toString());
        properties.put("osgi.instance.area", new File(work, "workspace").toURI().toString());
        properties.put("osgi.clean", "true");
        properties.put("eclipse.ignoreApp", "true");
        properties.put("osgi.noShutdown", "true");
        properties.put("eclipse.consoleLog", "true");
        EclipseStarter.setInitialProperties(properties);
        final BundleContext context = EclipseStarter.startup(new String[0], null);
        int result = 1;
        try {
            Bundle check = null;
            for (final Bundle bundle : context.getBundles()) {
                if ("org.dlnodes.ui.check".equals(bundle.getSymbolicName())) {
                    check = bundle;
                }
                if (bundle.getState() == Bundle.INSTALLED) {
                    System.err.println("Not resolved: " + bundle.getSymbolicName() + " " + bundle.getVersion());
                }
            }
            if (check == null) {
                throw new IllegalStateException("The bundle org.dlnodes.ui.check is not installed.");
            }
            final String[] checkArgs = java.util.Arrays.copyOfRange(args, 2, args.length);
            result = (Integer) check.loadClass("org.dlnodes.ui.check.ShowPreferencePage")
                .getMethod("run", String[].class).invoke(null, (Object) checkArgs);
        } finally {
            EclipseStarter.shutdown();
        }
        System.exit(result);
    }
}
