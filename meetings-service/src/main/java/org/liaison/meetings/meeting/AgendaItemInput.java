package org.liaison.meetings.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.MeetingState.AgendaItem;
import org.liaison.meetings.common.Limits;
import org.liaison.support.input.Inputs;

import java.util.List;
import java.util.UUID;

import static org.liaison.support.input.Inputs.texts;
import static org.liaison.support.text.Texts.blankToNull;

/**
 * One agenda item as a client sends it: {@code {"number": "1", "title": "…", "result": "…", "decisions": ["…"],
 * "documentIds": [ID]}} (documents of this meeting that the item concerns), or
 * just its title as a string (how agendas were sent before items had results; such an item has no number).
 */
public record AgendaItemInput(@Size(max = Limits.SHORT_TEXT_MAX) String number,
                              @NotBlank @Size(max = Limits.ITEM_MAX) String title,
                              @Size(max = Limits.ITEM_MAX) String result,
                              @Size(max = Limits.LIST_MAX)
                              List<@NotNull @Size(max = Limits.ITEM_MAX) String> decisions,
                              @Size(max = Limits.LIST_MAX) List<@NotNull UUID> documentIds) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public AgendaItemInput(@JsonProperty("number") String number, @JsonProperty("title") String title,
                           @JsonProperty("result") String result, @JsonProperty("decisions") List<String> decisions,
                           @JsonProperty("documentIds") List<UUID> documentIds) {
        this.number = number;
        this.title = title;
        this.result = result;
        this.decisions = decisions;
        this.documentIds = documentIds;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static AgendaItemInput titled(String title) {
        return new AgendaItemInput(null, title, null, null, null);
    }

    public AgendaItem toItem() {
        return new AgendaItem(blankToNull(number), title.strip(), blankToNull(result), texts(decisions),
                Inputs.distinct(documentIds));
    }
}
