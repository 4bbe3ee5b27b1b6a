package dev.parallax.app;

import dev.parallax.index.IndexedArticle;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.story.Related;
import dev.parallax.story.Stories;
import dev.parallax.story.Story;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * The window's stories, without a node: the loaded library grouped into the stories it reports, and the
 * other reports of one article's story, each worked out on the model's worker by the engine's
 * {@link Stories} (the decision {@code parallax stories} and {@code parallax related} make).
 */
final class StoryShelf {
    /** What the Stories view lists: every story of the library, or the reports related to one article. */
    record Shelf(List<Entry> stories, IndexedArticle relatedTo, List<Related> related) {
        static final Shelf EMPTY = new Shelf(List.of(), null, List.of());
    }

    /** One story, with the library's entries of its articles (so a choice opens them in the reader). */
    record Entry(Story story, List<IndexedArticle> articles) {
    }

    private final ReaderModel model;
    private final ReadOnlyObjectWrapper<Shelf> shelf = new ReadOnlyObjectWrapper<>(Shelf.EMPTY);

    StoryShelf(ReaderModel model) {
        this.model = model;
    }

    ReadOnlyObjectProperty<Shelf> shelfProperty() {
        return shelf.getReadOnlyProperty();
    }

    /** Groups every loaded article into stories. */
    void group() {
        List<IndexedArticle> library = List.copyOf(model.library());
        Task<List<Entry>> task = new Task<>() {
            @Override
            protected List<Entry> call() {
                updateMessage("Grouping " + library.size() + " articles into stories…");
                Map<AnalyzedArticle, IndexedArticle> byArticle = new IdentityHashMap<>();
                library.forEach(a -> byArticle.put(a.analyzed(), a));
                List<Entry> out = new ArrayList<>();
                for (Story s : new Stories().group(library.stream().map(IndexedArticle::analyzed).toList())) {
                    out.add(new Entry(s, s.articles().stream().map(byArticle::get).toList()));
                }
                return out;
            }
        };
        task.setOnSucceeded(e -> shelf.set(new Shelf(task.getValue(), null, List.of())));
        model.submit(task);
    }

    /** Ranks the library's other articles against {@code article}: the other reports of its story first. */
    void related(IndexedArticle article) {
        List<IndexedArticle> library = List.copyOf(model.library());
        int target = library.indexOf(article);
        if (target < 0) {
            return;
        }
        Task<List<Related>> task = new Task<>() {
            @Override
            protected List<Related> call() {
                updateMessage("Looking for other reports of this story…");
                return new Stories().related(library.stream().map(IndexedArticle::analyzed).toList(), target);
            }
        };
        task.setOnSucceeded(e -> shelf.set(new Shelf(shelf.get().stories(), article, task.getValue())));
        model.submit(task);
    }

    /** The library entry of an article a story or a ranking names. */
    IndexedArticle entry(AnalyzedArticle analyzed) {
        return model.library().stream().filter(a -> a.analyzed() == analyzed).findFirst().orElse(null);
    }

    /** Opens a story: three or more reports on the coverage grid, two side by side, one on the left. */
    void open(Entry entry) {
        List<IndexedArticle> articles = entry.articles();
        if (articles.size() >= 3) {
            model.compareAll(articles);
        } else if (articles.size() == 2) {
            model.leftProperty().set(articles.get(0));
            model.rightProperty().set(articles.get(1));
        } else if (!articles.isEmpty()) {
            model.leftProperty().set(articles.getFirst());
        }
    }
}
