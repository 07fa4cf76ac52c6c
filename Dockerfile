# Multi-stage build of the Phakee service for docker-compose.yml (or any container platform).
# Stage 1 builds target/phakee.jar with Maven; stage 2 runs it on a JRE. The JRE must keep the jdk.localedata
# module: Neo4j's `thai` full-text analyzer segments Thai with its dictionary BreakIterator.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY schema schema
COPY cypher cypher
COPY data data
# packaged too: the documents (Citation.text quotes their lines) and the docs (the /docs page, GraphiQL's examples)
COPY sources sources
COPY docs docs
COPY README.md .
COPY src/main src/main
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app phakee
COPY --from=build /build/target/phakee.jar /app/phakee.jar
USER phakee
EXPOSE 8080
# glibc's malloc keeps an arena per thread that allocates: two are enough for the JVM's own native memory (with it
# and a 64 MiB code cache the seeds served 100 clients in 583 MiB, 629 MiB without: docs/benchmarks.md, run C)
ENV MALLOC_ARENA_MAX=2
# NEO4J_URI set (docker-compose.yml does): no embedded database starts, the external Neo4j is used.
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/phakee.jar"]
