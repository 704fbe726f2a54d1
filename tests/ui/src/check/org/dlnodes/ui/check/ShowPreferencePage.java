package org.dlnodes.ui.check;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.knime.backend.BackendDefaults;
import org.dlnodes.knime.backend.BackendPreferences;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * Shows the real "Deep Learning" preference page in a JFace {@link PreferenceDialog} on a display (tests/ui/
 * show-preference-page runs it inside Equinox under Xvfb) and drives it like a user: checks that its controls exist
 * and show the defaults, that an invalid memory limit is refused with a readable message, changes the backend and the
 * memory limit through the widgets, presses "Apply and Close" and checks that the values arrived where
 * {@link BackendDefaults} reads them and in the instance area's .prefs file; then reopens the page (it shows the saved
 * values) and checks "Restore Defaults" with Cancel and with OK. The page is created as the workbench creates it,
 * from its org.eclipse.ui.preferencePages extension in plugin.xml, and the defaults come from the node bundle's
 * preference initializer, which Equinox runs from its plugin.xml. Screenshots go to the folder given as the first
 * argument; the last line printed is the path of the main one.
 */
public final class ShowPreferencePage {

    private static final String PAGE_ID = "org.dlnodes.knime.ui.preferences";

    private static final List<String> CHECKS = new ArrayList<>();

    private final Display display;

    private final File folder;

    private ShowPreferencePage(final Display display, final File folder) {
        this.display = display;
        this.folder = folder;
    }

    /**
     * @param args the folder for the screenshots
     * @return 0 when every check passed, else 1
     */
    public static int run(final String[] args) {
        final File folder = new File(args.length > 0 ? args[0] : "target").getAbsoluteFile();
        folder.mkdirs();
        System.clearProperty(BackendDefaults.BACKEND_PROPERTY);
        System.clearProperty(BackendDefaults.OFF_HEAP_PROPERTY);
        final Display display = new Display();
        try {
            final File main = new ShowPreferencePage(display, folder).run();
            report();
            System.out.println(CHECKS.size() + " checks passed; screenshots in " + folder);
            System.out.println(main);
            return 0;
        } catch (AssertionError | RuntimeException | CoreException | BackingStoreException | IOException e) {
            report();
            System.out.println("FAIL " + e);
            if (!(e instanceof AssertionError)) {
                e.printStackTrace(System.out);
            }
            return 1;
        } finally {
            display.dispose();
        }
    }

    private static void report() {
        for (final String check : CHECKS) {
            System.out.println("ok   " + check);
        }
    }

    private File run() throws CoreException, BackingStoreException, IOException {
        final IEclipsePreferences instance = InstanceScope.INSTANCE.getNode(BackendPreferences.NODE);
        instance.clear(); // a clean start, whatever an earlier run left
        instance.flush();
        final Preferences defaults = DefaultScope.INSTANCE.getNode(BackendPreferences.NODE);
        check("the preference initializer (plugin.xml of org.dlnodes.knime) sets the default backend AUTO",
            "AUTO".equals(defaults.get(BackendPreferences.BACKEND_KEY, null)));
        check("BackendDefaults before the page: AUTO, no memory limit",
            BackendDefaults.backend() == BackendChoice.AUTO && BackendDefaults.offHeapLimitBytes() == 0);
        final IConfigurationElement element = pageElement();
        check("plugin.xml registers the page 'Deep Learning' under KNIME's category",
            "Deep Learning".equals(element.getAttribute("name"))
                && "org.knime.workbench.ui.preferences".equals(element.getAttribute("category"))
                && "org.dlnodes.knime.ui".equals(element.getContributor().getName()));

        // 1. Open the page with its defaults.
        PreferenceDialog dialog = open(element);
        Shell shell = dialog.getShell();
        final Button auto = radio(shell, "Auto");
        final Button cpu = radio(shell, "CPU");
        final Button gpu = radio(shell, "GPU");
        Text memory = only(pageArea(dialog), Text.class, t -> true, "the memory limit text field");
        check("radio buttons Auto, CPU, GPU exist; Auto is selected",
            auto.getSelection() && !cpu.getSelection() && !gpu.getSelection());
        check("memory limit field exists and is empty", memory.getText().isEmpty());
        only(shell, Label.class, l -> l.getText().startsWith("Off-heap memory limit"), "the memory limit label");
        checkNothingCutOff(shell);
        final File defaultsShot = screenshot(shell, "preference-page-defaults.png");

        // 2. An invalid memory limit: the page says why and refuses OK.
        type(memory, "lots");
        final Button ok = button(shell, IDialogConstants.OK_ID);
        final String error = String.valueOf(page(dialog).getErrorMessage());
        check("invalid limit 'lots': page invalid, OK disabled, message names the format",
            !page(dialog).isValid() && !ok.isEnabled() && error.contains("k, m, g or t"));
        // The dialog's message area shows it in a read-only Text, shortened with "..." in the middle when too long.
        final Composite area = pageArea(dialog);
        final Text message = only(shell, Text.class, t -> t.isVisible() && !t.getText().isEmpty() && !inside(t, area),
            "the dialog's message line");
        check("the error message is shown whole: '" + message.getText() + "'", error.equals(message.getText()));
        screenshot(shell, "preference-page-invalid.png");

        // 3. GPU and 8g through the widgets, then "Apply and Close".
        type(memory, "8g");
        check("valid limit '8g': page valid, OK enabled", page(dialog).isValid() && ok.isEnabled());
        choose(gpu);
        check("only GPU is selected", !auto.getSelection() && !cpu.getSelection());
        final File changedShot = screenshot(shell, "preference-page.png");
        press(ok);
        check("dialog closed by OK", dialog.getShell() == null || dialog.getShell().isDisposed());
        check("instance preferences of org.dlnodes.knime hold backend=GPU, offheap.max=8g",
            "GPU".equals(instance.get(BackendPreferences.BACKEND_KEY, null))
                && "8g".equals(instance.get(BackendPreferences.OFF_HEAP_KEY, null)));
        check("BackendDefaults reads GPU and 8 GiB",
            BackendDefaults.backend() == BackendChoice.GPU && BackendDefaults.offHeapLimitBytes() == 8L << 30);
        final Path prefs = prefsFile();
        final List<String> saved = Files.exists(prefs) ? Files.readAllLines(prefs) : List.of();
        check("OK saved them to " + prefs.getFileName() + " in the instance area",
            saved.contains("backend=GPU") && saved.contains("offheap.max=8g"));

        // 4. Reopen: the page shows the saved values; Restore Defaults + Cancel leaves the store alone.
        dialog = open(element);
        shell = dialog.getShell();
        memory = only(pageArea(dialog), Text.class, t -> true, "the memory limit text field");
        check("reopened page shows GPU and 8g", radio(shell, "GPU").getSelection()
            && !radio(shell, "Auto").getSelection() && "8g".equals(memory.getText()));
        press(button(shell, "Restore &Defaults", "Restore Defaults"));
        check("Restore Defaults shows Auto and an empty limit",
            radio(shell, "Auto").getSelection() && !radio(shell, "GPU").getSelection() && memory.getText().isEmpty());
        press(button(shell, IDialogConstants.CANCEL_ID));
        check("Cancel keeps GPU and 8g",
            BackendDefaults.backend() == BackendChoice.GPU && BackendDefaults.offHeapLimitBytes() == 8L << 30);

        // 5. Restore Defaults + OK writes the defaults back.
        dialog = open(element);
        shell = dialog.getShell();
        press(button(shell, "Restore &Defaults", "Restore Defaults"));
        press(button(shell, IDialogConstants.OK_ID));
        check("Restore Defaults + OK: BackendDefaults reads AUTO and no limit again",
            BackendDefaults.backend() == BackendChoice.AUTO && BackendDefaults.offHeapLimitBytes() == 0);
        final List<String> restored = Files.exists(prefs) ? Files.readAllLines(prefs) : List.of();
        check("and the .prefs file no longer sets them",
            restored.stream().noneMatch(l -> l.startsWith("backend=") || l.startsWith("offheap.max=")));

        check("screenshot of the defaults written", defaultsShot.length() > 0);
        return changedShot;
    }

    private static IConfigurationElement pageElement() {
        final List<IConfigurationElement> pages = new ArrayList<>();
        for (final IConfigurationElement page : RegistryFactory.getRegistry()
            .getConfigurationElementsFor("org.eclipse.ui.preferencePages")) {
            if (PAGE_ID.equals(page.getAttribute("id"))) {
                pages.add(page);
            }
        }
        check("the extension registry has the preference page " + PAGE_ID, pages.size() == 1);
        return pages.get(0);
    }

    /** The instance scope's file, as Equinox names it: <instance area>/.metadata/.plugins/.../<node>.prefs. */
    private static Path prefsFile() {
        final String area = System.getProperty("osgi.instance.area");
        check("an instance area is set", area != null);
        return Paths.get(URI.create(area)).resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings")
            .resolve(BackendPreferences.NODE + ".prefs");
    }

    /** Creates the page as the workbench does, from its extension, and shows it in a preference dialog. */
    private PreferenceDialog open(final IConfigurationElement element) throws CoreException {
        final IWorkbenchPreferencePage page = (IWorkbenchPreferencePage) element.createExecutableExtension("class");
        check("the page is a " + page.getClass().getName(),
            "org.dlnodes.knime.ui.DeepLearningPreferencePage".equals(page.getClass().getName()));
        page.init(null); // KNIME passes its workbench, which the page does not use; there is none here
        page.setTitle(element.getAttribute("name"));
        final PreferenceManager manager = new PreferenceManager();
        manager.addToRoot(new PreferenceNode(PAGE_ID, page));
        final PreferenceDialog dialog = new PreferenceDialog(null, manager);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().forceActive();
        settle();
        return dialog;
    }

    /** Runs the event loop until nothing is left to do, with a pause for the X server to paint. */
    private void settle() {
        for (int round = 0; round < 5; round++) {
            while (display.readAndDispatch()) {
                // dispatch
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        while (display.readAndDispatch()) {
            // dispatch
        }
    }

    /** Types into the field through the X server (XTest), as a user would, replacing what it holds. */
    private void type(final Text text, final String value) {
        click(text);
        text.selectAll();
        for (final char c : value.toCharArray()) {
            post(SWT.KeyDown, c);
            post(SWT.KeyUp, c);
        }
        settle();
        check("typed '" + value + "' arrived in the field", value.equals(text.getText()));
    }

    private void post(final int type, final char character) {
        final Event event = new Event();
        event.type = type;
        event.character = character;
        check("the display takes a key event", display.post(event));
    }

    /** Clicks the middle of a control with the mouse, through the X server. */
    private void click(final Control control) {
        final Rectangle bounds = control.getBounds();
        final Point centre = display.map(control.getParent(), null, bounds.x + bounds.width / 2,
            bounds.y + bounds.height / 2);
        final Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = centre.x;
        move.y = centre.y;
        check("the display takes a mouse event", display.post(move));
        settle();
        for (final int type : new int[]{SWT.MouseDown, SWT.MouseUp}) {
            final Event event = new Event();
            event.type = type;
            event.button = 1;
            display.post(event);
        }
        settle();
    }

    private void choose(final Button radio) {
        click(radio);
        check("clicking '" + radio.getText() + "' selected it", radio.getSelection());
    }

    private void press(final Button button) {
        check("button '" + button.getText() + "' enabled", button.isEnabled());
        click(button);
    }

    private File screenshot(final Shell shell, final String name) {
        settle();
        // The shell's client area: without a window manager there is no title bar to show.
        final Rectangle bounds = display.map(shell, null, shell.getClientArea());
        final Image image = new Image(display, bounds.width, bounds.height);
        final GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        final File file = new File(folder, name);
        try {
            final ImageData data = image.getImageData();
            final Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < data.height; y += 2) {
                for (int x = 0; x < data.width; x += 2) {
                    colours.add(data.getPixel(x, y));
                }
            }
            check(name + " shows a painted dialog (" + colours.size() + " colours)", colours.size() > 16);
            final ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[]{data};
            loader.save(file.getPath(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return file;
    }

    /**
     * Every label, button and text of the page gets at least the width it needs (a label squeezed by the layout shows
     * "..." or cuts its text off on GTK), and lies inside the shell.
     */
    private void checkNothingCutOff(final Shell shell) {
        final Rectangle client = shell.getClientArea();
        for (final Control control : all(shell, Control.class,
            c -> c instanceof Label || c instanceof Button || c instanceof Group)) {
            if (!control.isVisible() || text(control).isEmpty()) {
                continue;
            }
            final Point needed = control instanceof Group group ? textExtent(group) : control.computeSize(SWT.DEFAULT,
                SWT.DEFAULT);
            final Point size = control.getSize();
            final boolean wraps = (control.getStyle() & SWT.WRAP) != 0;
            final String what = control.getClass().getSimpleName() + " '" + text(control).replace('\n', ' ') + "'";
            check(what + " is wide enough (" + size.x + " of " + needed.x + " px)",
                wraps ? size.y >= control.computeSize(size.x, SWT.DEFAULT).y : size.x >= needed.x);
            final Rectangle onShell = display.map(control.getParent(), shell, control.getBounds());
            check(what + " lies inside the dialog", client.contains(onShell.x, onShell.y)
                && onShell.x + onShell.width <= client.x + client.width
                && onShell.y + onShell.height <= client.y + client.height);
        }
    }

    private static boolean inside(final Control control, final Composite ancestor) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static IPreferencePage page(final PreferenceDialog dialog) {
        return (IPreferencePage) dialog.getSelectedPage();
    }

    private static Composite pageArea(final PreferenceDialog dialog) {
        return (Composite) page(dialog).getControl();
    }

    private static String text(final Control control) {
        if (control instanceof Group group) {
            return group.getText();
        }
        return control instanceof Label label ? label.getText() : ((Button) control).getText();
    }

    /** @return the width a group's title needs, with room for its frame */
    private static Point textExtent(final Group group) {
        final GC gc = new GC(group);
        try {
            final Point extent = gc.textExtent(group.getText());
            return new Point(extent.x + 2 * group.getBorderWidth() + 16, extent.y);
        } finally {
            gc.dispose();
        }
    }

    private static Button radio(final Composite root, final String text) {
        return only(root, Button.class, b -> (b.getStyle() & SWT.RADIO) != 0 && text.equals(b.getText()),
            "the radio button " + text);
    }

    private static Button button(final Composite root, final int id) {
        return only(root, Button.class, b -> Integer.valueOf(id).equals(b.getData()), "the dialog button " + id);
    }

    private static Button button(final Composite root, final String... texts) {
        return only(root, Button.class, b -> List.of(texts).contains(b.getText()), "the button " + texts[0]);
    }

    private static <T extends Control> T only(final Composite root, final Class<T> type, final Predicate<T> test,
        final String what) {
        final List<T> found = all(root, type, test);
        check(what + " exists once", found.size() == 1);
        return found.get(0);
    }

    private static <T extends Control> List<T> all(final Composite root, final Class<T> type, final Predicate<T> test) {
        final List<T> found = new ArrayList<>();
        for (final Control child : root.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(all(composite, type, test));
            }
        }
        return found;
    }

    private static void check(final String what, final boolean passed) {
        if (!passed) {
            throw new AssertionError(what);
        }
        if (!CHECKS.contains(what)) {
            CHECKS.add(what);
        }
    }
}
