#!/usr/bin/env bash
# Runs one benchmark (or the sentiment trainer) class from src/bench/java on JDK 25, with the Vector API that
# Lucene uses. Usage: bench/java.sh MAIN_CLASS [args...]; BENCH_JAVA_OPTS adds JVM options (e.g. -Xmx6g).
# The benchmarks live outside the unit-test tree: the Maven profile `bench` adds src/bench/java to the test
# sources, so `./mvnw verify` never compiles or runs them.
set -euo pipefail
cd "$(dirname "$0")/.."
main=$1; shift
./mvnw -q -B -Pbench -Djacoco.skip=true test-compile dependency:build-classpath \
       -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
JAVA="$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java"
exec "$JAVA" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED ${BENCH_JAVA_OPTS:-} \
     -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$main" "$@"
