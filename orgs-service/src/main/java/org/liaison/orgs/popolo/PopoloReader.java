package org.liaison.orgs.popolo;

import org.liaison.contracts.OrganizationKind;
import org.liaison.orgs.common.OtherNameInput;
import org.liaison.orgs.membership.MembershipRequests;
import org.liaison.orgs.membership.MembershipRole;
import org.liaison.orgs.organization.OrganizationRequests;
import org.liaison.orgs.organization.ParentRelation;
import org.liaison.orgs.person.PersonRequests;
import org.liaison.support.input.SourceInput;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.liaison.support.text.Texts.blankToNull;

/**
 * Popolo records to domain requests: the reverse of {@link PopoloWriter}. An other name without
 * {@code name_type} is an other name, so Popolo files from elsewhere read naturally; {@code name} is the Arabic
 * name, the one every record must have.
 */
final class PopoloReader {

    private static final String ID_REQUIRED = "memberships and units refer to records by id";

    private PopoloReader() {
    }

    static Incoming<OrganizationRequests.Register> organization(int index, Popolo.Organization p) {
        ReadErrors read = new ReadErrors();
        FieldNames names = new FieldNames().put("kind", "classification").put("nameAr", "name");
        read.require(p.id(), "id", ID_REQUIRED);
        read.require(p.classification(), "classification", "the kind code, e.g. council");
        String nameEn = null;
        List<String> shortNames = new ArrayList<>();
        List<OtherNameInput> otherNames = new ArrayList<>();
        List<Popolo.OtherName> given = list(p.otherNames());
        for (int i = 0; i < given.size(); i++) {
            String path = "other_names[" + i + "]";
            Popolo.OtherName n = given.get(i);
            if (!read.present(n, path)) {
                continue;
            }
            switch (n.nameType() == null ? Popolo.OTHER_NAME : n.nameType()) {
                case Popolo.NAME_EN -> {
                    if (nameEn != null) {
                        read.add(path + ".name_type", "a second name_en: an organisation has one English name");
                    }
                    nameEn = n.name();
                    names.put("nameEn", path + ".name");
                }
                case Popolo.SHORT_NAME -> {
                    names.put("shortNames[" + shortNames.size() + "]", path + ".name");
                    shortNames.add(n.name());
                }
                case Popolo.OTHER_NAME -> {
                    names.put("otherNames[" + otherNames.size() + "]", path);
                    otherNames.add(read.otherName(n, path));
                }
                default -> read.add(path + ".name_type", "must be name_en, short_name or other_name");
            }
        }
        List<SourceInput> sources = sources(p.sources(), p.sourcesWithoutUrl(), read, names);
        OrganizationRequests.Register request = new OrganizationRequests.Register(null,
                read.code(OrganizationKind.class, p.classification(), "classification"), p.name(), nameEn,
                shortNames, otherNames, null, null,
                read.code(ParentRelation.class, p.parentRelation(), "parent_relation"),
                p.country(), p.city(), list(p.domains()), list(p.principles()), p.principlesStatedCount(),
                list(p.goals()),
                read.date(p.foundingDate(), "founding_date"), read.date(p.dissolutionDate(), "dissolution_date"),
                p.active(), items(p.identifiers(), "identifiers", read, ReadErrors::identifier),
                items(p.links(), "links", read, ReadErrors::link), sources, list(p.instruments()));
        return new Incoming<>(Incoming.ORGANIZATION, index, p.id(), request,
                new Incoming.References(blankToNull(p.parentId()), null, null, null), names, read.errors());
    }

    static Incoming<PersonRequests.Register> person(int index, Popolo.Person p) {
        ReadErrors read = new ReadErrors();
        FieldNames names = new FieldNames().put("nameAr", "name").put("honorific", "honorific_prefix");
        read.require(p.id(), "id", ID_REQUIRED);
        String nameEn = null;
        List<OtherNameInput> otherNames = new ArrayList<>();
        List<Popolo.OtherName> given = list(p.otherNames());
        for (int i = 0; i < given.size(); i++) {
            String path = "other_names[" + i + "]";
            Popolo.OtherName n = given.get(i);
            if (!read.present(n, path)) {
                continue;
            }
            String type = n.nameType() == null ? Popolo.OTHER_NAME : n.nameType();
            if (type.equals(Popolo.NAME_EN) && nameEn == null) {
                nameEn = n.name();
                names.put("nameEn", path + ".name");
            } else if (type.equals(Popolo.OTHER_NAME)) {
                names.put("otherNames[" + otherNames.size() + "]", path);
                otherNames.add(read.otherName(n, path));
            } else {
                read.add(path + ".name_type", "a person has one name_en, and other names (other_name)");
            }
        }
        List<SourceInput> sources = sources(p.sources(), p.sourcesWithoutUrl(), read, names);
        PersonRequests.Register request = new PersonRequests.Register(null, p.name(), nameEn, p.honorificPrefix(),
                otherNames, sources, null);
        return new Incoming<>(Incoming.PERSON, index, p.id(), request, Incoming.References.NONE, names, read.errors());
    }

    static Incoming<MembershipRequests.Start> membership(int index, Popolo.Membership p) {
        ReadErrors read = new ReadErrors();
        FieldNames names = new FieldNames().put("memberOrganizationId", "member_id");
        String person = blankToNull(p.personId());
        String memberOrganization = null;
        String memberId = blankToNull(p.memberId());
        String memberType = blankToNull(p.memberType());
        if (memberType != null && !memberType.equals(Popolo.MEMBER_PERSON)
                && !memberType.equals(Popolo.MEMBER_ORGANIZATION)) {
            read.add("member_type", "must be person or organization");
        } else if (memberId == null && Popolo.MEMBER_ORGANIZATION.equals(memberType)) {
            read.add("member_id", "is required: the organisation that is the member");
        } else if (memberId != null && memberType == null) {
            read.add("member_type", "says what member_id is: person or organization");
        } else if (memberId != null && memberType.equals(Popolo.MEMBER_ORGANIZATION)) {
            memberOrganization = memberId;
            if (person != null) {
                read.add("member_id", "a membership has one member: person_id or member_id, not both");
            }
        } else if (memberId != null) {
            if (person != null && !person.equals(memberId)) {
                read.add("member_id", "names another person than person_id");
            }
            person = memberId;
        }
        if (person == null && memberId == null && !Popolo.MEMBER_ORGANIZATION.equals(memberType)) {
            read.require(null, "person_id", "the member: person_id, or member_id with its member_type");
        }
        read.require(p.organizationId(), "organization_id", null);
        read.require(p.role(), "role", "the role code, e.g. co_chair; the source's words go in label");
        List<SourceInput> sources = sources(p.sources(), p.sourcesWithoutUrl(), read, names);
        MembershipRequests.Start request = new MembershipRequests.Start(null, null, null, null,
                read.code(MembershipRole.class, p.role(), "role"), p.label(), null,
                read.date(p.startDate(), "start_date"), read.date(p.endDate(), "end_date"), sources);
        Incoming.References references = new Incoming.References(null, person, blankToNull(p.organizationId()),
                blankToNull(p.onBehalfOfId()), memberOrganization);
        return new Incoming<>(Incoming.MEMBERSHIP, index, blankToNull(p.id()), request, references, names,
                read.errors());
    }

    /** Sources with a URL first, then those without; each remembers where in the file it was. */
    private static List<SourceInput> sources(List<Popolo.Source> linked, List<Popolo.Source> unlinked,
                                             ReadErrors read, FieldNames names) {
        List<SourceInput> sources = new ArrayList<>();
        for (String list : new String[]{"sources", "sources_without_url"}) {
            List<Popolo.Source> given = list(list.equals("sources") ? linked : unlinked);
            for (int i = 0; i < given.size(); i++) {
                String path = list + "[" + i + "]";
                if (read.present(given.get(i), path)) {
                    names.put("sources[" + sources.size() + "]", path);
                    sources.add(read.source(given.get(i), path));
                }
            }
        }
        return sources;
    }

    /** Null items are errors (the record is rejected), so the indexes of the others need no remapping. */
    private static <P, I> List<I> items(List<P> given, String field, ReadErrors read, Function<P, I> convert) {
        List<I> items = new ArrayList<>();
        List<P> list = list(given);
        for (int i = 0; i < list.size(); i++) {
            if (read.present(list.get(i), field + "[" + i + "]")) {
                items.add(convert.apply(list.get(i)));
            }
        }
        return items;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
