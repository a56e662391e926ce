package io.newsflow.ingest;

import io.newsflow.schemas.PackageCycles;
import org.junit.jupiter.api.Test;

class IngestPackageCycleTest {
    @Test
    void packagesDependOnEachOtherOneWayOnly() {
        PackageCycles.assertNone("io.newsflow.ingest");
    }
}
