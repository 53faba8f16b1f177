package org.liaison.orgs.popolo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;
import org.liaison.orgs.common.IdTaken;
import org.liaison.orgs.membership.MembershipRequests;
import org.liaison.orgs.organization.OrganizationRequests;
import org.liaison.orgs.person.PersonRequests;
import org.liaison.support.persistence.DatabaseUnavailable;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Imports the records of one file: organisations (parents before their units, whatever the file's order), then
 * people, then roles, through {@link ImportWrites}: each record is read, resolved and validated on its own, then
 * written with others in a chunk of {@code liaison.orgs.import.chunk-size} records, one transaction; a chunk that
 * fails (a name clash, a refusal) is written again record by record, each in its own transaction, where the clash
 * is matched and the refusal rejected as if there had been no chunk. A record that refers to one still waiting in
 * the chunk waits for it to be written. It resolves the file's ids
 * ({@link ImportIds}) and follows references to records matched under another id. An organisation or person whose
 * name is already the name of a stored one is matched to it, unless that stored one is itself a record of this
 * file (then the file holds two bodies of the same name, as registered with {@code distinct}).
 */
@ApplicationScoped
public class Importer {

    private static final Logger LOG = Logger.getLogger(Importer.class);

    private final ImportWrites writes;
    private final Validator validator;
    private final int chunkSize;

    public Importer(ImportWrites writes, Validator validator, ImportConfig config) {
        this.writes = writes;
        this.validator = validator;
        this.chunkSize = config.chunkSize();
    }

    public ImportReport run(Incoming.File file) {
        Run run = new Run(file.ignored());
        for (Incoming<OrganizationRequests.Register> organization : ParentsFirst.order(file.organizations(),
                run::reject)) {
            run.organization(organization);
        }
        run.flush();
        file.persons().forEach(run::person);
        run.flush();
        file.memberships().forEach(run::membership);
        run.flush();
        return run.report();
    }

    /** The state of one import: which file ids became which records, and the tallies. */
    private final class Run {

        private final Map<String, Map<String, UUID>> resolved = new HashMap<>();
        private final Map<String, Set<String>> rejectedIds = new HashMap<>();
        private final Map<String, Set<String>> seen = new HashMap<>();
        /** Stored records some record of this file was written to or matched: a later name clash is a distinct body. */
        private final Set<UUID> claimed = new HashSet<>();
        private final Map<String, int[]> created = new HashMap<>();
        private final Map<String, int[]> matched = new HashMap<>();
        private final List<ImportReport.Rejected> rejected = new ArrayList<>();
        private final List<ImportReport.Match> matches = new ArrayList<>();
        private final List<String> ignored;
        /** Valid records waiting to be written in one chunk. */
        private final List<Pending<?>> pending = new ArrayList<>();

        Run(List<String> ignored) {
            this.ignored = ignored;
        }

        void organization(Incoming<OrganizationRequests.Register> in) {
            if (!readable(in)) {
                return;
            }
            UUID parent = reference(in, Incoming.ORGANIZATION, in.references().parent(), "parent_id");
            if (in.references().parent() != null && parent == null) {
                return;
            }
            UUID id = ImportIds.of(Incoming.ORGANIZATION, in.sourceId());
            OrganizationRequests.Register r = in.request();
            write(in, distinct -> new OrganizationRequests.Register(id, r.kind(), r.nameAr(), r.nameEn(),
                    r.shortNames(), r.otherNames(), distinct, parent, r.parentRelation(), r.country(), r.city(),
                    r.domains(), r.principles(), r.principlesStatedCount(), r.goals(), r.foundingDate(),
                    r.dissolutionDate(), r.active(), r.identifiers(), r.links(), r.sources(), r.instruments()),
                    writes::organization, writes::organizationInChunk);
        }

        void person(Incoming<PersonRequests.Register> in) {
            if (!readable(in)) {
                return;
            }
            UUID id = ImportIds.of(Incoming.PERSON, in.sourceId());
            PersonRequests.Register r = in.request();
            write(in, distinct -> new PersonRequests.Register(id, r.nameAr(), r.nameEn(), r.honorific(),
                    r.otherNames(), r.sources(), distinct), writes::person, writes::personInChunk);
        }

        void membership(Incoming<MembershipRequests.Start> in) {
            if (!readable(in)) {
                return;
            }
            Incoming.References refs = in.references();
            boolean ofOrganization = refs.memberOrganization() != null;
            UUID person = ofOrganization ? null : reference(in, Incoming.PERSON, refs.person(), "person_id");
            UUID memberOrganization = ofOrganization
                    ? reference(in, Incoming.ORGANIZATION, refs.memberOrganization(), in.names().of(
                            "memberOrganizationId"))
                    : null;
            UUID organization = reference(in, Incoming.ORGANIZATION, refs.organization(), "organization_id");
            UUID onBehalfOf = reference(in, Incoming.ORGANIZATION, refs.onBehalfOf(), "on_behalf_of_id");
            if (person == null && memberOrganization == null || organization == null
                    || refs.onBehalfOf() != null && onBehalfOf == null) {
                return;
            }
            MembershipRequests.Start r = in.request();
            // Popolo memberships often have no id: one made of what the role is keeps a re-import idempotent. A
            // person's stays as it was before organisations could be members, so older files still match.
            String member = ofOrganization ? "organization:" + memberOrganization : person.toString();
            UUID id = in.sourceId() != null ? ImportIds.of(Incoming.MEMBERSHIP, in.sourceId()) : ImportIds.nameBased(
                    String.join("|", "membership", member, organization.toString(), r.role().code(),
                            String.valueOf(onBehalfOf), String.valueOf(r.startDate())));
            write(in, distinct -> new MembershipRequests.Start(id, person, memberOrganization, organization,
                    r.role(), r.label(), onBehalfOf, r.startDate(), r.endDate(), r.sources()), writes::membership,
                    writes::membershipInChunk);
        }

        private boolean readable(Incoming<?> in) {
            if (!in.errors().isEmpty()) {
                reject(in, in.errors());
                return false;
            }
            if (in.sourceId() != null && !seen.computeIfAbsent(in.type(), t -> new HashSet<>()).add(in.sourceId())) {
                // Not remembered as rejected: references to this id still follow its first record.
                rejected.add(new ImportReport.Rejected(in.type(), in.index(), in.sourceId(),
                        List.of(new Problem.FieldError("id",
                                "appears more than once among this file's " + in.type() + "s"))));
                return false;
            }
            return true;
        }

        /**
         * The stored id a file reference stands for, or null (and the record rejected) when it points at a record of
         * this file that was rejected.
         */
        private UUID reference(Incoming<?> in, String type, String ref, String field) {
            if (ref == null) {
                return null;
            }
            if (pending.stream().anyMatch(p -> p.in().type().equals(type) && ref.equals(p.in().sourceId()))) {
                flush(); // it may yet be matched to a stored record under another id
            }
            if (resolved(type).containsKey(ref)) {
                return resolved(type).get(ref);
            }
            if (rejectedIds.getOrDefault(type, Set.of()).contains(ref)) {
                reject(in, List.of(new Problem.FieldError(field, type + " " + ref + " of this file was rejected")));
                return null;
            }
            return ImportIds.of(type, ref);
        }

        /** Validates one record and puts it in the chunk, which is written once full. */
        private <R> void write(Incoming<?> in, Function<Boolean, R> request,
                Function<R, ImportWrites.Written> writer,
                               Function<R, ImportWrites.Written> inChunk) {
            R first = request.apply(null);
            List<Problem.FieldError> invalid = ImportErrors.violations(validator, first, in.names());
            if (!invalid.isEmpty()) {
                reject(in, invalid);
                return;
            }
            pending.add(new Pending<>(in, first, request, writer, inChunk));
            if (pending.size() >= chunkSize) {
                flush();
            }
        }

        /** Writes the waiting records in one transaction, or, when that fails, one by one. */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Pending<?>> chunk = List.copyOf(pending);
            pending.clear();
            List<ImportWrites.Written> written;
            try {
                written = writes.chunk(chunk.stream().<Supplier<ImportWrites.Written>>map(
                        p -> p::writeInChunk).toList());
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.causedBy(e)) {
                    throw e; // 503 for the whole import, which is safe to send again; no record is to blame
                }
                LOG.debugf("A chunk of %d records was refused (%s); writing them one by one", chunk.size(), e);
                chunk.forEach(p -> p.writeAlone(this));
                return;
            }
            for (int i = 0; i < chunk.size(); i++) {
                done(chunk.get(i).in(), written.get(i));
            }
        }

        /**
         * Writes one record in a transaction of its own; on a name clash with a stored record not of this file,
         * matches it, and with one of this file, writes it again as a distinct record.
         */
        private <R> void writeAlone(Incoming<?> in, R first, Function<Boolean, R> request,
                                    Function<R, ImportWrites.Written> writer) {
            R attempt = first;
            for (int tries = 0; tries < 3; tries++) {
                ImportWrites.Written written;
                try {
                    written = writer.apply(attempt);
                } catch (IdTaken e) {
                    continue; // registered by someone else since the look-up: look again, and compare
                } catch (ProblemException e) {
                    reject(in, ImportErrors.of(e, in.names()));
                    return;
                } catch (RuntimeException e) {
                    if (DatabaseUnavailable.causedBy(e)) {
                        throw e;
                    }
                    LOG.errorf(e, "Import of %s %s failed", in.type(), in.sourceId());
                    reject(in, List.of(new Problem.FieldError("", "could not be stored; the server logged why")));
                    return;
                }
                if (written.result() != ImportWrites.Result.NAME_CLASH) {
                    done(in, written);
                    return;
                }
                if (claimed.contains(written.id())) {
                    attempt = request.apply(true);
                    continue;
                }
                matchedTo(in, written.id(), "name", written.matchedName());
                return;
            }
            reject(in, List.of(new Problem.FieldError("id", "kept clashing with concurrent changes; import it again")));
        }

        private void done(Incoming<?> in, ImportWrites.Written written) {
            switch (written.result()) {
                case CREATED -> {
                    count(created, in.type());
                    resolve(in, written.id());
                }
                case MATCHED -> {
                    count(matched, in.type());
                    resolve(in, written.id());
                }
                case MERGED -> matchedTo(in, written.id(), "merge", null);
                case DIFFERENT -> reject(in, written.differences().stream()
                        .map(field -> new Problem.FieldError(in.names().of(field),
                                "differs from the stored " + in.type()
                                + " " + written.id() + "; an import does not change stored records"))
                        .toList());
                // A chunk with a clash is rolled back and its records written one by one (writeAlone settles it).
                case NAME_CLASH -> throw new IllegalStateException("a name clash is settled record by record");
            }
        }

        private void matchedTo(Incoming<?> in, UUID existingId, String by, String matchedName) {
            count(matched, in.type());
            resolve(in, existingId);
            matches.add(new ImportReport.Match(in.type(), in.sourceId(), existingId, by, matchedName));
        }

        private void resolve(Incoming<?> in, UUID id) {
            claimed.add(id);
            if (in.sourceId() != null) {
                resolved(in.type()).put(in.sourceId(), id);
            }
        }

        void reject(Incoming<?> in, List<Problem.FieldError> errors) {
            if (in.sourceId() != null) {
                rejectedIds.computeIfAbsent(in.type(), t -> new HashSet<>()).add(in.sourceId());
            }
            rejected.add(new ImportReport.Rejected(in.type(), in.index(), in.sourceId(), errors));
        }

        private Map<String, UUID> resolved(String type) {
            return resolved.computeIfAbsent(type, t -> new HashMap<>());
        }

        /** A valid record waiting in the chunk, with what writes it in the chunk and alone. */
        private record Pending<R>(Incoming<?> in, R first, Function<Boolean, R> request,
                                  Function<R, ImportWrites.Written> writer, Function<R, ImportWrites.Written> inChunk) {

            ImportWrites.Written writeInChunk() {
                return inChunk.apply(first);
            }

            void writeAlone(Run run) {
                run.writeAlone(in, first, request, writer);
            }
        }

        private static void count(Map<String, int[]> counts, String type) {
            counts.computeIfAbsent(type, t -> new int[1])[0]++;
        }

        ImportReport report() {
            return new ImportReport(counts(created), counts(matched), rejected, matches, ignored);
        }

        private static ImportReport.Counts counts(Map<String, int[]> counts) {
            return new ImportReport.Counts(counts.getOrDefault(Incoming.ORGANIZATION, new int[1])[0],
                    counts.getOrDefault(Incoming.PERSON, new int[1])[0],
                    counts.getOrDefault(Incoming.MEMBERSHIP, new int[1])[0]);
        }
    }
}
