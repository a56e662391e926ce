package io.newsflow.schemas;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package-cycle check every module's tests run on its own main classes (schemas' test-jar). Each package is a
 * slice of its own, the module's root package included, so {@code files -> root -> files} counts as a cycle too. A
 * failure lists the cycle's dependencies, class by class.
 */
public final class PackageCycles {
    private PackageCycles() {}

    /** Fails when two packages under {@code rootPackage} (main code only, not tests) depend on each other, directly or not. */
    public static void assertNone(String rootPackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        slices().matching(rootPackage.substring(0, rootPackage.lastIndexOf('.') + 1) + "(**)")
                .should().beFreeOfCycles()
                .check(classes);
    }
}
