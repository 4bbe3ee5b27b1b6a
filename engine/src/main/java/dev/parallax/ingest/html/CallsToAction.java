package dev.parallax.ingest.html;

import java.util.regex.Pattern;

/**
 * Short lines that ask the reader to do something other than read: subscribe, follow, download an app,
 * join a channel, donate, write in, plus photo credits and affiliate notices. They sit inside article
 * containers (often as the last paragraph), so container choice alone does not remove them. Several
 * languages, since chrome phrases are the same few everywhere. Complements
 * {@link dev.parallax.ingest.extract.ChromeLexicon}, which covers labels and legal notices.
 */
final class CallsToAction {
    /** Only blocks up to this length are tested: a long paragraph that mentions subscribing is reporting. */
    static final int MAX_CHARS = 260;
    private static final Pattern CTA = Pattern.compile("(?iu)("
            + "\\bsubscribe (now|today|here|to (our|the|this)|for (free|full|unlimited))|please subscribe|"
            + "(already|become) a subscriber|subscribers (also|get|receive|can)|\\blog ?in (to|for) (read|view|continue|access)|"
            + "\\bfollow (us|@|the \\p{L}+|\\p{Lu}\\p{L}+ on)|\\bon (twitter|facebook|instagram) @|"
            + "download (the|our) .{0,40}\\bapps?\\b|\\b(telegram|youtube|whatsapp) (channel|group)|"
            + "letter to the editor|\\bsend us (a|an|your)\\b|\\bnewsletter\\b|"
            + "affiliate link|contains references to products|we recommend the best products|"
            + "\\b(donate|donation)\\b|instant access to|online access to|read further|"
            + "^(photo|foto|credit|image|bild)\\s*:|, (photo|foto|credit)\\s*:|"
            + "abonnier|folgen sie uns|jede kleine spende|empfiehl dies|mit diesem button|newsletter|"
            + "abonnez-vous|suivez-nous|suscr[ií]bete|s[ií]guenos|[uú]nete|canal de (youtube|telegram|whatsapp)|"
            + "mira lo que tiene|zapisz si[eę]|subskrybuj|obserwuj nas|czytasz w[lł]a[sś]nie|korzystamy z (plik[oó]w )?cookies|"
            + "iscriviti|seguici|inscreva-se|siga-nos|^don'?t miss\\W*$|^must see\\W*$"
            + ")");
    /** A photo caption: ends with a credit ("(Image: Getty)", "| Getty Images", "Photo: Reuters"). */
    private static final Pattern CREDIT_END = Pattern.compile("(?iu)("
            + "\\((image|photo|picture|pic|foto|bild|credit|source)s?\\s*:[^)]{0,60}\\)|"
            + "\\b(photo|foto|image|credit|bild)s?\\s*:\\s*[^.]{0,50}|"
            + "[|/©]\\s*(getty( images)?|reuters|afp|ap|ap photo|epa|dpa|shutterstock|istock|alamy|bloomberg)"
            + ")\\W*$");

    private CallsToAction() {
    }

    static boolean isCallToAction(String block) {
        return block.length() <= MAX_CHARS && CTA.matcher(block).find();
    }

    /** True for a caption or credit line (short, ending with a credit). */
    static boolean isCaption(String block) {
        return block.length() <= 2 * MAX_CHARS && CREDIT_END.matcher(block).find();
    }
}
