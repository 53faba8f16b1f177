package org.liaison.sources.instruments;

import java.util.List;

/**
 * What a text refers to.
 *
 * @param resolved   the instruments found, in order of first appearance, each once
 * @param unresolved reference-like fragments that name no known instrument, as written in the text
 *                   (e.g. «اتفاقية جنيف الرابعة», «قرار مجلس الأمن» without a number, «القرار 2401»),
 *                   in order of first appearance, each once (spelling variants count as one)
 */
public record InstrumentResolution(List<Instrument> resolved, List<String> unresolved) {

    public InstrumentResolution {
        resolved = List.copyOf(resolved);
        unresolved = List.copyOf(unresolved);
    }

    public static InstrumentResolution empty() {
        return new InstrumentResolution(List.of(), List.of());
    }

    /** True when the text referred to nothing (named {@code foundNothing}, not {@code isEmpty}, so that
     *  JSON mappers do not add it as a property). */
    public boolean foundNothing() {
        return resolved.isEmpty() && unresolved.isEmpty();
    }

    /** The ids of the resolved instruments, in order. */
    public List<String> ids() {
        return resolved.stream().map(Instrument::id).toList();
    }
}
