package io.newsflow.enrich;

import io.newsflow.schemas.PackageCycles;
import org.junit.jupiter.api.Test;

class EnrichPackageCycleTest {
    @Test
    void packagesDependOnEachOtherOneWayOnly() {
        PackageCycles.assertNone("io.newsflow.enrich");
    }
}
