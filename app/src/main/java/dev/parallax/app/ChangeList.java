package dev.parallax.app;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.UniquePassage;
import dev.parallax.present.KindLabels;
import dev.parallax.present.Mark;
import dev.parallax.present.Marks;
import dev.parallax.present.PairTags;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The change list (as Draftable's): every passage of the comparison, matched pairs and passages only one
 * report tells, in A's reading order (B's own passages after the pair they follow in B), each with its tag
 * (kind glyph and pair number, as in the text), its kind and the first words of each side. Choosing an
 * entry chooses that passage in the panes; choosing a passage in the panes (click, F7, Up/Down) moves the
 * list along.
 */
final class ChangeList extends VBox {
    private static final int WORDS = 9;

    /** One passage: a match (its index in the comparison) or a one-sided passage (side 0 or 1). */
    record Entry(int match, int unique, int side, MatchKind kind, boolean moved, String a, String b) {
        boolean isUnique() {
            return kind == null;
        }

        boolean isDifference() {
            return kind != MatchKind.IDENTICAL;
        }

        /** "≈3" (with ⇅ when moved) for a pair, "A only" or "B only" for a one-sided passage. */
        String tag() {
            if (isUnique()) {
                return (side == 0 ? "A" : "B") + " only";
            }
            return PairTags.text(new Mark(match, -1, kind, new Span(0, 0), moved));
        }
    }

    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ListView<Entry> list = new ListView<>(entries);
    private final Label head = new Label();
    /** Set while the list follows the panes, so following does not choose again. */
    private boolean following;

    ChangeList(Consumer<Entry> onChoose) {
        getStyleClass().add("change-list");
        head.getStyleClass().add("caps-label");
        head.setWrapText(true);
        list.setId("change-list");
        list.setCellFactory(v -> new EntryCell());
        list.setPlaceholder(new Label("Open two reports to list their passages"));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !following) {
                onChoose.accept(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        setSpacing(6);
        getChildren().addAll(head, list);
    }

    ListView<Entry> list() {
        return list;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entries of a comparison, or none. */
    void show(Comparison c) {
        following = true;
        try {
            entries.setAll(c == null ? List.of() : entriesOf(c));
        } finally {
            following = false;
        }
        long pairs = entries.stream().filter(e -> !e.isUnique()).count();
        long onlyA = entries.stream().filter(e -> e.isUnique() && e.side() == 0).count();
        head.setText(entries.isEmpty() ? "" : count(entries.size(), "passage") + ": " + count(pairs, "pair") + ", "
                + onlyA + " only in A, " + (entries.size() - pairs - onlyA) + " only in B");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static List<Entry> entriesOf(Comparison c) {
        String ta = c.a().article().text();
        String tb = c.b().article().text();
        record Keyed(Entry entry, double key, int inB) {
        }
        List<Keyed> keyed = new ArrayList<>();
        List<Match> byB = new ArrayList<>(c.matches());
        byB.sort(Comparator.comparingInt(m -> m.b().start()));
        for (int i = 0; i < c.matches().size(); i++) {
            Match m = c.matches().get(i);
            keyed.add(new Keyed(new Entry(i, -1, -1, m.kind(), m.moved(), firstWords(m.a(), ta), firstWords(m.b(), tb)),
                    m.a().start(), m.b().start()));
        }
        for (int i = 0; i < c.unique().size(); i++) {
            UniquePassage u = c.unique().get(i);
            if (u.article() == 0) {
                keyed.add(new Keyed(new Entry(-1, i, 0, null, false, firstWords(u.span(), ta), ""), u.span().start(), -1));
            } else {
                double key = -0.5; // before everything, unless a pair precedes it in B
                for (Match m : byB) {
                    if (m.b().start() <= u.span().start()) {
                        key = m.a().start() + 0.5;
                    }
                }
                keyed.add(new Keyed(new Entry(-1, i, 1, null, false, "", firstWords(u.span(), tb)), key, u.span().start()));
            }
        }
        keyed.sort(Comparator.comparingDouble(Keyed::key).thenComparingInt(Keyed::inB));
        return keyed.stream().map(Keyed::entry).toList();
    }

    /** The first words of a passage, with "…" when there are more. */
    static String firstWords(Span span, String text) {
        String s = Marks.clip(span, text).of(text).strip().replaceAll("\\s+", " ");
        String[] words = s.split(" ");
        if (words.length <= WORDS) {
            return s;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, WORDS)) + " …";
    }

    /** Follows the panes: the entry of the passage chosen there (a match, or a one-sided passage). */
    void follow(Mark chosen) {
        following = true;
        try {
            if (chosen == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (chosen.isUnique() ? e.unique() == chosen.unique() && e.isUnique() : e.match() == chosen.match()) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(Math.max(0, i - 2));
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        } finally {
            following = false;
        }
    }

    /** Tag and kind on the first line, then the first words of A and of B. */
    private static final class EntryCell extends ListCell<Entry> {
        EntryCell() {
            setPrefWidth(0); // the list's width decides the row's
        }

        @Override
        protected void updateItem(Entry e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            Label tag = new Label(e.tag());
            tag.getStyleClass().addAll("change-tag", KindLabels.styleClass(e.kind()));
            Label kind = new Label(e.isUnique() ? KindLabels.ONLY_IN_ONE : KindLabels.label(e.kind()));
            kind.getStyleClass().add("change-kind");
            VBox box = new VBox(new HBox(8, tag, kind));
            for (String side : List.of("A", "B")) {
                String words = side.equals("A") ? e.a() : e.b();
                if (!words.isEmpty()) {
                    Label l = new Label(side + "  " + words);
                    l.setTextOverrun(OverrunStyle.ELLIPSIS);
                    l.getStyleClass().add("change-words");
                    l.setMaxWidth(Double.MAX_VALUE);
                    box.getChildren().add(l);
                }
            }
            box.getStyleClass().add("change-cell");
            setGraphic(box);
        }
    }
}
