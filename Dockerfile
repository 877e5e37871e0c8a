# syntax=docker/dockerfile:1
# The Sales Call Analytics API as an image: built with the Maven wrapper on a JDK 25, run on a jlink'd JDK 25
# runtime as a non-root user. Base images are build arguments (defaults: the official images users pull), so a
# machine without a registry can build from images it made itself (see ops/image-check.sh).
ARG BUILD_IMAGE=eclipse-temurin:25-jdk
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${BUILD_IMAGE} AS build
# extra Maven flags, e.g. "-o" to build offline from a mounted ~/.m2
ARG MAVEN_FLAGS=""
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
# a layer of dependencies that changes only with the pom (best effort: the package step below fails loudly if
# anything is still missing)
RUN ./mvnw -B -ntp -q ${MAVEN_FLAGS} dependency:go-offline || true
COPY src src
RUN ./mvnw -B -ntp -q ${MAVEN_FLAGS} -DskipTests -Djacoco.skip=true package \
 && cp target/sales-call-analytics-*.jar /app.jar
# A runtime of only the modules the application uses (Spring, Tomcat, JDBC, Lucene's vector code, ONNX through
# the foreign-function API), far smaller than a full JDK.
RUN jlink --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,\
java.management.rmi,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,\
java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.incubator.vector,\
jdk.jfr,jdk.management,jdk.management.agent,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs,jdk.localedata \
    --include-locales=en --strip-java-debug-attributes --no-man-pages --no-header-files --compress=zip-6 --output /jre

FROM ${RUNTIME_IMAGE}
COPY --from=build /jre /opt/jre
COPY --from=build /app.jar /app/app.jar
# a fixed uid, so that volume permissions can be set from outside; HOME holds the native libraries the ONNX and
# tokenizer libraries unpack at start
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /home/app --create-home --shell /usr/sbin/nologin app \
 && mkdir -p /data /snapshots && chown app:app /data /snapshots
ENV PATH=/opt/jre/bin:$PATH \
    HOME=/home/app \
    DATA_DIR=/data \
    PORT=8000 \
    MANAGEMENT_PORT=8081 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# the embedded database (when no DATABASE_URL is given), the generated token key and the vector index
VOLUME ["/data"]
USER app
WORKDIR /home/app
EXPOSE 8000 8081
# ready, not merely up: migrations ran, the configured admin exists, caches and index answer (no curl in the image)
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 CMD ["bash", "-c", \
    "exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# exec: java becomes PID 1, so SIGTERM from `docker stop` reaches it for a graceful stop
ENTRYPOINT ["sh", "-c", "exec java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED $JAVA_OPTS -jar /app/app.jar \"$@\"", "--"]
