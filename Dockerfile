# Multi-stage build: compile with the Maven wrapper, then run the layered jar as a non-root user.
# -Dimage (the pom's image profile): no embedded PostgreSQL in the jar; SPRING_DATASOURCE_URL is required.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Dimage dependency:go-offline
COPY src src
RUN ./mvnw -B -q -Dimage package -DskipTests \
 && java -Djarmode=tools -jar target/gridwatch-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 gridwatch
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER gridwatch
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
