package com.salescalls.platform;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Renders every error as an RFC 9457 problem with a human-readable {@code detail}, the statuses of API.md:
 * parameter problems are 422 and name the parameter, unreadable bodies 400, and anything unexpected a 500
 * that carries a correlation id (also in the log beside the stack trace) and never the stack trace itself.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemWriter problems;

    ApiExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        String correlationId = UUID.randomUUID().toString();
        log.error("Unexpected error, correlation id {}", correlationId, ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected error; quote correlation id " + correlationId + " when reporting it");
        problem.setProperty("correlation_id", correlationId);
        return ResponseEntity.internalServerError().body(problem);
    }

    /** What a module refused, in the status and problem {@link RefusalResponse} gives its kind. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<Object> refused(Refusal refusal) {
        ErrorResponseException response = RefusalResponse.of(refusal);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(response.getBody());
    }

    /** PostgreSQL unreachable for a moment: 503 with {@code Retry-After} (see {@link DatabaseOutage}). */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            RecoverableDataAccessException.class, CannotCreateTransactionException.class})
    ResponseEntity<Object> databaseUnavailable(Exception ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).body(DatabaseOutage.problem(ex));
    }

    /** A body read by the controller itself (a streamed bulk upload) went past its size limit. */
    @ExceptionHandler(RequestSizeLimitFilter.BodyTooLarge.class)
    ResponseEntity<Object> bodyTooLarge(RequestSizeLimitFilter.BodyTooLarge ex) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? wireName(mismatch.getParameter())
                : String.valueOf(ex.getPropertyName());
        return invalid(List.of(new InvalidParameters.Violation(name, "malformed value '" + ex.getValue() + "'")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new InvalidParameters.Violation(ex.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidParameters.Violation> violations = ex.getBindingResult().getAllErrors().stream()
                .map(error -> new InvalidParameters.Violation(
                        error instanceof FieldError field ? snakeCase(field.getField()) : error.getObjectName(),
                        String.valueOf(error.getDefaultMessage())))
                .toList();
        return invalid(violations);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidParameters.Violation> violations = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new InvalidParameters.Violation(wireName(result.getMethodParameter()),
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return invalid(violations);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof RequestSizeLimitFilter.BodyTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is missing or is not valid JSON of the expected shape");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content type " + ex.getContentType() + " is not supported; use one of " + ex.getSupportedMediaTypes());
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(ex.getHeaders()).body(problem);
    }

    /**
     * The client accepts no type this answer has, not even a problem: the problem is written as
     * {@code application/problem+json} anyway (RFC 9110 allows disregarding {@code Accept}) so it keeps a body.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletResponse response = ((ServletWebRequest) request).getResponse();
        if (response == null) {
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
        }
        try {
            problems.write(response, HttpStatus.NOT_ACCEPTABLE, "None of the accepted media types can be produced; "
                    + "accept one of " + ex.getSupportedMediaTypes());
        } catch (java.io.IOException e) {
            log.debug("Could not write a 406 problem: {}", e.getMessage());
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Path /" + ex.getResourcePath() + " not found"));
    }

    /** The name the client sent: {@code @RequestParam(name = "agent_id")} rather than the Java name. */
    private static String wireName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        return snakeCase(String.valueOf(parameter.getParameterName()));
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static ResponseEntity<Object> invalid(List<InvalidParameters.Violation> violations) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(RefusalResponse.invalid(violations));
    }
}
