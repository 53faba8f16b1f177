package org.liaison.support.directory;

import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.OrganizationState;
import org.liaison.support.inbox.IdempotentConsumer;
import org.liaison.support.readmodel.ReadModel;
import org.liaison.support.readmodel.RowChange;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@link OrganizationDirectory} as a {@link ReadModel} that can be rebuilt from {@code orgs.events}. A service
 * that keeps the directory offers it by producing one, naming the channel its live consumer reads. Rebuilt rows tell
 * the directory's listeners what {@link OrganizationDirectory#apply} would have: new names (or a row new here), then
 * a changed merge.
 */
public final class OrganizationDirectoryReadModel extends ReadModel {

    public static final String NAME = "organization-directory";

    private static final List<String> COLUMNS = List.of("id", "version", "kind", "name_ar", "name_en", "merged_into",
            "parent_id");

    private final OrganizationDirectory directory;

    public OrganizationDirectoryReadModel(OrganizationDirectory directory, String channel) {
        super(NAME, channel, "directory_organization", COLUMNS);
        this.directory = directory;
    }

    @Override
    public Object[] row(EventEnvelope event) {
        if (!event.type().startsWith(AggregateTypes.ORGANIZATION + ".")) {
            return null;
        }
        OrganizationState state = IdempotentConsumer.data(event, OrganizationState.class);
        return new Object[]{state.id(), state.version(), state.kind(), state.nameAr(), state.nameEn(),
                state.mergedInto(), state.parentId()};
    }

    @Override
    public void rebuilt(List<RowChange> changes) {
        List<UUID> renamed = changes.stream().filter(change -> !change.removed())
                .filter(change -> change.added() || !Objects.equals(change.before().get("name_ar"),
                        change.after().get("name_ar")) || !Objects.equals(change.before().get("name_en"),
                        change.after().get("name_en")))
                .map(RowChange::id).toList();
        directory.announceRenamed(renamed);
        for (RowChange change : changes) {
            if (!change.removed()) {
                directory.announceMerge(change.id(), change.added() ? null : (UUID) change.before().get("merged_into"),
                        (UUID) change.after().get("merged_into"));
            }
        }
    }
}
