package dev.parallax.article;

/** Article ids by position, as the contract names them: A, B, ..., Z, AA, AB, ... */
public final class ArticleIds {
    private ArticleIds() {
    }

    public static String of(int index) {
        StringBuilder id = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            n--;
            id.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return id.toString();
    }
}
