package dev.parallax.text.quotes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Word lists for attribution: speech verbs, titles, speaker nouns, places and function words (English). */
final class Lexicon {
    private Lexicon() {
    }

    /**
     * Verbs that introduce or report speech or a stance, as base forms; a trailing '+' doubles the final
     * consonant in -ed/-ing forms. Inflections are generated.
     */
    private static final String VERB_BASES = """
            say tell add state note write warn ask explain claim argue insist declare announce tweet post reply
            respond continue recall acknowledge admit+ suggest call describe urge contend complain lament joke
            quip+ vow pledge promise predict charge accuse emphasize emphasise stress conclude observe remark
            testify deny concede echo slam+ criticize criticise praise rip+ blast denounce condemn question assert
            maintain counter retort shout yell scream cry whisper mutter report recount boast brag confirm reveal
            disclose allege proclaim comment mention thunder fume chide scold mock rebuke decry dismiss
            characterize label dub+ term brand hail tout defend demand plead caution advise inform assure
            reassure remind signal hint indicate express voice repeat reiterate summarize summarise interject
            wonder muse speculate estimate threaten propose offer instruct order invite encourage press implore
            beg+ appeal exclaim gush rave sneer snap+ bark growl grumble groan sigh laugh tease taunt challenge
            dispute rebut+ refute contradict clarify elaborate specify outline portray depict frame lash
            attack blame thank applaud welcome lambaste berate castigate assail excoriate pan+ deride ridicule
            belittle disparage insult fault urge caution emphasize acknowledge concur agree disagree object
            protest recommend cite quote vent opine posit theorize answer reason affirm aver avow attest
            swear plead warn pronounce chant sing text email message preach lecture declare deride bemoan
            highlight stipulate underline underscore contest slam tell refer+ retort
            """;

    private static final String IRREGULAR = """
            said saying says told telling tells wrote written writing writes cried cries spoke speaks
            spoken speaking swore sworn sang sung sings read reads thought thinks think believe believes
            believed put puts felt feels feel
            """;

    static final Set<String> VERBS = buildVerbs();

    /** Verbs that may appear after a quote ("…," said X); a subset used for the inverted order. */
    static final Set<String> INVERTING = words("said says say added adds asked asks wrote writes continued continues explained explains noted notes recalled recalls replied replies responded declared observed remarked warned warns insisted tweeted argued argues stated states told countered concluded quipped joked retorted exclaimed shouted yelled whispered cried reads read according complained added announced answered");

    /** Words between subject and verb that do not break the link ("Li also said", "has said"). */
    static final Set<String> SKIPPABLE = words("also later then further previously recently earlier again once repeatedly has have had would will was is did does reportedly publicly privately first last originally initially often frequently still even only just already never ever had been has subsequently separately similarly likewise too once twice now today yesterday tonight not could might may can should must shall then immediately quickly directly specifically explicitly personally herself himself themselves itself all both each");

    /** Speech verbs that are also common nouns ("a Facebook post", "the Trump statement"). */
    static final Set<String> NOUN_VERBS = words("""
            post posts report reports call calls charge charges question questions order orders offer offers
            tweet tweets email emails text texts message messages comment comments note notes claim claims
            answer answers reply replies quote quotes label labels brand term terms voice voices signal
            signals frame press demand demands attack attacks blame welcome protest protests statement
            remark remarks warning promise promises pledge pledges threat plea appeal appeals release
            """);

    /**
     * Things that carry words but say nothing themselves ("the statement said", "the letter says"): the
     * speaker is whoever issued them. Reports, indictments and rulings are left out: their authors are
     * rarely named where they are first mentioned, and "the indictment says" tells the reader enough.
     */
    static final Set<String> DOCUMENTS = words("""
            statement statements letter letters memo memos release ad ads advertisement video tweet tweets post
            posts message messages speech interview email emails op-ed editorial attack attacks
            """);

    /**
     * Offices whose holder a story names before calling them by the office alone ("the president", "the
     * congressman"), so that "the X said" refers back like "he said".
     */
    static final Set<String> OFFICES = words("""
            president governor senator congressman congresswoman nominee candidate mayor representative
            lawmaker legislator premier chancellor
            """);

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");

    /** Heads of common-noun speakers ("the ministry said", "officials said", "a White House spokesman"). */
    static final Set<String> SPEAKER_NOUNS = words("""
            spokesman spokeswoman spokesperson spokespeople official officials ministry minister ministers
            department office president secretary senator senators leader leaders lawmaker lawmakers legislator
            legislators congressman congresswoman representative governor mayor aide aides adviser advisers
            advisor advisors statement report campaign committee group party government administration
            embassy source sources police prosecutor prosecutors lawyer lawyers attorney attorneys analyst
            analysts expert experts critic critics supporter supporters powers countries company firm agency
            council court judge justice chairman chairwoman chair director diplomat diplomats envoy ambassador
            general commander officer officers spokesmen candidate nominee organizers organisers activists
            activist protesters demonstrators residents witnesses witness members member letter memo release
            team executive ceo founder owner woman man mother father son daughter wife husband family friend
            colleague colleagues people voters democrats republicans researchers scientists economists
            economist researcher scientist doctor doctors teacher student students worker workers union unions
            group groups association administration white house lawsuit complaint filing indictment ruling
            ad video tweet post message speech interview host anchor writer author editor columnist
            """);

    /** Words that make a leading part of a capitalised run a title rather than the name itself. */
    static final Set<String> TITLES = words("""
            president vice secretary minister foreign prime chancellor sen. senator rep. representative gov.
            governor mayor judge justice chief general gen. attorney speaker leader majority minority senate
            house chairman chairwoman chair director ambassador commissioner sheriff mr. mrs. ms. dr. prof.
            rev. lt. col. capt. sgt. adm. cmdr. maj. king queen prince princess pope deputy assistant press
            secretary-general state defense defence interior treasury homeland security justice department
            special counsel former acting u.s. us uk u.n. un e.u. eu first lady sir dame lord lady father
            sister brother reverend rabbi imam cardinal bishop archbishop professor doctor coach captain
            commander officer agent detective inspector superintendent lieutenant colonel major sergeant
            admiral corporal private ceo cfo coo chief executive founder spokesman spokeswoman spokesperson
            congressman congresswoman assemblyman assemblywoman councilman councilwoman councilmember
            delegate ex- presidential candidate nominee hon. gop democratic republican independent national
            security adviser advisor white federal district supreme court circuit whip
            """);

    static final Set<String> HONORIFICS = words("""
            mr. mrs. ms. miss dr. sen. rep. gov. gen. prof. rev. lt. col. capt. sgt. adm. cmdr. maj. hon. sir
            dame lord lady president senator representative governor mayor judge justice secretary minister
            speaker chancellor king queen prince pope ambassador sheriff
            """);

    /** Abbreviations whose period does not end a sentence. */
    static final Set<String> ABBREVIATIONS = words("""
            mr mrs ms dr sen rep gov gen prof rev lt col capt sgt adm cmdr maj hon jr sr st jan feb mar apr jun
            jul aug sep sept oct nov dec inc co corp ltd vs no mt ft pres supt det insp ave blvd dept est fig
            approx al univ assn gov't sens reps govs messrs mmes
            """);

    /** Capitalised words that start sentences without being names. */
    static final Set<String> FUNCTION_WORDS = words("""
            the a an but and or nor so in on at for with as if when while since after before although though
            because earlier later meanwhile however still yet then now this that these those it he she they we
            i his her their its our my your you indeed also even only just both neither either all some many
            most other another during under over from to by asked speaking despite among according without
            within instead here there what why how who whom whose where which last next every each no not yes
            until unless into onto upon about above below between through throughout against toward towards
            like unlike outside inside beyond near off out up down once twice first second third one two three
            several few such much more less least well rather thus hence therefore moreover furthermore also
            nevertheless nonetheless otherwise besides perhaps maybe already sometimes often never always
            recently currently previously separately similarly likewise finally overall altogether further
            again ultimately instead today yesterday tomorrow tonight yet let please thank dear oh hey
            """);

    static final Set<String> TIME_WORDS = words("""
            monday tuesday wednesday thursday friday saturday sunday january february march april may june july
            august september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov.
            dec. today yesterday tonight morning afternoon evening night week weekend month year christmas
            easter thanksgiving
            """);

    /** Places: countries, US states, large cities and regions; never a person. */
    static final Set<String> PLACES = words("""
            afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
            bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
            brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo
            croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini
            ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea
            guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
            jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
            libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
            mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma
            namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama
            paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
            seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
            tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine
            uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe america britain england scotland
            wales europe asia africa antarctica oceania gaza crimea donbas kyiv kiev moscow beijing washington
            london paris berlin rome madrid tokyo seoul pyongyang tehran baghdad kabul damascus jerusalem
            ankara istanbul cairo delhi mumbai islamabad manila jakarta hanoi bangkok brussels geneva vienna
            warsaw prague budapest athens lisbon dublin ottawa toronto sydney canberra brasilia caracas havana
            bogota lima santiago mexico nairobi lagos johannesburg pretoria riyadh doha dubai taipei hong kong
            shanghai laos alabama alaska arizona arkansas california colorado connecticut delaware florida
            hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
            minnesota mississippi missouri montana nebraska nevada hampshire jersey york carolina dakota ohio
            oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia wisconsin wyoming
            chicago boston houston dallas phoenix philadelphia atlanta miami seattle denver detroit baltimore
            manhattan brooklyn angeles francisco diego orleans vegas iowa d.c. u.s. us usa u.k. uk eu u.n. un
            nato pentagon kremlin congress capitol senate house
            """);

    /** Last words that make a capitalised run an organisation or thing rather than a person. */
    static final Set<String> ORG_WORDS = words("""
            ministry department house party council committee union nations assembly court congress senate
            times news post journal inc corp university association agency bank company corporation group office
            administration campaign republicans democrats conference summit network foundation institute
            center centre commission board bureau service services force army navy police guard museum church
            club league federation alliance coalition fund trust press media television radio magazine
            channel twitter facebook google youtube instagram tiktok act bill law amendment constitution
            street avenue road square hall hospital school college review report program programme plan
            initiative movement caucus organization organisation embassy state states republic kingdom
            times-union airlines motors group holdings partners capital weekly daily register herald tribune
            gazette telegraph guardian observer examiner chronicle courier sun star globe inquirer enquirer
            """);

    static final Set<String> NAME_CONNECTORS = Set.of("of", "de", "da", "van", "von", "der", "bin", "al", "la",
            "le", "del", "du", "di", "y", "ibn", "el", "dos", "das");

    static final Set<String> NAME_SUFFIXES = Set.of("jr.", "sr.", "jr", "sr", "ii", "iii", "iv");

    private static Set<String> words(String list) {
        Set<String> out = new HashSet<>();
        for (String w : list.trim().split("\\s+")) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static Set<String> buildVerbs() {
        Set<String> out = new HashSet<>();
        for (String raw : VERB_BASES.trim().split("\\s+")) {
            boolean dbl = raw.endsWith("+");
            String b = dbl ? raw.substring(0, raw.length() - 1) : raw;
            out.add(b);
            out.add(thirdPerson(b));
            String stem = dbl ? b + b.charAt(b.length() - 1) : b;
            if (b.endsWith("e")) {
                out.add(b + "d");
                out.add(b.substring(0, b.length() - 1) + "ing");
            } else if (b.endsWith("y") && b.length() > 2 && !isVowel(b.charAt(b.length() - 2))) {
                out.add(b.substring(0, b.length() - 1) + "ied");
                out.add(b + "ing");
            } else {
                out.add(stem + "ed");
                out.add(stem + "ing");
            }
        }
        for (String w : IRREGULAR.trim().split("\\s+")) {
            out.add(w);
        }
        out.remove("say");
        out.add("say");
        out.remove("sayed");
        out.remove("telled");
        out.remove("writed");
        return Set.copyOf(out);
    }

    private static String thirdPerson(String b) {
        if (b.endsWith("s") || b.endsWith("sh") || b.endsWith("ch") || b.endsWith("x") || b.endsWith("z")
                || b.endsWith("o")) {
            return b + "es";
        }
        if (b.endsWith("y") && b.length() > 2 && !isVowel(b.charAt(b.length() - 2))) {
            return b.substring(0, b.length() - 1) + "ies";
        }
        return b + "s";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    static boolean isVerb(String lower) {
        return VERBS.contains(lower);
    }
}
