package org.liaison.meetings.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.contracts.MeetingState.AgendaItem;
import org.liaison.support.problem.ProblemException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An agenda item names documents of its own meeting only: a document is first recorded with the meeting among its
 * {@code meetingIds} ({@code POST /documents}), then an item may say it concerns it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AgendaDocuments {

    private final EntityManager entityManager;

    public AgendaDocuments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @throws ProblemException 422 naming {@code agenda[i].documentIds[j]} for a document not of this meeting */
    public void requireOfMeeting(UUID meetingId, List<AgendaItem> agenda) {
        if (agenda.stream().allMatch(item -> item.documentIds().isEmpty())) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<UUID> linked = new HashSet<>(entityManager.createNativeQuery(
                        "select document_id from document_meeting where meeting_id = ?1")
                .setParameter(1, meetingId).getResultList());
        for (int i = 0; i < agenda.size(); i++) {
            List<UUID> documents = agenda.get(i).documentIds();
            for (int j = 0; j < documents.size(); j++) {
                if (!linked.contains(documents.get(j))) {
                    throw ProblemException.unprocessable("agenda[" + i + "].documentIds[" + j + "]", "document "
                            + documents.get(j) + " is not one of this meeting's: record it with the meeting among"
                            + " its meetingIds first");
                }
            }
        }
    }
}
