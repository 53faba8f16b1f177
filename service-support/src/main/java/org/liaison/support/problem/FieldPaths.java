package org.liaison.support.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.List;

/**
 * JSON paths of invalid fields, as a client wrote them: {@code participants[2].role}. Public for the imports, which
 * read and validate each record of a file themselves so that one bad record is reported, not the whole file.
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    public static String ofJson(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            }
        }
        return out.toString();
    }

    /** A value Jackson could not read into its field, as the API answers it: the field and why. */
    public static Problem.FieldError ofUnreadable(JsonMappingException e) {
        String message = e instanceof UnrecognizedPropertyException ? "unknown field"
                : e.getCause() instanceof IllegalArgumentException cause ? cause.getMessage()
                : "has the wrong type or format";
        return new Problem.FieldError(ofJson(e.getPath()), message);
    }

    /**
     * A Bean Validation path on a resource method reads {@code create.request.nameAr}; the client only
     * knows {@code nameAr}, so the method and body parameter nodes are dropped. A query or path
     * parameter has no property below it and keeps its own name ({@code list.limit} gives {@code limit}).
     */
    public static String ofViolation(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                out.setLength(0);
                continue;
            }
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                out.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.isEmpty() && parameter != null ? parameter : out.toString();
    }
}
