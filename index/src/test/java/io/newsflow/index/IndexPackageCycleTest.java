package io.newsflow.index;

import io.newsflow.schemas.PackageCycles;
import org.junit.jupiter.api.Test;

class IndexPackageCycleTest {
    @Test
    void packagesDependOnEachOtherOneWayOnly() {
        PackageCycles.assertNone("io.newsflow.index");
    }
}
