package org.liaison.support.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns validated request lists into the values the records keep, the same way in every service. */
public final class Inputs {

    private Inputs() {
    }

    /** Each element mapped, in order; a null list is an empty one. */
    public static <I, T> List<T> map(List<I> inputs, Function<I, T> mapper) {
        return inputs == null ? new ArrayList<>() : new ArrayList<>(inputs.stream().map(mapper).toList());
    }

    /** Texts as written, without blanks or repeats. */
    public static List<String> texts(List<String> texts) {
        return texts == null ? new ArrayList<>()
                : new ArrayList<>(texts.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList());
    }

    /** Values without repeats, in order; a null list is an empty one. */
    public static <T> List<T> distinct(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().distinct().toList());
    }
}
