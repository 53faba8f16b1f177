package org.liaison.orgs.popolo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaison.contracts.Source;
import org.liaison.orgs.membership.Membership;
import org.liaison.orgs.model.Person;
import org.liaison.orgs.organization.Organization;
import org.liaison.support.text.SpreadsheetCells;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Writes the CSV tables ({@link CsvTable} describes the columns): RFC 4180, a header row, CRLF line ends. */
final class CsvWriter {

    private final ObjectMapper mapper;

    CsvWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String organizations(List<Organization> organizations) {
        return table(CsvTable.ORGANIZATIONS,
                organizations.stream().map(o -> row(o.id, o.kind.code(), o.nameAr, o.nameEn,
                ListCells.join(o.shortNames), json(o.otherNames.stream().map(PopoloWriter::otherName).toList()),
                o.parentId, o.parentRelation == null ? null : o.parentRelation.code(), o.country, o.city,
                ListCells.join(o.domains), ListCells.join(o.principles), o.principlesStatedCount,
                ListCells.join(o.goals), o.foundingDate,
                o.dissolutionDate, o.active,
                json(o.identifiers.stream().map(i -> new Popolo.Identifier(i.identifier(), i.scheme())).toList()),
                json(o.links.stream().map(l -> new Popolo.Link(l.url(), l.note())).toList()), sources(o.sources),
                ListCells.join(o.instruments), PopoloWriter.timestamp(o.createdAt),
                PopoloWriter.timestamp(o.updatedAt))).toList());
    }

    String persons(List<Person> persons) {
        return table(CsvTable.PERSONS, persons.stream().map(p -> row(p.id, p.nameAr, p.nameEn, p.honorific,
                json(p.otherNames.stream().map(PopoloWriter::otherName).toList()), sources(p.sources),
                PopoloWriter.timestamp(p.createdAt), PopoloWriter.timestamp(p.updatedAt))).toList());
    }

    String memberships(List<Membership> memberships) {
        return table(CsvTable.MEMBERSHIPS, memberships.stream().map(m -> row(m.id, m.personId, m.memberOrganizationId,
                m.organizationId, m.role.code(), m.label, m.onBehalfOfId, m.startDate, m.endDate, sources(m.sources),
                PopoloWriter.timestamp(m.createdAt), PopoloWriter.timestamp(m.updatedAt))).toList());
    }

    /** All sources in one cell, in their order (CSV has no Popolo link rule to split them by). */
    private String sources(List<Source> sources) {
        return json(sources.stream().map(PopoloWriter::source).toList());
    }

    private String json(List<?> items) {
        if (items.isEmpty()) {
            return null;
        }
        try {
            return mapper.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored list cannot be written as JSON", e);
        }
    }

    private static List<String> row(Object... cells) {
        return Arrays.stream(cells).map(c -> Objects.toString(c, null)).map(c -> c == null || c.isEmpty() ? null : c)
                .map(SpreadsheetCells::neutralise).toList();
    }

    private static String table(CsvTable table, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.columns.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString();
    }
}
