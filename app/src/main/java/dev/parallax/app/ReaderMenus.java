package dev.parallax.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The menu bar: every action of the window with its mnemonic and shortcut. The check items (scroll lock,
 * side panel) are kept here and read by the window, which owns what they switch.
 */
final class ReaderMenus {
    private final CheckMenuItem sidePanelItem = new CheckMenuItem("Side _Panel");
    private final CheckMenuItem lockItem = new CheckMenuItem("_Lock Scrolling by Alignment");
    private final MenuBar bar;

    ReaderMenus(ReaderWindow w, Stage stage, ReaderModel model, Settings settings, FileActions files, WebControls web,
            StoryShelf storyShelf) {
        MenuItem openFiles = item("_Open Files…", "Shortcut+O", files::chooseFiles);
        MenuItem openFolder = item("Open _Folder…", "Shortcut+Shift+O", files::chooseFolder);
        MenuItem export = item("_Export Summary…", "Shortcut+E", files::chooseExport);
        export.disableProperty().bind(files.nothingToExport());
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> stage.close());
        Menu file = new Menu("_File", null, openFiles, openFolder, web.openUrlItem(), files.recentMenu(),
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem copy = item("_Copy", "Shortcut+C", () -> w.copying().copySelection(false));
        MenuItem cite = item("Copy with C_itation", "Shortcut+Shift+C", () -> w.copying().copySelection(true));
        Menu edit = new Menu("_Edit", null, copy, cite);

        MenuItem next = item("_Next Difference", "F7", () -> w.step(1));
        MenuItem previous = item("_Previous Difference", "Shift+F7", () -> w.step(-1));
        MenuItem clear = item("_Clear Selection", "Esc", w::clearSelection);
        MenuItem find = item("_Search…", "Shortcut+F", w.side()::focusSearch);
        MenuItem changes = item("C_hange List", "Shortcut+Shift+L", w::showChanges);
        Menu go = new Menu("_Go", null, next, previous, clear, new SeparatorMenuItem(), changes, find);

        MenuItem bigger = item("Zoom _In", "Shortcut+Equals", () -> w.zoom(1));
        MenuItem smaller = item("Zoom _Out", "Shortcut+Minus", () -> w.zoom(-1));
        MenuItem reset = item("_Actual Size", "Shortcut+0", () -> w.zoom(2 - w.zoomLevel()));
        CheckMenuItem theme = new CheckMenuItem("_Dark Theme");
        theme.setSelected(settings.getBoolean("dark", false));
        theme.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        theme.setOnAction(e -> {
            w.setDark(theme.isSelected());
            settings.put("dark", theme.isSelected()); // remembered for the next start
        });
        CheckMenuItem removed = new CheckMenuItem("Show _Removed Site Chrome");
        removed.setId("show-removed");
        removed.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        removed.setOnAction(e -> w.showRemoved(removed.isSelected()));
        lockItem.setSelected(settings.getBoolean("lock", true));
        lockItem.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        lockItem.setOnAction(e -> {
            w.lockScrolling(lockItem.isSelected());
            settings.put("lock", lockItem.isSelected());
        });
        sidePanelItem.setSelected(true);
        sidePanelItem.setAccelerator(KeyCombination.keyCombination("F9"));
        sidePanelItem.setOnAction(e -> w.layout().showSidePanel(sidePanelItem.isSelected()));
        MenuItem grid = item("Side by Side / _Coverage Grid", "Shortcut+G", w::toggleView);
        Menu view = new Menu("_View", null, grid, new SeparatorMenuItem(), lockItem, sidePanelItem,
                new SeparatorMenuItem(), bigger, smaller, reset, new SeparatorMenuItem(), theme, removed);

        MenuItem keys = item("_Keys", "F1", () -> HelpText.show(stage, "Keys", HelpText.KEYS));
        MenuItem marks = item("What the _Marks Mean", null, () -> HelpText.show(stage, "What the marks mean", HelpText.MARKS));
        MenuItem about = item("_About Parallax", null, () -> HelpText.show(stage, "About Parallax", HelpText.ABOUT));
        Menu help = new Menu("_Help", null, keys, marks, new SeparatorMenuItem(), about);
        MenuItem stories = item("_Stories in the Library", "Shortcut+Shift+S", w::showStories);
        view.getItems().add(1, stories);
        Menu article = web.articleMenu();
        MenuItem others = item("_Other Reports of This Story", "Shortcut+Shift+R", () -> {
            w.showStories();
            storyShelf.related(model.leftProperty().get());
        });
        others.disableProperty().bind(model.leftProperty().isNull());
        article.getItems().addFirst(others);
        bar = new MenuBar(file, edit, go, view, article, help);
        bar.setUseSystemMenuBar(true);
    }

    MenuBar bar() {
        return bar;
    }

    CheckMenuItem lockItem() {
        return lockItem;
    }

    CheckMenuItem sidePanelItem() {
        return sidePanelItem;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (keys != null) {
            m.setAccelerator(KeyCombination.keyCombination(keys));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
