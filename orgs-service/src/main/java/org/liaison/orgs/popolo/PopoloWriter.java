package org.liaison.orgs.popolo;

import org.liaison.contracts.OtherName;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;
import org.liaison.orgs.membership.Membership;
import org.liaison.orgs.model.Person;
import org.liaison.orgs.organization.Organization;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Domain records to their Popolo form: the one place that decides where each field goes. */
final class PopoloWriter {

    /** RFC 3339 with exactly microseconds, what PostgreSQL keeps: the schemas' {@code date-time} format. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private PopoloWriter() {
    }

    static Popolo.Organization organization(Organization o) {
        List<Popolo.OtherName> names = new ArrayList<>();
        if (o.nameEn != null) {
            names.add(new Popolo.OtherName(o.nameEn, null, null, null, Popolo.NAME_EN));
        }
        o.shortNames.forEach(s -> names.add(new Popolo.OtherName(s, null, null, null, Popolo.SHORT_NAME)));
        o.otherNames.forEach(n -> names.add(otherName(n)));
        return new Popolo.Organization(text(o.id), o.nameAr, names, o.kind.code(), text(o.parentId),
                o.parentRelation == null ? null : o.parentRelation.code(), text(o.foundingDate),
                text(o.dissolutionDate), o.active, o.country, o.city, o.domains, o.principles,
                o.principlesStatedCount, o.goals,
                o.identifiers.stream().map(i -> new Popolo.Identifier(i.identifier(), i.scheme())).toList(),
                o.links.stream().map(l -> new Popolo.Link(l.url(), l.note())).toList(),
                linked(o.sources), unlinked(o.sources), o.instruments, timestamp(o.createdAt),
                timestamp(o.updatedAt));
    }

    static Popolo.Person person(Person p) {
        List<Popolo.OtherName> names = new ArrayList<>();
        if (p.nameEn != null) {
            names.add(new Popolo.OtherName(p.nameEn, null, null, null, Popolo.NAME_EN));
        }
        p.otherNames.forEach(n -> names.add(otherName(n)));
        return new Popolo.Person(text(p.id), p.nameAr, names, p.honorific, linked(p.sources), unlinked(p.sources),
                timestamp(p.createdAt), timestamp(p.updatedAt));
    }

    static Popolo.Membership membership(Membership m) {
        boolean organization = m.memberOrganizationId != null;
        return new Popolo.Membership(text(m.id), text(m.personId), text(m.memberOrganizationId),
                organization ? Popolo.MEMBER_ORGANIZATION : null, text(m.organizationId), m.role.code(), m.label,
                text(m.onBehalfOfId), text(m.startDate), text(m.endDate), linked(m.sources), unlinked(m.sources),
                timestamp(m.createdAt), timestamp(m.updatedAt));
    }

    /** Other names carry no name_type: it is the default, so files from elsewhere read the same way. */
    static Popolo.OtherName otherName(OtherName n) {
        return new Popolo.OtherName(n.name(), text(n.startDate()), text(n.endDate()), n.note(), null);
    }

    /** Sources with a URL are Popolo links; publisher, dates, headline and quote ride along as extensions. */
    private static List<Popolo.Source> linked(List<Source> sources) {
        return sources.stream().filter(s -> s.url() != null).map(PopoloWriter::source).toList();
    }

    private static List<Popolo.Source> unlinked(List<Source> sources) {
        return sources.stream().filter(s -> s.url() == null).map(PopoloWriter::source).toList();
    }

    static Popolo.Source source(Source s) {
        return new Popolo.Source(s.url(), s.note(), s.publisher(), text(s.publishedOn()), s.title(), s.quote(),
                Objects.toString(s.accessedOn(), null), s.language());
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String text(PartialDate date) {
        return Objects.toString(date, null);
    }

    static String timestamp(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(instant);
    }
}
