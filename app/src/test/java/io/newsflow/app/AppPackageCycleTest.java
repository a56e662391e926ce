package io.newsflow.app;

import io.newsflow.schemas.PackageCycles;
import org.junit.jupiter.api.Test;

class AppPackageCycleTest {
    @Test
    void packagesDependOnEachOtherOneWayOnly() {
        PackageCycles.assertNone("io.newsflow.app");
    }
}
