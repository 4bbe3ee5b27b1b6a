package dev.parallax.ingest.extract;

import java.util.regex.Pattern;

/**
 * Phrases that mark site chrome rather than reporting: share bars, comment forms, "related articles",
 * newsletter and cookie notices, copyright lines, navigation. In several languages, since a page's chrome
 * is often in another language than its article.
 */
public final class ChromeLexicon {
    /** Whole short blocks that are only a chrome label ("Comments", "Share this", "اقرأ أيضا"). */
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^[\\p{P}\\p{S}\\s]*(comments?|\\d+\\s+comments?|leave a (comment|reply)|post a comment|"
                    + "share( this( article| story)?)?( on \\w+)?|tweet|print|e-?mail|advertisement|advert|sponsored|"
                    + "related( articles| stories| news| posts| content| coverage)?|read more|see more|show more|"
                    + "more (from|on|stories|news)( .{0,40})?|recommended( for you| stories)?|"
                    + "you (may|might) also like|trending( now)?|most (read|popular|viewed)|top stories|"
                    + "back to top|skip to (main )?content|menu|home|search|sign (in|up)|log ?in|subscribe( now)?|"
                    + "follow us( on .{0,30})?|newsletter|close|next|previous|loading\\.*|"
                    + "kommentare?|teilen|anzeige|weitere artikel|mehr zum thema|lesen sie auch|"
                    + "commentaires?|partager|publicité|à lire aussi|lire aussi|articles similaires|"
                    + "comentarios?|compartir|publicidad|noticias relacionadas|lee también|leer más|"
                    + "commenti|condividi|pubblicità|leggi anche|comentários|partilhar|leia também|"
                    + "komentarze|udostępnij|reklama|czytaj także|czytaj też|"
                    + "تعليقات|التعليقات|اترك تعليقا|اترك تعليقاً|أضف تعليق|شارك|مشاركة|اقرأ أيضا|اقرأ أيضاً|"
                    + "مقالات ذات صلة|أخبار ذات صلة|اظهر المزيد|أظهر المزيد|المزيد|إغلاق|اغلاق|"
                    + "زر الذهاب إلى الأعلى|الرئيسية|إعلان)[\\p{P}\\p{S}\\s]*$");

    /**
     * Phrases that make a block chrome wherever they appear in it (forms, notices, legal lines), in lower
     * case: matched against the lowered block, since a case-insensitive Unicode search is several times
     * slower and a plain-text article is one block of megabytes.
     */
    private static final Pattern NOTICE = Pattern.compile(
            "(your email address will not be published|required fields are marked|"
                    + "all rights reserved|©|\\(c\\) ?\\d{4}|copyright \\d{4}|"
                    + "we use cookies|uses cookies|cookie (policy|settings|preferences)|accept (all )?cookies|"
                    + "sign up for (our|the) .{0,40}newsletter|subscribe to (our|the) .{0,40}newsletter|"
                    + "privacy policy|terms of (use|service)|click here to|"
                    + "cookies? (verwenden|nutzen)|datenschutzerklärung|alle rechte vorbehalten|"
                    + "nous utilisons des cookies|tous droits réservés|utilizamos cookies|todos los derechos reservados|"
                    + "لن يتم نشر عنوان بريدك|الحقول الإلزامية|جميع الحقوق محفوظة)");

    /**
     * Literal pieces of which every {@link #NOTICE} phrase holds at least one: a block holding none of them
     * cannot match, and looking for a few literals is many times cheaper than trying the pattern's branches
     * at every position (a long plain text is tens of thousands of blocks).
     */
    private static final java.util.List<String> NOTICE_ANCHORS = java.util.List.of("email address", "required fields",
            "rights reserved", "©", "(c)", "copyright", "cookie", "newsletter", "privacy policy", "terms of ",
            "click here to", "datenschutzerklärung", "alle rechte vorbehalten", "tous droits réservés",
            "todos los derechos reservados", "لن يتم نشر عنوان بريدك", "الحقول الإلزامية", "جميع الحقوق محفوظة");

    private ChromeLexicon() {
    }

    /** True when the block is nothing but a chrome label. */
    public static boolean isLabel(String block) {
        return block.length() <= 60 && LABEL.matcher(block).matches();
    }

    /** True when the block carries a notice phrase (comment form, cookies, copyright, newsletter). */
    public static boolean hasNotice(String block) {
        String lowered = block.toLowerCase(java.util.Locale.ROOT);
        for (String anchor : NOTICE_ANCHORS) {
            if (lowered.contains(anchor)) {
                return NOTICE.matcher(lowered).find();
            }
        }
        return false;
    }

    /** The pattern alone, without the literal pre-check (for the test that the two agree). */
    static boolean matchesNoticePattern(String block) {
        return NOTICE.matcher(block.toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** A block that is chrome whatever its position: a label, or a short block carrying a notice. */
    public static boolean isChrome(String block) {
        return isLabel(block) || block.length() < 400 && hasNotice(block);
    }
}
