package org.liaison.meetings.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.meetings.meeting.MeetingRequests;
import org.liaison.meetings.meeting.MeetingService;
import org.liaison.meetings.model.Meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * Imported meetings written through {@link MeetingService#schedule}, the create path of {@code POST /meetings}
 * (its checks, its search index entry, its event in the outbox): a chunk in one transaction, or one meeting in a
 * transaction of its own. A meeting already recorded under its id is matched, not written again.
 */
@ApplicationScoped
public class MeetingImportWrites {

    enum Result { CREATED, MATCHED }

    private final MeetingService meetings;

    public MeetingImportWrites(MeetingService meetings) {
        this.meetings = meetings;
    }

    /** All or nothing: any refusal rolls the whole chunk back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Result> chunk(List<MeetingRequests.Schedule> requests) {
        List<Result> results = new ArrayList<>(requests.size());
        for (MeetingRequests.Schedule request : requests) {
            results.add(write(request));
        }
        return results;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Result one(MeetingRequests.Schedule request) {
        return write(request);
    }

    private Result write(MeetingRequests.Schedule request) {
        if (Meeting.findById(request.id()) != null) {
            return Result.MATCHED;
        }
        meetings.schedule(request);
        return Result.CREATED;
    }
}
