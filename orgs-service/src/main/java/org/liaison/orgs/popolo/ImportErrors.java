package org.liaison.orgs.popolo;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The field errors of a rejected record, named as the file names them ({@link FieldNames}). The services are
 * called directly, not through REST, so the importer runs Bean Validation on each request itself first.
 */
final class ImportErrors {

    private ImportErrors() {
    }

    static <R> List<Problem.FieldError> violations(Validator validator, R request, FieldNames names) {
        Set<Problem.FieldError> errors = new LinkedHashSet<>();
        for (ConstraintViolation<R> violation : validator.validate(request)) {
            errors.add(new Problem.FieldError(names.of(path(violation)), violation.getMessage()));
        }
        return List.copyOf(errors);
    }

    /** {@code otherNames[1].name}, {@code shortNames[0]}: the path of a violation inside the request. */
    private static String path(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                out.append(out.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return out.toString();
    }

    /** A service's refusal in the file's field names; one without a field is about the record as a whole. */
    static List<Problem.FieldError> of(ProblemException e, FieldNames names) {
        Problem problem = e.toProblem(null);
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return List.of(new Problem.FieldError("", problem.detail()));
        }
        return problem.errors().stream().map(error -> new Problem.FieldError(names.of(error.field()), error.message()))
                .toList();
    }
}
