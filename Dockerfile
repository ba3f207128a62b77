# Build stage: the Maven wrapper and a JDK 21; dependencies are fetched before the sources are
# copied, so a code change does not download them again.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

# Run stage: a JRE, the jar, the bundled sample pages, the local-names dictionary and the bot's texts. Mount a volume on
# /app/index to keep pages and the generated index across container restarts.
FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/target/newsdesk.jar newsdesk.jar
COPY index/pages index/pages
COPY index/dictionary index/dictionary
COPY bot-config bot-config
EXPOSE 8080
# A heap the size the ten-year archive was measured with (docs/BENCHMARKS.md): the JVM's default would let a build grow
# to a quarter of the host's memory. Override with -e JAVA_TOOL_OPTIONS=... for a larger paper.
ENV JAVA_TOOL_OPTIONS=-Xmx600m
ENTRYPOINT ["java", "-jar", "/app/newsdesk.jar"]
