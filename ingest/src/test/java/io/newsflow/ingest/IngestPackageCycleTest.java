package io.newsflow.ingest;

import io.newsflow.schemas.PackageCycles;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class IngestPackageCycleTest {
    @Test
    @Disabled("2 cycles left: the root package <-> files (FileReader returns the root Document; FileIngester uses files) and <-> sources (IngestSettings); issue 14 item 4: move Document and the settings records to leaf packages, then delete this @Disabled")
    void packagesDependOnEachOtherOneWayOnly() {
        PackageCycles.assertNone("io.newsflow.ingest");
    }
}
