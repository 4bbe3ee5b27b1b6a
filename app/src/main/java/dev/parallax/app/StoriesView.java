package dev.parallax.app;

import dev.parallax.index.IndexedArticle;
import dev.parallax.article.Article;
import dev.parallax.story.Related;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The library view: the loaded articles grouped into stories (each with its articles, source and date), or
 * the other reports of one article's story with their scores and reasons. Choosing a story (double click or
 * Enter) opens it on the coverage grid, or its two reports side by side; choosing an article of a ranking
 * opens it beside the article it was ranked against.
 */
final class StoriesView extends BorderPane {
    private final StoryShelf shelf;
    private final ReaderModel model;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("stories"));
    private final Label heading = new Label("Group the loaded articles into the stories they report.");
    private final Runnable showPair;

    /** {@code showPair} brings the side-by-side view forward once a pair is chosen. */
    StoriesView(ReaderModel model, StoryShelf shelf, Runnable showPair) {
        this.model = model;
        this.shelf = shelf;
        this.showPair = showPair;
        getStyleClass().add("stories-view");
        setId("stories");
        Button group = new Button("Group into Stories");
        group.setId("group-stories");
        group.setOnAction(e -> shelf.group());
        Button related = new Button("Other Reports of A's Story");
        related.setId("related-stories");
        related.disableProperty().bind(model.leftProperty().isNull());
        related.setOnAction(e -> shelf.related(model.leftProperty().get()));
        heading.getStyleClass().add("stories-heading");
        heading.setWrapText(true);
        HBox bar = new HBox(8, group, related, heading);
        bar.getStyleClass().add("stories-bar");
        HBox.setHgrow(heading, Priority.ALWAYS);
        setTop(bar);
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new Cell());
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                choose();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose();
            }
        });
        setCenter(tree);
        shelf.shelfProperty().addListener((o, was, now) -> show(now));
    }

    TreeView<Object> tree() {
        return tree;
    }

    private void show(StoryShelf.Shelf now) {
        TreeItem<Object> root = new TreeItem<>("stories");
        if (now.relatedTo() != null) {
            long same = now.related().stream().filter(Related::sameStory).count();
            heading.setText(same + " other report" + (same == 1 ? "" : "s") + " of the story of "
                    + ReaderWindow.label(now.relatedTo().analyzed().article()) + " (most likely first; others below)");
            now.related().forEach(r -> root.getChildren().add(new TreeItem<>(r)));
        } else {
            long shared = now.stories().stream().filter(s -> s.articles().size() > 1).count();
            heading.setText(now.stories().size() + " stories, " + shared + " told by two or more articles. "
                    + "Double-click a story to open it.");
            for (StoryShelf.Entry entry : now.stories()) {
                TreeItem<Object> story = new TreeItem<>(entry);
                entry.articles().forEach(a -> story.getChildren().add(new TreeItem<>(a)));
                story.setExpanded(true);
                root.getChildren().add(story);
            }
        }
        tree.setRoot(root);
    }

    private void choose() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        switch (item.getValue()) {
            case StoryShelf.Entry entry -> open(entry);
            case IndexedArticle article when item.getParent().getValue() instanceof StoryShelf.Entry entry -> open(entry);
            case Related r -> {
                IndexedArticle other = shelf.entry(r.article());
                if (other != null) {
                    model.rightProperty().set(other);
                    showPair.run();
                }
            }
            default -> {
            }
        }
    }

    private void open(StoryShelf.Entry entry) {
        shelf.open(entry);
        if (entry.articles().size() < 3) {
            showPair.run(); // three or more open on the grid by themselves
        }
    }

    /** "source · date · title" of an article, as the command line lists it. */
    static String describe(Article a) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {a.metadata().publisher(), a.metadata().date()}) {
            if (part != null && !part.isBlank()) {
                sb.append(part.strip()).append(" · ");
            }
        }
        return sb.append(ReaderWindow.label(a)).toString();
    }

    private static final class Cell extends TreeCell<Object> {
        /** A left-to-right mark first: a row that starts with an Arabic title still reads from the left. */
        private static final String LTR = "\u200E";

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("story-row", "story-article", "story-related", "story-other");
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
                return;
            }
            switch (item) {
                case StoryShelf.Entry e -> {
                    setText(LTR + (e.story().title() == null ? "(untitled)" : e.story().title()) + LTR + "  ("
                            + e.articles().size() + ")");
                    getStyleClass().add("story-row");
                }
                case IndexedArticle a -> {
                    setText(LTR + describe(a.analyzed().article()));
                    getStyleClass().add("story-article");
                }
                case Related r -> {
                    setText(LTR + String.format(Locale.ROOT, "%.0f%%  %s", 100 * r.probability(),
                            describe(r.article().article())));
                    getStyleClass().add(r.sameStory() ? "story-related" : "story-other");
                    setTooltip(new javafx.scene.control.Tooltip(r.reasons()));
                }
                default -> setText(String.valueOf(item));
            }
        }
    }
}
