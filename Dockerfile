# newsflow: one image for every stage — `newsflow setup|ingest|enrich|index|serve|alerts|...` (the production CLI of
# app/ only; the demo and the embedded dev stack are not in it). See docs/production.md; docker-compose.yml runs it.
#
#   docker build -t newsflow:0.1.0 .            then      docker run --rm newsflow:0.1.0 --help
#
# Build stage: the Maven Wrapper on a JDK (tests skipped: `./newsflow test` runs them). Run stage: a JRE, a non-root
# user, app/target/newsflow.jar beside app/target/lib/ (its manifest's Class-Path names lib/*.jar, as the launcher
# runs it). JVM flags as the launcher's; heap: 75% of the container's memory, or JAVA_TOOL_OPTIONS=-Xmx... .

FROM eclipse-temurin:25-jdk-noble AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q -pl app -am package -DskipTests

FROM eclipse-temurin:25-jre-noble
# curl: for health checks (docker-compose.yml); the newsflow user owns the enrich state directory (a volume)
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 newsflow \
    && useradd --system --uid 10001 --gid newsflow --home-dir /var/lib/newsflow --shell /usr/sbin/nologin newsflow \
    && mkdir -p /var/lib/newsflow/enrich-state && chown -R newsflow:newsflow /var/lib/newsflow
COPY --from=build /src/app/target/lib/ /app/lib/
COPY --from=build /src/app/target/newsflow.jar /app/newsflow.jar
USER 10001:10001
WORKDIR /var/lib/newsflow
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Dio.netty.noUnsafe=true", \
            "-Djava.util.logging.manager=org.apache.logging.log4j.jul.LogManager", "-XX:MaxRAMPercentage=75", \
            "-jar", "/app/newsflow.jar"]
CMD ["--help"]
