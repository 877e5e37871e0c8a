package com.salescalls.platform;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at /openapi.json (Swagger UI at /docs), with bearer tokens declared, field names in
 * snake_case as the API reads and writes them, and every error status an operation can answer, each an RFC 9457
 * problem. The schema-driven fuzz test holds the server to this document.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";

    /** Statuses any operation can answer: the request filters and the container apply to every path. */
    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "400", "Unreadable request: bad JSON, a broken form body or path, a non-normalised path",
            "406", "None of the accepted media types can be produced",
            "413", "Request body or parameter count over the limit",
            "414", "Request line too long",
            "415", "Unsupported content type (multipart, a wildcard, or not the one the operation reads)",
            "422", "A parameter or field is malformed or out of range (each named in `errors`)",
            "431", "Request headers too large",
            "500", "Unexpected error, with a `correlation_id` that is also in the log",
            "503", "The database cannot be reached at the moment; retry after `Retry-After` seconds");

    /** Paths (and methods) with a limit on attempts. */
    private static final Set<String> THROTTLED = Set.of("POST /auth/login", "POST /api/v1/calls",
            "POST /api/v1/calls/bulk", "POST /api/v1/analyze");

    /** Operations that report a conflict with stored state. */
    private static final Set<String> CONFLICTING = Set.of("POST /auth/register", "POST /api/v1/admin/users",
            "PATCH /api/v1/admin/users/{username}", "POST /api/v1/calls", "POST /auth/password");

    @Bean
    OpenAPI openApi(PlatformProperties properties) {
        return new OpenAPI()
                .info(new Info().title("Sales Call Analytics API").version(properties.version())
                        .description("Transcripts in, coaching and analytics out. Log in at POST /auth/login, "
                                + "then send the access token as `Authorization: Bearer <token>`."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Schemas with the names Jackson writes (snake_case), not the Java record components. */
    @Bean
    ModelResolver snakeCaseModels() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    OpenApiCustomizer errorResponses() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> document(path, method, operation, openApi)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation, OpenAPI openApi) {
        String key = method.name() + " " + path;
        boolean secured = operation.getSecurity() == null ? openApi.getSecurity() != null
                && !openApi.getSecurity().isEmpty() : !operation.getSecurity().isEmpty();
        Map<String, String> statuses = new TreeMap<>(EVERY_OPERATION);
        if (secured) {
            statuses.put("401", "Missing, expired, revoked or forged access token");
            statuses.put("403", "The caller's role does not allow this");
        }
        if (path.contains("{")) {
            statuses.put("404", "Not found (or not visible to the caller)");
        }
        if (THROTTLED.contains(key)) {
            statuses.put("429", "Too many requests; see `Retry-After`");
        }
        if (CONFLICTING.contains(key)) {
            statuses.put("409", "Conflicts with what is stored");
        }
        if (key.startsWith("POST /auth/")) {
            statuses.put("401", "Not authenticated: wrong credentials or an invalid token");
            statuses.put("403", "Not allowed (registration closed)");
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        statuses.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
        operation.setResponses(responses);
    }

    private static Schema<?> problemSchema() {
        ObjectSchema violation = new ObjectSchema();
        violation.addProperty("parameter", new StringSchema());
        violation.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema());
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("errors", new ArraySchema().items(violation));
        problem.addProperty("correlation_id", new StringSchema());
        return problem;
    }
}
