package org.liaison.contracts;

/**
 * A name an organisation or person is also known by: a former name, a headline's variant, a merged body's
 * name. Dates keep their precision; both are optional.
 *
 * @param note why the name is listed («الاسم الوارد في العنوان», "former name", "merged from …")
 */
public record OtherName(String name, PartialDate startDate, PartialDate endDate, String note) {

    public static OtherName of(String name, String note) {
        return new OtherName(name, null, null, note);
    }
}
