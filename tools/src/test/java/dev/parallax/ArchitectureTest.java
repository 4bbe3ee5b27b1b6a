package dev.parallax;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, checked on the compiled classes. The rules name packages by
 * pattern, never by list, so a package that arrives later (a new engine package, a new sub-package) is
 * held to them without editing this file:
 * <ul>
 *   <li>the shells are {@code dev.parallax.app..} (the window, the only JavaFX code) and
 *       {@code dev.parallax.cli..} with the launcher {@code dev.parallax.Main} (the only picocli code);
 *       {@code Main} counts as part of the command line, since all it does is run {@code ParallaxCommand};</li>
 *   <li>the tools are {@code dev.parallax.eval..} and {@code dev.parallax.bench..} (the {@code tools}
 *       module, which depends on all the others: this test lives there to see every class);</li>
 *   <li>the engine is every other package below {@code dev.parallax}.</li>
 * </ul>
 */
class ArchitectureTest {
    private static final String ROOT = "dev.parallax";
    private static final String[] SHELLS = {"dev.parallax.app..", "dev.parallax.cli.."};
    private static final String[] TOOLS = {"dev.parallax.eval..", "dev.parallax.bench.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importProductAndTools() {
        classes = new ClassFileImporter().withImportOption(new ProductAndTools()).importPackages(ROOT);
    }

    /**
     * Layers: a slice is a top-level package with all its sub-packages ({@code compare} holds
     * {@code compare.event} and {@code compare.semantic}), because a sub-package is part of its
     * parent's job and may lean on it; what must never go round in a circle is the layers.
     */
    @Test
    void noCycleBetweenTopLevelPackages() {
        slices().matching(ROOT + ".(*)..").namingSlices("$1")
                .as("top-level packages of dev.parallax (sub-packages counted with their parent)")
                .should().beFreeOfCycles()
                .check(classes);
    }

    /**
     * Every package on its own as well: a sub-package and its parent must not need each other either
     * (the old {@code ingest} / {@code ingest.html} cycle), or they are one package in two folders.
     * The layer rule above does not imply this one, nor this one the layer rule.
     */
    @Test
    void noCycleBetweenAnyPackages() {
        slices().matching(ROOT + ".(**)").namingSlices("$1")
                .as("every package of dev.parallax")
                .should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void compareDoesNotReachTheIndex() {
        noClasses().that().resideInAPackage(ROOT + ".compare..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".index..")
                .because("the comparison works on analysed articles; search is a separate layer beside it")
                .check(classes);
    }

    @Test
    void javaFxOnlyInTheWindow() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the engine and the command line run without a display (only dev.parallax.app may use JavaFX)")
                .check(classes);
    }

    @Test
    void picocliOnlyInTheCommandLine() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .and().doNotBelongToAnyOf(Main.class)
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .because("only dev.parallax.cli and the launcher dev.parallax.Main parse command lines")
                .check(classes);
    }

    @Test
    void engineDoesNotDependOnTheShells() {
        noClasses().that().resideInAPackage(ROOT + ".*..") // not the root package: that is Main's
                .and().resideOutsideOfPackages(SHELLS)
                .and().resideOutsideOfPackages(TOOLS)
                .should().dependOnClassesThat(resideInAnyPackage(SHELLS).or(equivalentTo(Main.class))
                        .as("belong to the window, the command line or the launcher"))
                .because("the window and the command line are thin shells over one engine")
                .check(classes);
    }

    @Test
    void productDoesNotUseTheTools() {
        noClasses().that().resideOutsideOfPackages(TOOLS)
                .should().dependOnClassesThat().resideInAnyPackage(TOOLS)
                .because("eval and bench are not in the product jar (the tools module)")
                .check(classes);
    }

    /** The rules above would pass vacuously if the import missed a side; this one makes sure it did not. */
    @Test
    void importHoldsProductAndToolsButNoTests() {
        assertTrue(classes.contain(Main.class), "the launcher is imported");
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + ".app")), "the window is imported");
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + ".eval")), "eval is imported");
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + ".bench")), "bench is imported");
        assertTrue(classes.stream().map(JavaClass::getSimpleName).noneMatch(n -> n.endsWith("Test")),
                "no test class is imported");
    }

    /** The main classes of every module (their target/classes or jars); no test output and no test jar. */
    static final class ProductAndTools implements ImportOption {
        private static final Pattern TEST_OUTPUT = Pattern.compile(".*/test-classes/.*|.*-tests\\.jar.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_OUTPUT);
        }
    }
}
