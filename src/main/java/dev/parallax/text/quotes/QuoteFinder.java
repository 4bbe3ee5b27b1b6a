package dev.parallax.text.quotes;

import java.util.List;

/** Finds direct quotations and their speakers. (Placeholder until the real finder lands.) */
public final class QuoteFinder {
    public List<Quotation> find(String text) {
        return List.of();
    }

    public List<Quotation> findInTitle(String title) {
        return List.of();
    }
}
