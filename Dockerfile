# syntax=docker/dockerfile:1

# Build: the whole reactor source, built with the committed Maven wrapper.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The cache mount keeps downloaded dependencies (and the wrapper's Maven) between builds.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -DskipTests package -pl platform-web -am

# Run: a JRE and the executable jar, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system luodi \
    && useradd --system --gid luodi --home-dir /app --no-create-home --shell /usr/sbin/nologin luodi \
    && mkdir -p /app/data \
    && chown luodi:luodi /app/data
WORKDIR /app
COPY --from=build /src/platform-web/target/platform-web-0.1.0-SNAPSHOT.jar app.jar
USER luodi
EXPOSE 8080
# eclipse-temurin's Ubuntu images ship curl (adoptium/containers#255). The root health includes the database.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health || exit 1
# Exec form, so SIGTERM reaches the JVM and the graceful shutdown runs.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Dfile.encoding=UTF-8", "-jar", "/app/app.jar"]
