package io.newsflow.schemas;

import org.junit.jupiter.api.Test;

class SchemasPackageCycleTest {
    @Test
    void packagesDependOnEachOtherOneWayOnly() {
        PackageCycles.assertNone("io.newsflow.schemas");
    }
}
